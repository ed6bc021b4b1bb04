/**
 * Role descriptions to people ("the Russian foreign minister", "the envoy", "his Russian
 * counterpart"), and the nationality such a description gives a person whose country was a guess.
 */
import type { RoleInfo } from "../../lexicon/actors.ts";
import type { Entity } from "../../types.ts";
import { lookBack, newEntity, type Antecedents } from "./antecedents.ts";

const SAME_ROLE = [["envoy", "ambassador", "diplomat", "emissary"], ["spokesman", "spokeswoman", "spokesperson"], ["chief", "head", "director"]];

function lastWord(s: string): string {
  return s.toLowerCase().split(/\s+/).pop() ?? "";
}

/** True when a description's role word fits a person's role ("the minister" fits "Foreign Minister"). */
export function roleFits(e: Entity, role: string, info: RoleInfo): boolean {
  if (e.kind !== "person") return false;
  const want = lastWord(role);
  if (want === "counterpart" || want === "leader" || want === "official") return !!e.actor?.sector || !!e.role || want !== "official";
  if (!e.role) return false;
  const have = lastWord(e.role);
  if (have === want) return true;
  if (want === "minister" && e.role.toLowerCase().includes("minister")) return true;
  return SAME_ROLE.some((g) => g.includes(want) && g.includes(have)) || (info.sector === e.actor?.sector && role.toLowerCase() === e.role.toLowerCase());
}

/** Sets an entity's country from the text and rebuilds its actor code from the sector. */
export function setNationality(e: Entity, iso: string, sector?: string): void {
  e.country = iso;
  e.countryFrom = "text";
  const sec = e.actor?.sector ?? sector;
  const code = e.actor?.code;
  const fixed = code && !e.actor?.country;
  if (fixed) return;
  e.actor = { code: sec ? `${iso}${sec}` : iso, country: iso, ...(sec ? { sector: sec } : {}), name: e.name, entity: e.id };
}

/** The person a role description refers to, creating one when the article never named them. */
export function resolveRole(
  ant: Antecedents, sentence: number, pos: number, role: { text: string; info: RoleInfo },
  country: string | undefined, exclude: Entity | undefined, home: string | undefined,
): { entity: Entity; created: boolean } {
  const counterpart = lastWord(role.text) === "counterpart";
  const base = (e: Entity) => e !== exclude && roleFits(e, role.text, role.info) && (!counterpart || !!country);
  // A person whose stated country matches wins over one whose country was only guessed.
  const strict = (e: Entity) => base(e) && (!country || e.country === country);
  const loose = (e: Entity) => base(e) && !counterpart && e.countryFrom !== "text";
  const search = (fits: (e: Entity) => boolean) => lookBack(ant, sentence, pos, 40, (ms) => {
    for (let k = ms.length - 1; k >= 0; k--) { const e = ant.byId.get(ms[k].entity); if (e && fits(e)) return e; }
    return undefined;
  });
  const found = search(strict) ?? (country ? search(loose) : undefined);
  if (found) {
    if (country && found.country !== country) setNationality(found, country, role.info.sector);
    return { entity: found, created: false };
  }
  const iso = country ?? home;
  const name = role.text;
  const e = newEntity(ant, { name, kind: "person", role: role.text, ...(role.info.gender ? { gender: role.info.gender } : {}) });
  if (iso) {
    setNationality(e, iso, role.info.sector);
    if (!country) e.countryFrom = "home";
  }
  return { entity: e, created: true };
}
