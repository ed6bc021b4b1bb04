/**
 * Bare timestamp lines ("Thursday, 26 June 2025 - 08:42 PM", "KYODO NEWS - Aug 11, 2025 - 20:47
 * | World, All"): a dated or timed line with only a few other words. Removed as boilerplate; the
 * date is a publication-date clue unless an "Updated" label says otherwise.
 */
import type { CleaningLexicon } from "../../lexicon/cleaning.ts";
import { allFullDates } from "./date-text.ts";
import { isKept, type CleanState } from "./lines.ts";

const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\b\d{1,2}(?:\.\d{2})?\s*[ap]\.?m\.?(?![a-z])|\b\d{1,2}\.\d{2}(?=\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|IST|JST|PKT|PHT|ET|hrs)\b)/gi;
const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi;
const DIGIT = /\d/;
const NON_WORD = /[^\p{L}\p{N}.]+/u;
const LOWER_WORD = /^\p{Ll}{3,}$/u;
const RULE = "timestamp.line";
const RULE_UPDATED = "timestamp.updated-line";

/** Removes timestamp lines and records their dates. */
export function dropTimestamps(state: CleanState, lex: CleaningLexicon["timestamps"]): void {
  const labels = new Set(lex.labels);
  for (const line of state.lines) {
    if (!isKept(line) || line.text.length > lex.maxChars || /[.!?]$/.test(line.text) && !/\b[ap]\.m\.$/i.test(line.text)) continue;
    // Every full date and clock time has a digit; most lines have none and skip the date scans.
    if (!DIGIT.test(line.text)) continue;
    const dates = allFullDates(line.text);
    TIME.lastIndex = 0;
    const hasTime = TIME.test(line.text);
    if (!dates.length && !hasTime) continue;
    let rest = line.text;
    for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + " " + rest.slice(d.index + d.length);
    rest = rest.replace(TIME, " ").replace(WEEKDAY, " ");
    // "Published: X | Updated: Y" dates the story by X; "TNN | Updated: Y" only says when it changed.
    const before = line.text.slice(0, dates[0]?.index ?? line.text.length).toLowerCase();
    const updated = lex.updatedLabels.some((u) => before.includes(u)) && !/\b(?:published|posted|first published)\b/.test(before);
    const words = rest.split(NON_WORD).filter((w) => w && !labels.has(w.toLowerCase()) && !/^\d+$/.test(w));
    // Mastheads and section names are capitalised; lower-case words mean a sentence fragment.
    if (words.length > lex.maxResidueWords || words.some((w) => LOWER_WORD.test(w))) continue;
    // Without a clock time only a bare date counts: "Summit on June 26, 2024" may be a subheading.
    if (!hasTime && words.length > 0) continue;
    line.drop = { kind: "boilerplate", rule: updated ? RULE_UPDATED : RULE };
    if (dates.length) state.clues.push({ date: dates[0].date, source: updated ? "updated" : "timestamp", rule: line.drop.rule });
  }
}
