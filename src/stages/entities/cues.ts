/**
 * Cues around names that are not names themselves: title-only chunks ("U.S. Ambassador to the
 * Philippines X"), sentence-initial role words ("Opposition leader X"), and locatives that
 * give an unplaced body or official its country ("The Justice Ministry in Lisbon", "In Tokyo, ...").
 */
import type { Chunk } from "./chunk.ts";
import { countryOf, isLower, phrase, roleAt, type AppliedRole, type Ctx } from "./context.ts";
import { addCountry } from "./known.ts";
import { setCountry, type Draft } from "./registry.ts";

const OPENERS = new Set(["\"", "“", "‘", "(", ":", "—", "–"]);

/** True for a lone capitalised role word opening a sentence: "Opposition leader X", "Police said". */
export function initialRoleWord(ctx: Ctx, c: Chunk): boolean {
  const { tokens } = ctx.doc;
  if (c.last - c.first !== 1) return false;
  const initial = c.first === ctx.doc.sentenceTokens[c.sentence][0] || OPENERS.has(tokens[c.first - 1]?.text ?? "");
  if (!initial) return false;
  const next = tokens[c.last];
  const lower = tokens[c.first].lower;
  const known = ctx.lex.roles.has(lower) || ctx.lex.modifiers.has(lower) || ctx.lex.notNames.has(lower);
  return known && !!next && isLower(next.text);
}

/** A chunk that is only a title ("U.S. Ambassador", "Foreign Minister"): the role it holds. */
export function titleOnly(ctx: Ctx, c: Chunk): AppliedRole | undefined {
  const { tokens } = ctx.doc;
  for (let j = c.first; j < c.last; j++) {
    const r = roleAt(ctx, j, c.last);
    if (!r || r.end !== c.last || r.info.kind !== "person") continue;
    let j0 = j;
    while (j0 > c.first && ctx.lex.modifiers.has(tokens[j0 - 1].lower)) j0--;
    const nat = j0 > c.first ? countryOf(ctx, c.first, j0) : undefined;
    if (j0 > c.first && !nat) return undefined;
    if (nat) {
      const span = { start: tokens[c.first].start, end: tokens[j0 - 1].end, sentence: c.sentence };
      addCountry(ctx, nat.iso, span, nat.demonym ? "demonym" : "name", "entities.title-nationality");
    }
    return { lastToken: c.last - 1, role: ctx.doc.text.slice(tokens[j0].start, tokens[c.last - 1].end), info: r.info, ...(nat ? { country: nat.iso } : {}) };
  }
  return undefined;
}

/** A title read a few words before this chunk ("Ambassador to the Philippines X"), if any. */
export function pendingTitleFor(ctx: Ctx, c: Chunk): AppliedRole | undefined {
  const t = ctx.pendingTitle;
  if (!t || c.first - t.lastToken > 4 || ctx.doc.tokens[t.lastToken].sentence !== c.sentence) return undefined;
  for (let i = t.lastToken + 1; i < c.first; i++) if (!isLower(ctx.doc.tokens[i].text)) return undefined;
  return t;
}

function placeCountry(d: Draft | undefined): string | undefined {
  const k = d?.entity.kind;
  return k === "place" || k === "country" || d?.metonym ? d?.entity.country : undefined;
}

/** Gives an unplaced person or body the country of "in <place>" right after it, or of a leading "In <place>,". */
export function locative(ctx: Ctx, c: Chunk, d: Draft): void {
  const k = d.entity.kind;
  if ((k !== "person" && k !== "organization") || d.entity.country || d.code) return;
  const { tokens } = ctx.doc;
  const first = ctx.doc.sentenceTokens[c.sentence][0];
  let iso: string | undefined;
  if (tokens[c.last]?.lower === "in") {
    for (let j = c.last + 1; j < c.last + 5 && !iso; j++) iso = placeCountry(ctx.byLastToken[j]);
  }
  if (!iso && tokens[first]?.lower === "in" && first < c.first) {
    for (let j = first + 1; j < first + 5 && j < c.first && !iso; j++) {
      if (tokens[j + 1]?.text === ",") iso = placeCountry(ctx.byLastToken[j]);
    }
  }
  if (iso) setCountry(d, iso, true);
}

/** Re-exported for tests: the normalised phrase of a token range. */
export { phrase };

const TOWN_WORDS = new Set(["city", "town", "village", "port", "capital"]);

/**
 * "in Jericho, ... in the West Bank city": "the <place> city" right after an unplaced place
 * says where that place is.
 */
export function placeDescription(ctx: Ctx, c: Chunk, d: Draft): void {
  const { tokens } = ctx.doc;
  const iso = placeCountry(d);
  // "the Saudi port of Ras Tannurah" names a new place; only a bare "the Saudi port" looks back.
  if (!iso || tokens[c.first - 1]?.lower !== "the" || !TOWN_WORDS.has(tokens[c.last]?.lower ?? "") || tokens[c.last + 1]?.lower === "of") return;
  const floor = ctx.doc.sentenceTokens[Math.max(0, c.sentence - 1)][0];
  for (let k = c.first - 2; k >= floor; k--) {
    const p = ctx.byLastToken[k];
    if (p?.entity.kind !== "place") continue;
    if (!p.entity.country) setCountry(p, iso, true);
    return;
  }
}
