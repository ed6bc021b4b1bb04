/**
 * Finds who said a quote, in order: words right after the quote ("“…,” he said", "“…,” said
 * Lavrov"), "according to X", a speech noun ("the argument of his lawyer, X, that “…”"), then
 * the subject of the nearest attribution verb before the quote (its own, or the main clause's
 * for "… and said" / ", saying"). Each result names the rule that found it.
 */
import type { SpeechLexicon } from "../../lexicon/speech.ts";
import type { Mention } from "../../document.ts";
import type { Entity } from "../../types.ts";
import { firstVerb, inQuote, mainClauseStart, sharesSubject, subjectRanges, type SentenceView } from "./clause.ts";
import { pickSpeaker, type Speaker } from "./speaker.ts";
import { firstStartingAt } from "../../spans.ts";

/** Shared inputs for attributing the quotes of one sentence. */
export interface Attribution {
  v: SentenceView;
  lex: SpeechLexicon;
  byId: ReadonlyMap<string, Entity>;
  /** doc.mentions sorted by start. */
  mentions: readonly Mention[];
}

const isSpeechVerb = (a: Attribution, k: number) => {
  const t = a.v.doc.tokens[k];
  return t.pos === "VERB" && (a.lex.verbs.has(t.lemma) || a.lex.verbs.has(t.lower)) && !inQuote(a.v, t);
};

/** Token index of the first token starting at or after `offset` within the sentence (v.last when none). */
function tokenAt(v: SentenceView, offset: number): number {
  return Math.min(v.last, Math.max(v.first, firstStartingAt(v.doc.tokens, offset)));
}

/** "“…,” he said" / "“…,” said the minister": the speaker named right after the closing mark. */
export function speakerAfter(a: Attribution, close: number): Speaker | undefined {
  const { v } = a;
  const t = v.doc.tokens;
  let k = tokenAt(v, close);
  while (k < v.last && t[k].text === ",") k++;
  if (k >= v.last) return undefined;
  if (isSpeechVerb(a, k)) {
    let e = k + 1;
    while (e < v.last && e - k <= 6 && ["PROPN", "NOUN", "DET", "ADJ", "PUNCT"].includes(t[e].pos) && t[e].text !== ",") e++;
    return tag(pickSpeaker(v.doc, [[k + 1, e]], a.byId, a.mentions, a.lex.speakerNouns), "quote.speaker.after-verb-first");
  }
  for (let e = k; e < v.last && e - k <= 8; e++) {
    if (isSpeechVerb(a, e)) return tag(pickSpeaker(v.doc, [[k, e]], a.byId, a.mentions, a.lex.speakerNouns), "quote.speaker.after-quote");
    if (t[e].text === "," || t[e].pos === "ADP" || inQuote(v, t[e])) break;
  }
  return undefined;
}

/** "according to X" anywhere in the sentence. */
export function speakerAccording(a: Attribution): Speaker | undefined {
  const { v } = a;
  const text = v.doc.text.slice(v.doc.tokens[v.first]?.start ?? 0, v.doc.tokens[v.last - 1]?.end ?? 0).toLowerCase();
  for (const phrase of a.lex.according) {
    const at = text.indexOf(`${phrase} `);
    if (at < 0) continue;
    const k = tokenAt(v, (v.doc.tokens[v.first]?.start ?? 0) + at + phrase.length + 1);
    let e = k;
    while (e < v.last && e - k < 8 && t(a, e).text !== "," && !inQuote(v, t(a, e)) && t(a, e).pos !== "VERB") e++;
    return tag(pickSpeaker(v.doc, [[k, e]], a.byId, a.mentions, a.lex.speakerNouns), "quote.speaker.according-to");
  }
  return undefined;
}

const t = (a: Attribution, k: number) => a.v.doc.tokens[k];

/** The speaker of words quoted at `open`, from the text before the quote in the sentence. */
export function speakerBefore(a: Attribution, open: number): Speaker | undefined {
  const { v, lex } = a;
  const q = tokenAt(v, open);
  const verb = governingVerb(a, q);
  const noun = speechNoun(a, Math.max(verb, v.first), q);
  if (noun) return noun;
  const main = mainClauseStart(v);
  if (verb < 0 || verb < main) {
    const fv = firstVerb(v, main);
    if (fv < 0 || fv > q) return undefined;
    return tag(pickSpeaker(v.doc, subjectRanges(v, fv, main, lex), a.byId, a.mentions, a.lex.speakerNouns), "quote.speaker.main-subject");
  }
  if (sharesSubject(v, verb, lex)) {
    const fv = firstVerb(v, main);
    if (fv >= 0 && fv < verb) {
      return tag(pickSpeaker(v.doc, subjectRanges(v, fv, main, lex), a.byId, a.mentions, a.lex.speakerNouns), "quote.speaker.shared-subject");
    }
  }
  const own = pickSpeaker(v.doc, subjectRanges(v, verb, main, lex), a.byId, a.mentions, a.lex.speakerNouns);
  return tag(own, "quote.speaker.verb-subject");
}

/**
 * The attribution verb for a quote starting at token q: the nearest speech verb before it,
 * unless an earlier reporting verb of the same stretch ("X said the fund welcomed “…”")
 * frames it; the reporter is then the speaker, as in "X said Washington was “disappointed”".
 */
function governingVerb(a: Attribution, q: number): number {
  let nearest = -1;
  let outer = -1;
  for (let k = q - 1; k >= Math.max(a.v.first, q - MAX_LOOKBACK); k--) {
    const tok = t(a, k);
    if (STRONG_BOUNDARIES.has(tok.lower) || inQuote(a.v, tok)) break;
    if (!isSpeechVerb(a, k)) continue;
    if (nearest < 0) nearest = k;
    if (a.lex.reporting.has(tok.lemma) && !/ing$/.test(tok.lower)) outer = k;
  }
  return outer >= 0 ? outer : nearest;
}

const STRONG_BOUNDARIES = new Set(["while", "whereas", ";", "but"]);
/** Tokens searched back for an attribution verb; keeps run-on "sentences" linear. */
const MAX_LOOKBACK = 80;

/** "the argument of his Portuguese lawyer, Joao Mendes Carvalho, that … “…”". */
function speechNoun(a: Attribution, from: number, to: number): Speaker | undefined {
  for (let k = from; k < to - 1; k++) {
    if (t(a, k).pos !== "NOUN" || !a.lex.nouns.has(t(a, k).lower) || t(a, k + 1).lower !== "of") continue;
    let e = k + 2;
    while (e < to && !["that", "which"].includes(t(a, e).lower) && t(a, e).pos !== "VERB") e++;
    const s = pickSpeaker(a.v.doc, [[k + 2, e]], a.byId, a.mentions, a.lex.speakerNouns);
    if (s) return tag(s, "quote.speaker.speech-noun");
  }
  return undefined;
}

// Speakers reach here fresh from pickSpeaker, so the rule is prefixed in place, not copied.
function tag(s: Speaker | undefined, rule: string): Speaker | undefined {
  if (s) s.rule = `${rule}+${s.rule}`;
  return s;
}

/** The entity behind the sentence's first attribution verb ("X called for …"), for speaker history. */
export function speechActSpeaker(a: Attribution): Speaker | undefined {
  for (let k = a.v.first; k < a.v.last; k++) {
    if (!isSpeechVerb(a, k)) continue;
    const s = speakerBefore(a, t(a, k).end + 1);
    if (s?.entity) return s;
  }
  return undefined;
}
