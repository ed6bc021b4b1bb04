/**
 * The SQLite backend (better-sqlite3, WAL): the embedded default. A file that is not a dyad
 * database is reported and never written to.
 */
import { existsSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import { DyadError, EXIT } from "../errors.ts";
import { migrate } from "./migrations.ts";
import type { Row, SqlDb } from "./sql.ts";
import { createSqlStore } from "./sql-store.ts";
import type { Store, StoreOptions } from "./store.ts";

type Db = InstanceType<typeof Database>;
type Statement = Database.Statement<unknown[]>;

/** A SqlDb over one better-sqlite3 connection; transactions are queued so async callers cannot interleave. */
function adapter(db: Db): SqlDb {
  const cache = new Map<string, Statement>();
  const prep = (sql: string): Statement => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare<unknown[]>(sql);
      cache.set(sql, s);
    }
    return s;
  };
  let queue: Promise<unknown> = Promise.resolve();
  const inner: SqlDb = {
    dialect: "sqlite",
    all: async (sql, params = []) => {
      const s = prep(sql);
      if (s.reader) return s.all(...params) as Row[];
      s.run(...params);
      return [];
    },
    run: async (sql, params = []) => {
      prep(sql).run(...params);
    },
    exec: async (sql) => {
      db.exec(sql);
    },
    tx: async (fn) => fn(inner),
    close: async () => {
      db.close();
    },
  };
  const outer: SqlDb = {
    ...inner,
    tx: <T>(fn: (t: SqlDb) => Promise<T>): Promise<T> => {
      const run = async (): Promise<T> => {
        db.exec("BEGIN IMMEDIATE");
        try {
          const out = await fn(inner);
          db.exec("COMMIT");
          return out;
        } catch (err) {
          if (db.inTransaction) db.exec("ROLLBACK");
          throw err;
        }
      };
      const next = queue.then(run, run);
      queue = next.catch((err: unknown) => err);
      return next;
    },
    close: async () => {
      await queue;
      db.close();
    },
  };
  return outer;
}

/** Opens (creating and migrating if needed) a SQLite store at `path`. */
export async function openSqlite(path: string, options: StoreOptions = {}): Promise<Store> {
  const create = options.create ?? true;
  if (!create && !existsSync(path)) {
    throw new DyadError(`store: no database at ${path} (run "dyad ingest" first or pass --db)`, { exitCode: EXIT.store, status: 500 });
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new DyadError(`store: ${path} is a folder, not a database file`, { exitCode: EXIT.store, status: 500 });
  }
  let db: Db;
  try {
    db = new Database(path, { timeout: 30_000 });
  } catch (err) {
    throw new DyadError(`store: cannot open ${path}: ${(err as Error).message}`, { exitCode: EXIT.store, status: 500, cause: err });
  }
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    if (tables.length && !tables.some((t) => t.name === "schema_migrations")) {
      throw new Error("it is a SQLite database but not a dyad store");
    }
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
  } catch (err) {
    db.close();
    throw new DyadError(`store: ${path} is not a usable dyad database (${(err as Error).message}); it was left untouched`,
      { exitCode: EXIT.store, status: 500, cause: err });
  }
  const sql = adapter(db);
  try {
    await migrate(sql);
  } catch (err) {
    db.close();
    throw new DyadError(`store: migrating ${path} failed: ${(err as Error).message}`, { exitCode: EXIT.store, status: 500, cause: err });
  }
  return createSqlStore(sql, options);
}
