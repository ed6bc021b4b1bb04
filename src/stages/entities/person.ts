/**
 * People: registering a name as a person, indexing its partial names for later short
 * mentions ("Lavrov", "Benitez Acosta"), and applying a role and affiliation to it.
 */
import type { RoleInfo } from "../../lexicon/actors.ts";
import { isLower, keyOf, type Ctx } from "./context.ts";
import { addMention, draftFor, setCountry, type Draft } from "./registry.ts";
import { datedCode } from "./known.ts";

/** A role read around a name, with what it belongs to ("Pakistan's", "IMF"). */
export interface RoleCue {
  role?: string;
  info?: RoleInfo;
  affiliation?: Draft;
  country?: string;
  rule: string;
}

/** Applies a role cue to a draft: role text, sector, gender, and country or fixed code. */
export function applyRole(d: Draft, cue: RoleCue): void {
  const e = d.entity;
  if (cue.role && !e.role) e.role = cue.role;
  if (cue.info?.gender && !e.gender) e.gender = cue.info.gender;
  const aff = cue.affiliation;
  if (aff && aff.entity.kind !== "country" && aff.entity.kind !== "place") {
    if (aff.code && !aff.entity.country) d.code = aff.code;
    if (aff.sector) d.sector = aff.sector;
  }
  if (!d.sector && cue.info) d.sector = cue.info.sector;
  const country = cue.country ?? aff?.entity.country;
  if (country) setCountry(d, country, cue.country !== undefined || aff?.entity.countryFrom !== "home");
}

/** Registers tokens [a, b) as a person with an optional role cue. */
export function addPerson(ctx: Ctx, a: number, b: number, cue: RoleCue): Draft {
  const { doc } = ctx;
  const start = doc.tokens[a].start;
  const end = doc.tokens[b - 1].end;
  const key = keyOf(ctx, a, b);
  const d = ctx.surnames.get(key) ?? draftFor(ctx.reg, `person:${key}`, "person", doc.text.slice(start, end));
  addMention(ctx.reg, d, start, end, d.key === `person:${key}` ? "name" : "alias", cue.rule, doc.tokens[a].sentence);
  // A dated actor file entry gives the code when the title states no nationality.
  const known = ctx.lex.people.get(key) ?? (b - a === 1 ? ctx.lex.peopleBySurname.get(key) : undefined);
  const code = known && datedCode(known, doc.meta.published);
  if (code && !d.code) d.code = code;
  applyRole(d, cue);
  // Later mentions by last name, or by the last two names of a three-part name.
  const parts: number[] = [];
  for (let i = a; i < b; i++) if (doc.tokens[i].text !== "-" && doc.tokens[i - 1]?.text !== "-") parts.push(i);
  // Two-part names may be written surname first ("Liu Wen" -> "Liu"); that short form is kept
  // only while no one else has claimed it.
  const from = parts.length === 2 ? 0 : 1;
  for (let k = from; k < parts.length; k++) {
    const sub = k === 0 ? keyOf(ctx, parts[0], parts[1]) : keyOf(ctx, parts[k], b);
    if (!ctx.surnames.has(sub)) ctx.surnames.set(sub, d);
    // "Luiz Inacio Lula da Silva" -> "Lula": the name before a lower-case particle ("da", "van")
    // is the one used alone in later mentions.
    const t = doc.tokens[parts[k]];
    const next = doc.tokens[parts[k] + 1];
    if (k > 0 && next && parts[k] + 1 < b && isLower(next.text) && !isLower(t.text)) {
      const short = keyOf(ctx, parts[k], parts[k] + 1);
      if (!ctx.surnames.has(short)) ctx.surnames.set(short, d);
    }
  }
  return d;
}
