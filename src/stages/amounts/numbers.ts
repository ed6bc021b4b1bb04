/**
 * Finds the numbers in one sentence: figures ("50,000", "1.2", "5bn") and spelled cardinals
 * ("seven", "Twenty-three"), each with any scale word that follows ("1.2 billion", "₹3,470 crore").
 */
import type { AmountLexicon } from "../../lexicon/amounts.ts";

/** A number found in the text, before deciding whether it is an amount. */
export interface NumberSpan {
  start: number;
  end: number;
  value: number;
  /** Written out in words ("two"), not in figures. */
  spelled: boolean;
  /** A scale word was applied ("million", "crore", "bn"). */
  scaled: boolean;
  /** Letters touch the figure on the left ("Sh1.2", "G20"): only a currency prefix may. */
  glued?: boolean;
}

const FIGURE = String.raw`(?<![\d_.,/:+-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:(bn|mn|tn|m|k)\b)?(?![\w/:]|[.,]\d|-\p{L})`;
const LETTER = /\p{L}/u;
const SCALE_WORD = /^ (\p{L}+)\b/u;

/**
 * The stage's number patterns, built once per stage: global expressions keep their `lastIndex`
 * between calls, so each stage owns its own rather than sharing module-level ones.
 */
export interface NumberPatterns {
  figure: RegExp;
  /** The lexicon's spelled numbers ("seven", "twenty-three"). */
  words: RegExp;
  aScale: RegExp;
  /** First letters of the scale words a spaced scale may start with (two letters or more). */
  scaleFirst: ReadonlySet<string>;
}

/** Builds the number patterns of one amounts stage. */
export function numberPatterns(lex: AmountLexicon): NumberPatterns {
  const words = [...lex.numberWords.keys()].sort((a, b) => b.length - a.length).join("|");
  return {
    figure: new RegExp(FIGURE, "gu"),
    words: new RegExp(`(?<![\\p{L}-])(?:${words})(?:-(?:${words}))?(?![\\p{L}-])`, "giu"),
    aScale: /\b[Aa] (hundred|thousand|million|billion|trillion)\b/g,
    scaleFirst: new Set([...lex.scales.keys()].filter((k) => k.length >= 2).map((k) => k[0])),
  };
}

/** Numbers in text[from, to), in text order; `slice` is that text. */
export function findNumbers(text: string, from: number, slice: string, lex: AmountLexicon, p: NumberPatterns): NumberSpan[] {
  const out: NumberSpan[] = [];
  p.figure.lastIndex = 0;
  for (let m = p.figure.exec(slice); m; m = p.figure.exec(slice)) {
    const start = from + m.index;
    let value = Number(m[1].replace(/,/g, ""));
    if (m[2]) value *= lex.scales.get(m[2].toLowerCase()) ?? 1;
    out.push(withScale(text, { start, end: start + m[0].length, value, spelled: false, scaled: !!m[2], glued: letterAt(text, start - 1) }, lex, p));
  }
  p.words.lastIndex = 0;
  for (let m = p.words.exec(slice); m; m = p.words.exec(slice)) {
    const value = spelledValue(m[0].toLowerCase(), lex);
    if (value === undefined) continue;
    const start = from + m.index;
    out.push(withScale(text, { start, end: start + m[0].length, value, spelled: true, scaled: false }, lex, p));
  }
  p.aScale.lastIndex = 0;
  for (let m = p.aScale.exec(slice); m; m = p.aScale.exec(slice)) {
    const start = from + m.index;
    const value = lex.scales.get(m[1]) ?? 1;
    out.push(withScale(text, { start, end: start + m[0].length, value, spelled: true, scaled: true }, lex, p));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True when the code unit at `i` is a letter (\p{L}); ASCII is answered without a regex. */
function letterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return i >= 0 && LETTER.test(text[i]);
}

/** "seven" -> 7, "twenty-three" -> 23; undefined for anything else. */
function spelledValue(word: string, lex: AmountLexicon): number | undefined {
  const dash = word.indexOf("-");
  if (dash < 0) return lex.numberWords.get(word);
  const tens = word.slice(0, dash);
  const unit = lex.numberWords.get(word.slice(dash + 1));
  if (!lex.tens.has(tens) || unit === undefined || unit > 9) return undefined;
  return (lex.numberWords.get(tens) ?? 0) + unit;
}

/** Applies scale words after the number ("1.2 billion", "two hundred thousand"); updates `n`. */
function withScale(text: string, n: NumberSpan, lex: AmountLexicon, p: NumberPatterns): NumberSpan {
  let { end, value, scaled } = n;
  for (;;) {
    if (text.charCodeAt(end) !== 32) break;
    // No scale word starts with this ASCII character: the expression below could not match one.
    const c = text.charCodeAt(end + 1);
    if (c < 128 && !p.scaleFirst.has(String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c))) break;
    const m = SCALE_WORD.exec(text.slice(end, end + 20));
    const factor = m ? lex.scales.get(m[1].toLowerCase()) : undefined;
    // A one-letter scale written apart from the figure is not one ("5 m" is metres).
    if (!m || factor === undefined || m[1].length < 2) break;
    value *= factor;
    end += m[0].length;
    scaled = true;
  }
  n.end = end;
  n.value = round(value);
  n.scaled = scaled;
  return n;
}

/** Removes floating-point noise from 1.2 * 1e9 and the like. */
function round(x: number): number {
  // Whole numbers below 1e12 print exactly in 12 digits, so the string round trip would give x back.
  if (Number.isInteger(x) && x >= 0 && x < 1e12) return x;
  return Number.parseFloat(x.toPrecision(12));
}
