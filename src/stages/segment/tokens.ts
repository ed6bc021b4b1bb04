/**
 * Tokenises the cleaned text once with wink-nlp and returns tokens with character offsets,
 * plus wink's own sentence starts (as indexes into the returned token list).
 */
import type { Token } from "../../document.ts";
import type { Nlp } from "../../nlp.ts";
import type { LemmaMemo } from "./lemmas.ts";

/** Tokens (sentence left at -1) and, per token index, 1 where wink starts a sentence. */
export interface WinkTokens {
  tokens: Token[];
  sentenceStarts: Uint8Array;
}

/** A token found further than this past the cursor is distrusted (wink rewrote its text). */
const MAX_GAP = 64;

/**
 * One document's wink output as the tokens read it. A class rather than closures made per
 * document: tsx wraps every closure it creates in a naming call, which costs more than the
 * closure.
 */
class WinkSource {
  constructor(
    readonly nlp: Nlp,
    readonly col: ReturnType<ReturnType<Nlp["readDoc"]>["tokens"]>,
    readonly words: string[],
    readonly pos: string[],
    readonly contraction: boolean[],
    readonly memo: LemmaMemo,
  ) {}

  /** The lemma of wink token `i`, from the memo when wink has lemmatised its value and POS. */
  lemmaAt(i: number): string {
    // A contraction's parts ("do" "n't") carry their own lemma, so they bypass the memo.
    if (this.contraction[i]) return this.lemmaOf(i);
    let lemma = this.memo.get(this.pos[i], this.words[i]);
    if (lemma === undefined) this.memo.set(this.pos[i], this.words[i], (lemma = this.lemmaOf(i)));
    return lemma;
  }

  /** How many characters of white space precede wink token `i`. */
  spacesBefore(i: number): number {
    return (this.col.itemAt(i).out(this.nlp.its.precedingSpaces) as string).length;
  }

  /**
   * The lemma of a word wink never saw alone (the stem of a possessive it kept whole), from the
   * memo or from wink reading just that word.
   */
  lemmaOfWord(word: string, pos: string): string {
    let lemma = this.memo.get(pos, word);
    if (lemma === undefined) {
      const lemmas = this.nlp.readDoc(word).tokens().out(this.nlp.its.lemma as unknown as typeof this.nlp.its.pos) as string[];
      this.memo.set(pos, word, (lemma = lemmas.length === 1 ? lemmas[0] : word.toLowerCase()));
    }
    return lemma;
  }

  private lemmaOf(i: number): string {
    // wink's typings declare `its.lemma` with an addon signature; at run time it is a plain accessor.
    return this.col.itemAt(i).out(this.nlp.its.lemma as unknown as typeof this.nlp.its.pos) as string;
  }
}

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
  readonly #source: WinkSource;
  readonly #winkIndex: number;

  constructor(start: number, end: number, text: string, pos: string, source: WinkSource, winkIndex: number) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = text.toLowerCase();
    this.pos = pos;
    this.#source = source;
    this.#winkIndex = winkIndex;
  }

  get lemma(): string {
    return (this.#lemma ??= this.#source.lemmaAt(this.#winkIndex));
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

const LOWER_START = /^\p{Ll}/u;

/**
 * Where the possessive ending of a word wink kept whole starts ("Japan's" -> 5), or -1.
 *
 * wink splits "Japan's" into "Japan" + "'s" until some earlier document has put the whole form
 * into its vocabulary (for instance "Japan's," before a comma, which it keeps whole), and from
 * then on keeps it whole: the same sentence would tokenise differently depending on what the
 * process read before. Splitting every whole possessive gives the first-read tokens always.
 */
export function possessiveSplit(word: string): number {
  const n = word.length;
  if (n < 3) return -1;
  const s = word.charCodeAt(n - 1);
  const apostrophe = word.charCodeAt(n - 2);
  if ((s !== 0x73 && s !== 0x53) || (apostrophe !== 0x27 && apostrophe !== 0x2019)) return -1;
  const before = word.charCodeAt(n - 3);
  return before === 0x27 || before === 0x2019 ? -1 : n - 2;
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
  const source = new WinkSource(nlp, col, words, pos, col.out(its.contractionFlag) as unknown as boolean[], memo);
  // One collection call for every sentence span, not an item object per sentence; the spans
  // come in token order, so one pointer walks them.
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
  let span = 0;

  const tokens: Token[] = [];
  // Twice the wink tokens: room for the possessives split in two.
  const sentenceStarts = new Uint8Array(words.length * 2);
  let cursor = 0;
  let pendingStart = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    while (span < spans.length && spans[span][0] < i) span++;
    if (span < spans.length && spans[span][0] === i) pendingStart = true;
    // Preceding spaces matter only at white-space tokens and misplaced words (a few in a
    // hundred): asked for one at a time, not as a string for every token.
    if (isSpace(word)) {
      cursor += source.spacesBefore(i) + word.length;
      continue;
    }
    let start = text.indexOf(word, cursor);
    // When the word was found verbatim the surface is the word itself: no copy per token.
    let surface = word;
    // The first comparison spares asking wink for the spaces of a word found close by.
    if (start < 0 || (start - cursor > MAX_GAP && start - cursor > MAX_GAP + source.spacesBefore(i))) {
      start = Math.min(cursor + source.spacesBefore(i), text.length);
      const found = Math.min(start + word.length, text.length);
      if (!(found - start === word.length && text.startsWith(word, start))) surface = text.slice(start, found);
    }
    const end = start + surface.length;
    cursor = end;
    if (pendingStart) {
      sentenceStarts[tokens.length] = 1;
      pendingStart = false;
    }
    const split = source.contraction[i] ? -1 : possessiveSplit(surface);
    if (split < 0) {
      tokens.push(new WinkToken(start, end, surface, pos[i], source, i));
      continue;
    }
    // Tagged as a whole, "week's" is a proper noun; its lower-case stem is a common noun.
    const stemPos = pos[i] === "PROPN" && LOWER_START.test(surface) ? "NOUN" : pos[i];
    const stem = new WinkToken(start, start + split, surface.slice(0, split), stemPos, source, i);
    stem.lemma = source.lemmaOfWord(stem.text, stemPos);
    const ending = new WinkToken(start + split, end, surface.slice(split), "PART", source, i);
    ending.lemma = ending.text;
    tokens.push(stem, ending);
  }
  return { tokens, sentenceStarts };
}
