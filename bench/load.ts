/**
 * Load test on loopback: fills a fresh SQLite store, starts the real `dyad serve` on 127.0.0.1,
 * drives the read endpoints with autocannon at sustained concurrency, then measures
 * POST /v1/code throughput. Reports requests, errors, p50/p99 latency.
 *
 *   node bin/run-ts.js bench/load.ts [--seconds 10] [--connections 16] [--docs 300] [--json]
 *   npm run soak   (60 s of reads)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCoder } from "../src/coder.ts";
import { contentHash } from "../src/store/hash.ts";
import { openStore } from "../src/store/store.ts";
import type { DocInput } from "../src/types.ts";
import { defaultCorpus, readCorpus } from "./corpus.ts";

interface CannonResult {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Cannon = (opts: Record<string, unknown>) => Promise<CannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Cannon;

/** What one phase measured. */
export interface PhaseResult {
  name: string;
  seconds: number;
  connections: number;
  requests: number;
  perSecond: number;
  p50ms: number;
  p99ms: number;
  maxms: number;
  /** Socket errors + timeouts + non-2xx answers. */
  errors: number;
}

/** Load-test options. */
export interface LoadOptions {
  seconds?: number;
  connections?: number;
  docs?: number;
  /** Seconds of POST /v1/code (default a third of `seconds`). */
  codeSeconds?: number;
}

/** Stores `docs` corpus documents in a new SQLite file; returns its path and some article ids. */
async function fillStore(dir: string, docs: number): Promise<{ db: string; ids: string[] }> {
  const db = join(dir, "load.db");
  const store = await openStore(db);
  const coder = createCoder();
  const ids: string[] = [];
  let batch = [];
  for await (const input of readCorpus(defaultCorpus(), docs)) {
    const article = coder.code(input);
    ids.push(article.id);
    batch.push({ article, hash: contentHash(input), source: "load" });
    if (batch.length === 100) {
      await store.putArticles(batch);
      batch = [];
    }
  }
  if (batch.length) await store.putArticles(batch);
  // Documents with the same content as an earlier one are stored once, under the first id.
  const stored: string[] = [];
  for (const id of ids.slice(0, 40)) if (await store.getArticle(id)) stored.push(id);
  await store.close();
  return { db, ids: stored };
}

/** Starts `dyad serve --port 0` and resolves with its base URL. */
function startServe(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ["bin/dyad.js", "serve", "--db", db, "--port", "0"],
    { env: { ...process.env, DYAD_TOKEN: "" }, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /serving (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.on("exit", (code) => reject(new Error(`dyad serve exited with ${code} before listening`)));
  });
}

function phase(name: string, seconds: number, connections: number, r: CannonResult): PhaseResult {
  return {
    name, seconds, connections, requests: r.requests.total, perSecond: Math.round(r.requests.average),
    p50ms: r.latency.p50, p99ms: r.latency.p99, maxms: r.latency.max, errors: r.errors + r.timeouts + r.non2xx,
  };
}

/** Runs the read phase and the coding phase; always stops the server and removes the store. */
export async function runLoad(options: LoadOptions = {}): Promise<PhaseResult[]> {
  const seconds = options.seconds ?? 10;
  const connections = options.connections ?? 16;
  const dir = mkdtempSync(join(tmpdir(), "dyad-load-"));
  let child: ChildProcess | undefined;
  try {
    const { db, ids } = await fillStore(dir, options.docs ?? 300);
    const served = await startServe(db);
    child = served.child;
    const reads = ["/healthz", "/v1/events", "/v1/events?type=ACCUSE,THREATEN", "/v1/events?actor=USA&limit=20",
      "/v1/events?text=oil", "/v1/events?distinct=true", "/v1/quotes", "/v1/actors?q=ja", "/v1/stats",
      "/v1/dyads/USA/JPN/timeline", ...ids.slice(0, 20).map((id) => `/v1/articles/${encodeURIComponent(id)}`)];
    const failing: string[] = [];
    for (const path of reads) {
      const res = await fetch(served.url + path);
      if (res.status !== 200) failing.push(`${path} -> ${res.status} ${(await res.text()).slice(0, 200)}`);
    }
    if (failing.length) throw new Error(`load: read paths fail before any load:\n${failing.join("\n")}`);
    const read = await autocannon({
      url: served.url, connections, duration: seconds, timeout: 10,
      requests: reads.map((path) => ({ method: "GET", path })),
    });
    const sample: DocInput[] = [];
    for await (const d of readCorpus(defaultCorpus(), 20)) {
      sample.push({ id: d.id, text: d.text, html: d.html, title: d.title, published: d.published, outlet: d.outlet });
    }
    // The first document builds the coder's lazy lookups (gazetteer); keep that out of the figures.
    const warm = await fetch(`${served.url}/v1/code`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(sample[0]) });
    if (warm.status !== 200) throw new Error(`load: POST /v1/code answered ${warm.status}: ${(await warm.text()).slice(0, 200)}`);
    const codeSeconds = options.codeSeconds ?? Math.max(2, Math.round(seconds / 3));
    const code = await autocannon({
      url: served.url, connections: 2, duration: codeSeconds, timeout: 30,
      requests: sample.map((d) => ({ method: "POST", path: "/v1/code", headers: { "content-type": "application/json" }, body: JSON.stringify(d) })),
    });
    return [phase("GET read endpoints", seconds, connections, read), phase("POST /v1/code", codeSeconds, 2, code)];
  } finally {
    child?.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One line per phase. */
export function formatLoad(results: PhaseResult[]): string {
  return results.map((r) => `${r.name}: ${r.requests} requests in ${r.seconds} s at ${r.connections} connections `
    + `(${r.perSecond}/s), p50 ${r.p50ms} ms, p99 ${r.p99ms} ms, max ${r.maxms} ms, errors ${r.errors}`).join("\n");
}

const arg = (name: string): number | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
};

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("bench/load.ts")) {
  const results = await runLoad({ seconds: arg("--seconds"), connections: arg("--connections"), docs: arg("--docs") });
  console.log(process.argv.includes("--json") ? JSON.stringify(results) : formatLoad(results));
  if (results.some((r) => r.errors)) process.exitCode = 1;
}
