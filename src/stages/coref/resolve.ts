/**
 * Read-only helpers other stages use to ask "who is this span?" once entities and
 * coreference have run. They only read `doc.mentions` and `doc.entities`.
 */
import type { ArticleDoc } from "../../document.ts";
import type { Actor, Entity } from "../../types.ts";

function entityById(doc: ArticleDoc): Map<string, Entity> {
  const byId = new Map<string, Entity>();
  for (const e of doc.entities) byId.set(e.id, e);
  return byId;
}

/**
 * Actors of the entities whose mentions fall inside [start, end), in text order, deduped by
 * code. A mention that stands for several entities ("the two countries", "They") yields all.
 */
export function actorsInSpan(doc: ArticleDoc, start: number, end: number): Actor[] {
  const byId = entityById(doc);
  const inside = doc.mentions
    .filter((m) => m.start >= start && m.end <= end)
    .sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const out: Actor[] = [];
  for (const m of inside) {
    const actor = byId.get(m.entity)?.actor;
    if (!actor || seen.has(actor.code)) continue;
    seen.add(actor.code);
    out.push(actor);
  }
  return out;
}

/**
 * The entity mentioned exactly at [start, end), or else the one whose mention covers or best
 * overlaps the span (the longest overlap wins), or undefined.
 */
export function entityAt(doc: ArticleDoc, start: number, end: number): Entity | undefined {
  let best: { id: string; overlap: number; exact: boolean } | undefined;
  for (const m of doc.mentions) {
    const overlap = Math.min(end, m.end) - Math.max(start, m.start);
    if (overlap <= 0) continue;
    const exact = m.start === start && m.end === end;
    if (!best || (exact && !best.exact) || (exact === best.exact && overlap > best.overlap)) {
      best = { id: m.entity, overlap, exact };
    }
  }
  return best ? entityById(doc).get(best.id) : undefined;
}
