/** Approximation words before an amount: "at least" -> over, "about" -> about, "nearly" -> under. */
import type { AmountLexicon } from "../../lexicon/amounts.ts";
import type { Amount } from "../../types.ts";
import { phrasesBefore } from "./words.ts";

/** The longest approximation phrase ending one space before `start`, not reaching before `floor`. */
export function approxBefore(text: string, start: number, floor: number, lex: AmountLexicon): { value: NonNullable<Amount["approx"]>; length: number } | undefined {
  let best: { value: NonNullable<Amount["approx"]>; length: number } | undefined;
  for (const near of phrasesBefore(text, start)) {
    const value = lex.approx.get(near.phrase);
    if (value && start - near.length >= floor) best = { value, length: near.length };
  }
  return best;
}
