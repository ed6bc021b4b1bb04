/**
 * The clean stage's working state: the body as lines, each possibly marked for removal, plus
 * the outlet and date clues found on the way. The passes (10-embeds ... 60-headings) fill it.
 */
import type { DateClue } from "../../document.ts";
import type { Removed } from "../../types.ts";
import { unwrap } from "./05-unwrap.ts";

/** Why a line leaves the body. Lines sharing `group` become one removed entry (an embed). */
export interface Drop {
  kind: Removed["kind"];
  rule: string;
  author?: string;
  date?: string;
  group?: number;
}

/** One line of the body. */
export interface Line {
  text: string;
  drop?: Drop;
  heading?: boolean;
  /** The dateline was cut from this line (so it is body, never a heading). */
  dateline?: boolean;
}

/** Everything the passes share. */
export interface CleanState {
  lines: Line[];
  /** Removals inside kept lines (inline links, datelines). */
  inline: Removed[];
  outlet?: { name: string; rank: number };
  dateline?: string;
  clues: DateClue[];
}

/** Splits raw text into lines after normalising line ends and invisible characters and unwrapping hard-wrapped text. */
export function toLines(raw: string): Line[] {
  const text = raw.replace(/\r\n?/g, "\n").replace(/[\u00a0\u2007\u202f]/g, " ").replace(/[\u200b\u200c\u200d\ufeff\u2028\u2029]/g, (c) => (c === "\u2028" || c === "\u2029" ? "\n" : ""));
  return unwrap(text.split("\n")).map((l) => ({ text: l.replace(/\t/g, " ").trim() }));
}

/** True for a line still in the body and not blank. */
export const isKept = (l: Line): boolean => !l.drop && l.text.length > 0;

/** Offers an outlet; the lowest rank wins, the first found wins a tie. */
export function offerOutlet(state: CleanState, name: string | undefined, rank: number): void {
  const clean = name?.trim().replace(/[\s,.;:|-]+$/, "");
  if (!clean) return;
  if (!state.outlet || rank < state.outlet.rank) state.outlet = { name: clean, rank };
}
