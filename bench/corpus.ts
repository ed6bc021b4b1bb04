/**
 * Benchmark corpora: the shared Reuters-21578 collection when it is there, else a corpus built
 * from the project's own fixture and example articles, repeated with varied ids and dates.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { readLines } from "../src/read-lines.ts";
import type { DocInput } from "../src/types.ts";

/** Where the shared Reuters corpus lives, relative to the project root. */
export const REUTERS = resolve("../shared/corpora/reuters21578.jsonl");

/** Names the corpus a run will use: the Reuters file if present, else "built". */
export function defaultCorpus(): string {
  return existsSync(REUTERS) ? REUTERS : "built";
}

/** Streams documents from a JSON Lines file, or from the built corpus when `path` is "built". */
export async function* readCorpus(path: string, limit = Infinity): AsyncGenerator<DocInput> {
  if (path === "built") {
    yield* builtCorpus(Number.isFinite(limit) ? limit : 10_000);
    return;
  }
  let n = 0;
  for (const line of readLines(path)) {
    if (!line.trim()) continue;
    if (n++ >= limit) break;
    yield JSON.parse(line) as DocInput;
  }
}

/** Plain-text articles of the project's own (fixtures and examples), found recursively. */
export function ownArticles(roots = ["test/fixtures", "examples"]): string[] {
  const texts: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".txt")) texts.push(readFileSync(p, "utf8"));
    }
  };
  for (const root of roots) if (existsSync(root)) walk(root);
  return texts;
}

function* builtCorpus(count: number): Generator<DocInput> {
  const texts = ownArticles();
  if (texts.length === 0) throw new Error("bench: no corpus: neither ../shared/corpora nor test/fixtures/*.txt found");
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    yield { id: `built-${i}`, text: texts[i % texts.length], published: `2024-0${1 + (i % 9)}-${day}` };
  }
}
