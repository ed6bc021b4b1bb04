/**
 * Reading the store: events (keyset-paginated by day then insertion order), linked events,
 * quotes, actors and articles. Shared by both backends.
 */
import { DyadError, EXIT } from "../errors.ts";
import type { Actor, CodedArticle, CodedEvent } from "../types.ts";
import { eventWhere } from "./filter.ts";
import { num, one, str, type Row, type SqlDb } from "./sql.ts";
import type {
  ActorHit, EventFilter, LinkedEvent, Page, PageResult, QuoteFilter, StoredEvent, StoredQuote,
} from "./store.ts";

const EVENT_COLS = `e.seq, e.id, e.article_id, e.event_id, e.day, e.sentence_text, e.link_id, e.body,
  a.url, a.outlet, a.title, a.published, l.mentions, l.sources, l.articles`;
const EVENT_FROM = "events e JOIN articles a ON a.id = e.article_id LEFT JOIN links l ON l.id = e.link_id";

/** Page size within bounds. */
export function pageLimit(page: Page = {}): number {
  return Math.max(1, Math.min(10_000, Math.floor(page.limit ?? 100)));
}

/** Opaque cursor <-> [day, seq]. */
export function encodeCursor(day: string, seq: number): string {
  return Buffer.from(JSON.stringify([day, seq])).toString("base64url");
}

function decodeCursor(cursor: string): [string, number] {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(v) && typeof v[0] === "string" && typeof v[1] === "number") return [v[0], v[1]];
  } catch (err) {
    throw new DyadError(`query: bad cursor (${(err as Error).message})`, { exitCode: EXIT.usage, status: 400 });
  }
  throw new DyadError("query: bad cursor", { exitCode: EXIT.usage, status: 400 });
}

/** A joined events row as a StoredEvent. */
export function toStoredEvent(r: Row): StoredEvent {
  const e = JSON.parse(String(r.body)) as CodedEvent;
  return {
    ...e,
    id: String(r.id),
    eventId: String(r.event_id),
    articleId: String(r.article_id),
    sentenceText: String(r.sentence_text),
    day: str(r.day),
    published: str(r.published),
    url: str(r.url),
    outlet: str(r.outlet),
    title: str(r.title),
    link: { id: String(r.link_id), mentions: num(r.mentions), sources: num(r.sources), articles: num(r.articles) },
  };
}

/** Events matching a filter, one page. */
export async function queryEvents(db: SqlDb, filter: EventFilter = {}, page: Page = {}): Promise<PageResult<StoredEvent>> {
  const where = eventWhere(db, filter);
  const limit = pageLimit(page);
  const params = [...where.params];
  let after = "";
  if (page.cursor) {
    const [day, seq] = decodeCursor(page.cursor);
    after = " AND (e.day > ? OR (e.day = ? AND e.seq > ?))";
    params.push(day, day, seq);
  }
  const rows = await db.all(
    `SELECT ${EVENT_COLS} FROM ${EVENT_FROM} WHERE ${where.sql}${after} ORDER BY e.day, e.seq LIMIT ?`,
    [...params, limit + 1]);
  const items = rows.slice(0, limit).map(toStoredEvent);
  const last = rows[limit - 1];
  return rows.length > limit && last ? { items, nextCursor: encodeCursor(String(last.day), num(last.seq)) } : { items };
}

function unionActors(lists: Actor[][]): Actor[] {
  const seen = new Map<string, Actor>();
  for (const l of lists) for (const a of l) if (!seen.has(a.code)) seen.set(a.code, a);
  return [...seen.values()];
}

/** A linked event by link id or by the id of any of its mentions. */
export async function getEvent(db: SqlDb, id: string): Promise<LinkedEvent | undefined> {
  const own = await one(db, "SELECT link_id FROM events WHERE id = ?", [id]);
  const linkId = own ? String(own.link_id) : id;
  const rows = await db.all(`SELECT ${EVENT_COLS} FROM ${EVENT_FROM} WHERE e.link_id = ? ORDER BY e.day, e.seq`, [linkId]);
  if (!rows.length) return undefined;
  const items = rows.map(toStoredEvent);
  const first = items[0];
  return {
    ...first.link,
    type: first.type,
    actors: unionActors(items.map((i) => i.actors)),
    recipients: unionActors(items.map((i) => i.recipients)),
    date: items.map((i) => i.date).filter(Boolean).sort()[0],
    cameo: first.cameo,
    items,
  };
}

/** Quotes matching a filter, one page (keyset on insertion order). */
export async function queryQuotes(db: SqlDb, f: QuoteFilter = {}, page: Page = {}): Promise<PageResult<StoredQuote>> {
  const conds: string[] = [];
  const params: unknown[] = [];
  if (f.speaker) {
    conds.push("(q.speaker = ? OR LOWER(COALESCE(q.speaker_name, '')) LIKE ?)");
    params.push(f.speaker, `%${f.speaker.toLowerCase()}%`);
  }
  if (f.text) {
    conds.push("LOWER(q.text) LIKE ?");
    params.push(`%${f.text.toLowerCase()}%`);
  }
  if (f.article) { conds.push("q.article_id = ?"); params.push(f.article); }
  if (f.from) { conds.push("q.day >= ?"); params.push(f.from); }
  if (f.to) { conds.push("q.day <> '' AND q.day <= ?"); params.push(f.to); }
  if (page.cursor) { conds.push("q.seq > ?"); params.push(decodeCursor(page.cursor)[1]); }
  const limit = pageLimit(page);
  const rows = await db.all(
    `SELECT q.seq, q.id, q.article_id, q.body, a.published, a.url, a.outlet FROM quotes q
     JOIN articles a ON a.id = q.article_id WHERE ${conds.length ? conds.join(" AND ") : "1 = 1"}
     ORDER BY q.seq LIMIT ?`, [...params, limit + 1]);
  const items = rows.slice(0, limit).map((r): StoredQuote => ({
    ...JSON.parse(String(r.body)), id: String(r.id), articleId: String(r.article_id),
    published: str(r.published), url: str(r.url), outlet: str(r.outlet),
  }));
  const last = rows[limit - 1];
  return rows.length > limit && last ? { items, nextCursor: encodeCursor("", num(last.seq)) } : { items };
}

/** Actors whose code starts with, or name contains, `q`; most frequent first. */
export async function searchActors(db: SqlDb, q: string, limit = 20): Promise<ActorHit[]> {
  const rows = await db.all(
    `SELECT code, MIN(name) AS name, COUNT(DISTINCT event_id) AS n FROM event_actors
     WHERE code LIKE ? OR LOWER(name) LIKE ? GROUP BY code ORDER BY n DESC, code LIMIT ?`,
    [`${q.toUpperCase()}%`, `%${q.toLowerCase()}%`, Math.max(1, Math.min(1000, limit))]);
  return rows.map((r) => ({ code: String(r.code), name: String(r.name), country: String(r.code).slice(0, 3), events: num(r.events ?? r.n) }));
}

/** The stored CodedArticle with this id (or content hash). */
export async function getArticle(db: SqlDb, id: string): Promise<CodedArticle | undefined> {
  const row = await one(db, "SELECT body FROM articles WHERE id = ? OR hash = ?", [id, id]);
  return row ? (JSON.parse(String(row.body)) as CodedArticle) : undefined;
}
