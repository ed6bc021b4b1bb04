/**
 * Classifies a run of name tokens: dictionary hits first, then "Title Name" splits, then
 * organisation and place heads, then the shape of the name.
 */
import type { Ctx } from "./context.ts";
import { countryOf, isLower, keyOf, roleAt } from "./context.ts";
import { isCap } from "./chunk.ts";
import { isAscii } from "./gazetteer.ts";
import { addCountry, addKnownOrg, addKnownPerson, addPlace, type Span } from "./known.ts";
import { addMention, draftFor, setCountry, type Draft } from "./registry.ts";
import { addPerson } from "./person.ts";
import { classifyByShape, restStart } from "./shape.ts";

// Whether an organisation head or role may end at token b - 1. An ASCII token's lower-case text
// ends every phrase ending with it, so a token that ends no such key rules the phrases out unbuilt.
function headEndsAt(ctx: Ctx, b: number): boolean {
  const t = ctx.doc.tokens[b - 1];
  return !isAscii(t.text) || ctx.orgHeadSuffixes.has(t.lower);
}

/** The sector implied by an organisation name's head word, or undefined. */
export function orgSector(ctx: Ctx, a: number, b: number): string | undefined {
  const { tokens } = ctx.doc;
  for (let n = headEndsAt(ctx, b) ? Math.min(4, b - a) : 0; n >= 2; n--) {
    const whole = ctx.lex.orgHeads.get(keyOf(ctx, b - n, b));
    if (whole) return whole;
  }
  let end = b;
  // The head stands before "of" or "for": "Central Bank of Egypt", "Union for the Total Independence of Angola".
  for (let i = a + 1; i < b; i++) if (tokens[i].lower === "of" || tokens[i].lower === "for") { end = i; break; }
  for (let n = headEndsAt(ctx, end) ? Math.min(3, end - a) : 0; n >= 1; n--) {
    const key = keyOf(ctx, end - n, end);
    const role = ctx.lex.roles.get(key);
    if (role && role.kind === "organization" && n > 1) return role.sector;
    const s = ctx.lex.orgHeads.get(key);
    if (s) return s;
  }
  if (end < b) return ctx.lex.orgHeads.get(tokens[a].lower) ?? ctx.lex.orgHeads.get(keyOf(ctx, a, Math.min(end, a + 2)));
  return undefined;
}

function placeHeaded(ctx: Ctx, b: number): boolean {
  return ctx.lex.placeHeads.has(ctx.doc.tokens[b - 1].lower);
}

/** A country named inside tokens [a, b) ("Central Bank of Egypt", "Lisbon Court of Appeal"). */
function innerCountry(ctx: Ctx, a: number, b: number): string | undefined {
  for (let i = a; i < b; i++) {
    if (!isCap(ctx.doc.tokens[i])) continue;
    for (let n = Math.min(3, b - i); n >= 1; n--) {
      const key = keyOf(ctx, i, i + n);
      const c = countryOf(ctx, i, i + n, key);
      // "Western Union", "Western Digital": "Western" in a name is no nationality.
      if (c && c.iso !== "WST") return c.iso;
      const p = ctx.gaz.places.get(key);
      if (p && p.capital) return p.country;
    }
  }
  return undefined;
}

// A title ("President ...") or two or more proper nouns: "Leaders of Italy" and "Production of
// Indonesia" are not someone of that country.
function personLike(ctx: Ctx, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (roleAt(ctx, j, b)?.info.kind === "person") return true;
  return b - a >= 2 && ctx.doc.tokens.slice(a, b).every((t) => t.pos === "PROPN" || t.text === "-" || isLower(t.text));
}

// "President Abdel Fattah al-Sisi of Egypt": a name ending in "of <country>" is someone of that
// country, unless the words before it name a body ("Central Bank of Egypt", read whole).
function ofCountry(ctx: Ctx, a: number, b: number): { at: number; iso: string } | undefined {
  for (let k = b - 2; k > a; k--) {
    if (ctx.doc.tokens[k].lower !== "of") continue;
    const c = countryOf(ctx, k + 1, b);
    if (!c || c.demonym || orgSector(ctx, a, k) || ctx.lex.theHeads.has(ctx.doc.tokens[k - 1].lower) || !personLike(ctx, a, k)) return undefined;
    return { at: k, iso: c.iso };
  }
  return undefined;
}

/** The character span of tokens [a, b). */
export function spanOf(ctx: Ctx, a: number, b: number): Span {
  const t = ctx.doc.tokens;
  return { start: t[a].start, end: t[b - 1].end, sentence: t[a].sentence };
}

/** Registers tokens [a, b) as a named organisation, place or other thing. */
export function addNamed(ctx: Ctx, a: number, b: number, kind: "organization" | "place" | "other", sector: string | undefined, owner: Draft | undefined, rule: string): Draft {
  const span = spanOf(ctx, a, b);
  const surface = ctx.doc.text.slice(span.start, span.end);
  const key = keyOf(ctx, a, b).replace(/ (ltd|inc|corp|plc|llc)\.?$/, "");
  const d = draftFor(ctx.reg, `${kind}:${key}`, kind, surface);
  const own = kind !== "other" ? innerCountry(ctx, a, b) ?? owner?.entity.country : undefined;
  // A union or foundation whose name or owner states its country ("Nigerian Union of Teachers")
  // is a domestic body of that country; CAMEO's NGO head is for international ones.
  if (sector && !d.sector && !(sector === "NGO" && own)) d.sector = sector;
  setCountry(d, own, true);
  addMention(ctx.reg, d, span.start, span.end, "name", rule, span.sentence);
  return d;
}

