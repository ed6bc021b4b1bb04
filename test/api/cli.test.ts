/** `dyad demo --no-serve` and `dyad serve` as child processes, the way a user runs them. */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readExamples } from "../../src/cli/demo.ts";
import { openStore } from "../../src/store/store.ts";

const BIN = new URL("../../bin/dyad.js", import.meta.url).pathname;

describe("dyad demo and dyad serve", () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-cli-"));
  const db = join(dir, "demo.db");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("codes every bundled example into a fresh SQLite file, replacing an earlier demo database", async () => {
    writeFileSync(db, "left over from an older demo, not a database");
    const r = spawnSync(process.execPath, [BIN, "demo", "--db", db, "--no-serve"], { encoding: "utf8", timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`coded ${readExamples().length} example articles \\(\\d+ events\\)`));
    const store = await openStore(db, { create: false });
    const stats = await store.stats();
    await store.close();
    expect(stats.articles).toBe(readExamples().length);
    expect(stats.byMonth).toHaveProperty("2025-05");
  });

  it("serves the demo database on the port it prints, read-only without DYAD_TOKEN", async () => {
    const env = { ...process.env };
    delete env.DYAD_TOKEN;
    const child = spawn(process.execPath, [BIN, "serve", "--db", db, "--port", "0"], { env, stdio: ["ignore", "pipe", "pipe"] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (b: Buffer) => { out += b; const m = /serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(out); if (m) resolve(m[1]); });
        child.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const health = await (await fetch(`${url}/healthz`)).json();
      expect(health).toMatchObject({ status: "ok", store: "sqlite", writable: false });
      const events = await (await fetch(`${url}/v1/events?dyad=RUS-PAK&both=true`)).json();
      expect(events.items.length).toBeGreaterThan(0);
      const write = await fetch(`${url}/v1/articles`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "x" }) });
      expect(write.status).toBe(403);
    } finally {
      child.kill("SIGTERM");
    }
  });

  it("fails with a usage error on a bad port or a non-demo file, and a clear one on a missing database", () => {
    const bad = spawnSync(process.execPath, [BIN, "serve", "--port", "99999", "--db", db], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--port/);
    writeFileSync(join(dir, "research.db"), "precious");
    const guarded = spawnSync(process.execPath, [BIN, "demo", "--db", join(dir, "research.db"), "--no-serve"], { encoding: "utf8" });
    expect(guarded.status).toBe(2);
    expect(guarded.stderr).toMatch(/refusing to replace/);
    const missing = spawnSync(process.execPath, [BIN, "serve", "--db", join(dir, "nope.db")], { encoding: "utf8" });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
  });
});
