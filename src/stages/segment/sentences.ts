/**
 * Sentence boundaries over the token list: wink's splits, plus a break at every newline
 * (one-line paragraphs, headings), minus splits wink makes after a title abbreviation.
 */
import type { Token } from "../../document.ts";
import type { SentenceSpan } from "../../types.ts";

/** Titles and list abbreviations that are never the end of a sentence when followed by a name or number. */
const NEVER_FINAL = new Set([
  "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.", "adm.", "brig.",
  "gov.", "sen.", "rep.", "rev.", "st.", "no.", "nos.", "vs.", "v.", "hon.", "amb.", "cmdr.", "cpl.", "pvt.",
]);

/** What /^[A-Z0-9]/ tests, without a regex run per sentence boundary. */
function startsUpperOrDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Sentences plus, for each, its [first, last+1) token range. */
export interface Segmentation {
  sentences: SentenceSpan[];
  sentenceTokens: [number, number][];
}

/**
 * Groups tokens into sentences and sets `token.sentence`. `headings` are line spans that must
 * each become exactly one sentence with `heading: true`.
 */
export function segmentTokens(
  text: string,
  tokens: Token[],
  winkStarts: Uint8Array,
  headings: { start: number; end: number }[] = [],
): Segmentation {
  const seg: Segmentation = { sentences: [], sentenceTokens: [] };
  const sortedHeadings = headings.length > 1 ? [...headings].sort((a, b) => a.start - b.start) : headings;
  let h = 0;
  let first = 0;
  let inHeading = false;

  // The next newline at or after the previous token's end, found by one forward scan.
  let nextNewline = text.indexOf("\n");
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    while (h < sortedHeadings.length && sortedHeadings[h].end <= tok.start) h++;
    const headingHere = h < sortedHeadings.length && sortedHeadings[h].start <= tok.start;
    if (i === 0) {
      inHeading = headingHere;
      continue;
    }
    const prev = tokens[i - 1];
    while (nextNewline !== -1 && nextNewline < prev.end) nextNewline = text.indexOf("\n", prev.end);
    const newline = nextNewline !== -1 && nextNewline < tok.start;
    let breakHere = newline;
    if (!breakHere && !headingHere && winkStarts[i] === 1) {
      breakHere = !(NEVER_FINAL.has(prev.lower) && startsUpperOrDigit(tok.text));
    }
    if (breakHere) {
      first = close(seg, tokens, first, i, inHeading);
      inHeading = headingHere;
    }
  }
  close(seg, tokens, first, tokens.length, inHeading);
  return seg;
}

/**
 * Adds tokens [first, endTok) as a sentence, if any; returns where the next one starts. A
 * module function, not a closure per document (tsx names every closure it creates).
 */
function close(seg: Segmentation, tokens: Token[], first: number, endTok: number, inHeading: boolean): number {
  if (endTok <= first) return first;
  const span: SentenceSpan = { start: tokens[first].start, end: tokens[endTok - 1].end };
  if (inHeading) span.heading = true;
  for (let k = first; k < endTok; k++) tokens[k].sentence = seg.sentences.length;
  seg.sentences.push(span);
  seg.sentenceTokens.push([first, endTok]);
  return endTok;
}
