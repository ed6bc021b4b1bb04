/**
 * Links that embeds leave inside kept lines (pic.twitter.com, t.co) are cut out of the line;
 * a line left empty is dropped.
 */
import type { CleaningLexicon, Pattern } from "../../lexicon/cleaning.ts";
import { isKept, type CleanState } from "./lines.ts";

/** The inline patterns made global once, so `replace` cuts every occurrence in a line. */
export function globalPatterns(inline: CleaningLexicon["embeds"]["inline"]): Pattern[] {
  return inline.map((p) => ({ id: p.id, re: new RegExp(p.re.source, p.re.flags.includes("g") ? p.re.flags : `${p.re.flags}g`) }));
}

/** Cuts inline embed links (patterns from `globalPatterns`) from kept lines. */
export function cutInlineLinks(state: CleanState, inline: readonly Pattern[]): void {
  for (const line of state.lines) {
    if (!isKept(line)) continue;
    for (const p of inline) {
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
