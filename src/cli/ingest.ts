/** `dyad ingest PATH...`: code and store files and folders (or queue them for `dyad worker`). */
import type { Command } from "commander";
import { DyadError, EXIT } from "../errors.ts";
import { ingest, summaryLine } from "../ingest/ingest.ts";
import { createInlinePool, createWorkerPool } from "../ingest/pool.ts";
import { createProgress, estimateTotal } from "../ingest/progress.ts";
import { enqueue } from "../ingest/queue.ts";
import type { SourceError } from "../ingest/source.ts";
import { walk } from "../ingest/walk.ts";
import { DEFAULT_DB, openStore } from "../store/store.ts";

interface IngestFlags {
  db: string;
  workers: string;
  batch: string;
  queue?: boolean;
  quiet?: boolean;
}

/** Positive integer flag or a usage error. */
export function intFlag(name: string, value: string, max = 1024): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new DyadError(`${name} must be a whole number from 1 to ${max}, got "${value}"`, { exitCode: EXIT.usage });
  }
  return n;
}

/** Prints the first errors one line each, then only counts them. */
function errorPrinter(): (e: SourceError) => void {
  let n = 0;
  return (e) => {
    n += 1;
    if (n <= 20) process.stderr.write(`${n === 1 && process.stderr.isTTY ? "\r\x1b[K" : ""}dyad: ${e.source}: ${e.error}\n`);
    else if (n === 21) process.stderr.write("dyad: more errors; see the count in the summary\n");
  };
}

/** Registers `dyad ingest`. */
export function registerIngest(program: Command): void {
  program.command("ingest").argument("<paths...>", "files or folders: .txt .html .jsonl .rss/.atom/.xml .warc(.gz)")
    .description("code documents and store them (idempotent: already stored content is skipped)")
    .option("--db <path|url>", "SQLite file or postgres:// URL", DEFAULT_DB)
    .option("--workers <n>", "worker threads coding in parallel", "1")
    .option("--batch <n>", "documents per transaction", "64")
    .option("--queue", "PostgreSQL only: put documents on the shared queue for `dyad worker` instead of coding here")
    .option("--quiet", "no progress and no summary")
    .action(async (paths: string[], flags: IngestFlags) => {
      const workers = intFlag("--workers", flags.workers, 64);
      const batchSize = intFlag("--batch", flags.batch, 10_000);
      const onError = errorPrinter();
      if (flags.queue) {
        const r = await enqueue(flags.db, walk(paths), { onError });
        if (!flags.quiet) process.stderr.write(`queued ${r.queued} documents, ${r.skipped} already queued or stored, ${r.errors} errors\n`);
        if (r.errors) process.exitCode = EXIT.badInput;
        return;
      }
      const store = await openStore(flags.db);
      const pool = workers > 1 ? await createWorkerPool(workers) : createInlinePool();
      const progress = flags.quiet ? undefined : createProgress(process.stderr.isTTY ? estimateTotal(paths) : undefined);
      try {
        const s = await ingest(walk(paths), { store, pool, batchSize, onError, onProgress: (n) => progress?.update(n) });
        progress?.done();
        if (!flags.quiet) process.stderr.write(`${summaryLine(s)}\n`);
        if (s.errors) process.exitCode = s.documents ? EXIT.badInput : EXIT.unreadable;
      } finally {
        await pool.close();
        await store.close();
      }
    });
}
