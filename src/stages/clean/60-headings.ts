/**
 * Subheadings: short kept lines with no final punctuation ("Long legal battle"). They stay in
 * the body as their own sentence with heading: true, never merged into the next one.
 */
import type { CleaningLexicon } from "../../lexicon/cleaning.ts";
import { isKept, type CleanState } from "./lines.ts";

const HEADING_START = /^[\p{Lu}\p{N}]/u;

/** Marks heading lines. */
export function markHeadings(state: CleanState, lex: CleaningLexicon["headings"]): void {
  for (const line of state.lines) {
    if (!isKept(line) || line.dateline) continue;
    const t = line.text;
    if (t.length > lex.maxChars || lex.sentenceEnds.includes(t[t.length - 1])) continue;
    if (!HEADING_START.test(t)) continue;
    const words = t.split(/\s+/).length;
    if (words < lex.minWords || words > lex.maxWords) continue;
    if (t.endsWith("?") && words > lex.questionMaxWords) continue;
    line.heading = true;
  }
}
