/**
 * Shared pieces of the fault tests: a corpus of distinct articles on disk, the CLI as a child
 * process, and consistency checks that read a store behind dyad's back (SQL, not the Store API).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { seedArticles } from "../fuzz/arbitraries.ts";

/** The project root, where bin/dyad.js lives. */
export const ROOT = resolve(import.meta.dirname, "../..");

/** Writes `n` distinct plain-text articles (a seed story plus a numbered closing line) into `dir`. */
export function writeCorpus(dir: string, n: number): string {
  const texts = seedArticles().filter((t) => !t.trimStart().startsWith("<"));
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    writeFileSync(join(dir, `story-${String(i).padStart(3, "0")}.txt`), `${texts[i % texts.length]}\n\nFiled as report ${i}.\n`);
  }
  return dir;
}

/** Runs the CLI to completion. */
export function dyad(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, "bin/dyad.js"), ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env }, timeout: 240_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the CLI in the background; `stderr()` is what it has printed there so far. */
export function dyadChild(args: string[]): { child: ChildProcess; exited: Promise<number | null>; stderr: () => string } {
  const child = spawn(process.execPath, [join(ROOT, "bin/dyad.js"), ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr?.on("data", (d: Buffer) => { err += d.toString(); });
  return { child, exited: new Promise((r) => child.on("exit", (code) => r(code))), stderr: () => err };
}

/** Polls `count` until it reaches `atLeast` (or the timeout passes). */
export async function waitFor(count: () => Promise<number>, atLeast: number, timeoutMs = 120_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  let n = 0;
  while (Date.now() < until) {
    n = await count().catch(() => 0);
    if (n >= atLeast) return n;
    await new Promise((r) => setTimeout(r, 25));
  }
  return n;
}

/** Row-level consistency queries; every one must return 0. */
const CONSISTENCY: Record<string, string> = {
  "articles whose event count differs from their event rows":
    "SELECT COUNT(*) AS n FROM articles a WHERE a.events <> (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id)",
  "articles whose quote count differs from their quote rows":
    "SELECT COUNT(*) AS n FROM articles a WHERE a.quotes <> (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id)",
  "articles whose amount count differs from their amount rows":
    "SELECT COUNT(*) AS n FROM articles a WHERE a.amounts <> (SELECT COUNT(*) FROM amounts m WHERE m.article_id = a.id)",
  "event rows without their article":
    "SELECT COUNT(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = e.article_id)",
  "actor rows without their event":
    "SELECT COUNT(*) AS n FROM event_actors x WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = x.event_id)",
  "events pointing at a missing link":
    "SELECT COUNT(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM links l WHERE l.id = e.link_id)",
};

/** What a store holds, read directly, and every inconsistency found. */
export interface StoreCheck {
  articles: number;
  hashes: string[];
  problems: string[];
}

/** Integrity check and row consistency of a SQLite store, opened read-only. */
export function checkSqlite(path: string): StoreCheck {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const problems: string[] = [];
    const integrity = db.prepare("PRAGMA integrity_check").all() as { integrity_check: string }[];
    if (integrity[0]?.integrity_check !== "ok") problems.push(`integrity_check: ${integrity.map((r) => r.integrity_check).join("; ")}`);
    for (const [what, sql] of Object.entries(CONSISTENCY)) {
      const n = (db.prepare(sql).get() as { n: number }).n;
      if (n) problems.push(`${n} ${what}`);
    }
    const fts = (db.prepare("SELECT COUNT(*) AS n FROM events_fts").get() as { n: number }).n;
    const events = (db.prepare("SELECT COUNT(*) AS n FROM events").get() as { n: number }).n;
    if (fts !== events) problems.push(`full-text index has ${fts} rows for ${events} events`);
    const hashes = (db.prepare("SELECT hash FROM articles ORDER BY hash").all() as { hash: string }[]).map((r) => r.hash);
    return { articles: hashes.length, hashes, problems };
  } finally {
    db.close();
  }
}

/** Articles in a SQLite store (0 when it cannot be read yet). */
export async function countSqlite(path: string): Promise<number> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("SELECT COUNT(*) AS n FROM articles").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Row consistency of a PostgreSQL store (amcheck is not assumed; constraints plus counts). */
export async function checkPostgres(url: string): Promise<StoreCheck> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const problems: string[] = [];
    for (const [what, sql] of Object.entries(CONSISTENCY)) {
      const n = Number((await client.query(sql)).rows[0].n);
      if (n) problems.push(`${n} ${what}`);
    }
    const hashes = (await client.query("SELECT hash FROM articles ORDER BY hash")).rows.map((r: { hash: string }) => r.hash);
    return { articles: hashes.length, hashes, problems };
  } finally {
    await client.end();
  }
}

/** Articles in a PostgreSQL store (0 before its tables exist). */
export async function countPostgres(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query("SELECT COUNT(*) AS n FROM articles")).rows[0].n);
  } finally {
    await client.end();
  }
}
