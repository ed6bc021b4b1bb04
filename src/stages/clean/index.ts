/**
 * The clean stage: strips boilerplate from doc.raw line by line (embeds, link lines, credits,
 * timestamps, captions, datelines, inline embed links), records every decision in
 * doc.removed with its rule id, marks subheadings, and sets doc.text to the kept lines joined
 * with "\n". Outlet and date clues go to doc.meta and doc.dateClues.
 */
import { report, type Stage } from "../../document.ts";
import type { CleaningLexicon } from "../../lexicon/cleaning.ts";
import type { Removed } from "../../types.ts";
import { dropEmbeds, prepareEmbeds } from "./10-embeds.ts";
import { dropRuleLines, prepareLineRules } from "./20-line-rules.ts";
import { dropTimestamps } from "./30-timestamps.ts";
import { cutDateline } from "./40-datelines.ts";
import { cutInlineLinks, globalPatterns } from "./50-inline.ts";
import { markHeadings } from "./60-headings.ts";
import { isKept, toLines, type CleanState, type Line } from "./lines.ts";

/** Removed entries in line order; the lines of one embed become one entry. */
function removedFrom(lines: Line[]): Removed[] {
  const out: Removed[] = [];
  let lastGroup: number | undefined;
  for (const line of lines) {
    const d = line.drop;
    if (!d || !line.text) continue;
    if (d.group !== undefined && d.group === lastGroup) {
      out[out.length - 1].text += `\n${line.text}`;
      continue;
    }
    lastGroup = d.group;
    const entry: Removed = { kind: d.kind, text: line.text, rule: d.rule };
    if (d.author) entry.author = d.author;
    if (d.date) entry.date = d.date;
    out.push(entry);
  }
  return out;
}

/** Creates the clean stage over the cleaning lexicon. */
export function createClean(lex: CleaningLexicon): Stage {
  const inlineLinks = globalPatterns(lex.embeds.inline);
  const lineRules = prepareLineRules(lex.lines);
  const embeds = prepareEmbeds(lex.embeds);
  return (doc) => {
    const state: CleanState = { lines: toLines(doc.raw), inline: [], clues: [] };
    dropEmbeds(state, embeds);
    dropRuleLines(state, lineRules);
    dropTimestamps(state, lex.timestamps);
    cutDateline(state, lex.datelines);
    cutInlineLinks(state, inlineLinks);
    markHeadings(state, lex.headings);

    const kept = state.lines.filter(isKept);
    const headings: { start: number; end: number }[] = [];
    let offset = 0;
    for (const line of kept) {
      if (line.heading) headings.push({ start: offset, end: offset + line.text.length });
      offset += line.text.length + 1;
    }
    doc.text = kept.map((l) => l.text).join("\n");
    doc.headings = headings;
    doc.removed = [...doc.removed, ...removedFrom(state.lines), ...state.inline];
    doc.dateClues = [...(doc.dateClues ?? []), ...state.clues];
    if (state.dateline) doc.meta.dateline = state.dateline;
    if (state.outlet && !doc.meta.outlet) doc.meta.outlet = state.outlet.name;
    if (doc.raw.trim() && !doc.text) report(doc, "clean", "every line of the input was removed as boilerplate", "warn", "clean.empty-body");
  };
}
