/**
 * Builds an app over a real, fresh store filled with the fixture articles, once per backend:
 * SQLite always, PostgreSQL when DYAD_TEST_PG is set (else the suite is skipped with a note).
 */
import type { FastifyInstance } from "fastify";
import { createApp } from "../../src/api/index.ts";
import { createCoder, type Coder } from "../../src/coder.ts";
import { openStore, type Store } from "../../src/store/store.ts";
import { PG_URL, tempPostgres, tempSqlite } from "../store/helpers.ts";
import { records } from "./fixtures.ts";

/** A backend the API suites run against. */
export interface Backend {
  name: string;
  skip: boolean;
  open: () => Promise<{ store: Store; cleanup: () => Promise<void> }>;
}

/** SQLite always; PostgreSQL only with DYAD_TEST_PG. */
export const BACKENDS: Backend[] = [
  { name: "SQLite", skip: false, open: async () => {
    const db = tempSqlite();
    return { store: await openStore(db.path), cleanup: async () => db.drop() };
  } },
  { name: "PostgreSQL", skip: !PG_URL, open: async () => {
    const db = await tempPostgres();
    return { store: await openStore(db.url), cleanup: db.drop };
  } },
];

if (!PG_URL) console.log("API tests on PostgreSQL skipped: set DYAD_TEST_PG (see .ci/postgres.sh)");

/** One app with its store; `close` shuts both and removes the database. */
export interface Harness {
  app: FastifyInstance;
  store: Store;
  close: () => Promise<void>;
}

/** Opens a fresh store, optionally fills it with the fixtures, and builds the app on it. */
export async function harness(backend: Backend, opts: { fill?: boolean; token?: string; coder?: Coder } = {}): Promise<Harness> {
  const { store, cleanup } = await backend.open();
  if (opts.fill ?? true) await store.putArticles(records());
  const app = await createApp({ store, coder: opts.coder ?? createCoder(), token: opts.token, validateResponses: true });
  return { app, store, close: async () => { await app.close(); await store.close(); await cleanup(); } };
}

/** GET a JSON endpoint through inject; returns status and parsed body. */
export async function getJson(app: FastifyInstance, url: string): Promise<{ status: number; body: any }> {
  const res = await app.inject({ method: "GET", url });
  return { status: res.statusCode, body: res.json() };
}
