/**
 * `npm run demo` = `dyad demo`: codes the bundled example articles (examples/*.txt) into a fresh
 * SQLite file through the ingest loop and starts the server, printing the URL.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { createCoder, type Coder } from "../coder.ts";
import { DyadError, EXIT } from "../errors.ts";
import { ingest } from "../ingest/ingest.ts";
import { createInlinePool } from "../ingest/pool.ts";
import type { SourceItem } from "../ingest/source.ts";
import { openStore, type Store } from "../store/store.ts";
import { parsePort, startServer } from "./serve.ts";

/** The bundled example articles. */
export const EXAMPLES_DIR = fileURLToPath(new URL("../../examples/", import.meta.url));

/**
 * Reads the examples: `YYYY-MM-DD-slug.txt`, the date being the publication date; the first line,
 * followed by a blank line, is the headline.
 */
export function readExamples(dir: string = EXAMPLES_DIR): { id: string; text: string; title?: string; published?: string }[] {
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => {
    const m = /^(\d{4}-\d{2}-\d{2})-/.exec(f);
    const raw = readFileSync(join(dir, f), "utf8");
    const head = /^([^\n]+)\n\s*\n/.exec(raw);
    return {
      id: basename(f, ".txt"),
      text: head ? raw.slice(head[0].length) : raw,
      ...(head ? { title: head[1].trim() } : {}),
      ...(m ? { published: m[1] } : {}),
    };
  });
}

/** Codes the examples into a store through the ingest loop; returns how many articles and events were stored. */
export async function ingestExamples(store: Store, coder: Coder, dir: string = EXAMPLES_DIR): Promise<{ articles: number; events: number }> {
  async function* items(): AsyncGenerator<SourceItem> {
    for (const input of readExamples(dir)) yield { input, source: join("examples", `${input.id}.txt`) };
  }
  const sum = await ingest(items(), { store, pool: createInlinePool(coder) });
  if (sum.errors) throw new DyadError(`demo: ${sum.errors} example(s) could not be coded`, { exitCode: EXIT.failure });
  return { articles: sum.articles + sum.skipped, events: sum.events };
}

/**
 * Deletes a previous demo database and its WAL side files so the demo always starts fresh.
 * Only files named demo*: a mistyped --db must never wipe a real store.
 */
function removeDb(path: string): void {
  if (existsSync(path) && !/^demo/i.test(basename(path))) {
    throw new DyadError(`demo: refusing to replace ${path}; the demo recreates its database, so give it a demo*.db name`, { exitCode: EXIT.usage });
  }
  for (const p of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(p)) rmSync(p);
}

/** Registers `dyad demo`. */
export function registerDemo(program: Command): void {
  program.command("demo").description("code the bundled examples into a fresh SQLite file and serve the dashboard")
    .option("--db <path>", "SQLite file to (re)create; must be named demo*", "./demo.db")
    .option("--port <n>", "TCP port", "8080")
    .option("--host <addr>", "address to bind", "127.0.0.1")
    .option("--no-serve", "stop after ingesting (for tests and scripts)")
    .action(async (opts: { db: string; port: string; host: string; serve: boolean }) => {
      const port = parsePort(opts.port);
      removeDb(opts.db);
      const coder = createCoder();
      const store = await openStore(opts.db);
      const n = await ingestExamples(store, coder);
      process.stdout.write(`dyad: coded ${n.articles} example articles (${n.events} events) into ${opts.db}\n`);
      if (!opts.serve) {
        await store.close();
        return;
      }
      await startServer({ store, coder, host: opts.host, port, token: process.env.DYAD_TOKEN });
    });
}
