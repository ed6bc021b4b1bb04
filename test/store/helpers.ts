/**
 * Test helpers for the store: hand-built CodedArticles (so storage tests do not depend on coding
 * output) and a throwaway database per test file for both backends.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { CodedArticle, CodedEvent, PloverType } from "../../src/types.ts";
import { contentHash } from "../../src/store/hash.ts";
import type { ArticleRecord } from "../../src/store/store.ts";

/** PostgreSQL URL for tests, when configured. */
export const PG_URL = process.env.DYAD_TEST_PG;

/** An event sketch: the sentence it comes from and who did what to whom. */
export interface EventSketch {
  sentence: string;
  type: PloverType;
  actors: string[];
  recipients: string[];
  cameo?: string;
  goldstein?: number;
  quad?: 1 | 2 | 3 | 4;
  status?: CodedEvent["status"];
  date?: string;
}

/** Builds an article whose text is the given sentences, with one event per sketch. */
export function article(id: string, meta: { published: string; outlet?: string; url?: string; coder?: string },
  sketches: EventSketch[], extra: string[] = []): ArticleRecord {
  const sentences = [...new Set([...sketches.map((s) => s.sentence), ...extra])];
  const text = sentences.join(" ");
  const spans = sentences.map((s) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length }));
  const events: CodedEvent[] = sketches.map((s, i) => {
    const si = sentences.indexOf(s.sentence);
    const actor = (code: string) => ({ code, country: code.slice(0, 3), name: code });
    return {
      id: `e${i + 1}`, sentence: si, type: s.type, actors: s.actors.map(actor), recipients: s.recipients.map(actor),
      cameo: s.cameo ? { code: s.cameo, goldstein: s.goldstein ?? 0, quad: s.quad ?? 1 } : undefined,
      status: s.status ?? "asserted", date: s.date ?? meta.published,
      evidence: { start: spans[si].start, end: spans[si].end, trigger: s.sentence.split(" ")[1] ?? "", rule: "test" },
      confidence: 0.8,
    };
  });
  const a: CodedArticle = {
    id, meta: { language: "en", published: meta.published, outlet: meta.outlet, url: meta.url, title: `Story ${id}` },
    text, removed: [], sentences: spans, entities: [], events, amounts: [],
    quotes: [{ text: sentences[0], start: 0, end: sentences[0].length, speakerName: "Sergei Lavrov", direct: true, sentence: 0 }],
    coder: meta.coder ?? "0.1.0",
  };
  return { article: a, hash: contentHash({ text }), source: `${id}.txt` };
}

/** A fresh SQLite file in a temp folder. */
export function tempSqlite(): { path: string; dir: string; drop: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "dyad-store-"));
  return { path: join(dir, "dyad.db"), dir, drop: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh PostgreSQL database on the test server (one per test file, since files run in parallel). */
export async function tempPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!PG_URL) throw new Error("DYAD_TEST_PG is not set");
  const name = `dyad_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Everything a SQLite store holds, as one comparable string (row order and insertion numbers ignored). */
export async function dumpSqlite(path: string): Promise<string> {
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(path, { readonly: true });
  try {
    const q = (sql: string) => db.prepare(sql).all();
    return JSON.stringify({
      articles: q("SELECT id, hash, coder, source, body FROM articles ORDER BY id"),
      events: q("SELECT id, article_id, type, status, day, link_id, sentence_text, body FROM events ORDER BY id"),
      actors: q("SELECT * FROM event_actors ORDER BY event_id, role, code"),
      links: q("SELECT * FROM links ORDER BY id"),
      quotes: q("SELECT id, article_id, body FROM quotes ORDER BY id"),
      amounts: q("SELECT * FROM amounts ORDER BY article_id, text, value"),
      fts: q("SELECT e.id FROM events_fts f JOIN events e ON e.seq = f.rowid ORDER BY e.id"),
    });
  } finally {
    db.close();
  }
}

/** Article count of a SQLite store, read while another process may be writing it (0 if not there yet). */
export async function countArticles(path: string): Promise<number> {
  const { default: Database } = await import("better-sqlite3");
  let db;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    return (db.prepare("SELECT COUNT(*) AS n FROM articles").get() as { n: number }).n;
  } catch (err) {
    if (/no such table|unable to open|does not exist|SQLITE_CANTOPEN/i.test((err as Error).message)) return 0;
    throw err;
  } finally {
    db?.close();
  }
}
