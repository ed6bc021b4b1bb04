/**
 * Picks the speaker inside the subject tokens of an attribution verb. Entities come from
 * `doc.mentions` (entities + coreference); a person outranks an organisation or state, which
 * outranks a possessive owner ("The European Union's delegation"), which outranks a place.
 * Without a mention, a proper-noun run or a pronoun is kept by its surface form.
 */
import type { ArticleDoc, Mention } from "../../document.ts";
import type { Entity } from "../../types.ts";
import type { Range } from "./clause.ts";

/** A speaker found in the text: an entity when one is linked, else a surface name. */
export interface Speaker {
  entity?: Entity;
  name: string;
  start: number;
  end: number;
  /** A personal pronoun no entity was linked to. */
  pronoun?: "m" | "f" | "n";
  rule: string;
}

const PRONOUNS: Record<string, "m" | "f" | "n"> = { he: "m", she: "f", they: "n", it: "n", we: "n" };
const POSSESSIVE = /^\s*['’]s?\b/;

function rank(e: Entity, possessive: boolean, modifier: boolean): number {
  // "The Russian foreign minister": the demonym names the minister's country, not the speaker.
  if (modifier) return 6;
  if (e.kind === "place") return 5;
  if (possessive) return e.kind === "person" ? 6 : 3;
  return e.kind === "person" ? 0 : 1;
}

/** The best speaker inside the token ranges, or undefined. */
export function pickSpeaker(doc: ArticleDoc, ranges: Range[], byId: ReadonlyMap<string, Entity>): Speaker | undefined {
  let best: { s: Speaker; r: number } | undefined;
  for (const [from, to] of ranges) {
    if (from >= to) continue;
    const start = doc.tokens[from].start;
    const end = doc.tokens[to - 1].end;
    for (const m of mentionsIn(doc.mentions, start, end)) {
      const e = byId.get(m.entity);
      if (!e) continue;
      const possessive = m.kind === "possessive" || POSSESSIVE.test(doc.text.slice(m.end, m.end + 3));
      const r = rank(e, possessive, m.kind === "demonym" && end > m.end);
      if (r < 6 && (!best || r < best.r || (r === best.r && m.start < best.s.start))) {
        best = { s: { entity: e, name: e.name, start: m.start, end: m.end, rule: `speaker.mention.${m.kind}` }, r };
      }
    }
  }
  return best?.s ?? surfaceSpeaker(doc, ranges);
}

function mentionsIn(mentions: Mention[], start: number, end: number): Mention[] {
  return mentions.filter((m) => m.start >= start && m.end <= end);
}

/** No linked mention: the first non-possessive proper-noun run, else a personal pronoun. */
function surfaceSpeaker(doc: ArticleDoc, ranges: Range[]): Speaker | undefined {
  const t = doc.tokens;
  for (const [from, to] of ranges) {
    for (let i = from; i < to; i++) {
      const pron = PRONOUNS[t[i].lower];
      if (pron && t[i].pos === "PRON") return { name: t[i].text, start: t[i].start, end: t[i].end, pronoun: pron, rule: "speaker.surface.pronoun" };
      if (t[i].pos !== "PROPN") continue;
      let j = i;
      while (j + 1 < to && t[j + 1].pos === "PROPN") j++;
      if (t[j + 1]?.pos === "PART" && /^['’]s$/.test(t[j + 1].lower)) {
        i = j;
        continue;
      }
      return { name: doc.text.slice(t[i].start, t[j].end), start: t[i].start, end: t[j].end, rule: "speaker.surface.proper-noun" };
    }
  }
  return undefined;
}