/** Classifies tokens [a, b) and registers what they name; `owner` is a possessive owner. */
export function classifyRange(ctx: Ctx, a: number, b: number, owner?: Draft): Draft | undefined {
  if (a >= b) return undefined;
  const { doc, lex, gaz } = ctx;
  const span = spanOf(ctx, a, b);
  const surface = doc.text.slice(span.start, span.end);
  const key = keyOf(ctx, a, b);
  const org = lex.orgs.get(surface);
  if (org) return addKnownOrg(ctx, org, span, surface);
  // "new European sanctions", "European trade ministers": the adjective names the body itself
  // only before its own acts and people (not "European banks", "European currencies")
  const adj = b - a === 1 ? lex.orgAdjectives.get(surface) : undefined;
  if (adj && (adj.before.has(doc.tokens[b]?.lower ?? "") || isLower(doc.tokens[b]?.text ?? "") && adj.before.has(doc.tokens[b + 1]?.lower ?? ""))) {
    return addKnownOrg(ctx, adj.org, span, surface);
  }
  const country = countryOf(ctx, a, b, key);
  if (country) return addCountry(ctx, country.iso, span, country.demonym ? "demonym" : "name", country.demonym ? "entities.demonym" : "entities.country-name");
  const place = gaz.places.get(key);
  if (place) return addPlace(ctx, place, span, a, b);
  const person = lex.people.get(key) ?? (b - a === 1 ? lex.peopleBySurname.get(key) : undefined);
  if (person) return addKnownPerson(ctx, person, span);
  const alias = ctx.surnames.get(key);
  if (alias) {
    addMention(ctx.reg, alias, span.start, span.end, "alias", "entities.short-form", span.sentence);
    return alias;
  }
  const gender = lex.honorifics.get(doc.tokens[a].lower);
  if (gender !== undefined) {
    const d = classifyRange(ctx, a + 1, b, owner);
    if (d?.entity.kind === "person" && gender) d.entity.gender = gender;
    return d;
  }
  const of = ofCountry(ctx, a, b);
  if (of) {
    const c = addCountry(ctx, of.iso, spanOf(ctx, of.at + 1, b), "name", "entities.of-country");
    return classifyRange(ctx, a, of.at, owner ?? c);
  }
  for (let j = a; j < b; j++) {
    const before = doc.tokens[j - 1]?.lower;
    if (before === "of" || before === "for" || (before === "the" && j - 1 > a)) continue;
    let r = roleAt(ctx, j, b);
    if (!r || r.info.kind !== "person") continue;
    // Stacked titles ("Deputy Ambassador", "spokesman Commodore") read as one role; the last word decides.
    for (let more = roleAt(ctx, r.end, b); more && more.info.kind === "person" && more.end < b; more = roleAt(ctx, r.end, b)) r = more;
    let j0 = j;
    while (j0 > a && lex.modifiers.has(doc.tokens[j0 - 1].lower)) j0--;
    if (r.end >= b || orgSector(ctx, r.end, b)) break;
    // "Indian External Affairs Minister": words between the nationality and the role word
    // belong to the title unless they name a body ("Central Bank of Egypt Governor").
    let nat = 0;
    for (let n = Math.min(3, j0 - a); n >= 1 && !nat; n--) if (countryOf(ctx, a, a + n)) nat = n;
    if (nat && a + nat < j0 && !orgSector(ctx, a + nat, j0)) j0 = a + nat;
    const affiliation = j0 > a ? classifyRange(ctx, a, j0) : owner;
    return addPerson(ctx, r.end, b, { role: doc.text.slice(doc.tokens[j0].start, doc.tokens[r.end - 1].end), info: r.info, affiliation, rule: "entities.title-name" });
  }
  const sector = orgSector(ctx, a, b);
  if (sector) return addNamed(ctx, a, b, "organization", sector, owner, "entities.org-head");
  if (placeHeaded(ctx, b)) return addNamed(ctx, a, b, "place", undefined, owner, "entities.place-head");
  for (let n = Math.min(3, b - a - 1); n >= 1; n--) {
    const lead = countryOf(ctx, a, a + n);
    if (!lead) continue;
    addCountry(ctx, lead.iso, spanOf(ctx, a, a + n), lead.demonym ? "demonym" : "name", "entities.country-modifier");
    return classifyRange(ctx, restStart(ctx, a + n), b);
  }
  // Every lead starts with the first token's text: most first words start no known name.
  for (let n = ctx.orgPrefixes.has(doc.tokens[a].text) ? Math.min(4, b - a - 1) : 0; n >= 1; n--) {
    const lead = lex.orgs.get(doc.text.slice(doc.tokens[a].start, doc.tokens[a + n - 1].end));
    if (!lead) continue;
    addKnownOrg(ctx, lead, spanOf(ctx, a, a + n), doc.text.slice(doc.tokens[a].start, doc.tokens[a + n - 1].end));
    return classifyRange(ctx, restStart(ctx, a + n), b);
  }
  return classifyByShape(ctx, a, b, owner);
}
