/** Approximation words before an amount: "at least" -> over, "about" -> about, "nearly" -> under. */
import type { AmountLexicon } from "../../lexicon/amounts.ts";
import type { Amount } from "../../types.ts";

/** The approximation phrase ending right before `start` (one space apart), if any. */
export function approxBefore(text: string, start: number, floor: number, lex: AmountLexicon): { value: NonNullable<Amount["approx"]>; length: number } | undefined {
  const before = text.slice(Math.max(floor, start - 24), start).toLowerCase();
  for (const [phrase, value] of lex.approx) {
    if (!before.endsWith(`${phrase} `)) continue;
    const at = before.length - phrase.length - 1;
    if (at > 0 && /\p{L}/u.test(before[at - 1])) continue;
    return { value, length: phrase.length + 1 };
  }
  return undefined;
}
