/**
 * The Store implementation shared by both backends, over a SqlDb adapter. Unexpected database
 * errors become one-line DyadErrors with EXIT.store.
 */
import { storeCall } from "../errors.ts";
import { LINK_DEFAULTS, type LinkOptions } from "./linking.ts";
import { getArticle, getEvent, queryEvents, queryQuotes, searchActors } from "./read.ts";
import type { SqlDb } from "./sql.ts";
import { stats, timeline } from "./stats.ts";
import type { Store, StoreOptions } from "./store.ts";
import { knownHashes, putArticles } from "./write.ts";


/** Wraps a migrated SqlDb as a Store. */
export function createSqlStore(db: SqlDb, options: StoreOptions = {}): Store {
  const link: LinkOptions = { ...LINK_DEFAULTS, windowDays: options.linkWindowDays ?? LINK_DEFAULTS.windowDays };
  return {
    kind: db.dialect,
    putArticles: (batch) => storeCall("write", () => putArticles(db, batch, link)),
    knownHashes: (hashes, coder) => storeCall("read", () => knownHashes(db, hashes, coder)),
    getArticle: (id) => storeCall("read", () => getArticle(db, id)),
    queryEvents: (filter, page) => storeCall("query", () => queryEvents(db, filter, page)),
    getEvent: (id) => storeCall("read", () => getEvent(db, id)),
    queryQuotes: (filter, page) => storeCall("query", () => queryQuotes(db, filter, page)),
    searchActors: (q, limit) => storeCall("query", () => searchActors(db, q, limit)),
    timeline: (a, b, interval, filter) => storeCall("query", () => timeline(db, a, b, interval, filter)),
    stats: () => storeCall("stats", () => stats(db)),
    close: () => db.close(),
  };
}
