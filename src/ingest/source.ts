/** What readers yield: a document to code, or a one-line problem with where it came from. */
import type { DocInput } from "../types.ts";

/** A document read from disk, with its provenance ("file.jsonl:12", "crawl.warc#3"). */
export interface SourceDoc {
  input: DocInput;
  source: string;
}

/** Input that could not be read as a document; ingest counts it and carries on. */
export interface SourceError {
  error: string;
  source: string;
}

/** One item from a reader. */
export type SourceItem = SourceDoc | SourceError;

/** Narrows a reader item to an error. */
export function isSourceError(item: SourceItem): item is SourceError {
  return "error" in item;
}

/** YYYY-MM-DD from a date string in any format Date understands, or undefined. */
export function isoDay(value: unknown): string | undefined {
  if (typeof value !== "string" || !value.trim()) return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}
