import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportEvents } from "../../src/cli/export.ts";
import { openStore, type Store } from "../../src/store/store.ts";
import { tempSqlite } from "./helpers.ts";
import { corpus } from "./suite.ts";

const tmp = tempSqlite();
let store: Store;
beforeAll(async () => {
  store = await openStore(tmp.path);
  await store.putArticles(corpus());
});
afterAll(async () => {
  await store.close();
  tmp.drop();
});

describe("exports", () => {
  it("writes PLOVER records with the specification's field names, one JSON object a line", async () => {
    const out = join(tmp.dir, "events.plover.jsonl");
    expect(await exportEvents(store, "plover", { dyad: "PAK-IND" }, out)).toBe(1);
    const [rec, ...rest] = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(rest).toHaveLength(0);
    expect(rec).toMatchObject({
      id: "dawn-1:e2", date: "2021-04-08", event: ["REJECT"], quad_code: 3, event_scale: -4,
      actor: [{ code: "PAK", sector: "GOV", entity_text: "PAKGOV" }], recipient: [{ code: "IND", sector: "GOV" }],
      text: expect.stringContaining("would not accept pressure"), cite_info: { url: "https://www.dawn.com/news/1" },
    });
  });

  it("writes a GDELT-style TSV with one row per linked event and its mention counts", async () => {
    const out = join(tmp.dir, "events.tsv");
    const n = await exportEvents(store, "gdelt", { type: "AGREE" }, out);
    const [header, ...rows] = readFileSync(out, "utf8").trim().split("\n").map((l) => l.split("\t"));
    expect(rows).toHaveLength(n);
    expect(n).toBe(3);
    const col = (name: string) => header.indexOf(name);
    const pipeline = rows.find((r) => r[col("NumMentions")] === "3");
    expect(pipeline?.[col("SQLDATE")]).toBe("20210407");
    expect(pipeline?.[col("Actor1Code")]).toBe("RUSGOV");
    expect(pipeline?.[col("EventRootCode")]).toBe("05");
    expect(pipeline?.[col("NumArticles")]).toBe("3");
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });

  it("writes Parquet that DuckDB reads back with typed columns", async () => {
    const out = join(tmp.dir, "events.parquet");
    expect(await exportEvents(store, "parquet", {}, out)).toBe(8);
    const db = await DuckDBInstance.create(":memory:");
    const conn = await db.connect();
    const reader = await conn.runAndReadAll(
      `SELECT type, COUNT(*) AS n, SUM(goldstein) AS g, MAX(mentions) AS m FROM read_parquet('${out}') GROUP BY type ORDER BY type`);
    const rows = reader.getRowObjectsJson();
    conn.closeSync();
    db.closeSync();
    expect(rows).toContainEqual({ type: "AGREE", n: "5", g: 40, m: 3 });
    expect(rows.map((r) => r.type)).toEqual(["AGREE", "AID", "ASSAULT", "REJECT"]);
  });
});
