/**
 * A filled store and an app over it, for the security and load tests: the hand-coded stories
 * (or our own paragraphs when the shared folder is absent), coded and stored in a fresh SQLite file.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { createApp } from "../../src/api/index.ts";
import { createCoder, type Coder } from "../../src/coder.ts";
import { contentHash } from "../../src/store/hash.ts";
import { openStore, type Store } from "../../src/store/store.ts";
import { seedArticles } from "../fuzz/arbitraries.ts";

/** The token the fixture's write endpoints accept. */
export const TOKEN = "t0k3n-for-tests-only-5c1f9a";

/** An app over a filled store, and how to tear it down. */
export interface Fixture {
  app: FastifyInstance;
  store: Store;
  coder: Coder;
  dir: string;
  close(): Promise<void>;
}

/** A fresh PostgreSQL database next to `base`, and how to drop it. */
async function freshPostgres(base: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `dyad_sec_${process.pid}_${Date.now() % 100_000}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Codes and stores the seed articles, then builds the app; on PostgreSQL when `postgres` is a server URL. */
export async function createFixture(options: { token?: string; copies?: number; postgres?: string } = {}): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), "dyad-sec-"));
  const pgdb = options.postgres ? await freshPostgres(options.postgres) : undefined;
  const store = await openStore(pgdb?.url ?? join(dir, "dyad.db"));
  const coder = createCoder();
  const texts = seedArticles();
  const batch = [];
  for (let copy = 0; copy < (options.copies ?? 1); copy++) {
    for (const [i, text] of texts.entries()) {
      const day = String(1 + ((i + copy * texts.length) % 28)).padStart(2, "0");
      const input = text.trimStart().startsWith("<") ? { html: text, id: `a${copy}-${i}` } : { text, id: `a${copy}-${i}`, published: `2021-04-${day}` };
      const body = copy ? { ...input, [input.html ? "html" : "text"]: `${text}\n` + " ".repeat(copy) } : input;
      batch.push({ article: coder.code(body), hash: contentHash(body), source: `fixture-${i}` });
    }
  }
  await store.putArticles(batch);
  const app = await createApp({ store, coder, token: options.token, dashboard: true });
  return {
    app, store, coder, dir,
    close: async () => {
      await app.close();
      await store.close();
      await pgdb?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
