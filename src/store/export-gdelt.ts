/** A GDELT-style event table (tab-separated, one row per linked event, GDELT 2.0 column names). */
import type { StoredEvent } from "./store.ts";

/** Column names, in order. */
export const GDELT_COLUMNS = [
  "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "Actor1Code", "Actor1Name", "Actor1CountryCode",
  "Actor2Code", "Actor2Name", "Actor2CountryCode", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
  "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "ActionGeo_FullName",
  "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL", "PloverType", "Status", "Evidence",
] as const;

const clean = (v: unknown): string => (v === undefined || v === null ? "" : String(v).replace(/[\t\r\n]+/g, " "));

/** One event as a TSV line (no newline). Compound actors keep their first member, as GDELT does. */
export function toGdeltRow(e: StoredEvent): string {
  const day = e.day ?? "";
  const [a1, a2] = [e.actors[0], e.recipients[0]];
  const code = e.cameo?.code ?? "";
  const row = [
    e.link.id, day.replace(/-/g, ""), day.slice(0, 7).replace("-", ""), day.slice(0, 4),
    a1?.code, a1?.name, a1?.code.slice(0, 3), a2?.code, a2?.name, a2?.code.slice(0, 3),
    e.sentence === 0 ? 1 : 0, code, code.slice(0, 3), code.slice(0, 2),
    e.cameo?.quad, e.cameo?.goldstein, e.link.mentions, e.link.sources, e.link.articles,
    e.location?.name, e.location?.country, e.location?.lat, e.location?.lon, e.url ?? e.articleId,
    e.type, e.status, e.sentenceText,
  ];
  return row.map(clean).join("\t");
}
