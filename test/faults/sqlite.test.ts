import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentHash } from "../../src/store/hash.ts";
import { EXIT } from "../../src/errors.ts";
import { checkSqlite, countSqlite, dyad, dyadChild, waitFor, writeCorpus } from "./helpers.ts";

const N = 48;
let dir: string;
let corpus: string;
let expected: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dyad-faults-"));
  corpus = writeCorpus(join(dir, "corpus"), N);
  expected = readdirSync(corpus).map((f) => contentHash({ text: readFileSync(join(corpus, f), "utf8") })).sort();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const sha = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("SQLite store under faults", { timeout: 300_000 }, () => {
  it("after SIGKILL mid-ingest passes the integrity check, holds whole articles only, and a re-run completes it", async () => {
    const db = join(dir, "killed.db");
    for (const at of [4, 20]) {
      const { child, exited } = dyadChild(["ingest", corpus, "--db", db, "--batch", "4", "--quiet"]);
      const seen = await waitFor(() => countSqlite(db), at);
      child.kill("SIGKILL");
      await exited;
      const after = checkSqlite(db);
      expect(after.problems).toEqual([]);
      expect(after.articles).toBeGreaterThanOrEqual(seen);
      expect(after.hashes.every((h) => expected.includes(h))).toBe(true);
    }
    const rerun = dyad(["ingest", corpus, "--db", db, "--batch", "4"]);
    expect(rerun.status, rerun.stderr).toBe(0);
    const done = checkSqlite(db);
    expect(done.problems).toEqual([]);
    expect(done.hashes).toEqual(expected);
  });

  it("on a full disk stops with the store exit code and a one-line error, keeps what it committed, and loses nothing", async (ctx) => {
    const mnt = join(dir, "tiny");
    mkdirSync(mnt);
    const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", mnt]);
    if (mounted.status !== 0) {
      console.log("disk-full test skipped: mounting a tmpfs needs root");
      ctx.skip();
      return;
    }
    try {
      const db = join(mnt, "full.db");
      const r = dyad(["ingest", corpus, "--db", db, "--batch", "4"]);
      expect(r.status, r.stderr).toBe(EXIT.store);
      const lines = r.stderr.trim().split("\n").filter((l) => l.startsWith("dyad:"));
      expect(lines.length, r.stderr).toBe(1);
      expect(lines[0]).toMatch(/full|space|SQLITE_FULL/i);
      const partial = checkSqlite(db);
      expect(partial.problems).toEqual([]);
      expect(partial.articles).toBeGreaterThan(0);
      expect(partial.articles).toBeLessThan(N);
      const moved = join(dir, "moved.db");
      // A WAL database is the main file plus its -wal file: move both, as an operator would.
      for (const ext of ["", "-wal"]) if (existsSync(db + ext)) copyFileSync(db + ext, moved + ext);
      const rerun = dyad(["ingest", corpus, "--db", moved, "--batch", "4", "--quiet"]);
      expect(rerun.status, rerun.stderr).toBe(0);
      expect(checkSqlite(moved).hashes).toEqual(expected);
    } finally {
      spawnSync("umount", [mnt]);
    }
  });

  it("refuses a corrupt database file with a clear one-line error and never writes to it", () => {
    const small = writeCorpus(join(dir, "small"), 3);
    const good = join(dir, "good.db");
    expect(dyad(["ingest", small, "--db", good, "--quiet"]).status).toBe(0);
    const bytes = readFileSync(good);
    const variants: Record<string, Buffer> = {
      "header overwritten": Buffer.concat([Buffer.from("SQLite format 0\0"), bytes.subarray(16)]),
      "truncated to a third": bytes.subarray(0, Math.floor(bytes.length / 3)),
      "pages overwritten with random bytes": Buffer.concat([bytes.subarray(0, 4096),
        Buffer.from(Array.from({ length: bytes.length - 4096 }, (_, i) => (i * 2654435761) % 251))]),
      "text file": Buffer.from("id,text\n1,not a database\n".repeat(300)),
    };
    const report: string[] = [];
    for (const [name, content] of Object.entries(variants)) {
      const bad = join(dir, `corrupt-${name.replace(/\W+/g, "-")}.db`);
      writeFileSync(bad, content);
      const before = sha(bad);
      for (const args of [["ingest", small, "--db", bad, "--quiet"], ["query", "--db", bad]]) {
        const r = dyad(args);
        const lines = r.stderr.trim().split("\n");
        if (r.status !== EXIT.store || lines.length !== 1 || !lines[0].startsWith("dyad: ")) {
          report.push(`${name}, dyad ${args[0]}: exit ${r.status}, stderr ${JSON.stringify(r.stderr.slice(0, 300))}`);
        }
      }
      if (sha(bad) !== before) report.push(`${name}: the file was modified`);
    }
    expect(report).toEqual([]);
  });
});
