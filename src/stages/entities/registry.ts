/**
 * The per-document entity store: drafts keyed by a normalised identity, mentions added with
 * their rule, canonical names kept as the longest full form, and actor codes derived.
 */
import type { ArticleDoc, Mention, MentionKind } from "../../document.ts";
import type { Actor, Entity, EntityKind } from "../../types.ts";

/** An entity being built, with what its actor code is made from. */
export interface Draft {
  entity: Entity;
  key: string;
  /** CAMEO sector from a role or organisation head ("GOV"). */
  sector?: string;
  /** A code fixed by a data file (IGO, dated people); wins over country + sector. */
  code?: string;
  /** The name has been seen in the text (not only taken from a dictionary). */
  named?: boolean;
  /** A capital used as its government ("Moscow said"). */
  metonym?: boolean;
}

/** The entity store of one document. */
export interface Registry {
  doc: ArticleDoc;
  drafts: Draft[];
  byKey: Map<string, Draft>;
}

/** A new, empty registry for a document. */
export function createRegistry(doc: ArticleDoc): Registry {
  return { doc, drafts: [], byKey: new Map() };
}

/** The draft for a key, created with `init` when new. */
export function draftFor(reg: Registry, key: string, kind: EntityKind, name: string): Draft {
  const old = reg.byKey.get(key);
  if (old) return old;
  const d: Draft = { key, entity: { id: `e${reg.drafts.length + 1}`, name, kind, mentions: [] } };
  reg.drafts.push(d);
  reg.byKey.set(key, d);
  return d;
}

/** Records a mention of a draft; a longer full name becomes the canonical name. */
export function addMention(
  reg: Registry, d: Draft, start: number, end: number, kind: MentionKind, rule: string, sentence: number,
): Mention {
  const m: Mention = { start, end, entity: d.entity.id, kind, sentence, rule };
  reg.doc.mentions.push(m);
  d.entity.mentions.push({ start, end });
  if (kind === "name") {
    const raw = reg.doc.text.slice(start, end);
    const surface = /\s\s|[\t\n]/.test(raw) ? raw.replace(/\s+/g, " ") : raw;
    if (!d.named || surface.length > d.entity.name.length) d.entity.name = surface;
    d.named = true;
  }
  return m;
}

/** Sets a country unless one was already stated; `stated` marks it as read from the text. */
export function setCountry(d: Draft, iso: string | undefined, stated: boolean): void {
  const e = d.entity;
  if (!iso || (e.country && (e.countryFrom === "text" || !stated))) return;
  e.country = iso;
  e.countryFrom = stated ? "text" : "home";
}

const HEAD = /^[A-Z]{3}$/;
const SECTOR_HEADS = new Set(["IGO", "NGO", "MNC", "IMG"]);

/** The CAMEO-style actor of a draft, or undefined when it is not (yet) a political actor. */
export function actorOf(d: Draft): Actor | undefined {
  const e = d.entity;
  // Plain literals, not spreads of a shared base: this runs for every entity of every article.
  // Key order (name, entity, code, country, sector) is part of the output.
  // A nationality read from the article beats a dated dictionary code.
  if (d.code && !(e.kind === "person" && e.countryFrom === "text")) {
    const head = d.code.slice(0, 3);
    const a: Actor = { name: e.name, entity: e.id, code: d.code };
    if (HEAD.test(head) && !SECTOR_HEADS.has(head)) a.country = head;
    if (d.code.length > 3) a.sector = d.code.slice(3, 6);
    return a;
  }
  if (e.kind === "other") return undefined;
  if (e.kind === "country" && e.country) return { name: e.name, entity: e.id, code: e.country, country: e.country };
  if (e.kind === "place") return d.metonym && e.country ? { name: e.name, entity: e.id, code: `${e.country}GOV`, country: e.country, sector: "GOV" } : undefined;
  if (d.sector === "NGO" || d.sector === "IGO") return { name: e.name, entity: e.id, code: d.sector, sector: d.sector };
  if (!e.country) return undefined;
  return d.sector ? { name: e.name, entity: e.id, code: `${e.country}${d.sector}`, country: e.country, sector: d.sector }
    : { name: e.name, entity: e.id, code: e.country, country: e.country };
}

/** Writes every draft's actor onto its entity and the entity list onto the document. */
export function publish(reg: Registry): void {
  for (const d of reg.drafts) {
    const actor = actorOf(d);
    if (actor) d.entity.actor = actor;
    else delete d.entity.actor;
  }
  reg.doc.entities = reg.drafts.map((d) => d.entity);
}
