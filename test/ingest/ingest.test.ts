import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCoder } from "../../src/coder.ts";
import { ingest } from "../../src/ingest/ingest.ts";
import { createInlinePool, createWorkerPool } from "../../src/ingest/pool.ts";
import { walk } from "../../src/ingest/walk.ts";
import { openStore } from "../../src/store/store.ts";
import { countArticles, dumpSqlite } from "../store/helpers.ts";
import { story, storiesJsonl } from "./news.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "dyad-ingest-"));
const coder = createCoder();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dyad = (args: string[]) => spawnSync(process.execPath, [join(ROOT, "bin/dyad.js"), ...args], { encoding: "utf8", cwd: dir });

describe("ingest into SQLite", () => {
  const corpus = join(dir, "stories.jsonl");
  const db = join(dir, "one.db");
  beforeAll(() => {
    // Story 3 twice: a wire copy must be stored once.
    writeFileSync(corpus, storiesJsonl(12) + JSON.stringify({ ...story(3), id: "copy-of-4" }) + "\n");
  });

  it("stores every distinct story with the events the coder produced for it", async () => {
    const store = await openStore(db);
    const s = await ingest(walk([corpus]), { store, pool: createInlinePool(coder), batchSize: 5 });
    const expected = Array.from({ length: 12 }, (_, i) => coder.code(story(i)));
    const stats = await store.stats();
    await store.close();
    expect(s).toMatchObject({ documents: 13, articles: 12, skipped: 1, errors: 0 });
    expect(stats.articles).toBe(12);
    expect(stats.events).toBe(expected.reduce((n, a) => n + a.events.length, 0));
    expect(stats.quotes).toBe(expected.reduce((n, a) => n + a.quotes.length, 0));
    expect(stats.sentences).toBe(expected.reduce((n, a) => n + a.sentences.length, 0));
  });

  it("adds nothing when the same input is ingested again", async () => {
    const before = await dumpSqlite(db);
    const store = await openStore(db);
    const s = await ingest(walk([corpus]), { store, pool: createInlinePool(coder), batchSize: 5 });
    await store.close();
    expect(s).toMatchObject({ articles: 0, skipped: 13 });
    expect(await dumpSqlite(db)).toBe(before);
  });

  it("gives the same store with two worker threads as with one", async () => {
    const db2 = join(dir, "two.db");
    const store = await openStore(db2);
    const pool = await createWorkerPool(2);
    const s = await ingest(walk([corpus]), { store, pool, batchSize: 5 });
    await pool.close();
    await store.close();
    expect(s.articles).toBe(12);
    expect(await dumpSqlite(db2)).toBe(await dumpSqlite(db));
  }, 120_000);
});

describe("dyad ingest as a process", () => {
  const corpus = join(dir, "long.jsonl");
  beforeAll(() => writeFileSync(corpus, storiesJsonl(40)));

  it("after SIGKILL mid-ingest and a re-run, holds exactly what an uninterrupted run holds", async () => {
    const whole = join(dir, "whole.db");
    const killed = join(dir, "killed.db");
    const first = dyad(["ingest", corpus, "--db", whole, "--batch", "4"]);
    expect(first.status, first.stderr).toBe(0);
    const child = spawn(process.execPath, [join(ROOT, "bin/dyad.js"), "ingest", corpus, "--db", killed, "--batch", "4"],
      { stdio: "ignore" });
    const exited = new Promise((r) => child.on("exit", r));
    let stored = 0;
    while (stored < 8) {
      await new Promise((r) => setTimeout(r, 30));
      stored = await countArticles(killed);
    }
    child.kill("SIGKILL");
    await exited;
    const partial = await countArticles(killed);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(40);
    const rerun = dyad(["ingest", corpus, "--db", killed, "--batch", "4"]);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(`ingested ${40 - partial} articles, \\d+ events, ${partial} skipped, 0 errors`));
    expect(await dumpSqlite(killed)).toBe(await dumpSqlite(whole));
  }, 180_000);

  it("stores the good documents, names the bad ones on one line each, and exits with the bad-input code", () => {
    const mixed = join(dir, "mixed.jsonl");
    writeFileSync(mixed, `${JSON.stringify(story(70))}\n{"text": broken\n${JSON.stringify(story(71))}\n`);
    const r = dyad(["ingest", mixed, "--db", join(dir, "mixed.db")]);
    expect(r.status, r.stderr).toBe(4);
    expect(r.stderr).toContain(`dyad: ${mixed}:2: not JSON`);
    expect(r.stderr).toMatch(/ingested 2 articles, \d+ events, 0 skipped, 1 error in/);
  }, 120_000);

  it("refuses a corrupt database with the store exit code and leaves it untouched", () => {
    const bad = join(dir, "corrupt.db");
    writeFileSync(bad, "this is not sqlite ".repeat(500));
    const r = dyad(["ingest", corpus, "--db", bad]);
    expect(r.status, r.stderr).toBe(5);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/not a usable dyad database/);
    expect(readFileSync(bad, "utf8")).toBe("this is not sqlite ".repeat(500));
  });
});
