/**
 * The mentions coreference can point back to, by sentence, kept in text order and extended
 * as links are made (so "he ... he" chains). Knows which mentions are sentence subjects.
 */
import type { ArticleDoc, Mention, MentionKind } from "../../document.ts";
import type { Entity } from "../../types.ts";

/** Antecedent index of one document. */
export interface Antecedents {
  doc: ArticleDoc;
  byId: Map<string, Entity>;
  bySentence: Mention[][];
  /** Token index of the first verb of each sentence (or the sentence end). */
  firstVerb: number[];
  /** First words of role phrases (the lexicon's roleLengths): most tokens can skip the role lookup. */
  roleFirst: ReadonlyMap<string, number>;
  /** Role phrases cut before a space ("foreign" of "foreign minister"): a longer role may follow. */
  rolePrefixes: Set<string>;
  /** Lower-cased words of entity names, by name, as read by "the fund"-style descriptions. */
  nameWords: Map<string, string[]>;
}

/** Builds the index from the entities stage's mentions. */
export function indexAntecedents(doc: ArticleDoc, roleFirst: ReadonlyMap<string, number>, rolePrefixes: Set<string>): Antecedents {
  const bySentence: Mention[][] = doc.sentences.map(() => []);
  for (const m of doc.mentions) bySentence[m.sentence]?.push(m);
  for (const list of bySentence) list.sort((a, b) => a.start - b.start);
  const firstVerb = doc.sentenceTokens.map(([a, b]) => {
    for (let i = a; i < b; i++) if (doc.tokens[i].pos === "VERB" || doc.tokens[i].pos === "AUX") return i;
    return b;
  });
  return { doc, byId: new Map(doc.entities.map((e) => [e.id, e])), bySentence, firstVerb, roleFirst, rolePrefixes, nameWords: new Map() };
}

/**
 * True when a mention sits before its sentence's first verb: the (grammatical) subject. A
 * possessor ("Peru's" in "Peru's Congress rejected") is not the subject's head.
 */
export function isSubject(ant: Antecedents, m: Mention): boolean {
  const v = ant.doc.tokens[ant.firstVerb[m.sentence]];
  if (/^['’]s?\b/.test(ant.doc.text.slice(m.end, m.end + 2))) return false;
  return !v || m.end <= v.start;
}

/** Links [start, end) to an entity with a coreference rule, in doc.mentions and the entity. */
export function link(ant: Antecedents, e: Entity, start: number, end: number, sentence: number, kind: MentionKind, rule: string): Mention {
  const m: Mention = { start, end, entity: e.id, kind, sentence, rule };
  ant.doc.mentions.push(m);
  e.mentions.push({ start, end });
  const list = ant.bySentence[sentence];
  let i = list.length;
  while (i > 0 && list[i - 1].start > start) i--;
  list.splice(i, 0, m);
  return m;
}

/** A new entity made by coreference (a description with no named antecedent). */
export function newEntity(ant: Antecedents, e: Omit<Entity, "id" | "mentions">): Entity {
  const entity: Entity = { id: `e${ant.doc.entities.length + 1}`, mentions: [], ...e };
  ant.doc.entities.push(entity);
  ant.byId.set(entity.id, entity);
  return entity;
}

/**
 * Walks back from a position: the current sentence's mentions before `pos`, then earlier
 * sentences, up to `maxBack` sentences, skipping headings (or stopping at one when `barrier`:
 * a pronoun does not reach back over a subheading). Calls `pick` with each sentence's
 * candidate mentions (text order); the first non-undefined answer wins.
 */
export function lookBack<T>(
  ant: Antecedents, sentence: number, pos: number, maxBack: number,
  pick: (ms: Mention[], s: number) => T | undefined, barrier = false,
): T | undefined {
  for (let s = sentence; s >= 0 && s >= sentence - maxBack; s--) {
    if (ant.doc.sentences[s]?.heading) { if (barrier) return undefined; continue; }
    const all = ant.bySentence[s];
    const ms = s < sentence ? all : all.filter((m) => m.end <= pos);
    if (!ms.length) continue;
    const got = pick(ms, s);
    if (got !== undefined) return got;
  }
  return undefined;
}
