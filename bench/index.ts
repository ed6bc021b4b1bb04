/**
 * `npm run bench`: every benchmark in one run, on the corpus each names.
 *   coding   raw text -> CodedArticle, one core, per-stage timings, memory by quarter
 *   ingest   coding + storing into a fresh SQLite file with 1 and 2 workers (bench/ingest.ts)
 *
 *   npm run bench [-- --limit N] [--corpus PATH|built] [--only coding|ingest] [--json]
 */
import { existsSync } from "node:fs";
import { benchCoding, printCoding } from "./coding.ts";
import { defaultCorpus } from "./corpus.ts";

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const limit = arg("--limit") ? Number(arg("--limit")) : undefined;
const corpus = arg("--corpus") ?? defaultCorpus();
const only = arg("--only");
const asJson = process.argv.includes("--json");
const results: Record<string, unknown> = { node: process.version, date: new Date().toISOString() };

console.log(`dyad bench: corpus ${corpus}${limit ? `, first ${limit} documents` : ""}`);
if (!only || only === "coding") {
  const r = await benchCoding({ corpus, limit });
  results.coding = r;
  if (!asJson) printCoding(r);
}
if ((!only || only === "ingest") && existsSync(new URL("./ingest.ts", import.meta.url))) {
  const { benchIngest } = await import("./ingest.ts");
  results.ingest = await benchIngest({ corpus, limit, workers: [1, 2] });
}
if (asJson) console.log(JSON.stringify(results));
