/**
 * What the entities stage carries while it reads one document, and the small lookups on it:
 * the phrase under a token range, role phrases, country cues.
 */
import type { NounTagged } from "../../noun-tagged.ts";
import type { ArticleDoc } from "../../document.ts";
import type { Chunk } from "./chunk.ts";
import type { ActorLexicon, RoleInfo } from "../../lexicon/actors.ts";
import { isAscii, normKey, type Gazetteer } from "./gazetteer.ts";
import type { Draft, Registry } from "./registry.ts";

/** A role applied to a name from the words before it, remembered for "X and Y". */
export interface AppliedRole {
  lastToken: number;
  role: string;
  info: RoleInfo;
  country?: string;
  affiliation?: Draft;
}

/** Per-document working state of the entities stage. */
export interface Ctx {
  doc: ArticleDoc;
  lex: ActorLexicon;
  gaz: Gazetteer;
  reg: Registry;
  /** The draft a name ending at token i stands for (possessives, apposition, acronyms), by token index. */
  byLastToken: (Draft | undefined)[];
  /** 1 at the indexes of tokens covered by name chunks (arrays: these are read per token). */
  inChunk: Uint8Array;
  /** Short forms seen so far -> their entity: persons' last names, acronyms given in brackets. */
  surnames: Map<string, Draft>;
  /** Suffixes of organisation heads and organisation roles: orgSector's pre-check on a last word. */
  orgHeadSuffixes: Set<string>;
  /** Prefixes of known organisation names: classifyRange's pre-check before slicing leads. */
  orgPrefixes: Set<string>;
  /** Normalised text of multi-token ranges, by `a * 32 + (b - a)` (see keyOf). */
  keys: Map<number, string>;
  /** roleAt answers by start token and window (the same spans are asked about several times). */
  roleMemo: Map<number, { end: number; info: RoleInfo } | null>;
  lastRole?: AppliedRole;
  /** A title chunk waiting for its name a few words on ("Ambassador to the Philippines X"). */
  pendingTitle?: AppliedRole;
  /** Nationalities read after "ethnic", registered as groups once all countries are known. */
  ethnic: { chunk: Chunk; iso: string }[];
  /** Past-tense verbs the tagger reads as nouns: "troops shot dead" keeps "troops" a head noun. */
  nounTagged?: NounTagged;
}

const LOWER_START = /^\p{Ll}/u;

/** True when a word starts with a lower-case letter (ASCII fast path). */
export function isLower(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(text);
}

/** The normalised text of tokens [a, b). */
export function phrase(doc: ArticleDoc, a: number, b: number): string {
  const t = doc.tokens[a];
  if (b === a + 1 && isAscii(t.text)) return t.lower;
  return normKey(doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end));
}

/**
 * phrase(ctx.doc, a, b), remembered for the document: one chunk's range and its sub-ranges are
 * asked about by the dictionary, country, role and organisation-head lookups in turn.
 */
export function keyOf(ctx: Ctx, a: number, b: number): string {
  const n = b - a;
  if (n === 1 || n >= 32) return phrase(ctx.doc, a, b);
  const id = a * 32 + n;
  let key = ctx.keys.get(id);
  if (key === undefined) {
    key = phrase(ctx.doc, a, b);
    ctx.keys.set(id, key);
  }
  return key;
}

/** True when a token is followed by white space: its phrase has a word break there. */
function spaceAfter(doc: ArticleDoc, i: number): boolean {
  const c = doc.text.charCodeAt(doc.tokens[i].end);
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * Fewest words the phrase of tokens [a, b) can have: one more than the spaced gaps between
 * them (tight tokens such as "El-Naggar" join into one word). Lets roleAt skip windows longer
 * than any role phrase without normalising their text.
 */
function minWords(doc: ArticleDoc, a: number, b: number): number {
  let words = 1;
  for (let i = a; i < b - 1; i++) if (spaceAfter(doc, i)) words++;
  return words;
}

/** The longest role phrase starting at token a and ending at or before b. */
export function roleAt(ctx: Ctx, a: number, b: number): { end: number; info: RoleInfo } | undefined {
  if (!ctx.lex.roleLengths.has(ctx.doc.tokens[a].lower)) return undefined;
  const window = Math.min(5, b - a);
  if (window < 1) return undefined;
  const key = a * 8 + window;
  const memo = ctx.roleMemo.get(key);
  if (memo !== undefined) return memo ?? undefined;
  let found: { end: number; info: RoleInfo } | null = null;
  const most = ctx.lex.roleLengths.get(ctx.doc.tokens[a].lower) ?? 0;
  let words = minWords(ctx.doc, a, a + window);
  for (let n = window; n >= 1 && !found; n--) {
    if (n < window && spaceAfter(ctx.doc, a + n - 1)) words--;
    if (words > most) continue;
    const info = ctx.lex.roles.get(keyOf(ctx, a, a + n));
    if (info) found = { end: a + n, info };
  }
  ctx.roleMemo.set(key, found);
  return found ?? undefined;
}

/** The longest role phrase ending exactly at token b (exclusive), looking back up to 5 tokens. */
export function roleEndingAt(ctx: Ctx, b: number, floor: number): { start: number; info: RoleInfo } | undefined {
  for (let a = Math.max(floor, b - 5); a < b; a++) {
    if (ctx.doc.tokens[a].sentence !== ctx.doc.tokens[b - 1].sentence || !ctx.lex.roleLengths.has(ctx.doc.tokens[a].lower)) continue;
    if (minWords(ctx.doc, a, b) > (ctx.lex.roleLengths.get(ctx.doc.tokens[a].lower) ?? 0)) continue;
    const info = ctx.lex.roles.get(keyOf(ctx, a, b));
    if (info) return { start: a, info };
  }
  return undefined;
}

/** ISO3 when tokens [a, b) are a country name or a nationality adjective. */
export function countryOf(ctx: Ctx, a: number, b: number, known?: string): { iso: string; demonym: boolean } | undefined {
  if (a >= b) return undefined;
  const key = known ?? keyOf(ctx, a, b);
  const byName = ctx.gaz.countryByName.get(key);
  if (byName) return { iso: byName, demonym: false };
  const byAdj = ctx.gaz.countryByAdjective.get(key);
  return byAdj ? { iso: byAdj, demonym: true } : undefined;
}

const POSSESSIVE = new Set(["'", "'s", "’", "’s"]);

/** The draft owning a name at token `first` through a possessive ("Pakistan's X"). */
export function possessiveOwner(ctx: Ctx, first: number): Draft | undefined {
  const t = ctx.doc.tokens[first - 1];
  if (!t || !POSSESSIVE.has(t.lower)) return undefined;
  return ctx.byLastToken[first - 2];
}

/** The country of a draft when it has one (countries, organisations, places, people). */
export function draftCountry(d: Draft | undefined): string | undefined {
  return d?.entity.country;
}
