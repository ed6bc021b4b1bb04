import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentHash } from "../../src/store/hash.ts";
import { EXIT } from "../../src/errors.ts";
import { checkPostgres, countPostgres, dyad, dyadChild, waitFor, writeCorpus } from "./helpers.ts";

const PG = process.env.DYAD_TEST_PG;
if (!PG) console.log("PostgreSQL fault tests skipped: set DYAD_TEST_PG (see .ci/postgres.sh)");

const N = 40;
let dir: string;
let corpus: string;
let expected: string[];
let admin: pg.Client;
const made: string[] = [];

/** A fresh database of our own, so other suites sharing the server are never touched. */
async function freshDb(tag: string): Promise<string> {
  const name = `dyad_faults_${tag}_${process.pid}`;
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  made.push(name);
  const url = new URL(PG as string);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops every connection to one database, as a server restart does (other databases untouched). */
async function dropConnections(url: string): Promise<number> {
  const name = new URL(url).pathname.slice(1);
  const r = await admin.query("SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
  return r.rowCount ?? 0;
}

describe.skipIf(!PG)("PostgreSQL store under faults", { timeout: 300_000 }, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "dyad-pgfaults-"));
    corpus = writeCorpus(join(dir, "corpus"), N);
    expected = readdirSync(corpus).map((f) => contentHash({ text: readFileSync(join(corpus, f), "utf8") })).sort();
    admin = new pg.Client({ connectionString: PG });
    await admin.connect();
  });
  afterAll(async () => {
    for (const name of made) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin?.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it("after SIGKILL mid-ingest holds whole articles only, and a re-run completes it", async () => {
    const url = await freshDb("kill");
    const { child, exited } = dyadChild(["ingest", corpus, "--db", url, "--batch", "4", "--quiet"]);
    const seen = await waitFor(() => countPostgres(url), 8);
    child.kill("SIGKILL");
    await exited;
    const after = await checkPostgres(url);
    expect(after.problems).toEqual([]);
    expect(after.articles).toBeGreaterThanOrEqual(seen);
    expect(after.articles).toBeLessThan(N);
    const rerun = dyad(["ingest", corpus, "--db", url, "--batch", "4"]);
    expect(rerun.status, rerun.stderr).toBe(0);
    const done = await checkPostgres(url);
    expect(done.problems).toEqual([]);
    expect(done.hashes).toEqual(expected);
  });

  it("when the server drops every connection mid-ingest, commits whole batches only and a re-run completes it", async () => {
    const url = await freshDb("drop");
    const { exited, stderr } = dyadChild(["ingest", corpus, "--db", url, "--batch", "4", "--quiet"]);
    await waitFor(() => countPostgres(url), 8);
    const dropped = await dropConnections(url);
    const code = await exited;
    console.log(`connection drop: ${dropped} backends terminated; ingest exited ${code}`);
    const after = await checkPostgres(url);
    expect(after.problems).toEqual([]);
    const rerun = dyad(["ingest", corpus, "--db", url, "--batch", "4"]);
    expect(rerun.status, rerun.stderr).toBe(0);
    const done = await checkPostgres(url);
    expect(done.problems).toEqual([]);
    expect(done.hashes).toEqual(expected);
    // Losing the server is a store failure: exit code 5 and one line, never an unhandled crash.
    expect([0, EXIT.store], stderr()).toContain(code);
    if (code) expect(stderr().trim().split("\n"), stderr()).toHaveLength(1);
  });

  it("when the server drops every connection under a queue worker, a worker started again finishes the queue", async () => {
    const url = await freshDb("queue");
    const queued = dyad(["ingest", corpus, "--db", url, "--queue", "--quiet"]);
    expect(queued.status, queued.stderr).toBe(0);
    const first = dyadChild(["worker", "--db", url, "--batch", "4", "--until-empty"]);
    await waitFor(() => countPostgres(url), 8);
    await dropConnections(url);
    const code = await first.exited;
    console.log(`queue worker after a dropped connection exited ${code}`);
    expect((await checkPostgres(url)).problems).toEqual([]);
    const second = dyad(["worker", "--db", url, "--batch", "4", "--until-empty"]);
    expect(second.status, second.stderr).toBe(0);
    const done = await checkPostgres(url);
    expect(done.problems).toEqual([]);
    // Jobs the first worker held when the connection dropped must not wait for pg-boss's expiry.
    expect(done.hashes).toEqual(expected);
  });

  // A real restart disturbs every suite sharing the server, so it runs only when asked for.
  it.skipIf(!process.env.DYAD_TEST_PG_RESTART)("when PostgreSQL restarts mid-ingest, a re-run completes the store", async () => {
    const url = await freshDb("restart");
    const { exited } = dyadChild(["ingest", corpus, "--db", url, "--batch", "4", "--quiet"]);
    await waitFor(() => countPostgres(url), 8);
    const ver = readdirSync("/usr/lib/postgresql").sort().pop() as string;
    // The restart ends this test's own admin connection too; that error is expected here.
    const adminErrors: string[] = [];
    admin.on("error", (err) => adminErrors.push(err.message));
    expect(spawnSync("pg_ctlcluster", [ver, "main", "restart"]).status).toBe(0);
    await exited;
    await admin.end().catch((err: Error) => adminErrors.push(err.message));
    admin = new pg.Client({ connectionString: PG });
    await admin.connect();
    expect((await checkPostgres(url)).problems).toEqual([]);
    const rerun = dyad(["ingest", corpus, "--db", url, "--batch", "4"]);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect((await checkPostgres(url)).hashes).toEqual(expected);
  });
});
