/**
 * Parquet through DuckDB: flat event rows are staged as JSON Lines next to the output, then DuckDB
 * copies them into a typed Parquet file (readable from R arrow, pandas, polars, DuckDB).
 */
import { createWriteStream, rmSync } from "node:fs";
import { once } from "node:events";
import { DuckDBInstance } from "@duckdb/node-api";
import { FLAT_COLUMNS, type FlatEvent } from "./rows.ts";

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** Writes rows to a Parquet file; returns the number of rows written. */
export async function writeParquet(rows: AsyncIterable<FlatEvent>, out: string): Promise<number> {
  const staging = `${out}.${process.pid}.staging.jsonl`;
  const stream = createWriteStream(staging);
  let n = 0;
  try {
    for await (const row of rows) {
      if (!stream.write(`${JSON.stringify(row)}\n`)) await once(stream, "drain");
      n += 1;
    }
    stream.end();
    await once(stream, "finish");
    const cols = Object.entries(FLAT_COLUMNS).map(([k, t]) => `${k}: '${t}'`).join(", ");
    const db = await DuckDBInstance.create(":memory:");
    const conn = await db.connect();
    try {
      await conn.run(`COPY (SELECT * FROM read_json(${quote(staging)}, format = 'newline_delimited', columns = {${cols}}))
        TO ${quote(out)} (FORMAT PARQUET, COMPRESSION ZSTD)`);
    } finally {
      conn.closeSync();
      db.closeSync();
    }
  } finally {
    rmSync(staging, { force: true });
  }
  return n;
}
