/**
 * Ingest benchmark: coding + storing into a fresh SQLite file, with 1 and with 2 worker threads,
 * against coding alone on the same documents. Reports articles/s, sentences/s and peak RSS.
 *
 *   node bin/run-ts.js bench/ingest.ts [--limit N] [--corpus PATH|built]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createCoder } from "../src/coder.ts";
import { ingest } from "../src/ingest/ingest.ts";
import { createInlinePool, createWorkerPool } from "../src/ingest/pool.ts";
import type { SourceItem } from "../src/ingest/source.ts";
import { openStore } from "../src/store/store.ts";
import { defaultCorpus, readCorpus } from "./corpus.ts";

/** One ingest run. */
export interface IngestRun {
  workers: number;
  articles: number;
  sentences: number;
  events: number;
  seconds: number;
  /** Thread start-up (coder loading), not counted in the rates. */
  startSeconds: number;
  articlesPerSecond: number;
  sentencesPerSecond: number;
  /** Process peak resident memory so far, MB (worker threads included). */
  peakRssMb: number;
}

/** Results: coding alone as the baseline, then each ingest run and its speed relative to it. */
export interface IngestBench {
  corpus: string;
  documents: number;
  codingAlone: { articlesPerSecond: number; sentencesPerSecond: number };
  runs: (IngestRun & { vsCodingAlone: number })[];
}

const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** The corpus as reader items; the built corpus repeats texts, so each copy gets a line that keeps its hash distinct. */
async function* items(corpus: string, limit?: number): AsyncGenerator<SourceItem> {
  let i = 0;
  for await (const input of readCorpus(corpus, limit)) {
    i += 1;
    const text = corpus === "built" && input.text ? `${input.text}\n\n(Copy ${i}.)` : input.text;
    yield { input: { ...input, text }, source: `${corpus}:${i}` };
  }
}

/** Runs the benchmark (see module doc). */
export async function benchIngest(opts: { corpus: string; limit?: number; workers: number[] }): Promise<IngestBench> {
  const limit = opts.limit ?? (opts.corpus === "built" ? 10_000 : undefined);
  const coder = createCoder();
  let docs = 0;
  let sentences = 0;
  // Warm the JIT on a few documents first so the baseline is not penalised for going first.
  let warm = 0;
  for await (const item of items(opts.corpus, 20)) if ("input" in item && warm++ < 20) coder.code(item.input);
  const t0 = performance.now();
  for await (const item of items(opts.corpus, limit)) {
    if ("input" in item) sentences += coder.code(item.input).sentences.length;
    docs += 1;
  }
  const alone = (performance.now() - t0) / 1000;
  const codingAlone = { articlesPerSecond: docs / alone, sentencesPerSecond: sentences / alone };
  const runs: IngestBench["runs"] = [];
  for (const workers of opts.workers) {
    const dir = mkdtempSync(join(tmpdir(), "dyad-bench-"));
    const s0 = performance.now();
    const pool = workers > 1 ? await createWorkerPool(workers) : createInlinePool(coder);
    const startSeconds = (performance.now() - s0) / 1000;
    const store = await openStore(join(dir, "bench.db"));
    try {
      const s = await ingest(items(opts.corpus, limit), { store, pool, batchSize: 64 });
      const run: IngestRun = {
        workers, articles: s.articles, sentences: s.sentences, events: s.events, seconds: s.seconds, startSeconds,
        articlesPerSecond: s.documents / s.seconds, sentencesPerSecond: s.sentences / s.seconds, peakRssMb: peakRssMb(),
      };
      runs.push({ ...run, vsCodingAlone: run.articlesPerSecond / codingAlone.articlesPerSecond });
    } finally {
      await store.close();
      await pool.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const result = { corpus: opts.corpus, documents: docs, codingAlone, runs };
  printIngest(result);
  return result;
}

/** Prints the results as a small table. */
export function printIngest(r: IngestBench): void {
  const f = (n: number): string => n.toFixed(1).padStart(8);
  console.log(`\ningest into SQLite (${r.documents} documents; coding alone ${r.codingAlone.articlesPerSecond.toFixed(1)} articles/s, ` +
    `${r.codingAlone.sentencesPerSecond.toFixed(0)} sentences/s)`);
  console.log("workers  articles/s  sentences/s  vs coding alone  start s  peak RSS MB");
  for (const x of r.runs) {
    console.log(`${String(x.workers).padStart(7)}  ${f(x.articlesPerSecond)}    ${f(x.sentencesPerSecond)}  ` +
      `${(x.vsCodingAlone * 100).toFixed(0).padStart(14)}%  ${f(x.startSeconds).trim().padStart(7)}  ${String(x.peakRssMb).padStart(11)}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const limit = arg("--limit") ? Number(arg("--limit")) : undefined;
  await benchIngest({ corpus: arg("--corpus") ?? defaultCorpus(), limit, workers: [1, 2] });
}
