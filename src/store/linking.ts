/**
 * Cross-article linking: a new event mention joins an earlier mention's linked event when both
 * have the same PLOVER type, share an actor head and (when both name one) a recipient head, fall
 * within a few days of each other, and their evidence sentences share enough content words.
 */
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

const STOP = new Set(("the a an and or but of to in on at for with by from as is are was were be been has have had " +
  "it its this that these those said says say will would could should may might not no than then there their " +
  "they them he she his her we our you your i also after before over under about into during while who which what " +
  "when where more most other some such only own same so too very can just new one two").split(" "));

/** Content words of a sentence: lower-cased, no stop words, crude plural folding. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (w.length < 3 || STOP.has(w)) continue;
    out.add(w.length > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w);
  }
  return out;
}

/** Jaccard similarity of two word sets. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Shifts a YYYY-MM-DD day by n days. */
export function shiftDay(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * Both mentions involve the same parties: they share two heads (or all of the smaller side's).
 * Sides are pooled because write-ups of a reciprocal event put the parties in either role.
 */
function partiesMatch(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const h of a) if (b.has(h)) shared += 1;
  return shared > 0 && shared >= Math.min(2, a.size, b.size);
}
const heads = (s: unknown): string[] => String(s ?? "").split(" ").filter(Boolean);

/** The link id this mention should join: the best-matching earlier mention's link, else its own id. */
export async function findLink(db: SqlDb, p: LinkProbe, opts: LinkOptions): Promise<string> {
  if (!p.day || !/^\d{4}-\d{2}-\d{2}$/.test(p.day)) return p.id;
  const mine = new Set([...p.actorHeads, ...p.recipientHeads]);
  if (!mine.size) return p.id;
  // Only mentions sharing at least one party can match, so the index on heads narrows the scan.
  const rows = await db.all(
    `SELECT e.link_id, e.actor_heads, e.recipient_heads, e.sentence_text FROM events e
     WHERE e.type = ? AND e.day >= ? AND e.day <= ? AND e.article_id <> ?
       AND EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.head IN (${[...mine].map(() => "?").join(", ")}))
     ORDER BY e.seq`,
    [p.type, shiftDay(p.day, -opts.windowDays), shiftDay(p.day, opts.windowDays), p.articleId, ...mine]);
  const words = contentWords(p.sentence);
  let best: { link: string; score: number } | undefined;
  for (const r of rows) {
    const theirs = new Set([...heads(r.actor_heads), ...heads(r.recipient_heads)]);
    if (!partiesMatch(mine, theirs)) continue;
    const score = similarity(words, contentWords(String(r.sentence_text)));
    if (score >= opts.minSimilarity && (!best || score > best.score)) best = { link: String(r.link_id), score };
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
