/**
 * Currency and percent around a number: a symbol or code before it ("$", "LE", "SDR", "₹"),
 * or a word after it ("euros", "Egyptian pounds", "percent", "%"), and measures ("nautical miles").
 */
import type { AmountLexicon } from "../../lexicon/amounts.ts";
import type { Near } from "./words.ts";

/** A unit read from the words right before or after a number. */
export interface UnitMatch {
  unit: string;
  /** Characters of text consumed before the number (prefix) or after it (suffix). */
  length: number;
  asWritten: string;
}

const LETTER_START = /^\p{L}/u;
const SPACED_CODE = /^\p{Lu}\p{L}*\.?$/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/** A currency symbol or code written just before `start` ("$1.2", "US$5", "LE 59.5", "SDR 882"). */
export function currencyBefore(text: string, start: number, lex: AmountLexicon): UnitMatch | undefined {
  const gap = text[start - 1] === " " ? 1 : 0;
  if (!lex.prefixEnds.has(text[start - gap - 1])) return undefined;
  for (let len = Math.min(lex.longestPrefix, start - gap); len >= 1; len--) {
    const at = start - gap - len;
    const form = text.slice(at, at + len);
    const code = lex.prefixes.get(form);
    if (!code) continue;
    const alpha = LETTER_START.test(form);
    // "LE 59.5" may have a space; "$ 5" and a code glued to a longer word may not.
    if ((gap === 1 && !SPACED_CODE.test(form)) || (alpha && at > 0 && LETTER_OR_DIGIT.test(text[at - 1]))) continue;
    return { unit: code, length: gap + len, asWritten: form };
  }
  return undefined;
}

/** Percent or currency words right after `end` ("46 percent", "12%", "4 billion euros"); `after` is phrasesAfter(text, end). */
export function unitAfter(text: string, end: number, after: readonly Near[], lex: AmountLexicon): UnitMatch | undefined {
  if (text[end] === "%") return { unit: "percent", length: 1, asWritten: "%" };
  let best: UnitMatch | undefined;
  for (const near of after) {
    const unit = lex.percent.has(near.phrase) ? "percent" : lex.qualified.get(near.phrase) ?? lex.currencyWords.get(near.phrase);
    if (unit) best = { unit, length: near.length, asWritten: text.slice(end + 1, end + near.length) };
  }
  return best;
}

/** Measures ("nautical miles", "tons"): unit null, wording kept; `after` is phrasesAfter(text, end). */
export function measureAfter(text: string, end: number, after: readonly Near[], lex: AmountLexicon): UnitMatch | undefined {
  let best: UnitMatch | undefined;
  for (const near of after) {
    if (lex.measures.has(near.phrase)) best = { unit: "", length: near.length, asWritten: text.slice(end + 1, end + near.length) };
  }
  return best;
}
