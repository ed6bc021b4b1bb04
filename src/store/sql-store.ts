/**
 * The Store implementation shared by both backends, over a SqlDb adapter. Unexpected database
 * errors become one-line DyadErrors with EXIT.store.
 */
import { DyadError, EXIT } from "../errors.ts";
import { LINK_DEFAULTS, type LinkOptions } from "./linking.ts";
import { getArticle, getEvent, queryEvents, queryQuotes, searchActors } from "./read.ts";
import type { SqlDb } from "./sql.ts";
import { stats, timeline } from "./stats.ts";
import type { Store, StoreOptions } from "./store.ts";
import { knownHashes, putArticles } from "./write.ts";

/** Runs a store call, turning driver errors into DyadError (EXIT.store). */
async function guarded<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof DyadError) throw err;
    const msg = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new DyadError(`store: ${what} failed: ${msg}`, { exitCode: EXIT.store, status: 500, cause: err });
  }
}

/** Wraps a migrated SqlDb as a Store. */
export function createSqlStore(db: SqlDb, options: StoreOptions = {}): Store {
  const link: LinkOptions = { ...LINK_DEFAULTS, windowDays: options.linkWindowDays ?? LINK_DEFAULTS.windowDays };
  return {
    kind: db.dialect,
    putArticles: (batch) => guarded("write", () => putArticles(db, batch, link)),
    knownHashes: (hashes, coder) => guarded("read", () => knownHashes(db, hashes, coder)),
    getArticle: (id) => guarded("read", () => getArticle(db, id)),
    queryEvents: (filter, page) => guarded("query", () => queryEvents(db, filter, page)),
    getEvent: (id) => guarded("read", () => getEvent(db, id)),
    queryQuotes: (filter, page) => guarded("query", () => queryQuotes(db, filter, page)),
    searchActors: (q, limit) => guarded("query", () => searchActors(db, q, limit)),
    timeline: (a, b, interval, filter) => guarded("query", () => timeline(db, a, b, interval, filter)),
    stats: () => guarded("stats", () => stats(db)),
    close: () => db.close(),
  };
}
