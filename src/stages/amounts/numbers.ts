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

const FIGURE = /(?<![\d_.,/:+-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:(bn|mn|tn|m|k)\b)?(?![\w/:]|[.,]\d|-\p{L})/gu;
/** A regular expression for the lexicon's spelled numbers ("seven", "twenty-three"), built once per stage. */
export function numberWordPattern(lex: AmountLexicon): RegExp {
  const words = [...lex.numberWords.keys()].sort((a, b) => b.length - a.length).join("|");
  return new RegExp(`(?<![\\p{L}-])(?:${words})(?:-(?:${words}))?(?![\\p{L}-])`, "giu");
}

/** Numbers in text[from, to), in text order; `words` comes from numberWordPattern. */
export function findNumbers(text: string, from: number, to: number, lex: AmountLexicon, words: RegExp): NumberSpan[] {
  const slice = text.slice(from, to);
  const out: NumberSpan[] = [];
  for (const m of slice.matchAll(FIGURE)) {
    const start = from + m.index;
    let value = Number(m[1].replace(/,/g, ""));
    if (m[2]) value *= lex.scales.get(m[2].toLowerCase()) ?? 1;
    const glued = /\p{L}/u.test(text[start - 1] ?? "");
    out.push(withScale(text, { start, end: start + m[0].length, value, spelled: false, scaled: !!m[2], glued }, lex));
  }
  for (const m of slice.matchAll(words)) {
    const value = spelledValue(m[0].toLowerCase(), lex);
    if (value === undefined) continue;
    const start = from + m.index;
    out.push(withScale(text, { start, end: start + m[0].length, value, spelled: true, scaled: false }, lex));
  }
  for (const m of slice.matchAll(/\b[Aa] (hundred|thousand|million|billion|trillion)\b/g)) {
    const start = from + m.index;
    const value = lex.scales.get(m[1]) ?? 1;
    out.push(withScale(text, { start, end: start + m[0].length, value, spelled: true, scaled: true }, lex));
  }
  return out.sort((a, b) => a.start - b.start);
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

const SCALE_WORD = /^ (\p{L}+)\b/u;

/** Applies scale words after the number ("1.2 billion", "two hundred thousand"). */
function withScale(text: string, n: NumberSpan, lex: AmountLexicon): NumberSpan {
  let { end, value, scaled } = n;
  for (;;) {
    if (text.charCodeAt(end) !== 32) break;
    const m = SCALE_WORD.exec(text.slice(end, end + 20));
    const factor = m ? lex.scales.get(m[1].toLowerCase()) : undefined;
    // A one-letter scale written apart from the figure is not one ("5 m" is metres).
    if (!m || factor === undefined || m[1].length < 2) break;
    value *= factor;
    end += m[0].length;
    scaled = true;
  }
  return { ...n, end, value: round(value), scaled };
}

/** Removes floating-point noise from 1.2 * 1e9 and the like. */
function round(x: number): number {
  // Whole numbers below 1e12 print exactly in 12 digits, so the string round trip would give x back.
  if (Number.isInteger(x) && x >= 0 && x < 1e12) return x;
  return Number.parseFloat(x.toPrecision(12));
}
