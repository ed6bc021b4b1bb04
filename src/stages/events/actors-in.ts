/**
 * Reads the actors that the entities and coreference stages attached to a span of text.
 * The events engine never resolves names itself: it only looks up doc.mentions.
 */
import type { ArticleDoc, Token } from "../../document.ts";
import type { Actor, Entity } from "../../types.ts";
import { dropBareCountries, type ActorAt } from "../coref/resolve.ts";
import { firstStartingAt } from "../../spans.ts";

/** A lookup of the actors mentioned in character spans of one document. */
export interface ActorIndex {
  /** Actors whose mentions overlap [start, end), in text order, one per entity. */
  inSpan(start: number, end: number): Actor[];
  /** True when some actor's mention overlaps [start, end): inSpan of any part of it can only then be non-empty. */
  hasActorIn(start: number, end: number): boolean;
  /** True when a mention (of any entity, actor or place) starts exactly at this offset. */
  startsAt(offset: number): boolean;
  /** True when the offset lies inside a multi-word mention ("Red Cross"), not at its start. */
  insideName(offset: number): boolean;
  /** The place entity mentioned inside [start, end), if any. */
  placeIn(start: number, end: number): Entity | undefined;
}

/** The actors over tokens [from, to) of `toks` (none for an empty range). */
export function actorsOver(toks: Token[], actors: ActorIndex, from: number, to: number): Actor[] {
  return to > from ? actors.inSpan(toks[from].start, toks[to - 1].end) : [];
}

/** Builds the index for one document (mentions sorted by start once). */
export function indexActors(doc: ArticleDoc): ActorIndex {
  return new MentionIndex(doc);
}

/** A mention span with the entity it names. */
interface Spanned { start: number; end: number; entity: string }

// A class rather than an object of closures: one is built per document, and methods on the
// prototype cost nothing per instance (the loader names every closure it creates).
class MentionIndex implements ActorIndex {
  readonly #text: string;
  readonly #byId: Map<string, Entity>;
  readonly #starts: Set<number>;
  readonly #spans: Spanned[];
  readonly #maxLen: number;

  constructor(doc: ArticleDoc) {
    this.#text = doc.text;
    this.#byId = new Map(doc.entities.map((e) => [e.id, e]));
    const mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
    const starts = new Set(mentions.map((m) => m.start));
    // Entities without a mention list entry still count through their own mention spans.
    const spans = mentions.length ? mentions.map((m) => ({ start: m.start, end: m.end, entity: m.entity }))
      : doc.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e.id })));
    if (!mentions.length) for (const sp of spans) starts.add(sp.start);
    spans.sort((a, b) => a.start - b.start);
    this.#starts = starts;
    this.#spans = spans;
    this.#maxLen = spans.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  }

  // Binary search to the first span that could reach `start`, then walk while spans begin
  // before `end` (inline loops, not a shared helper returning an array: these run per predicate).
  inSpan(start: number, end: number): Actor[] {
    const spans = this.#spans;
    const seen = new Set<string>();
    const out: ActorAt[] = [];
    for (let i = firstStartingAt(spans, start - this.#maxLen); i < spans.length && spans[i].start < end; i++) {
      const m = spans[i];
      if (m.end <= start) continue;
      const e = this.#byId.get(m.entity);
      if (!e?.actor || e.kind === "place" || seen.has(e.id)) continue;
      seen.add(e.id);
      out.push({ start: m.start, end: m.end, actor: { ...e.actor, entity: e.actor.entity ?? e.id } });
    }
    if (!out.length) return [];
    return dropBareCountries(this.#text, out).map((a) => a.actor);
  }

  hasActorIn(start: number, end: number): boolean {
    const spans = this.#spans;
    for (let i = firstStartingAt(spans, start - this.#maxLen); i < spans.length && spans[i].start < end; i++) {
      const m = spans[i];
      if (m.end <= start) continue;
      const e = this.#byId.get(m.entity);
      if (e?.actor && e.kind !== "place") return true;
    }
    return false;
  }

  // An arrow property: the parse hands it on unbound as objectSpan's `starts` test.
  readonly startsAt = (offset: number): boolean => this.#starts.has(offset);

  insideName(offset: number): boolean {
    const spans = this.#spans;
    for (let i = firstStartingAt(spans, offset - this.#maxLen); i < spans.length && spans[i].start < offset; i++) if (spans[i].end > offset) return true;
    return false;
  }

  placeIn(start: number, end: number): Entity | undefined {
    const spans = this.#spans;
    for (let i = firstStartingAt(spans, start - this.#maxLen); i < spans.length && spans[i].start < end; i++) {
      const m = spans[i];
      if (m.end <= start) continue;
      const e = this.#byId.get(m.entity);
      if (e && (e.kind === "place" || e.kind === "country") && e.geo) return e;
    }
    return undefined;
  }
}
