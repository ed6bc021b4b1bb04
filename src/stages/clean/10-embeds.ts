/**
 * Embedded social posts: a signature line ("— Name (@handle) April 7, 2021") and the post text
 * just above it leave the body together as one removed[kind=embed] with author and date.
 */
import type { CleaningLexicon, Pattern } from "../../lexicon/cleaning.ts";
import { findFullDate } from "./date-text.ts";
import { isKept, type CleanState } from "./lines.ts";
import { passes, prefilter } from "./required-text.ts";

/** The embed lexicon with each signature's quick tests (see required-text.ts). */
export interface PreparedEmbeds {
  precedingLines: number;
  signatures: (Pattern & { needs: RegExp[] })[];
}

/** Reads once, at load, what text each signature needs. */
export function prepareEmbeds(lex: CleaningLexicon["embeds"]): PreparedEmbeds {
  return { precedingLines: lex.precedingLines, signatures: lex.signatures.map((p) => ({ ...p, needs: prefilter(p.re) })) };
}

/** Marks embed signatures and their posts. */
export function dropEmbeds(state: CleanState, lex: PreparedEmbeds): void {
  const { lines } = state;
  let group = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!isKept(lines[i])) continue;
    for (const sig of lex.signatures) {
      if (!passes(sig.needs, lines[i].text)) continue;
      const m = sig.re.exec(lines[i].text);
      if (!m) continue;
      group++;
      const author = m.groups?.author?.trim();
      const date = m.groups?.date ? findFullDate(m.groups.date)?.date : undefined;
      const drop = { kind: "embed" as const, rule: sig.id, group, ...(author ? { author } : {}), ...(date ? { date } : {}) };
      lines[i].drop = drop;
      // A signature that ends a line of post text has its post on that line already.
      let taken = m.index > 0 ? lex.precedingLines : 0;
      for (let j = i - 1; j >= 0 && taken < lex.precedingLines; j--) {
        if (lines[j].drop) break;
        if (!lines[j].text) continue;
        lines[j].drop = drop;
        taken++;
      }
      if (date) state.clues.push({ date, source: "embed", rule: sig.id });
      break;
    }
  }
}
