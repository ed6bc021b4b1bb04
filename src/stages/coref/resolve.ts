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
  const found: ActorAt[] = [];
  for (const m of inside) {
    const actor = byId.get(m.entity)?.actor;
    if (!actor || seen.has(actor.code)) continue;
    seen.add(actor.code);
    found.push({ start: m.start, end: m.end, actor });
  }
  return dropBareCountries(doc.text, found).map((f) => f.actor);
}

/** An actor with the offsets of the mention it was read from. */
export interface ActorAt { start: number; end: number; actor: Actor }

// Only modifiers may stand between "Russian" and "police" for them to be one phrase.
const SAME_PHRASE = /^(?:'s|\u2019s)?(?:\s+[\w-]+){0,3}\s+$/;
const JOINS = /\b(?:and|or|nor|with|against|by|to|of|in|on|from|for|than|but|after|before)\b/i;

/** True when `n` has a more specific code of country `code` ("RUSCOP" for "RUS"). */
function narrower(n: ActorAt, code: string): boolean {
  return n.actor.code.length > 3 && n.actor.code.startsWith(code);
}

/**
 * Drops a bare country code ("RUS" from "Russian") when the next mention in the same noun
 * phrase gives a more specific code of that country ("RUSCOP" from "police"): "Russian riot
 * police" is one actor, not two; so does a narrower mention that contains it. Items must be in
 * text order.
 */
export function dropBareCountries(text: string, items: ActorAt[]): ActorAt[] {
  // A lone actor has nothing narrower beside it (the common case, so skip the scans).
  if (items.length < 2) return items.slice();
  return items.filter((it, i) => {
    const code = it.actor.code;
    if (code.length !== 3) return true;
    if (items.some((n) => n !== it && narrower(n, code) && n.start <= it.start && n.end >= it.end)) return false;
    let next: ActorAt | undefined;
    for (let j = i + 1; j < items.length && !next; j++) if (items[j].start >= it.end) next = items[j];
    if (!next || !narrower(next, code)) return true;
    const between = text.slice(it.end, next.start);
    return !(SAME_PHRASE.test(between) || between === "") || JOINS.test(between);
  });
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
