/**
 * Numbers that are not amounts: years, dates, clock times, durations, hyphenated modifiers,
 * numbers inside names, referential counts ("the four signatories"), pronoun "one", phone
 * numbers. Each guard returns the id of the rule that rejected the number.
 */
import type { AmountLexicon } from "../../lexicon/amounts.ts";
import type { NumberSpan } from "./numbers.ts";
import type { Near } from "./words.ts";
import { lastWord } from "./scan.ts";

const NEXT_WORD = /^\W*([\p{L}']+)/u;
const REFERENTIAL = new Set(["the", "these", "those", "its", "their", "his", "her", "our", "both", "all", "my", "your"]);
const ONE_BEFORE = new Set(["each", "no", "any", "the", "this", "that", "every", "only", "which", "another"]);
const NAME_PARTICLES = new Set(["du", "de", "del", "la", "le", "des", "di", "van", "von", "al", "el"]);
const UPPER_START = /^\p{Lu}/u;
const YEAR = /^(1[89]\d\d|20\d\d)$/;
const OF_OR_PERCENT = /^\s*(of\b|%)/;
const HYPHEN_WORD = /^[-–]\p{L}/u;
const TRAILING_SPACE = /\s$/;
const SPACE_DIGIT = /^\s\d/;
const DIGIT_SPACE = /\d\s$/;
const SCORE_OR_FRACTION = /^[-–/]\d/;
const FULL_STOP_END = /\.$/;
const capitalised = (w: string | undefined) => !!w && UPPER_START.test(w);

/** Previous and next words around a number (within 40 characters). */
export function around(text: string, n: NumberSpan): { prev?: string; prev2?: string; next?: string } {
  const floor = Math.max(0, n.start - 40);
  const prev = lastWord(text, floor, n.start);
  const prev2 = prev && lastWord(text, floor, prev.start);
  const nextM = NEXT_WORD.exec(text.slice(n.end, n.end + 40));
  return { prev: prev?.word, prev2: prev2?.word, next: nextM?.[1] };
}

/** The id of the rule that says this number is not an amount, or undefined; `phrases` is phrasesAfter(text, n.end). */
export function rejectNumber(text: string, n: NumberSpan, sentenceStart: number, phrases: readonly Near[], lex: AmountLexicon): string | undefined {
  const after = text.slice(n.end, n.end + 30);
  const { prev, prev2, next } = around(text, n);
  const lowerPrev = prev?.toLowerCase().replace(FULL_STOP_END, "");
  const lowerNext = next?.toLowerCase();
  const figure = text.slice(n.start, n.end);
  if (!n.spelled && !n.scaled && YEAR.test(figure)) return "amount.not.year";
  if ((lowerPrev && lex.months.has(lowerPrev)) || (lowerNext && lex.months.has(lowerNext) && !OF_OR_PERCENT.test(after))) {
    return "amount.not.date";
  }
  if (HYPHEN_WORD.test(after)) return "amount.not.hyphen-modifier";
  if (!n.spelled && prev && lex.identifierNouns.has(prev.toLowerCase()) && TRAILING_SPACE.test(text.slice(n.start - 1, n.start))) return "amount.not.identifier";
  for (const p of phrases) if (lex.timeUnits.has(p.phrase)) return "amount.not.time";
  if (!n.spelled && (SPACE_DIGIT.test(after) || DIGIT_SPACE.test(text.slice(n.start - 2, n.start)))) return "amount.not.digit-sequence";
  if (!n.spelled && SCORE_OR_FRACTION.test(after)) return "amount.not.score-or-fraction";
  const isSentenceStart = n.start - sentenceStart < 2;
  if (!isSentenceStart && capitalised(next) && (capitalised(prev) || (lowerPrev && NAME_PARTICLES.has(lowerPrev) && capitalised(prev2)))) {
    return "amount.not.in-name";
  }
  if (n.spelled && lowerPrev && REFERENTIAL.has(lowerPrev) && lowerNext !== "of") return "amount.not.referential";
  if (n.spelled && n.value === 1 && !n.scaled) {
    if ((lowerPrev && ONE_BEFORE.has(lowerPrev)) || lowerNext === "of" || lowerNext === "another") return "amount.not.pronoun-one";
  }
  return undefined;
}
