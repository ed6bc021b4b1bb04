/**
 * Links that embeds leave inside kept lines (pic.twitter.com, t.co) are cut out of the line;
 * a line left empty is dropped.
 */
import type { CleaningLexicon } from "../../lexicon/cleaning.ts";
import { isKept, type CleanState } from "./lines.ts";

/** Cuts inline embed links from kept lines. */
export function cutInlineLinks(state: CleanState, inline: CleaningLexicon["embeds"]["inline"]): void {
  for (const line of state.lines) {
    if (!isKept(line)) continue;
    for (const p of inline) {
      const re = new RegExp(p.re.source, p.re.flags.includes("g") ? p.re.flags : `${p.re.flags}g`);
      if (!re.test(line.text)) continue;
      re.lastIndex = 0;
      line.text = line.text.replace(re, (found) => {
        state.inline.push({ kind: "boilerplate", text: found.trim(), rule: p.id });
        return "";
      }).trim();
    }
    if (!line.text) line.drop = { kind: "boilerplate", rule: "embed.link-only" };
  }
}
