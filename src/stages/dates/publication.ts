/**
 * Chooses the publication date: the caller's date, else a timestamp or "Published" line, else
 * HTML metadata, else the dateline's month and day (year from another clue), else a date from
 * an embed, caption or story id that agrees with the body's weekday word, else the first day
 * with that weekday after the latest such date, else that date. Records where it came from in
 * meta.publishedFrom.
 */
import type { ArticleDoc, DateClue } from "../../document.ts";
import type { Meta } from "../../types.ts";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY_RE = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;

/** Day of week (0 = Sunday) of a YYYY-MM-DD date. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The first weekday word in the body's first lines, as 0..6. */
function leadWeekday(text: string): number | undefined {
  const m = WEEKDAY_RE.exec(text.slice(0, 2000));
  return m ? WEEKDAYS.indexOf(m[1].toLowerCase()) : undefined;
}

/** Gives a --MM-DD dateline date the year of the nearest full-date clue. */
function withYear(monthDay: string, clues: DateClue[]): string | undefined {
  const full = clues.map((c) => c.date).filter((d) => /^\d{4}/.test(d));
  if (!full.length) return undefined;
  const md = monthDay.slice(2);
  let best: { date: string; gap: number } | undefined;
  for (const d of full) {
    const y = Number(d.slice(0, 4));
    for (const year of [y - 1, y, y + 1]) {
      const cand = `${year}-${md}`;
      const gap = Math.abs(Date.parse(cand) - Date.parse(d));
      if (!Number.isNaN(gap) && (!best || gap < best.gap)) best = { date: cand, gap };
    }
  }
  return best && best.gap <= 40 * 86_400_000 ? best.date : undefined;
}

/** Picks doc.meta.published and publishedFrom from the input and the date clues. */
export function choosePublished(doc: ArticleDoc): void {
  if (doc.input.published && /^\d{4}-\d{2}-\d{2}/.test(doc.input.published)) {
    doc.meta.published = doc.input.published.slice(0, 10);
    doc.meta.publishedFrom = "input";
    return;
  }
  const clues = doc.dateClues ?? [];
  const first = (source: DateClue["source"]): string | undefined => clues.find((c) => c.source === source)?.date;
  const set = (date: string | undefined, from: Meta["publishedFrom"]): boolean => {
    if (!date) return false;
    doc.meta.published = date;
    doc.meta.publishedFrom = from;
    return true;
  };
  if (set(first("timestamp"), "text") || set(first("html"), "text")) return;
  const monthDay = first("dateline");
  if (monthDay && set(withYear(monthDay, clues), "text")) return;
  const soft = clues.filter((c) => c.source === "embed" || c.source === "id" || c.source === "caption").map((c) => c.date);
  const weekday = leadWeekday(doc.text);
  if (weekday !== undefined && set(soft.find((d) => weekdayOf(d) === weekday), "inferred")) return;
  const latest = [...soft].sort().pop();
  // Posts and photos come before the story: the body's weekday is the next such day after them.
  if (latest && weekday !== undefined) {
    const ahead = (weekday - weekdayOf(latest) + 7) % 7;
    if (set(new Date(Date.parse(`${latest}T12:00:00Z`) + ahead * 86_400_000).toISOString().slice(0, 10), "inferred")) return;
  }
  if (set(latest, "inferred")) return;
  set(first("updated"), "inferred");
}
