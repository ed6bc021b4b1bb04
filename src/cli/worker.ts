/** `dyad worker --db postgres://...`: code documents from the shared queue (run one per machine or core). */
import type { Command } from "commander";
import { DyadError, EXIT } from "../errors.ts";
import { createInlinePool, createWorkerPool } from "../ingest/pool.ts";
import { work } from "../ingest/work.ts";
import { openStore } from "../store/store.ts";
import { intFlag } from "./ingest.ts";

interface WorkerFlags {
  db: string;
  workers: string;
  batch: string;
  untilEmpty?: boolean;
  idleExit?: string;
  json?: boolean;
}

/** Registers `dyad worker`. */
export function registerWorker(program: Command): void {
  program.command("worker").description("take documents from the shared PostgreSQL queue, code and store them")
    .requiredOption("--db <url>", "postgres:// URL of the shared store")
    .option("--workers <n>", "worker threads coding in parallel", "1")
    .option("--batch <n>", "jobs per fetch and transaction", "16")
    .option("--until-empty", "stop when the queue is empty instead of waiting for more")
    .option("--idle-exit <seconds>", "stop once the queue has been empty this many seconds")
    .option("--json", "print the closing summary as JSON")
    .action(async (flags: WorkerFlags) => {
      if (!/^postgres(ql)?:\/\//i.test(flags.db)) {
        throw new DyadError("worker: the shared queue needs a PostgreSQL store (--db postgres://...)", { exitCode: EXIT.usage });
      }
      const workers = intFlag("--workers", flags.workers, 64);
      const batchSize = intFlag("--batch", flags.batch, 1000);
      const idle = flags.idleExit !== undefined ? intFlag("--idle-exit", flags.idleExit, 86_400) * 1000 : undefined;
      const idleExitMs = flags.untilEmpty ? 0 : idle;
      const store = await openStore(flags.db);
      const pool = workers > 1 ? await createWorkerPool(workers) : createInlinePool();
      const stop = new AbortController();
      const onSignal = (): void => stop.abort();
      process.once("SIGINT", onSignal);
      process.once("SIGTERM", onSignal);
      try {
        const s = await work({ url: flags.db, store, pool, batchSize, idleExitMs, signal: stop.signal,
          onReady: () => process.stderr.write(`worker: ready, coder ${pool.version}\n`) });
        process.stdout.write(flags.json ? `${JSON.stringify(s)}\n`
          : `worker: ${s.jobs} jobs, ${s.coded} coded, ${s.stored} stored, ${s.events} events, ${s.skipped} skipped, ${s.errors} errors\n`);
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
        await pool.close();
        await store.close();
      }
    });
}
