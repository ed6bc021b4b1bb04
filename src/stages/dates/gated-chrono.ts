/**
 * chrono-node's casual English parser with the same parsers and refiners, where each parser
 * whose pattern needs a keyword ("ago", a month name, a weekday) runs only on text containing
 * that keyword. chrono runs every parser's regex over the whole sentence; most sentences lack
 * most keywords, and a literal test is much cheaper than those patterns. Results are the same.
 */
import * as chrono from "chrono-node";

const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
/** chrono's TIME_UNIT_DICTIONARY keys: its duration patterns end in one of them. */
const UNIT = "(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|months?|mos?|mon|quarters?|qtr|years?|yrs?|y)";
const WEEKDAY = "(?:(?:sun|mon|tues|wednes|thurs|fri|satur)day|sun|mon|tue|wed|thurs?|thu|fri|sat|week(?:end|day))";

/**
 * Per parser class, a test every text its pattern can match passes. Most are the pattern's
 * required words; where the pattern ends "(words)(?=\W|$)" the test keeps that end (a word
 * ending "now" in "known" cannot match), and where a duration precedes the words, its unit.
 */
export const PARSER_KEYWORDS: Readonly<Record<string, RegExp>> = {
  ENTimeUnitAgoFormatParser: new RegExp(`(?:ago|before|earlier)(?<=${UNIT}\\s{0,5}(?:ago|before|earlier))(?!\\w)`, "i"),
  ENTimeUnitLaterFormatParser: new RegExp(`(?:later|after|from now|henceforth|forward|out)(?<=${UNIT}\\s{0,5}(?:later|after|from now|henceforth|forward|out))(?!\\w)`, "i"),
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENMonthNameParser: MONTH,
  // A weekday may be followed straight by "of/this/last/past/next week" (chrono's \s* allows none).
  ENWeekdayParser: new RegExp(`${WEEKDAY}(?:(?!\\w)|of|this|last|past|next)`, "i"),
  ENCasualDateParser: /(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\s*night)(?!\w)/i,
  ENCasualTimeParser: /morning|noon|evening|night|midday/i,
  ENRelativeDateFormatParser: new RegExp(`(?:this|last|past|next)\\s*${UNIT}(?!\\w)`, "i"),
  ENTimeUnitCasualRelativeFormatParser: /this|last|past|next|after|[+-]/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENTimeExpressionParser: /\d/,
  SlashDateFormatParser: /\d[/.-]\d/,
  ENSlashMonthFormatParser: /\d\/\d/,
  ISOFormatParser: /\d-\d/,
};

/** Anchored at the start, so exec gives up after one position. */
const NEVER = /^(?!)/;

/** `re.test`, remembering the last text: the three month-name parsers share one test. */
function lastTextTest(re: RegExp): (text: string) => boolean {
  let last: string | undefined;
  let result = false;
  return (text) => {
    if (text !== last) {
      last = text;
      result = re.test(text);
    }
    return result;
  };
}

/** A chrono instance equivalent to chrono.casual, with keyword-gated parsers. */
export function createGatedChrono(): chrono.Chrono {
  const tests = new Map<RegExp, (text: string) => boolean>();
  const gated = (parser: chrono.Parser): chrono.Parser => {
    const keywords = PARSER_KEYWORDS[parser.constructor.name];
    if (!keywords) return parser;
    let has = tests.get(keywords);
    if (!has) tests.set(keywords, (has = lastTextTest(keywords)));
    const test = has;
    return {
      pattern: (context) => (test(context.text) ? parser.pattern(context) : NEVER),
      extract: (context, match) => parser.extract(context, match),
    };
  };
  return new chrono.Chrono({ parsers: chrono.casual.parsers.map(gated), refiners: chrono.casual.refiners });
}
