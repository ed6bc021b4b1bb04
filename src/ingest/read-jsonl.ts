/** JSON Lines: one document object a line (`text` or `html`, plus optional id/url/title/published/outlet). */
import { readLines } from "../read-lines.ts";
import { isoDay, type SourceItem } from "./source.ts";

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v : undefined);

/** Parses one line into a document, or says what is wrong with it. */
export function parseJsonlLine(line: string, source: string): SourceItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { source, error: `not JSON (${(err as Error).message})` };
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return { source, error: "not a JSON object" };
  const o = value as Record<string, unknown>;
  const text = str(o.text) ?? str(o.body) ?? str(o.content);
  const html = str(o.html);
  if (!text && !html) return { source, error: "no text or html field" };
  return {
    source,
    input: {
      id: typeof o.id === "string" || typeof o.id === "number" ? String(o.id) : undefined,
      text: html ? undefined : text,
      html,
      url: str(o.url),
      title: str(o.title),
      published: isoDay(o.published ?? o.date),
      outlet: str(o.outlet) ?? str(o.source),
    },
  };
}

/** Streams the documents of a JSON Lines file; blank lines are ignored. */
export async function* readJsonl(path: string): AsyncGenerator<SourceItem> {
  let n = 0;
  for (const line of readLines(path)) {
    n += 1;
    if (line.trim()) yield parseJsonlLine(line, `${path}:${n}`);
  }
}
