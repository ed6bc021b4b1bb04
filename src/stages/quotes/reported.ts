/**
 * Reported speech: "X said (that) …" becomes a `direct: false` record whose text is the
 * reported clause. Kept in `doc.speech`, not `doc.quotes` (see data/speech/README.md).
 */
import type { Quote } from "../../types.ts";
import type { Speaker } from "./speaker.ts";
import { inQuote, type SentenceView } from "./clause.ts";
import { speakerBefore, type Attribution } from "./attribute.ts";

const CLAUSE_START = new Set(["DET", "PROPN", "PRON", "NOUN", "NUM", "ADJ"]);
const OBJECT_VERBS = new Set(["tell", "assure", "warn", "remind", "inform", "reassure"]);
const MIN_TOKENS = 3;
/** A reported clause longer than this is cut (run-on text). */
const MAX_CLAUSE = 120;
const RELATIVE = new Set(["which", "who", "whose", "whom"]);

/** Reported speech found in a sentence, with the speaker as found (before pronoun fallback). */
export interface Reported {
  quote: Quote;
  speaker?: Speaker;
}

/** Reported-speech records of one sentence, one per reporting verb with a clause after it. */
export function reportedSpeech(a: Attribution, sentence: number): Reported[] {
  const { v, lex } = a;
  const t = v.doc.tokens;
  const out: Reported[] = [];
  for (let k = v.first; k < v.last; k++) {
    const verb = t[k];
    if (verb.pos !== "VERB" || !lex.reporting.has(verb.lemma) || inQuote(v, verb)) continue;
    const from = complementStart(v, k);
    if (from < 0) continue;
    const to = complementEnd(v, from, inRelativeClause(v, k));
    if (to - from < MIN_TOKENS) continue;
    const start = t[from].start;
    const end = t[to - 1].end;
    const speaker = speakerBefore(a, start);
    const quote: Quote = { text: v.doc.text.slice(start, end), start, end, direct: false, sentence, rule: `speech.reported.${verb.lemma}` };
    out.push(speaker ? { quote, speaker } : { quote });
  }
  return out;
}

function complementStart(v: SentenceView, verb: number): number {
  const t = v.doc.tokens;
  let k = verb + 1;
  if (OBJECT_VERBS.has(t[verb].lemma)) {
    while (k < v.last && k - verb <= 12 && t[k].lower !== "that") k++;
    return t[k]?.lower === "that" ? k + 1 : -1;
  }
  if (t[k]?.lower === "that") return k + 1;
  return k < v.last && CLAUSE_START.has(t[k].pos) ? k : -1;
}

/** ", whose coalition says …,": the verb sits in a relative clause closed by a comma. */
function inRelativeClause(v: SentenceView, verb: number): boolean {
  const t = v.doc.tokens;
  for (let k = verb - 1; k >= v.first; k--) {
    if (t[k].text === ",") return RELATIVE.has(t[k + 1]?.lower ?? "");
  }
  return false;
}

/** The clause runs to the sentence end, to a trailing ", saying/adding …", or closes its relative clause. */
function complementEnd(v: SentenceView, from: number, relative: boolean): number {
  const t = v.doc.tokens;
  let k = from;
  const last = Math.min(v.last, from + MAX_CLAUSE);
  for (; k < last; k++) {
    if (t[k].text === "," && (relative || (t[k + 1]?.pos === "VERB" && /ing$/.test(t[k + 1].lower)))) break;
  }
  while (k > from && t[k - 1].pos === "PUNCT" && !/[”"]/.test(t[k - 1].text)) k--;
  return k;
}
