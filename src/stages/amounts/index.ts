/**
 * The amounts stage: numbers with their unit and what they count ("50,000 doses", "46 percent",
 * "$1.2 billion", "at least 12 people"), with `approx`. Years, dates, times, durations,
 * modifiers, names and referential counts are left out (see guards.ts).
 */
import type { ArticleDoc, Stage } from "../../document.ts";
import type { AmountLexicon } from "../../lexicon/amounts.ts";
import type { Amount } from "../../types.ts";
import { findNumbers, numberPatterns, type NumberSpan } from "./numbers.ts";
import { rejectNumber } from "./guards.ts";
import { currencyBefore, measureAfter, unitAfter } from "./currency.ts";
import { countedAfter } from "./counted.ts";
import { approxBefore } from "./approx.ts";
import { phrasesAfter } from "./words.ts";

/** An amount plus the wording of a unit that has no code (measures, compounds). */
export type FoundAmount = Amount & { unitAsWritten?: string };

/** Creates the amounts stage over a loaded amount lexicon. */
export function createAmounts(lex: AmountLexicon): Stage {
  const words = [...lex.numberWords.keys(), ...[...lex.scales.keys()].filter((k) => k.length > 3)];
  const numberWord = new RegExp(`\\d|\\b(?:${words.join("|")})`, "i");
  const patterns = numberPatterns(lex);
  return (doc) => {
    const { sentences, text } = doc;
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      const slice = text.slice(s.start, s.end);
      if (!numberWord.test(slice)) continue;
      for (const n of findNumbers(text, s.start, slice, lex, patterns)) {
        const a = readAmount(doc, n, i, lex);
        if (a) doc.amounts.push(a);
      }
    }
  };
}

const MEASURED_OF = /^ of (\p{Ll}+)/u;
const CURRENCY_CODE = /^[A-Z]{3}$/;

/** The amount a number stands for, or undefined when it is not one. */
function readAmount(doc: ArticleDoc, n: NumberSpan, sentence: number, lex: AmountLexicon): FoundAmount | undefined {
  const text = doc.text;
  const sentenceStart = doc.sentences[sentence].start;
  const prefix = currencyBefore(text, n.start, lex);
  if (n.glued && !prefix) return undefined;
  const after = phrasesAfter(text, n.end);
  const suffix = prefix ? undefined : unitAfter(text, n.end, after, lex);
  if (!prefix && !suffix && rejectNumber(text, n, sentenceStart, after, lex)) return undefined;
  let start = n.start - (prefix?.length ?? 0);
  let end = n.end + (suffix?.length ?? 0);
  const approx = approxBefore(text, start, sentenceStart, lex);
  if (approx) start -= approx.length;
  // Built key by key rather than spread: the keys keep the order the output always had.
  const a = { value: n.value, start, sentence } as FoundAmount;
  if (approx) a.approx = approx.value;
  const money = prefix ?? suffix;
  if (money) {
    a.unit = money.unit;
    return finish(a, text, end, prefix ? "amount.currency.prefix" : money.unit === "percent" ? "amount.unit.percent" : "amount.unit.currency-word");
  }
  const measure = measureAfter(text, n.end, after, lex);
  if (measure) {
    end = n.end + measure.length;
    const of = text.startsWith(" of ", end) ? MEASURED_OF.exec(text.slice(end, end + 30)) : null;
    if (of) end += of[0].length;
    a.unitAsWritten = measure.asWritten;
    if (of) a.of = of[1];
    return finish(a, text, end, "amount.unit.measure");
  }
  const counted = countedAfter(doc, n.end, sentence, lex);
  if (!counted) return n.scaled ? bareScaled(doc, a, n.end) : undefined;
  if (counted.unit) a.unit = counted.unit;
  if (counted.unitAsWritten) a.unitAsWritten = counted.unitAsWritten;
  if (counted.of) a.of = counted.of;
  return finish(a, text, counted.end, counted.rule);
}

function finish(a: FoundAmount, text: string, end: number, rule: string): FoundAmount {
  a.end = end;
  a.text = text.slice(a.start, end);
  a.rule = rule;
  return a;
}

/** "reached 9.4 billion" with no unit: takes the currency of the article's last money amount. */
function bareScaled(doc: ArticleDoc, a: FoundAmount, end: number): FoundAmount {
  a.end = end;
  a.text = doc.text.slice(a.start, end);
  for (let k = doc.amounts.length - 1; k >= 0; k--) {
    const unit = doc.amounts[k].unit;
    if (unit && CURRENCY_CODE.test(unit)) {
      a.unit = unit;
      a.rule = "amount.currency.inherited";
      return a;
    }
  }
  a.rule = "amount.bare-scaled";
  return a;
}
