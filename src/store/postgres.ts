/**
 * The PostgreSQL backend (node-postgres pool) for shared stores and scale-out workers.
 */
import pg from "pg";
import { DyadError, EXIT } from "../errors.ts";
import { migrate } from "./migrations.ts";
import type { Row, SqlDb } from "./sql.ts";
import { createSqlStore } from "./sql-store.ts";
import type { Store, StoreOptions } from "./store.ts";

/** `?` placeholders numbered as `$1, $2, ...` (our SQL never holds a literal `?`). */
export function numberPlaceholders(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

type Queryable = pg.Pool | pg.PoolClient;

/** Errors after which the connection is gone (server shutdown, admin kill, network). */
export function isConnectionError(err: Error): boolean {
  const code = (err as { code?: string }).code ?? "";
  return code.startsWith("08") || code === "57P01" || code === "57P02" || code === "57P03"
    || /connection (terminated|error)|not queryable|ECONNRESET|ECONNREFUSED|EPIPE/i.test(err.message);
}

function onClient(q: Queryable, tx: SqlDb["tx"], close: SqlDb["close"]): SqlDb {
  return {
    dialect: "postgres",
    all: async (sql, params = []) => (await q.query(numberPlaceholders(sql), params)).rows as Row[],
    run: async (sql, params = []) => {
      await q.query(numberPlaceholders(sql), params);
    },
    exec: async (sql) => {
      await q.query(sql);
    },
    tx,
    close,
  };
}

/** A SqlDb over a pool; each transaction takes its own client. */
export function pgAdapter(pool: pg.Pool): SqlDb {
  const close = async (): Promise<void> => pool.end();
  const tx = async <T>(fn: (t: SqlDb) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    // A checked-out client has no pool listener: without ours a dropped connection is an uncaught
    // 'error' event that kills the process. The failed query rejects too; that is what we report.
    let broken: Error | undefined;
    const onError = (err: Error): void => {
      broken = err;
    };
    client.on("error", onError);
    const t = onClient(client, (f) => f(t), close);
    try {
      await client.query("BEGIN");
      const out = await fn(t);
      await client.query("COMMIT");
      return out;
    } catch (err) {
      broken ??= err instanceof Error && isConnectionError(err) ? err : undefined;
      if (!broken) await client.query("ROLLBACK").catch((e: unknown) => e);
      throw err;
    } finally {
      client.off("error", onError);
      // Passing the error makes the pool destroy the client instead of reusing a dead connection.
      client.release(broken);
    }
  };
  return onClient(pool, tx, close);
}

/** Opens (and migrates) a PostgreSQL store. */
export async function openPostgres(url: string, options: StoreOptions = {}): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle client losing its connection is dropped by the pool; the next query that fails reports
  // it as one store error, so printing here too would only add a second line.
  pool.on("error", (err) => err);
  const db = pgAdapter(pool);
  try {
    await migrate(db);
  } catch (err) {
    await pool.end();
    const where = url.replace(/\/\/[^@/]*@/, "//");
    throw new DyadError(`store: cannot use ${where}: ${(err as Error).message}`, { exitCode: EXIT.store, status: 500, cause: err });
  }
  return createSqlStore(db, options);
}
