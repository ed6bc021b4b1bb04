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
  winkStarts: Set<number>,
  headings: { start: number; end: number }[] = [],
): Segmentation {
  const sentences: SentenceSpan[] = [];
  const sentenceTokens: [number, number][] = [];
  const sortedHeadings = [...headings].sort((a, b) => a.start - b.start);
  let h = 0;
  let first = 0;
  let inHeading = false;

  const close = (endTok: number): void => {
    if (endTok <= first) return;
    const span: SentenceSpan = { start: tokens[first].start, end: tokens[endTok - 1].end };
    if (inHeading) span.heading = true;
    for (let k = first; k < endTok; k++) tokens[k].sentence = sentences.length;
    sentences.push(span);
    sentenceTokens.push([first, endTok]);
    first = endTok;
  };

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
    if (!breakHere && !headingHere && winkStarts.has(i)) {
      breakHere = !(NEVER_FINAL.has(prev.lower) && /^[A-Z0-9]/.test(tok.text));
    }
    if (breakHere) {
      close(i);
      inHeading = headingHere;
    }
  }
  close(tokens.length);
  return { sentences, sentenceTokens };
}
