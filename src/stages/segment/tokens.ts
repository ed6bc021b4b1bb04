/**
 * Tokenises the cleaned text once with wink-nlp and returns tokens with character offsets,
 * plus wink's own sentence starts (as indexes into the returned token list).
 */
import type { Token } from "../../document.ts";
import type { Nlp } from "../../nlp.ts";

/** Tokens (sentence left at -1) and the token indexes where wink starts a sentence. */
export interface WinkTokens {
  tokens: Token[];
  sentenceStarts: Set<number>;
}

/** A token found further than this past the cursor is distrusted (wink rewrote its text). */
const MAX_GAP = 64;

/** Reads `text` with wink and maps every non-space token onto its offsets in `text`. */
export function tokenize(nlp: Nlp, text: string): WinkTokens {
  const its = nlp.its;
  const wdoc = nlp.readDoc(text);
  const words = wdoc.tokens().out() as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  // wink's typings declare `its.lemma` with an addon signature; at run time it is a plain accessor.
  const lemmas = wdoc.tokens().out(its.lemma as unknown as typeof its.pos) as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const winkStarts = new Set<number>();
  // One collection call for every sentence span, not an item object per sentence.
  for (const span of wdoc.sentences().out(its.span) as unknown as [number, number][]) winkStarts.add(span[0]);

  const tokens: Token[] = [];
  const sentenceStarts = new Set<number>();
  let cursor = 0;
  let pendingStart = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (winkStarts.has(i)) pendingStart = true;
    // `trim()` strips exactly the characters `\s` matches, without a regex per token.
    if (word.length > 0 && word.trim().length === 0) {
      cursor += spaces[i].length + word.length;
      continue;
    }
    let start = text.indexOf(word, cursor);
    if (start < 0 || start - cursor > MAX_GAP + spaces[i].length) start = Math.min(cursor + spaces[i].length, text.length);
    const end = Math.min(start + word.length, text.length);
    cursor = end;
    if (pendingStart) {
      sentenceStarts.add(tokens.length);
      pendingStart = false;
    }
    // When the word was found verbatim the surface is the word itself: no copy per token.
    const surface = end - start === word.length && text.startsWith(word, start) ? word : text.slice(start, end);
    tokens.push({ start, end, text: surface, lower: surface.toLowerCase(), pos: pos[i], lemma: lemmas[i], sentence: -1 });
  }
  return { tokens, sentenceStarts };
}
