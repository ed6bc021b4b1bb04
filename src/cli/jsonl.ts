/**
 * JSON Lines input for `dyad code --jsonl`: streams a file or stdin line by line (bytes split at
 * "\n", each line decoded as strict UTF-8) and checks each line is a document object.
 */
import { createReadStream } from "node:fs";
import type { DocInput } from "../types.ts";

/** One input line: a document, or why it was refused. */
export type JsonlItem = { line: number; doc: DocInput } | { line: number; error: string };

const STRING_FIELDS = ["text", "html", "url", "title", "published", "outlet"] as const;

/** Validates one parsed JSON value as a DocInput. */
export function toDocInput(value: unknown): DocInput | string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "not a JSON object";
  const v = value as Record<string, unknown>;
  for (const f of STRING_FIELDS) if (v[f] !== undefined && v[f] !== null && typeof v[f] !== "string") return `"${f}" must be a string`;
  if (typeof v.text !== "string" && typeof v.html !== "string") return 'needs a "text" or "html" string';
  if (v.id !== undefined && v.id !== null && typeof v.id !== "string" && typeof v.id !== "number") return '"id" must be a string or number';
  const doc: DocInput = {};
  if (v.id !== undefined && v.id !== null) doc.id = String(v.id);
  for (const f of STRING_FIELDS) if (typeof v[f] === "string") doc[f] = v[f] as string;
  return doc;
}

function parseLine(bytes: Buffer, line: number): JsonlItem | undefined {
  let s: string;
  try {
    s = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { line, error: "not valid UTF-8" };
  }
  if (line === 1 && s.startsWith("\ufeff")) s = s.slice(1);
  if (!s.trim()) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(s);
  } catch (err) {
    return { line, error: `invalid JSON (${(err as Error).message.split("\n")[0]})` };
  }
  const doc = toDocInput(value);
  return typeof doc === "string" ? { line, error: doc } : { line, doc };
}

/** Yields every non-blank line of FILE (or stdin) as a document or an error, in order. */
export async function* readJsonl(file: string | undefined): AsyncGenerator<JsonlItem> {
  const stream = file && file !== "-" ? createReadStream(file) : process.stdin;
  let pending: Buffer[] = [];
  let line = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      pending.push(chunk.subarray(from, nl));
      line++;
      const item = parseLine(Buffer.concat(pending), line);
      pending = [];
      if (item) yield item;
      from = nl + 1;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
  }
  if (pending.length) {
    const item = parseLine(Buffer.concat(pending), ++line);
    if (item) yield item;
  }
}
