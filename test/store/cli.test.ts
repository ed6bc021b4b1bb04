import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.ts";
import { openStore } from "../../src/store/store.ts";
import { tempSqlite } from "./helpers.ts";
import { corpus } from "./suite.ts";

const tmp = tempSqlite();

/** Runs the CLI in this process (stdout is not a TTY here), capturing output and the exit code. */
async function run(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((s) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, "write").mockImplementation((s) => ((stderr += String(s)), true));
  try {
    process.exitCode = 0;
    await main(args);
    return { status: Number(process.exitCode ?? 0), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = 0;
  }
}
const dyad = (...args: string[]) => run([...args, "--db", tmp.path]);

beforeAll(async () => {
  const store = await openStore(tmp.path);
  await store.putArticles(corpus());
  await store.close();
});
afterAll(() => tmp.drop());

describe("dyad query", () => {
  it("prints JSON Lines when stdout is not a terminal, one event a line with its evidence and link counts", async () => {
    const r = await dyad("query", "--dyad", "RUS-PAK", "--type", "AGREE");
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ type: "AGREE", day: "2021-04-07", link: { mentions: 3, sources: 3, articles: 3 } });
    expect(rows[0].sentenceText).toMatch(/gas pipeline/);
  });

  it("prints CSV with a header row and one row per event", async () => {
    const r = await dyad("query", "--dyad", "IND-PAK", "--both", "--format", "csv");
    const [header, ...lines] = r.stdout.trim().split("\n");
    expect(header.split(",").slice(0, 4)).toEqual(["id", "date", "type", "cameo"]);
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.includes("later-1:e2"))).toContain(",ASSAULT,190,4,-10,");
  });

  it("rejects a bad filter with a one-line usage error", async () => {
    const r = await dyad("query", "--type", "HUG");
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('dyad: unknown PLOVER type "HUG"\n');
  });
});

describe("dyad stats", () => {
  it("prints counts as JSON with --format json", async () => {
    const r = await dyad("stats", "--format", "json");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ articles: 4, events: 9, linkedEvents: 7, byType: { AGREE: 5 } });
  });

  it("says there is no database instead of creating one", async () => {
    const r = await run(["stats", "--db", join(tmp.dir, "none.db")]);
    expect(r.status).toBe(5);
    expect(r.stderr).toMatch(/^dyad: store: no database at .*none\.db/);
  });
});
