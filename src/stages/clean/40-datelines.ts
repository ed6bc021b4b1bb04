/**
 * Datelines ("NEW DELHI:", "ASUNCION, July 4 (Xinhua) --", "New York (dpa) -") are cut from
 * the start of the first paragraph, which stays; place, date and agency become metadata.
 */
import type { CleaningLexicon } from "../../lexicon/cleaning.ts";
import { findMonthDay } from "./date-text.ts";
import { isKept, offerOutlet, type CleanState } from "./lines.ts";

/** Outlet rank of an agency named in the dateline (the strongest evidence). */
const DATELINE_RANK = 1;

/** Finds and cuts the dateline from one of the first kept lines. */
export function cutDateline(state: CleanState, lex: CleaningLexicon["datelines"]): void {
  let seen = 0;
  for (const line of state.lines) {
    if (!isKept(line)) continue;
    if (++seen > lex.searchLines) return;
    for (const p of lex.patterns) {
      const m = p.re.exec(line.text);
      if (!m) continue;
      const place = m.groups?.place?.trim();
      const upper = place?.toUpperCase();
      if (upper && lex.notPlaces.has(upper)) continue;
      const cut = m[0];
      line.text = line.text.slice(cut.length).trim();
      line.dateline = true;
      if (place) state.dateline = place;
      const outlet = m.groups?.outlet;
      offerOutlet(state, outlet, DATELINE_RANK);
      const date = m.groups?.date ? findMonthDay(m.groups.date) : undefined;
      if (date) state.clues.push({ date: date.date, source: "dateline", rule: p.id });
      state.inline.push({ kind: outlet ? "credit" : "boilerplate", text: cut.trim(), rule: p.id });
      return;
    }
  }
}
