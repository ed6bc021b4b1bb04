/**
 * Clause geometry over one sentence's tokens, without a parser: where the main clause starts
 * (after a fronted phrase such as "In a statement," or "Welcoming the visit,"), where its first
 * verb is, and which tokens can hold the subject of a given verb.
 */
import type { ArticleDoc, Token } from "../../document.ts";
import type { SpeechLexicon } from "../../lexicon/speech.ts";

/** One sentence's tokens [first, last) and the quoted spans that lie in it. */
export interface SentenceView {
  doc: ArticleDoc;
  first: number;
  last: number;
  /** [start, end) offsets of the quoted words (marks included) in this sentence. */
  quoted: [number, number][];
}

/** A token range [from, to). */
export type Range = [number, number];

const OPENERS = new Set(["but", "and", "so", "yet", "however", "meanwhile", "also"]);
const RELATIVE = new Set(["which", "who", "whose", "whom"]);
const SKIP_BEFORE_VERB = new Set(["AUX", "PART", "ADV"]);
const UPPER_START = /^\p{Lu}/u;

/** True when the token lies inside a quoted span of the sentence. */
export function inQuote(v: SentenceView, t: Token): boolean {
  return v.quoted.some(([a, b]) => t.start >= a && t.end <= b);
}

const isComma = (t: Token | undefined) => t?.text === ",";

/** A verb or auxiliary that is not a capitalised word inside a name ("Human Rights Watch"). */
function isVerbAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.pos !== "VERB" && t.pos !== "AUX") return false;
  return !(UPPER_START.test(t.text) && tokens[k - 1]?.pos === "PROPN");
}
const isParticiple = (t: Token) => t.pos === "VERB" && /ing$/.test(t.lower);

/** Token index where the main clause starts. */
export function mainClauseStart(v: SentenceView): number {
  const t = v.doc.tokens;
  let i = v.first;
  while (i < v.last && (t[i].pos === "PUNCT" || inQuote(v, t[i]))) i++;
  while (i < v.last && OPENERS.has(t[i].lower)) i++;
  const head = t[i];
  if (!head) return v.first;
  const fronted = head.pos === "ADP" || head.pos === "SCONJ" || head.lower === "to" || isParticiple(head) || (head.pos === "VERB" && /ed$/.test(head.lower));
  if (!fronted) return i;
  for (let k = i + 1; k < v.last; k++) {
    if (isComma(t[k]) && !inQuote(v, t[k])) return k + 1;
  }
  return i;
}

/** Index of the main clause's first verb, skipping ", which ... ," clauses; -1 when none. */
export function firstVerb(v: SentenceView, from: number): number {
  const t = v.doc.tokens;
  for (let k = from; k < v.last; k++) {
    if (inQuote(v, t[k])) continue;
    if (isComma(t[k]) && RELATIVE.has(t[k + 1]?.lower ?? "")) {
      const close = nextComma(v, k + 1);
      if (close > 0) k = close;
      continue;
    }
    if (isVerbAt(t, k) && !(t[k].pos === "AUX" && t[k + 1]?.pos === "VERB")) return k;
  }
  return -1;
}

function nextComma(v: SentenceView, from: number): number {
  for (let k = from; k < v.last; k++) if (isComma(v.doc.tokens[k])) return k;
  return -1;
}

/** True when the verb shares the subject of an earlier verb ("... and urged", ", saying"). */
export function sharesSubject(v: SentenceView, verb: number, lex: SpeechLexicon): boolean {
  const t = v.doc.tokens;
  let j = verb - 1;
  while (j >= v.first && SKIP_BEFORE_VERB.has(t[j].pos) && !isComma(t[j])) j--;
  const before = t[j];
  if (isParticiple(t[verb]) && !(before && before.pos === "AUX")) return true;
  return !!before && j >= v.first && lex.coordinators.has(before.lower);
}

/**
 * Token ranges that can hold the subject of the verb at `verb`: back from the verb to a clause
 * boundary, a verb or the main clause start, leaving out ", which ...," and ", of ...," segments.
 */
export function subjectRanges(v: SentenceView, verb: number, lowest: number, lex: SpeechLexicon): Range[] {
  const t = v.doc.tokens;
  // A subject longer than this is not one; the cap keeps run-on text linear.
  const floor = Math.max(lowest, verb - 40);
  const out: Range[] = [];
  let end = verb;
  let k = verb - 1;
  while (k >= floor && SKIP_BEFORE_VERB.has(t[k].pos)) k--;
  end = k + 1;
  for (; k >= floor; k--) {
    const tok = t[k];
    if (inQuote(v, tok)) break;
    if (isComma(tok)) {
      let open = k - 1;
      while (open >= floor && !isComma(t[open])) open--;
      const segFirst = t[open + 1];
      if (open >= floor && segFirst && (RELATIVE.has(segFirst.lower) || segFirst.pos === "ADP")) {
        if (k + 1 < end) out.push([k + 1, end]);
        end = open;
        k = open;
        continue;
      }
      continue;
    }
    if (lex.boundaries.has(tok.lower) || isVerbAt(t, k)) break;
  }
  if (k + 1 < end) out.push([k + 1, end]);
  return out;
}
