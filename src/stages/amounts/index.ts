/**
 * The amounts stage: numbers with their unit and what they count ("50,000 doses", "46 percent",
 * "$1.2 billion", "at least 12 people"), with `approx`. Years, dates, times, durations,
 * modifiers, names and referential counts are left out (see guards.ts).
 */
import type { ArticleDoc, Stage } from "../../document.ts";
import type { AmountLexicon } from "../../lexicon/amounts.ts";
import type { Amount } from "../../types.ts";
import { findNumbers, numberWordPattern, type NumberSpan } from "./numbers.ts";
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
  const spelled = numberWordPattern(lex);
  return (doc) => {
    doc.sentences.forEach((s, i) => {
      if (!numberWord.test(doc.text.slice(s.start, s.end))) return;
      for (const n of findNumbers(doc.text, s.start, s.end, lex, spelled)) {
        const a = readAmount(doc, n, i, lex);
        if (a) doc.amounts.push(a);
      }
    });
  };
}

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
  const base = { value: n.value, start, sentence, ...(approx ? { approx: approx.value } : {}) };
  const money = prefix ?? suffix;
  if (money) {
    return { ...base, unit: money.unit, end, text: text.slice(start, end), rule: prefix ? "amount.currency.prefix" : `amount.unit.${money.unit === "percent" ? "percent" : "currency-word"}` };
  }
  const measure = measureAfter(text, n.end, after, lex);
  if (measure) {
    end = n.end + measure.length;
    const of = /^ of (\p{Ll}+)/u.exec(text.slice(end, end + 30));
    if (of) end += of[0].length;
    return { ...base, unitAsWritten: measure.asWritten, ...(of ? { of: of[1] } : {}), end, text: text.slice(start, end), rule: "amount.unit.measure" };
  }
  const counted = countedAfter(doc, n.end, sentence, lex);
  if (!counted) return n.scaled ? bareScaled(doc, { ...base, end: n.end, text: "" }) : undefined;
  end = counted.end;
  return {
    ...base,
    ...(counted.unit ? { unit: counted.unit } : {}),
    ...(counted.unitAsWritten ? { unitAsWritten: counted.unitAsWritten } : {}),
    ...(counted.of ? { of: counted.of } : {}),
    end,
    text: text.slice(start, end),
    rule: counted.rule,
  };
}

/** "reached 9.4 billion" with no unit: takes the currency of the article's last money amount. */
function bareScaled(doc: ArticleDoc, a: FoundAmount): FoundAmount {
  const text = doc.text.slice(a.start, a.end);
  const last = [...doc.amounts].reverse().find((x) => x.unit && /^[A-Z]{3}$/.test(x.unit));
  return last ? { ...a, text, unit: last.unit, rule: "amount.currency.inherited" } : { ...a, text, rule: "amount.bare-scaled" };
}
