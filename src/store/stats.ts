/**
 * Aggregates: store-wide counts (`dyad stats`) and a dyad's timeline per week or month.
 */
import { eventWhere } from "./filter.ts";
import { num, one, type SqlDb } from "./sql.ts";
import type { EventFilter, StoreStats, TimelineBucket } from "./store.ts";

/** First day of the week (Monday) or month containing a YYYY-MM-DD day. */
export function bucketStart(day: string, interval: "week" | "month"): string {
  if (interval === "month") return `${day.slice(0, 7)}-01`;
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** Per-interval counts by PLOVER type and quad class, and the Goldstein sum, for events between a and b. */
export async function timeline(db: SqlDb, a: string, b: string, interval: "week" | "month",
  filter: EventFilter = {}): Promise<TimelineBucket[]> {
  const where = eventWhere(db, { ...filter, dyad: `${a}-${b}`, both: true });
  const rows = await db.all(`SELECT e.day, e.type, e.quad, e.goldstein FROM events e
    WHERE e.day <> '' AND ${where.sql} ORDER BY e.day`, where.params);
  const buckets = new Map<string, TimelineBucket>();
  for (const r of rows) {
    const start = bucketStart(String(r.day), interval);
    let bucket = buckets.get(start);
    if (!bucket) {
      bucket = { start, events: 0, byType: {}, byQuad: { 1: 0, 2: 0, 3: 0, 4: 0 }, goldstein: 0 };
      buckets.set(start, bucket);
    }
    const type = String(r.type) as keyof TimelineBucket["byType"];
    bucket.events += 1;
    bucket.byType[type] = (bucket.byType[type] ?? 0) + 1;
    const quad = num(r.quad);
    if (quad >= 1 && quad <= 4) bucket.byQuad[quad as 1 | 2 | 3 | 4] += 1;
    bucket.goldstein = Math.round((bucket.goldstein + num(r.goldstein)) * 10) / 10;
  }
  return [...buckets.values()];
}

const counted = (rows: Record<string, unknown>[]): Record<string, number> =>
  Object.fromEntries(rows.map((r) => [String(r.k), num(r.n)]));

/** Store-wide counts; dyad rankings leave out negated and hypothetical events. */
export async function stats(db: SqlDb): Promise<StoreStats> {
  const art = await one(db, `SELECT COUNT(*) AS articles, COALESCE(SUM(sentences), 0) AS sentences,
    COALESCE(SUM(quotes), 0) AS quotes, COALESCE(SUM(amounts), 0) AS amounts FROM articles`);
  const ev = await one(db, "SELECT COUNT(*) AS n FROM events");
  const links = await one(db, "SELECT COUNT(*) AS n FROM links");
  const dyads = await db.all(`SELECT p.ah, p.rh, COUNT(*) AS n, SUM(COALESCE(e.goldstein, 0)) AS g FROM
    (SELECT DISTINCT x.event_id, x.head AS ah, y.head AS rh FROM event_actors x
      JOIN event_actors y ON y.event_id = x.event_id AND y.role = 'r' WHERE x.role = 'a') p
    JOIN events e ON e.id = p.event_id WHERE e.status NOT IN ('negated', 'hypothetical')
    GROUP BY p.ah, p.rh`);
  const all = dyads.map((r) => ({ dyad: `${r.ah}-${r.rh}`, events: num(r.n), goldstein: Math.round(num(r.g) * 10) / 10 }));
  return {
    articles: num(art?.articles),
    sentences: num(art?.sentences),
    events: num(ev?.n),
    linkedEvents: num(links?.n),
    quotes: num(art?.quotes),
    amounts: num(art?.amounts),
    byType: counted(await db.all("SELECT type AS k, COUNT(*) AS n FROM events GROUP BY type ORDER BY n DESC")),
    byMonth: counted(await db.all(`SELECT substr(day, 1, 7) AS k, COUNT(*) AS n FROM events WHERE day <> ''
      GROUP BY substr(day, 1, 7) ORDER BY k`)),
    byDyad: [...all].sort((x, y) => y.events - x.events || x.dyad.localeCompare(y.dyad)).slice(0, 20)
      .map(({ dyad, events }) => ({ dyad, events })),
    topCooperation: all.filter((d) => d.goldstein > 0).sort((x, y) => y.goldstein - x.goldstein).slice(0, 10),
    topConflict: all.filter((d) => d.goldstein < 0).sort((x, y) => x.goldstein - y.goldstein).slice(0, 10),
    coders: counted(await db.all("SELECT coder AS k, COUNT(*) AS n FROM articles GROUP BY coder")),
  };
}
