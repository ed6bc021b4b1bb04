/**
 * Links that embeds leave inside kept lines (pic.twitter.com, t.co) are cut out of the line;
 * a line left empty is dropped.
 */
import type { CleaningLexicon, Pattern } from "../../lexicon/cleaning.ts";
import { isKept, type CleanState } from "./lines.ts";
import { passes, prefilter } from "./required-text.ts";

/** An inline pattern made global, with the quick tests a line must pass first (required-text.ts). */
export interface GlobalPattern extends Pattern {
  needs: RegExp[];
}

/** The inline patterns made global once, so `replace` cuts every occurrence in a line. */
export function globalPatterns(inline: CleaningLexicon["embeds"]["inline"]): GlobalPattern[] {
  return inline.map((p) => ({
    id: p.id,
    re: new RegExp(p.re.source, p.re.flags.includes("g") ? p.re.flags : `${p.re.flags}g`),
    needs: prefilter(p.re),
  }));
}

/** Cuts inline embed links (patterns from `globalPatterns`) from kept lines. */
export function cutInlineLinks(state: CleanState, inline: readonly GlobalPattern[]): void {
  for (const line of state.lines) {
    if (!isKept(line)) continue;
    for (const p of inline) {
      if (!passes(p.needs, line.text)) continue;
      // A global pattern resumes from lastIndex; every line is searched from its start.
      p.re.lastIndex = 0;
      if (!p.re.test(line.text)) continue;
      p.re.lastIndex = 0;
      line.text = line.text.replace(p.re, (found) => {
        state.inline.push({ kind: "boilerplate", text: found.trim(), rule: p.id });
        return "";
      }).trim();
    }
    if (!line.text) line.drop = { kind: "boilerplate", rule: "embed.link-only" };
  }
}
