/**
 * Reads the actors that the entities and coreference stages attached to a span of text.
 * The events engine never resolves names itself: it only looks up doc.mentions.
 */
import type { ArticleDoc } from "../../document.ts";
import type { Actor, Entity } from "../../types.ts";
import { dropBareCountries, type ActorAt } from "../coref/resolve.ts";
import { firstStartingAt } from "../../spans.ts";

/** A lookup of the actors mentioned in character spans of one document. */
export interface ActorIndex {
  /** Actors whose mentions overlap [start, end), in text order, one per entity. */
  inSpan(start: number, end: number): Actor[];
  /** True when a mention (of any entity, actor or place) starts exactly at this offset. */
  startsAt(offset: number): boolean;
  /** True when the offset lies inside a multi-word mention ("Red Cross"), not at its start. */
  insideName(offset: number): boolean;
  /** The place entity mentioned inside [start, end), if any. */
  placeIn(start: number, end: number): Entity | undefined;
}

/** Builds the index for one document (mentions sorted by start once). */
export function indexActors(doc: ArticleDoc): ActorIndex {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
  const starts = new Set(mentions.map((m) => m.start));
  // Entities without a mention list entry still count through their own mention spans.
  const spans = mentions.length ? mentions.map((m) => ({ start: m.start, end: m.end, entity: m.entity }))
    : doc.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e.id })));
  if (!mentions.length) for (const s of spans) starts.add(s.start);
  spans.sort((a, b) => a.start - b.start);
  const maxLen = spans.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  // Binary search to the first span that could reach `start`, then walk while spans begin before `end`.
  const overlapping = (start: number, end: number) => {
    const out: typeof spans = [];
    for (let i = firstStartingAt(spans, start - maxLen); i < spans.length && spans[i].start < end; i++) if (spans[i].end > start) out.push(spans[i]);
    return out;
  };
  return {
    inSpan(start, end) {
      const seen = new Set<string>();
      const out: ActorAt[] = [];
      for (const m of overlapping(start, end)) {
        const e = byId.get(m.entity);
        if (!e?.actor || e.kind === "place" || seen.has(e.id)) continue;
        seen.add(e.id);
        out.push({ start: m.start, end: m.end, actor: { ...e.actor, entity: e.actor.entity ?? e.id } });
      }
      return dropBareCountries(doc.text, out).map((a) => a.actor);
    },
    startsAt: (offset) => starts.has(offset),
    insideName: (offset) => overlapping(offset, offset + 1).some((m) => m.start < offset),
    placeIn(start, end) {
      for (const m of overlapping(start, end)) {
        const e = byId.get(m.entity);
        if (e && (e.kind === "place" || e.kind === "country") && e.geo) return e;
      }
      return undefined;
    },
  };
}
