/**
 * Time words in the body ("on Wednesday", "yesterday", "last month", "March 3") resolved with
 * chrono-node against the publication date. Bare weekdays point into the past, as in news.
 * chrono runs only on sentences a cheap pre-filter flags.
 */
import type { Chrono } from "chrono-node";
import type { ArticleDoc, TimeRef } from "../../document.ts";

const UNIT = "(?:day|hour|week|weekend|month|year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|quarter|(?:mon|tues|wednes|thurs|fri|satur|sun)day)";
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
/** Cheap test for a sentence worth handing to chrono: weekday, day word, "last month", "3 days ago", "March 3". */
// "\w\s+... ago" outside the \b group: the same matches as "\b\w+\s+... ago" without retrying \w+ at every letter.
const PREFILTER = new RegExp(`\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow|(?:last|next|this|past|coming)\\s+${UNIT}|${MONTH}\\s+\\d{1,2}\\b|\\d{1,2}\\s+${MONTH}|\\d{4}-\\d{2}-\\d{2})|\\w\\s+${UNIT}s?\\s+ago`, "i");
const RELATIVE = /\b(?:today|tonight|yesterday|tomorrow|ago|last|next|this|earlier)\b/i;
const DAY_MS = 86_400_000;

/** The publication date as a UTC-noon reference instant, when there is one. */
function referenceOf(doc: ArticleDoc): Date | undefined {
  const p = doc.meta.published;
  if (!p || !/^\d{4}-\d{2}-\d{2}$/.test(p)) return undefined;
  const t = Date.parse(`${p}T12:00:00Z`);
  return Number.isNaN(t) ? undefined : new Date(t);
}

/**
 * Makes the document's time words available: `doc.timesIn(s)` resolves sentence `s` with
 * `chrono` (see gated-chrono.ts) on first request and remembers it; `doc.times` lists every
 * sentence's. chrono is the costliest step of this stage, and only sentences that carry an event
 * need their dates, so the events stage asks for those alone; explain and tests read them all.
 */
export function installTimes(doc: ArticleDoc, chrono: Chrono): void {
  // Read on the first question (only this stage sets the publication date): most documents
  // have no sentence with both an event and a time word, and never ask.
  let ref: Date | undefined | null = null;
  const resolved = new Map<number, TimeRef[]>();
  const timesIn = (sentence: number): TimeRef[] => {
    let found = resolved.get(sentence);
    if (!found) {
      if (ref === null) ref = referenceOf(doc);
      resolved.set(sentence, (found = sentenceTimes(doc, sentence, chrono, ref)));
    }
    return found;
  };
  doc.timesIn = timesIn;
  Object.defineProperty(doc, "times", {
    configurable: true,
    enumerable: true,
    get: () => doc.sentences.flatMap((_, s) => timesIn(s)),
    // A stage that replaces the list (limits cutting sentences) gets a plain array back.
    set: (value: TimeRef[]) => {
      Object.defineProperty(doc, "times", { value, writable: true, enumerable: true, configurable: true });
      doc.timesIn = (s) => value.filter((t) => t.sentence === s);
    },
  });
}

/** The resolved time words of one sentence, in text order. */
function sentenceTimes(doc: ArticleDoc, sentence: number, chrono: Chrono, ref: Date | undefined): TimeRef[] {
  const span = doc.sentences[sentence];
  if (!span) return [];
  const times: TimeRef[] = [];
  const text = doc.text.slice(span.start, span.end);
  if (!PREFILTER.test(text)) return times;
  const results = chrono.parse(text, { instant: ref ?? new Date(0), timezone: 0 }, { forwardDate: false });
  for (const r of results) {
    const weekdayOnly = r.start.isCertain("weekday") && !r.start.isCertain("day");
    const absolute = r.start.isCertain("day") && r.start.isCertain("month") && !RELATIVE.test(r.text);
    const relative = RELATIVE.test(r.text) && (r.start.isCertain("day") || r.start.isCertain("month") || /\b(?:week|month|year|ago)\b/i.test(r.text));
    if (!weekdayOnly && !absolute && !relative) continue;
    const rule = weekdayOnly ? "dates.weekday" : absolute ? "dates.absolute" : "dates.relative";
    // chrono sometimes swallows the comma after "on Monday,".
    const words = r.text.replace(/[\s,;:.]+$/, "");
    const ref_: TimeRef = { start: span.start + r.index, end: span.start + r.index + words.length, text: words, sentence, rule };
    const yearKnown = r.start.isCertain("year");
    if (ref || (absolute && yearKnown)) {
      let t = r.start.date().getTime();
      if (weekdayOnly && ref && t > ref.getTime() + DAY_MS / 2 && !/\bnext\b/i.test(r.text)) t -= 7 * DAY_MS;
      ref_.date = new Date(t).toISOString().slice(0, 10);
    }
    times.push(ref_);
  }
  return times;
}
