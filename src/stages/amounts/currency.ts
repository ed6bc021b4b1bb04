/**
 * Currency and percent around a number: a symbol or code before it ("$", "LE", "SDR", "₹"),
 * or a word after it ("euros", "Egyptian pounds", "percent", "%").
 */
import type { AmountLexicon } from "../../lexicon/amounts.ts";

/** A unit read from the words right before or after a number. */
export interface UnitMatch {
  unit: string;
  /** Characters of text consumed before the number (prefix) or after it (suffix). */
  length: number;
  asWritten: string;
}

/** A currency symbol or code written just before `start` ("$1.2", "LE 59.5", "SDR 882"). */
export function currencyBefore(text: string, start: number, lex: AmountLexicon): UnitMatch | undefined {
  for (const [form, code] of lex.prefixes) {
    const alpha = /^\p{L}/u.test(form);
    const oneLetter = form.length === 1 && alpha;
    for (const gap of oneLetter ? [0] : [0, 1]) {
      const at = start - gap - form.length;
      if (at < 0 || text.slice(at, at + form.length) !== form) continue;
      if (gap === 1 && text[start - 1] !== " ") continue;
      if (alpha && at > 0 && /[\p{L}\d]/u.test(text[at - 1])) continue;
      if (gap === 1 && alpha && form === form.toLowerCase()) continue;
      return { unit: code, length: gap + form.length, asWritten: form };
    }
  }
  return undefined;
}

/** Percent or currency words right after `end` ("46 percent", "12%", "4 billion euros"). */
export function unitAfter(text: string, end: number, lex: AmountLexicon): UnitMatch | undefined {
  const after = text.slice(end, end + 40);
  const lower = after.toLowerCase();
  for (const p of lex.percent) {
    const gap = p === "%" ? (lower.startsWith("%") ? 0 : lower.startsWith(" %") ? 1 : -1) : lower.startsWith(` ${p}`) ? 1 : -1;
    if (gap >= 0 && !/\p{L}/u.test(lower.charAt(gap + p.length))) return { unit: "percent", length: gap + p.length, asWritten: p };
  }
  for (const [phrase, code] of lex.qualified) {
    if (wordAt(lower, phrase)) return { unit: code, length: phrase.length + 1, asWritten: after.slice(1, phrase.length + 1) };
  }
  const word = /^ (\p{L}+)/u.exec(lower)?.[1];
  const code = word === undefined ? undefined : lex.currencyWords.get(word);
  if (word !== undefined && code) return { unit: code, length: word.length + 1, asWritten: after.slice(1, word.length + 1) };
  return undefined;
}

/** Measures ("nautical miles", "tons"): unit null, wording kept. */
export function measureAfter(text: string, end: number, lex: AmountLexicon): UnitMatch | undefined {
  const lower = text.slice(end, end + 30).toLowerCase();
  for (const m of lex.measures) {
    if (wordAt(lower, m)) return { unit: "", length: m.length + 1, asWritten: text.slice(end + 1, end + 1 + m.length) };
  }
  return undefined;
}

/** True when `lower` starts with a space, then `phrase`, then a non-letter. */
function wordAt(lower: string, phrase: string): boolean {
  return lower.startsWith(` ${phrase}`) && !/\p{L}/u.test(lower.charAt(phrase.length + 1));
}
