/**
 * Output fingerprint: codes a corpus and prints one hash per part of the CodedArticle
 * (sentences, entities, events, quotes, amounts, ...) plus a hash of the whole. A change meant
 * only to make the coder faster must leave every hash as it was; a change in coding rules shows
 * which parts moved, and `--diff DIR` writes each article's record so two runs can be compared.
 *
 *   node bin/run-ts.js bench/fingerprint.ts [--corpus PATH|built] [--limit N] [--diff DIR]
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createCoder } from "../src/coder.ts";
import { defaultCorpus, readCorpus } from "./corpus.ts";

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const corpus = arg("--corpus") ?? defaultCorpus();
const limit = arg("--limit") ? Number(arg("--limit")) : Infinity;
const diffDir = arg("--diff");
if (diffDir) mkdirSync(diffDir, { recursive: true });

// No time limit: a fingerprint must not depend on how loaded the machine is.
const coder = createCoder({ limits: { timeBudgetMs: Number.MAX_SAFE_INTEGER } });
const hashes = new Map<string, ReturnType<typeof createHash>>();
const all = createHash("sha256");
let n = 0;
for await (const input of readCorpus(corpus, limit)) {
  const record = coder.code(input) as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (key === "coded_at" || key === "codedAt") continue;
    let h = hashes.get(key);
    if (!h) hashes.set(key, (h = createHash("sha256")));
    const json = JSON.stringify(value) ?? "undefined";
    h.update(json);
    all.update(key).update(json);
  }
  if (diffDir) writeFileSync(join(diffDir, `${String(n).padStart(5, "0")}.json`), JSON.stringify(record, null, 1));
  n++;
}
for (const [key, h] of [...hashes].sort()) console.log(`${key.padEnd(16)} ${h.digest("hex").slice(0, 16)}`);
console.log(`${"ALL".padEnd(16)} ${all.digest("hex").slice(0, 16)}  (${n} articles, ${corpus})`);
