/**
 * Whole-line boilerplate rules from data/cleaning/lines.yaml: read-more links, credits and
 * bylines (offering the outlet), timestamp lines (offering dates), captions and page furniture.
 * A block header ("Related coverage:") also takes the unpunctuated headline lines under it.
 */
import type { CleaningLexicon, LineRule } from "../../lexicon/cleaning.ts";
import { findFullDate, fromYymmdd } from "./date-text.ts";
import { isKept, offerOutlet, type CleanState } from "./lines.ts";
import { passes, prefilter } from "./required-text.ts";

/** A line rule with the text a line needs before its pattern is worth trying. */
export interface PreparedRule {
  rule: LineRule;
  /** Tests a line must pass before the rule's pattern is tried. */
  needs: RegExp[];
}

/** Most headline lines a block header can take. */
const MAX_BLOCK = 8;
const SENTENCE_END = /[.!"”]$/;

function takeDate(state: CleanState, rule: LineRule, text: string, groups: Record<string, string> | undefined): void {
  if (rule.date === "id") {
    const date = groups?.yymmdd ? fromYymmdd(groups.yymmdd) : undefined;
    if (date) state.clues.push({ date, source: "id", rule: rule.id });
    return;
  }
  const found = findFullDate(text);
  if (!found) return;
  if (rule.date) state.clues.push({ date: found.date, source: rule.date === "updated" ? "updated" : "timestamp", rule: rule.id });
  else if (rule.id.startsWith("caption.")) state.clues.push({ date: found.date, source: "caption", rule: rule.id });
}

/** Reads once, at load, what text each rule needs (see required-text.ts). */
export function prepareLineRules(rules: CleaningLexicon["lines"]): PreparedRule[] {
  return rules.map((rule) => ({ rule, needs: prefilter(rule.re) }));
}

/** Applies the line rules (from `prepareLineRules`), in order, to every kept line. */
export function dropRuleLines(state: CleanState, rules: readonly PreparedRule[]): void {
  const { lines } = state;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!isKept(line)) continue;
    for (const { rule, needs } of rules) {
      if (!passes(needs, line.text)) continue;
      const m = rule.re.exec(line.text);
      if (!m) continue;
      line.drop = { kind: rule.kind, rule: rule.id };
      if (rule.outletRank !== undefined) offerOutlet(state, m.groups?.outlet, rule.outletRank);
      takeDate(state, rule, line.text, m.groups);
      if (rule.block) i = dropBlock(state, i, rule);
      break;
    }
  }
}

/** Drops the headline lines after a block header; returns the last index it looked at. */
function dropBlock(state: CleanState, header: number, rule: LineRule): number {
  const { lines } = state;
  let taken = 0;
  let i = header + 1;
  for (; i < lines.length && taken < MAX_BLOCK; i++) {
    const line = lines[i];
    if (!line.text || line.drop) continue;
    if (SENTENCE_END.test(line.text) || line.text.split(/\s+/).length > 20) break;
    line.drop = { kind: rule.kind, rule: `${rule.id}.item` };
    taken++;
  }
  return i - 1;
}
