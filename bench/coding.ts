/**
 * Coding benchmark: raw text -> CodedArticle on one core, with the time spent in each stage,
 * throughput (articles/s, sentences/s, MB/s) and resident memory as the corpus grows.
 *
 *   node bin/run-ts.js bench/coding.ts [--corpus PATH|built] [--limit N]
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { createDoc } from "../src/document.ts";
import { contentId } from "../src/coder.ts";
import { loadLexicon } from "../src/lexicon/index.ts";
import { loadNlp } from "../src/nlp.ts";
import { createPipeline } from "../src/pipeline.ts";
import { defaultCorpus, readCorpus } from "./corpus.ts";

export interface CodingResult {
  corpus: string;
  articles: number;
  sentences: number;
  events: number;
  megabytes: number;
  seconds: number;
  /**
   * CPU seconds of the coding thread itself (Linux; else the whole process): unlike wall time,
   * not inflated when other processes share the cores.
   */
  cpuSeconds: number;
  /** Sentences per CPU second of the coding thread. */
  sentencesPerCpuSecond: number;
  articlesPerSecond: number;
  sentencesPerSecond: number;
  megabytesPerSecond: number;
  /** Milliseconds spent in each stage over the whole run. */
  stageMs: Record<string, number>;
  /** Sentences per second of the actor stages alone (entities + coreference). */
  actorStagesSentencesPerSecond: number;
  /** Resident set size (MB) at each quarter of the run; flat means no run-away memory. */
  rssMB: number[];
  peakRssMB: number;
  errors: number;
  /** Node flags of the benchmarking process (`npm run bench` sets the coder's semi-space, src/heap.ts). */
  nodeFlags: string[];
}

/**
 * CPU seconds used so far by the main thread: /proc's per-thread counters (clock ticks of 10 ms)
 * where there are any, since `process.cpuUsage` also counts V8's GC and compiler threads.
 */
function mainThreadCpuSeconds(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  }
}

const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

/** Codes the corpus once, timing every stage. */
export async function benchCoding(opts: { corpus?: string; limit?: number; total?: number } = {}): Promise<CodingResult> {
  const corpus = opts.corpus ?? defaultCorpus();
  const stages = createPipeline(loadLexicon(), loadNlp());
  const stageMs: Record<string, number> = Object.fromEntries(stages.map((s) => [s.name, 0]));
  const limit = opts.limit ?? Infinity;
  const quarter = Math.max(1, Math.floor((Number.isFinite(limit) ? limit : (opts.total ?? 16934)) / 4));
  const rssMB: number[] = [];
  let articles = 0, sentences = 0, events = 0, bytes = 0, errors = 0;
  const t0 = performance.now();
  const cpu0 = mainThreadCpuSeconds();
  for await (const input of readCorpus(corpus, limit)) {
    const doc = createDoc(input, input.id ?? contentId(input));
    bytes += Buffer.byteLength(input.text ?? input.html ?? "");
    try {
      for (let i = 0; i < stages.length; i++) {
        const s = performance.now();
        stages[i].run(doc);
        stageMs[stages[i].name] += performance.now() - s;
      }
    } catch (err) {
      errors++;
      if (errors <= 3) console.error(`bench: ${input.id}: ${(err as Error).message}`);
    }
    articles++;
    sentences += doc.sentences.length;
    events += doc.events.length;
    if (articles % quarter === 0) rssMB.push(mb(process.memoryUsage().rss));
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = mainThreadCpuSeconds() - cpu0;
  const actorSeconds = ((stageMs.entities ?? 0) + (stageMs.coref ?? 0)) / 1000;
  return {
    corpus, articles, sentences, events, megabytes: mb(bytes), seconds: Math.round(seconds * 100) / 100,
    cpuSeconds: Math.round(cpuSeconds * 100) / 100, sentencesPerCpuSecond: Math.round(sentences / cpuSeconds),
    articlesPerSecond: Math.round(articles / seconds),
    sentencesPerSecond: Math.round(sentences / seconds),
    megabytesPerSecond: Math.round((bytes / 1048576 / seconds) * 100) / 100,
    stageMs: Object.fromEntries(Object.entries(stageMs).map(([k, v]) => [k, Math.round(v)])),
    actorStagesSentencesPerSecond: actorSeconds > 0 ? Math.round(sentences / actorSeconds) : 0,
    rssMB, peakRssMB: mb(process.resourceUsage().maxRSS * 1024), errors, nodeFlags: process.execArgv,
  };
}

/** Prints a result as a short human-readable block. */
export function printCoding(r: CodingResult): void {
  console.log(`coding  corpus ${r.corpus}  (node ${process.version}${r.nodeFlags.length ? ` ${r.nodeFlags.join(" ")}` : ""})`);
  console.log(`  ${r.articles} articles, ${r.sentences} sentences, ${r.events} events, ${r.megabytes} MB in ${r.seconds} s (one core; coding thread ${r.cpuSeconds} s CPU)`);
  console.log(`  ${r.articlesPerSecond} articles/s  ${r.sentencesPerSecond} sentences/s  ${r.megabytesPerSecond} MB/s  errors ${r.errors}  (${r.sentencesPerCpuSecond} sentences per CPU second)`);
  console.log(`  actor stages (entities+coref): ${r.actorStagesSentencesPerSecond} sentences/s`);
  console.log(`  stage ms: ${Object.entries(r.stageMs).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  console.log(`  RSS MB by quarter: ${r.rssMB.join(" -> ")}; peak ${r.peakRssMB} MB`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const limit = arg("--limit");
  const r = await benchCoding({ corpus: arg("--corpus"), limit: limit ? Number(limit) : undefined });
  if (process.argv.includes("--json")) console.log(JSON.stringify(r));
  else printCoding(r);
}
