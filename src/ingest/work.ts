/**
 * `dyad worker`: takes batches of jobs from the shared queue, codes what the store does not hold
 * yet, stores each batch in one transaction, then marks the jobs done.
 */
import type { Store } from "../store/store.ts";
import type { CoderPool } from "./pool.ts";
import { QUEUE, startQueue, type JobData } from "./queue.ts";

/** Counts from one worker run. */
export interface WorkSummary {
  jobs: number;
  /** Documents this worker ran through the coder. */
  coded: number;
  stored: number;
  events: number;
  skipped: number;
  errors: number;
}

/** Worker options. */
export interface WorkOptions {
  url: string;
  store: Store;
  pool: CoderPool;
  batchSize?: number;
  /** Return once the queue has stayed empty this long (0: as soon as it is empty); wait forever when absent. */
  idleExitMs?: number;
  pollMs?: number;
  signal?: AbortSignal;
  onBatch?: (s: WorkSummary) => void;
  /** Called once the queue is reachable and the worker starts fetching. */
  onReady?: () => void;
}

/** Processes jobs until the queue is empty (with `untilEmpty`) or the signal aborts. */
export async function work(opts: WorkOptions): Promise<WorkSummary> {
  const boss = await startQueue(opts.url);
  const sum: WorkSummary = { jobs: 0, coded: 0, stored: 0, events: 0, skipped: 0, errors: 0 };
  let idleSince = Date.now();
  try {
    opts.onReady?.();
    while (!opts.signal?.aborted) {
      const jobs = await boss.fetch<JobData>(QUEUE, { batchSize: opts.batchSize ?? 16 });
      if (!jobs.length) {
        if (opts.idleExitMs !== undefined && Date.now() - idleSince >= opts.idleExitMs) break;
        await new Promise((r) => setTimeout(r, opts.pollMs ?? 500));
        continue;
      }
      sum.jobs += jobs.length;
      const known = await opts.store.knownHashes(jobs.map((j) => j.data.hash), opts.pool.version);
      const todo = jobs.filter((j) => !known.has(j.data.hash));
      sum.skipped += jobs.length - todo.length;
      const results = await opts.pool.code(todo.map((j) => j.data.input));
      sum.coded += todo.length;
      const failed: string[] = [];
      const records = todo.flatMap((j, i) => {
        const r = results[i];
        if ("error" in r) {
          failed.push(j.id);
          return [];
        }
        return [{ article: r.article, hash: j.data.hash, source: j.data.source }];
      });
      const put = await opts.store.putArticles(records);
      sum.stored += put.inserted + put.replaced;
      sum.skipped += put.skipped;
      sum.events += records.reduce((n, r) => n + r.article.events.length, 0);
      sum.errors += failed.length;
      const done = jobs.map((j) => j.id).filter((id) => !failed.includes(id));
      if (done.length) await boss.complete(QUEUE, done);
      if (failed.length) await boss.fail(QUEUE, failed);
      opts.onBatch?.(sum);
      idleSince = Date.now();
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  return sum;
}
