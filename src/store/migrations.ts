/**
 * Versioned schema migrations. Each runs once, in order, in its own transaction, and is recorded
 * in `schema_migrations`; never edit a released migration, add a new one.
 */
import type { SqlDb } from "./sql.ts";

/** One schema step; `sql` gets the dialect so the few differences stay visible here. */
export interface Migration {
  version: number;
  name: string;
  sql: (dialect: SqlDb["dialect"]) => string;
}

const seqColumn = (d: SqlDb["dialect"]): string =>
  d === "sqlite" ? "seq INTEGER PRIMARY KEY" : "seq BIGSERIAL PRIMARY KEY";

/** The migrations, oldest first. */
export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "articles, events, actors, links, quotes, amounts",
    sql: (d) => `
CREATE TABLE articles (
  ${seqColumn(d)}, id TEXT NOT NULL UNIQUE, hash TEXT NOT NULL UNIQUE, coder TEXT NOT NULL,
  title TEXT, url TEXT, outlet TEXT, published TEXT, source TEXT,
  sentences INTEGER NOT NULL, events INTEGER NOT NULL, quotes INTEGER NOT NULL, amounts INTEGER NOT NULL,
  body TEXT NOT NULL);
CREATE TABLE events (
  ${seqColumn(d)}, id TEXT NOT NULL UNIQUE, article_id TEXT NOT NULL, event_id TEXT NOT NULL,
  type TEXT NOT NULL, status TEXT NOT NULL, day TEXT NOT NULL, cameo TEXT, cameo_root TEXT,
  goldstein DOUBLE PRECISION, quad INTEGER, confidence DOUBLE PRECISION,
  actor_heads TEXT NOT NULL, recipient_heads TEXT NOT NULL, source_key TEXT NOT NULL,
  sentence_text TEXT NOT NULL, link_id TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX events_article ON events (article_id);
CREATE INDEX events_type_day ON events (type, day);
CREATE INDEX events_day ON events (day, seq);
CREATE INDEX events_link ON events (link_id);
CREATE TABLE event_actors (
  event_id TEXT NOT NULL, article_id TEXT NOT NULL, role TEXT NOT NULL, code TEXT NOT NULL,
  head TEXT NOT NULL, name TEXT NOT NULL);
CREATE INDEX event_actors_head ON event_actors (head, role);
CREATE INDEX event_actors_code ON event_actors (code, role);
CREATE INDEX event_actors_event ON event_actors (event_id);
CREATE INDEX event_actors_article ON event_actors (article_id);
CREATE TABLE links (
  id TEXT PRIMARY KEY, type TEXT NOT NULL, day TEXT NOT NULL, rep TEXT NOT NULL,
  mentions INTEGER NOT NULL, sources INTEGER NOT NULL, articles INTEGER NOT NULL);
CREATE TABLE quotes (
  ${seqColumn(d)}, id TEXT NOT NULL UNIQUE, article_id TEXT NOT NULL, speaker TEXT, speaker_name TEXT,
  text TEXT NOT NULL, day TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE TABLE amounts (
  article_id TEXT NOT NULL, value DOUBLE PRECISION NOT NULL, unit TEXT, what TEXT, text TEXT NOT NULL);
CREATE INDEX amounts_article ON amounts (article_id);
${d === "sqlite"
    ? "CREATE VIRTUAL TABLE events_fts USING fts5 (sentence_text, tokenize = 'porter unicode61');"
    : `ALTER TABLE events ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', sentence_text)) STORED;
CREATE INDEX events_tsv ON events USING GIN (tsv);`}
`,
  },
];

/** Applies every pending migration; returns the versions applied. */
export async function migrate(db: SqlDb): Promise<number[]> {
  await db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)");
  return db.tx(async (t) => {
    if (t.dialect === "postgres") await t.run("SELECT pg_advisory_xact_lock(727001)");
    const rows = await t.all("SELECT version FROM schema_migrations");
    const done = new Set(rows.map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await t.exec(m.sql(t.dialect));
      await t.run("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
