/**
 * chrono-node's casual English parser with the same parsers and refiners, where each parser
 * whose pattern needs a keyword ("ago", a month name, a weekday) runs only on text containing
 * that keyword. chrono runs every parser's regex over the whole sentence; most sentences lack
 * most keywords, and a literal test is much cheaper than those patterns. Results are the same.
 */
import * as chrono from "chrono-node";

const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/**
 * Per parser class, a test every text its pattern can match passes: each alternation of
 * required words in the pattern, shortened to a part all its words contain ("tmrw" has "tmr").
 */
export const PARSER_KEYWORDS: Readonly<Record<string, RegExp>> = {
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENTimeUnitLaterFormatParser: /later|after|now|henceforth|forward|out/i,
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  ENMonthNameParser: MONTH,
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i,
  ENCasualTimeParser: /morning|noon|evening|night|midday/i,
  ENRelativeDateFormatParser: /this|last|past|next|after/i,
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
