/**
 * Cross-article linking: a new event mention joins an earlier mention's linked event when both
 * have the same PLOVER type, fall within a few days of each other (and of the linked event's first
 * day), and `sameEvent` (link-match.ts) finds the same parties, amounts and enough shared words.
 */
import { sameEvent, sketch } from "./link-match.ts";
import { one, type SqlDb } from "./sql.ts";

/** What linking needs to know about a mention. */
export interface LinkProbe {
  id: string;
  articleId: string;
  type: string;
  /** YYYY-MM-DD, or "" when unknown (then the mention is never linked). */
  day: string;
  actorHeads: string[];
  recipientHeads: string[];
  /** Actor and recipient names. */
  names: string[];
  sentence: string;
}

/** Tuning for linking. */
export interface LinkOptions {
  windowDays: number;
  /** Jaccard similarity of content words needed to link (0..1). */
  minSimilarity: number;
}

/** Defaults: three days either side, a quarter of the content words shared. */
export const LINK_DEFAULTS: LinkOptions = { windowDays: 3, minSimilarity: 0.25 };

/** Shifts a YYYY-MM-DD day by n days. */
export function shiftDay(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const heads = (s: unknown): string[] => String(s ?? "").split(" ").filter(Boolean);

/** The link id this mention should join: the best-matching earlier mention's link, else its own id. */
export async function findLink(db: SqlDb, p: LinkProbe, opts: LinkOptions): Promise<string> {
  if (!p.day || !/^\d{4}-\d{2}-\d{2}$/.test(p.day)) return p.id;
  const mine = new Set([...p.actorHeads, ...p.recipientHeads]);
  if (!mine.size) return p.id;
  // Only mentions sharing a party can match (the heads index narrows the scan); the linked event's
  // first day must be in the window too, so a run of similar daily reports does not chain for weeks.
  const from = shiftDay(p.day, -opts.windowDays);
  const to = shiftDay(p.day, opts.windowDays);
  const rows = await db.all(
    `SELECT e.link_id, e.actor_heads, e.recipient_heads, e.sentence_text, e.body FROM events e
     LEFT JOIN links l ON l.id = e.link_id
     WHERE e.type = ? AND e.day >= ? AND e.day <= ? AND e.article_id <> ?
       AND COALESCE(l.day, e.day) >= ? AND COALESCE(l.day, e.day) <= ?
       AND EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.head IN (${[...mine].map(() => "?").join(", ")}))
     ORDER BY e.seq`,
    [p.type, from, to, p.articleId, from, to, ...mine]);
  const me = sketch([...mine], p.names, p.sentence);
  let best: { link: string; score: number } | undefined;
  for (const r of rows) {
    const body = JSON.parse(String(r.body)) as { actors: { name: string }[]; recipients: { name: string }[] };
    const names = [...body.actors, ...body.recipients].map((x) => x.name);
    const them = sketch([...heads(r.actor_heads), ...heads(r.recipient_heads)], names, String(r.sentence_text));
    const score = sameEvent(me, them, opts.minSimilarity);
    if (score !== undefined && (!best || score > best.score)) best = { link: String(r.link_id), score };
  }
  return best?.link ?? p.id;
}

/** Recomputes the counts of the given links; links left with no mention are deleted. */
export async function refreshLinks(db: SqlDb, ids: Iterable<string>): Promise<void> {
  for (const id of new Set(ids)) {
    const agg = await one(db,
      `SELECT COUNT(*) AS mentions, COUNT(DISTINCT article_id) AS articles, COUNT(DISTINCT source_key) AS sources,
         MIN(day) AS day, MIN(seq) AS first FROM events WHERE link_id = ?`, [id]);
    if (!agg || Number(agg.mentions) === 0) {
      await db.run("DELETE FROM links WHERE id = ?", [id]);
      continue;
    }
    const rep = await one(db, "SELECT id, type FROM events WHERE seq = ?", [agg.first]);
    await db.run(
      `INSERT INTO links (id, type, day, rep, mentions, sources, articles) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET type = excluded.type, day = excluded.day, rep = excluded.rep,
         mentions = excluded.mentions, sources = excluded.sources, articles = excluded.articles`,
      [id, rep?.type, agg.day ?? "", rep?.id, Number(agg.mentions), Number(agg.sources), Number(agg.articles)]);
  }
}
