/**
 * The invariants every coded document must satisfy, whatever its input: the coder does not
 * throw, no stage fails, the record matches the schema, every offset is in range, and coding
 * stays inside the time budget.
 */
import type { Coder } from "../../src/coder.ts";
import { validateCodedArticle } from "../../src/schema.ts";
import type { DocInput } from "../../src/types.ts";

/** How many cases each property runs, scaled by DYAD_FUZZ_SCALE (e.g. 0.1 while iterating, 10 overnight). */
export function runs(base: number): number {
  const scale = Number(process.env.DYAD_FUZZ_SCALE ?? "1");
  return Math.max(1, Math.round(base * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/** Codes one input and lists every broken invariant (empty when the output is sound). */
export function codingProblems(coder: Coder, input: DocInput): string[] {
  let article;
  try {
    article = coder.code(input);
  } catch (err) {
    return [`coder threw: ${err instanceof Error ? err.stack ?? err.message : String(err)}`];
  }
  const problems = validateCodedArticle(article);
  for (const m of article.messages ?? []) {
    if (m.rule === "limits.stage-error" || m.rule === "limits.time-budget") problems.push(`${m.stage}: ${m.text}`);
  }
  if (article.text.includes("\u0000")) problems.push("text holds a NUL character, which PostgreSQL cannot store");
  const json = JSON.stringify(article);
  if (JSON.stringify(JSON.parse(json)) !== json) problems.push("record does not survive a JSON round trip");
  return problems;
}

/** Shortens an input for a failure message, showing hidden characters. */
export function preview(s: string, max = 300): string {
  return JSON.stringify(s.length > max ? `${s.slice(0, max)}… (${s.length} chars)` : s);
}
