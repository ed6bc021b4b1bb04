/**
 * `dyad worker`: takes batches of jobs from the shared queue, codes what the store does not hold
 * yet, stores each batch in one transaction, then marks the jobs done.
 */
import type PgBoss from "pg-boss";
import { storeCall } from "../errors.ts";
import type { Store } from "../store/store.ts";
import type { CoderPool } from "./pool.ts";
import { EXPIRE_SECONDS, holdJobs, QUEUE, startQueue, type JobData } from "./queue.ts";

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

/** A queue call whose driver errors become one-line store errors ("store: queue fetch failed: ..."). */
const queueCall = <T>(what: string, fn: () => Promise<T>): Promise<T> => storeCall(`queue ${what}`, fn);

/** Processes jobs until the queue is empty (with `untilEmpty`) or the signal aborts. */
export async function work(opts: WorkOptions): Promise<WorkSummary> {
  const boss = await startQueue(opts.url);
  const sum: WorkSummary = { jobs: 0, coded: 0, stored: 0, events: 0, skipped: 0, errors: 0 };
  let idleSince = Date.now();
  let expiredAt = 0;
  try {
    opts.onReady?.();
    while (!opts.signal?.aborted) {
      // Jobs held by a dead worker (no heartbeat) go back on the queue: at start-up and while idle.
      if (Date.now() - expiredAt >= (EXPIRE_SECONDS * 1000) / 6) {
        await queueCall("expiry", () => boss.expire());
        expiredAt = Date.now();
      }
      const jobs = await queueCall("fetch", () => boss.fetch<JobData>(QUEUE, { batchSize: opts.batchSize ?? 16 }));
      if (!jobs.length) {
        // Empty means nothing left at all: jobs another worker still holds may come back on expiry.
        if (opts.idleExitMs !== undefined && Date.now() - idleSince >= opts.idleExitMs
          && await queueCall("count", () => boss.getQueueSize(QUEUE, { before: "completed" })) === 0) break;
        await new Promise((r) => setTimeout(r, opts.pollMs ?? 500));
        continue;
      }
      const release = holdJobs(boss, jobs.map((j) => j.id));
      try {
        await runBatch(boss, jobs, opts, sum);
      } finally {
        release();
      }
      opts.onBatch?.(sum);
      idleSince = Date.now();
    }
  } finally {
    // After a lost connection stopping may fail too; the error that got us here is the one to report.
    await boss.stop({ graceful: false, wait: true }).catch((e: unknown) => e);
  }
  return sum;
}

/** Codes and stores one fetched batch, then marks its jobs done or failed. */
async function runBatch(boss: PgBoss, jobs: PgBoss.Job<JobData>[], opts: WorkOptions, sum: WorkSummary): Promise<void> {
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
  if (done.length) await queueCall("complete", () => boss.complete(QUEUE, done));
  if (failed.length) await queueCall("fail", () => boss.fail(QUEUE, failed));
}
