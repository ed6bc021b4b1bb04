/**
 * Tokenises the cleaned text once with wink-nlp and returns tokens with character offsets,
 * plus wink's own sentence starts (as indexes into the returned token list).
 */
import type { Token } from "../../document.ts";
import type { Nlp } from "../../nlp.ts";
import type { LemmaMemo } from "./lemmas.ts";

/** Tokens (sentence left at -1) and the token indexes where wink starts a sentence. */
export interface WinkTokens {
  tokens: Token[];
  sentenceStarts: Set<number>;
}

/** A token found further than this past the cursor is distrusted (wink rewrote its text). */
const MAX_GAP = 64;

/**
 * A token whose lemma is looked up when first read: about two thirds of the tokens never have
 * theirs read, and asking wink for every lemma costs a sixth of this stage.
 */
class WinkToken implements Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
  sentence = -1;
  #lemma: string | undefined;
  readonly #lemmaAt: (winkIndex: number) => string;
  readonly #winkIndex: number;

  constructor(start: number, end: number, text: string, pos: string, lemmaAt: (winkIndex: number) => string, winkIndex: number) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = text.toLowerCase();
    this.pos = pos;
    this.#lemmaAt = lemmaAt;
    this.#winkIndex = winkIndex;
  }

  get lemma(): string {
    return (this.#lemma ??= this.#lemmaAt(this.#winkIndex));
  }

  set lemma(value: string) {
    this.#lemma = value;
  }

  /** The plain Token, lemma included, for JSON dumps (a getter is not an own property). */
  toJSON(): Token {
    const { start, end, text, lower, pos, lemma, sentence } = this;
    return { start, end, text, lower, pos, lemma, sentence };
  }
}

/** True when every character of `word` is white space (what `\s` matches). */
function isSpace(word: string): boolean {
  const c = word.charCodeAt(0);
  // Almost every token starts with a printable ASCII character: answer those without `trim()`.
  if (c > 0x20 && c < 0x7f) return false;
  return word.length > 0 && word.trim().length === 0;
}

/**
 * Reads `text` with wink and maps every non-space token onto its offsets in `text`. A lemma,
 * when read, comes from `memo` if wink has lemmatised the same value and POS before.
 */
export function tokenize(nlp: Nlp, text: string, memo: LemmaMemo): WinkTokens {
  const its = nlp.its;
  const wdoc = nlp.readDoc(text);
  const col = wdoc.tokens();
  const words = col.out() as string[];
  const pos = col.out(its.pos) as string[];
  const spaces = col.out(its.precedingSpaces) as string[];
  // A contraction's parts ("do" "n't") carry their own lemma, so they bypass the memo.
  const contraction = col.out(its.contractionFlag) as unknown as boolean[];
  // wink's typings declare `its.lemma` with an addon signature; at run time it is a plain accessor.
  const lemmaOf = (i: number): string => col.itemAt(i).out(its.lemma as unknown as typeof its.pos) as string;
  const lemmaAt = (i: number): string => {
    if (contraction[i]) return lemmaOf(i);
    let lemma = memo.get(pos[i], words[i]);
    if (lemma === undefined) memo.set(pos[i], words[i], (lemma = lemmaOf(i)));
    return lemma;
  };
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
    if (isSpace(word)) {
      cursor += spaces[i].length + word.length;
      continue;
    }
    let start = text.indexOf(word, cursor);
    // When the word was found verbatim the surface is the word itself: no copy per token.
    let surface = word;
    if (start < 0 || start - cursor > MAX_GAP + spaces[i].length) {
      start = Math.min(cursor + spaces[i].length, text.length);
      const found = Math.min(start + word.length, text.length);
      if (!(found - start === word.length && text.startsWith(word, start))) surface = text.slice(start, found);
    }
    const end = start + surface.length;
    cursor = end;
    if (pendingStart) {
      sentenceStarts.add(tokens.length);
      pendingStart = false;
    }
    tokens.push(new WinkToken(start, end, surface, pos[i], lemmaAt, i));
  }
  return { tokens, sentenceStarts };
}
