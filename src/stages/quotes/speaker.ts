/**
 * Picks the speaker inside the subject tokens of an attribution verb. Entities come from
 * `doc.mentions` (entities + coreference); a person outranks an organisation or state, which
 * outranks a possessive owner ("The European Union's delegation"), which outranks a place.
 * Without a mention, a proper-noun run or a pronoun is kept by its surface form.
 */
import type { ArticleDoc, Mention } from "../../document.ts";
import type { Entity } from "../../types.ts";
import type { Range } from "./clause.ts";
import { firstStartingAt } from "../../spans.ts";

/** A speaker found in the text: an entity when one is linked, else a surface name. */
export interface Speaker {
  entity?: Entity;
  name: string;
  start: number;
  end: number;
  /** The speaker is a personal pronoun (linked to `entity` by coreference, or not). */
  pronoun?: "m" | "f" | "n";
  /** A definite description no entity was linked to ("the Russian foreign minister"). */
  description?: { head: string; country?: string };
  rule: string;
}

const PRONOUNS: Record<string, "m" | "f" | "n"> = { he: "m", she: "f", they: "n", it: "n", we: "n" };
const POSSESSIVE = /^\s*['’]s?\b/;
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "its", "their", "our", "my", "your"]);

function rank(e: Entity, possessive: boolean, modifier: boolean): number {
  // "The Russian foreign minister": the demonym names the minister's country, not the speaker.
  if (modifier) return 6;
  // A place is where something was said, not who said it ("traders in Frankfurt said").
  if (e.kind === "place") return 6;
  if (possessive) return e.kind === "person" ? 6 : 3;
  return e.kind === "person" ? 0 : 1;
}

/** The best speaker inside the token ranges, or undefined. */
export function pickSpeaker(doc: ArticleDoc, ranges: Range[], byId: ReadonlyMap<string, Entity>, mentions: readonly Mention[], speakerNouns: ReadonlySet<string>): Speaker | undefined {
  let best: { s: Speaker; r: number } | undefined;
  const seen: Mention[] = [];
  let country: string | undefined;
  for (const [from, to] of ranges) {
    if (from >= to) continue;
    const start = doc.tokens[from].start;
    const end = doc.tokens[to - 1].end;
    for (const m of mentionsIn(mentions, start, end)) {
      const e = byId.get(m.entity);
      if (!e) continue;
      const possessive = m.kind === "possessive" || POSSESSIVE.test(doc.text.slice(m.end, m.end + 3))
        || POSSESSIVE_PRONOUNS.has(doc.text.slice(m.start, m.end).toLowerCase());
      seen.push(m);
      const modifier = m.kind === "demonym" && end > m.end;
      if (modifier) country ??= e.country ?? e.actor?.country;
      // A name in an appositive outranks the description it explains ("A spokesman ..., Ned Price,").
      const r = rank(e, possessive, modifier) + (m.kind === "description" ? 0.5 : 0);
      if (r < 6 && (!best || r < best.r || (r === best.r && m.start < best.s.start))) {
        const pronoun = PRONOUNS[doc.text.slice(m.start, m.end).toLowerCase()];
        const s: Speaker = { entity: e, name: e.name, start: m.start, end: m.end, rule: `speaker.mention.${m.kind}` };
        best = { s: pronoun ? { ...s, pronoun } : s, r };
      }
    }
  }
  return best?.s ?? surfaceSpeaker(doc, ranges, seen, country, speakerNouns);
}

/** Mentions inside [start, end); `mentions` is sorted by start. */
function mentionsIn(mentions: readonly Mention[], start: number, end: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstStartingAt(mentions, start); i < mentions.length && mentions[i].start < end; i++) if (mentions[i].end <= end) out.push(mentions[i]);
  return out;
}

/**
 * No usable mention: the first non-possessive proper-noun run outside the mentions already
 * weighed, a personal pronoun, or a definite description ("the Russian foreign minister").
 */
function surfaceSpeaker(doc: ArticleDoc, ranges: Range[], seen: Mention[], country: string | undefined, speakerNouns: ReadonlySet<string>): Speaker | undefined {
  const t = doc.tokens;
  for (const [from, to] of ranges) {
    for (let i = from; i < to; i++) {
      if (seen.some((m) => t[i].start >= m.start && t[i].end <= m.end)) continue;
      if (t[i].pos === "DET" && /^(the|this|that)$/.test(t[i].lower)) {
        const d = description(doc, i, to, country, speakerNouns);
        if (d) return d;
      }
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

/** "the (Russian) foreign minister": the head noun of a definite noun phrase. */
function description(doc: ArticleDoc, det: number, to: number, country: string | undefined, speakerNouns: ReadonlySet<string>): Speaker | undefined {
  const t = doc.tokens;
  let j = det + 1;
  while (j < to && ["ADJ", "NOUN", "PROPN"].includes(t[j].pos)) j++;
  const head = t[j - 1];
  if (j === det + 1 || head.pos !== "NOUN" || !speakerNouns.has(head.lower)) return undefined;
  return {
    name: doc.text.slice(t[det].start, head.end),
    start: t[det].start,
    end: head.end,
    description: country ? { head: head.lower, country } : { head: head.lower },
    rule: "speaker.surface.description",
  };
}
