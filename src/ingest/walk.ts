/**
 * Walks the paths given to `dyad ingest` (files and folders, recursively, in sorted order so runs
 * are repeatable) and yields every document they hold, by file type.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { isFeed, parseFeed } from "./read-feed.ts";
import { readJsonl } from "./read-jsonl.ts";
import { readWarc } from "./read-warc.ts";
import type { SourceItem } from "./source.ts";

/** Largest single .txt/.html/feed file read whole. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

type Kind = "text" | "html" | "jsonl" | "feed" | "warc";

/** The reader for a file name, or undefined when the type is not ingested. */
export function kindOf(path: string): Kind | undefined {
  const name = path.toLowerCase();
  if (/\.warc(\.gz)?$/.test(name)) return "warc";
  const ext = extname(name);
  if ([".txt", ".text"].includes(ext)) return "text";
  if ([".html", ".htm", ".xhtml"].includes(ext)) return "html";
  if ([".jsonl", ".ndjson"].includes(ext)) return "jsonl";
  if ([".rss", ".atom", ".xml"].includes(ext)) return "feed";
  return undefined;
}

function readSmall(path: string): string | SourceItem {
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) return { source: path, error: `file over ${MAX_FILE_BYTES >> 20} MB` };
  const buf = readFileSync(path);
  if (buf.includes(0)) return { source: path, error: "binary file, not a document" };
  const text = buf.toString("utf8");
  if (!text.trim()) return { source: path, error: "empty file" };
  return text;
}

async function* readFile(path: string, kind: Kind): AsyncGenerator<SourceItem> {
  if (kind === "jsonl") return yield* readJsonl(path);
  if (kind === "warc") return yield* readWarc(path);
  const content = readSmall(path);
  if (typeof content !== "string") return yield content;
  if (kind === "text") return yield { source: path, input: { text: content } };
  if (kind === "html") return yield { source: path, input: { html: content } };
  if (!isFeed(content)) return yield { source: path, error: "XML file is not an RSS or Atom feed" };
  yield* parseFeed(content, path);
}

/** Every document under the given paths. A missing path or an unknown file named directly is an error item. */
export async function* walk(paths: string[]): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (err) {
      yield { source: path, error: `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
      continue;
    }
    if (isDir) {
      const entries = readdirSync(path).filter((n) => !n.startsWith(".")).sort();
      const files = entries.map((n) => join(path, n)).filter((p) => statSync(p).isDirectory() || kindOf(p));
      yield* walk(files);
      continue;
    }
    const kind = kindOf(path);
    if (!kind) {
      yield { source: path, error: "unsupported file type (use .txt, .html, .jsonl, .rss/.atom/.xml or .warc)" };
      continue;
    }
    try {
      yield* readFile(path, kind);
    } catch (err) {
      yield { source: path, error: `cannot read (${(err as Error).message.split("\n")[0]})` };
    }
  }
}
