/**
 * The ingest loop: read documents, skip those already stored by this coder version (by content
 * hash), code the rest, and store each batch in one transaction. Batches commit in input order, so
 * a run killed at any point and run again ends with the same store as an uninterrupted run.
 */
import { contentHash } from "../store/hash.ts";
import type { ArticleRecord, Store } from "../store/store.ts";
import type { CoderPool } from "./pool.ts";
import { isSourceError, type SourceDoc, type SourceError, type SourceItem } from "./source.ts";

/** What an ingest run did. */
export interface IngestSummary {
  /** Documents read. */
  documents: number;
  /** Articles coded and stored (new or replacing an older coding). */
  articles: number;
  replaced: number;
  events: number;
  sentences: number;
  /** Already stored (same content, same coder version), or repeated within the input. */
  skipped: number;
  /** Inputs that could not be read or coded. */
  errors: number;
  seconds: number;
}

/** Ingest options. */
export interface IngestOptions {
  store: Store;
  pool: CoderPool;
  /** Documents per transaction (default 64). */
  batchSize?: number;
  onError?: (e: SourceError) => void;
  onProgress?: (documents: number) => void;
}

/** Codes and stores every document from `items`. */
export async function ingest(items: AsyncIterable<SourceItem>, opts: IngestOptions): Promise<IngestSummary> {
  const t0 = performance.now();
  const sum: IngestSummary = { documents: 0, articles: 0, replaced: 0, events: 0, sentences: 0, skipped: 0, errors: 0, seconds: 0 };
  const size = Math.max(1, opts.batchSize ?? 64);
  const fail = (e: SourceError): void => {
    sum.errors += 1;
    opts.onError?.(e);
  };
  let batch: SourceDoc[] = [];
  let writing: Promise<void> = Promise.resolve();
  let writeError: unknown;
  // Hashes of the batch being written, so the next batch does not code them again meanwhile.
  let writingHashes = new Set<string>();
  const settle = async (): Promise<void> => {
    await writing;
    if (writeError !== undefined) throw writeError;
  };
  const write = async (records: ArticleRecord[]): Promise<void> => {
    const put = await opts.store.putArticles(records);
    sum.articles += put.inserted + put.replaced;
    sum.replaced += put.replaced;
    sum.skipped += put.skipped;
    for (const r of records) {
      sum.events += r.article.events.length;
      sum.sentences += r.article.sentences.length;
    }
  };

  const flush = async (): Promise<void> => {
    const docs = batch;
    batch = [];
    const hashes = docs.map((d) => contentHash(d.input));
    const known = await opts.store.knownHashes(hashes, opts.pool.version);
    const seen = new Set<string>();
    const todo: { doc: SourceDoc; hash: string }[] = [];
    docs.forEach((doc, i) => {
      if (known.has(hashes[i]) || seen.has(hashes[i]) || writingHashes.has(hashes[i])) sum.skipped += 1;
      else todo.push({ doc, hash: hashes[i] });
      seen.add(hashes[i]);
    });
    if (!todo.length) return;
    const results = await opts.pool.code(todo.map((t) => t.doc.input));
    const records: ArticleRecord[] = [];
    results.forEach((r, i) => {
      if ("error" in r) fail({ source: todo[i].doc.source, error: r.error });
      else records.push({ article: r.article, hash: todo[i].hash, source: todo[i].doc.source });
    });
    // The previous batch's write overlaps this batch's coding; writes still commit in input order.
    await settle();
    writingHashes = new Set(records.map((r) => r.hash));
    writing = write(records).catch((err: unknown) => {
      writeError = err;
    });
  };

  for await (const item of items) {
    if (isSourceError(item)) {
      fail(item);
      continue;
    }
    sum.documents += 1;
    batch.push(item);
    if (batch.length >= size) {
      await flush();
      opts.onProgress?.(sum.documents);
    }
  }
  if (batch.length) await flush();
  await settle();
  opts.onProgress?.(sum.documents);
  sum.seconds = (performance.now() - t0) / 1000;
  return sum;
}

/** The one-line summary printed at the end of a run. */
export function summaryLine(s: IngestSummary): string {
  const rate = s.seconds > 0 ? (s.articles / s.seconds).toFixed(1) : "0";
  const replaced = s.replaced ? ` (${s.replaced} recoded)` : "";
  return `ingested ${s.articles} articles${replaced}, ${s.events} events, ${s.skipped} skipped, ` +
    `${s.errors} error${s.errors === 1 ? "" : "s"} in ${s.seconds.toFixed(1)}s (${rate} articles/s)`;
}
