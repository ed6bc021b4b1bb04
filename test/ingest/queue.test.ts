import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueue } from "../../src/ingest/queue.ts";
import { walk } from "../../src/ingest/walk.ts";
import { openStore } from "../../src/store/store.ts";
import { PG_URL, tempPostgres } from "../store/helpers.ts";
import { storiesJsonl } from "./news.ts";

if (!PG_URL) console.log("PostgreSQL queue tests skipped: set DYAD_TEST_PG (see .ci/postgres.sh)");

const ROOT = new URL("../..", import.meta.url).pathname;

interface Summary { jobs: number; coded: number; stored: number; skipped: number }

/** Starts `dyad worker`; `ready` resolves when it fetches, `done` with its JSON summary. */
function worker(url: string): { ready: Promise<void>; done: Promise<Summary> } {
  const child = spawn(process.execPath, [join(ROOT, "bin/dyad.js"), "worker", "--db", url, "--idle-exit", "3", "--json",
    "--batch", "2"], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => (markReady = r));
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => {
    err += d;
    if (err.includes("worker: ready")) markReady();
  });
  const done = new Promise<Summary>((resolve, reject) => child.on("exit", (code) =>
    (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`worker exited ${code}: ${err}`)))));
  return { ready, done };
}

describe.skipIf(!PG_URL)("shared queue on PostgreSQL", () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-queue-"));
  const corpus = join(dir, "stories.jsonl");
  let db: Awaited<ReturnType<typeof tempPostgres>>;
  beforeAll(async () => {
    db = await tempPostgres();
    writeFileSync(corpus, storiesJsonl(24));
  });
  afterAll(async () => {
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("queues each document once, however often it is submitted, and two concurrent workers share it without coding any twice", async () => {
    const workers = [worker(db.url), worker(db.url)];
    await Promise.all(workers.map((w) => w.ready));
    expect(await enqueue(db.url, walk([corpus]))).toEqual({ queued: 24, skipped: 0, errors: 0 });
    // Submitted again while queued or being worked on: job ids come from content hashes, so nothing is added.
    await enqueue(db.url, walk([corpus]));
    const { default: pg } = await import("pg");
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const { rows } = await c.query("SELECT COUNT(*)::int AS n FROM dyad_queue.job WHERE name = 'dyad-code'");
    await c.end();
    expect(rows[0].n).toBe(24);
    const [a, b] = await Promise.all(workers.map((w) => w.done));
    expect(a.coded + b.coded).toBe(24);
    expect(a.jobs + b.jobs).toBe(24);
    expect(a.coded).toBeGreaterThan(0);
    expect(b.coded).toBeGreaterThan(0);
    const store = await openStore(db.url);
    expect((await store.stats()).articles).toBe(24);
    await store.close();
  }, 180_000);

  it("does not queue documents the store already holds", async () => {
    expect(await enqueue(db.url, walk([corpus]))).toEqual({ queued: 0, skipped: 24, errors: 0 });
  });
});
