/**
 * The shared ingest queue on PostgreSQL (pg-boss): `dyad ingest --queue` puts documents on it and
 * any number of `dyad worker` processes, on any machines, take them. A job's id derives from the
 * document's content hash, so a document is queued at most once; pg-boss hands each job to one
 * worker (SELECT ... FOR UPDATE SKIP LOCKED), and workers skip content already stored.
 */
import { createHash } from "node:crypto";
import PgBoss from "pg-boss";
import { CODER_VERSION } from "../coder.ts";
import { DyadError, EXIT } from "../errors.ts";
import { contentHash } from "../store/hash.ts";
import { isConnectionError } from "../store/postgres.ts";
import { openStore } from "../store/store.ts";
import type { DocInput } from "../types.ts";
import { isSourceError, type SourceError, type SourceItem } from "./source.ts";

/** Queue name and the PostgreSQL schema pg-boss keeps its tables in. */
export const QUEUE = "dyad-code";
const SCHEMA = "dyad_queue";

/** Seconds a worker may hold a job without a heartbeat before another worker may take it. */
export const EXPIRE_SECONDS = 30;

/**
 * Coding a batch takes seconds and workers renew their jobs (`holdJobs`), so a short expiry only
 * bites when a worker has died; its jobs then go back on the queue as retries, with no delay.
 */
const QUEUE_OPTIONS = { policy: "standard", retryLimit: 5, retryDelay: 0, expireInSeconds: EXPIRE_SECONDS } as const;

/** What a job carries. */
export interface JobData {
  input: DocInput;
  source: string;
  hash: string;
}

/** A job id (uuid form) derived from a content hash. */
export function jobId(hash: string): string {
  const h = createHash("sha256").update(`dyad-job:${hash}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Starts pg-boss on the store's database and makes sure the queue exists. */
export async function startQueue(url: string): Promise<PgBoss> {
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    throw new DyadError("the shared queue needs a PostgreSQL store (--db postgres://...)", { exitCode: EXIT.usage });
  }
  const boss = new PgBoss({ connectionString: url, schema: SCHEMA, max: 4, supervise: false, schedule: false });
  // Idle connections dropped by the server surface again as the next failing call (one store
  // error); anything else is worth a line.
  boss.on("error", (err: Error) => {
    if (!isConnectionError(err)) process.stderr.write(`dyad: queue: ${err.message.split("\n")[0]}\n`);
  });
  try {
    await boss.start();
    await boss.createQueue(QUEUE, { name: QUEUE, ...QUEUE_OPTIONS });
    // createQueue leaves an existing queue as it was; bring one made by an older dyad up to date.
    await boss.updateQueue(QUEUE, { name: QUEUE, ...QUEUE_OPTIONS });
  } catch (err) {
    await boss.stop({ graceful: false, wait: false }).catch((e: unknown) => e);
    throw new DyadError(`store: cannot start the queue: ${(err as Error).message.split("\n")[0]}`, { exitCode: EXIT.store, cause: err });
  }
  return boss;
}

/**
 * Heartbeat for jobs a worker is coding: renews their start time every third of the expiry, so
 * a long batch is never taken over while its worker lives. Returns the function that stops it.
 * (pg-boss 10 has no heartbeat of its own; this touches its job table, pinned by the major.)
 */
export function holdJobs(boss: PgBoss, ids: string[]): () => void {
  const renew = (): void => {
    boss.getDb().executeSql(`UPDATE ${SCHEMA}.job SET started_on = now() WHERE name = $1 AND id = ANY($2::uuid[]) AND state = 'active'`,
      [QUEUE, ids]).catch((err: unknown) => err); // a dead connection fails the batch's own next call
  };
  const timer = setInterval(renew, (EXPIRE_SECONDS * 1000) / 3);
  return () => clearInterval(timer);
}

/** Counts from `enqueue`. */
export interface EnqueueResult {
  queued: number;
  skipped: number;
  errors: number;
}

/** Puts every readable document on the queue, except content the store already holds. */
export async function enqueue(url: string, items: AsyncIterable<SourceItem>,
  opts: { onError?: (e: SourceError) => void; batchSize?: number } = {}): Promise<EnqueueResult> {
  const store = await openStore(url);
  const boss = await startQueue(url);
  const out: EnqueueResult = { queued: 0, skipped: 0, errors: 0 };
  let batch: JobData[] = [];
  const flush = async (): Promise<void> => {
    const known = await store.knownHashes(batch.map((j) => j.hash), CODER_VERSION);
    const jobs = batch.filter((j) => !known.has(j.hash));
    out.skipped += batch.length - jobs.length;
    out.queued += jobs.length;
    if (jobs.length) await boss.insert(jobs.map((data) => ({ id: jobId(data.hash), name: QUEUE, data })));
    batch = [];
  };
  try {
    for await (const item of items) {
      if (isSourceError(item)) {
        out.errors += 1;
        opts.onError?.(item);
        continue;
      }
      batch.push({ input: item.input, source: item.source, hash: contentHash(item.input) });
      if (batch.length >= (opts.batchSize ?? 200)) await flush();
    }
    if (batch.length) await flush();
  } finally {
    await boss.stop({ graceful: false, wait: true });
    await store.close();
  }
  return out;
}
