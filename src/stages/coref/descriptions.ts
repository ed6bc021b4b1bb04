/**
 * Definite descriptions to entities: "the (Russian) foreign minister", "his Russian
 * counterpart", "the country", "his country", "his government", "the two countries", "both
 * sides", "the four signatories", "the fund". Each returns what it refers to and the rule.
 */
import type { Mention } from "../../document.ts";
import type { ActorLexicon, RoleInfo } from "../../lexicon/actors.ts";
import type { Entity } from "../../types.ts";
import { lookBack, type Antecedents } from "./antecedents.ts";

/** What a description at a token refers to. */
export interface Described {
  end: number;
  entities: Entity[];
  rule: string;
  /** Nationality the description states ("the Kenyan envoy"). */
  country?: string;
  role?: { text: string; info: RoleInfo };
  /** The description's owner pronoun ("his country"), resolved by the caller. */
  owner?: string;
}

const DETS = new Set(["the", "this", "that", "a", "an", "his", "her", "their", "its"]);
const OWNERS = new Set(["his", "her", "their", "its"]);
const COUNTS = new Map([["both", 2], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10]]);
const PLURAL_HEADS = new Set(["countries", "nations", "states", "sides", "signatories", "parties", "members", "governments", "neighbours", "neighbors"]);
const PERSON_HEADS = new Set(["leaders", "presidents", "ministers", "heads", "premiers", "counterparts"]);
const COUNTRY_HEADS = new Set(["country", "nation"]);
/** Words a description can start with (a determiner or a count word); readDescription reads no other. */
export const DESCRIPTION_STARTS: ReadonlySet<string> = new Set([...DETS, ...COUNTS.keys()]);
const ORG_HEADS = new Set(["fund", "ministry", "agency", "department", "bank", "court", "council", "commission", "bureau", "bloc", "organisation", "organization", "coalition", "party", "alliance", "body", "union", "company", "firm", "directorate", "group", "assembly", "parliament"]);

/** The country of a demonym or country-name mention starting at `start`, if any. */
function nationalityAt(ant: Antecedents, start: number, sentence: number): { iso: string; end: number } | undefined {
  let m: Mention | undefined;
  // The list is sorted by start: nothing after a later start can begin here.
  for (const x of ant.bySentence[sentence]) {
    if (x.start > start) break;
    if (x.start === start && (x.kind === "demonym" || x.kind === "name")) { m = x; break; }
  }
  const e = m && ant.byId.get(m.entity);
  return e?.kind === "country" && e.country && m ? { iso: e.country, end: m.end } : undefined;
}

// The countries of the parties named earlier in the same sentence: "He said Lavrov's visit would
// deepen ties between the two countries" means the speaker's and the visitor's countries.
function partiesHere(ant: Antecedents, sentence: number, pos: number, n: number): Entity[] {
  const out: Entity[] = [];
  for (const m of ant.bySentence[sentence]) {
    if (m.end > pos) break;
    // "both countries" read earlier in the sentence is not a party named here.
    if (m.rule === "coref.counted-parties") continue;
    const e = ant.byId.get(m.entity);
    const iso = e?.kind === "country" || e?.kind === "person" ? e.country : undefined;
    const c = iso ? ant.doc.entities.find((x) => x.kind === "country" && x.country === iso) : undefined;
    if (c && !out.includes(c)) out.push(c);
  }
  return out.length >= n ? out.slice(0, n) : [];
}

// The countries of the last n parties named before this sentence, by name or through a person:
// in "Russia, which has bases in both countries, urged the two sides ...", the two are the
// parties of the sentences before, not the third state that speaks about them.
function partiesBefore(ant: Antecedents, sentence: number, n: number): Entity[] {
  const out: Entity[] = [];
  lookBack(ant, sentence - 1, Infinity, 5, (ms) => {
    for (let k = ms.length - 1; k >= 0; k--) {
      const m = ms[k];
      const e = ant.byId.get(m.entity);
      const iso = (e?.kind === "country" && m.kind !== "demonym") || e?.kind === "person" ? e.country : undefined;
      const c = iso ? ant.doc.entities.find((x) => x.kind === "country" && x.country === iso) : undefined;
      if (c && !out.includes(c)) out.push(c);
      if (out.length >= n) return true;
    }
    return undefined;
  });
  return out.length === n ? out.reverse() : [];
}

// The last n people named before a counted description ("the two leaders"), from this sentence
// and the one before; none when fewer were named, or when more were named in that span than
// the count, as the description then does not say which.
function recentPeople(ant: Antecedents, sentence: number, pos: number, n: number): Entity[] {
  const out: Entity[] = [];
  for (let s = sentence; s >= 0 && s >= sentence - 1; s--) {
    for (const m of ant.bySentence[s]) {
      if (s === sentence && m.end > pos) break;
      const e = ant.byId.get(m.entity);
      if (e?.kind === "person" && m.kind === "name" && !out.includes(e)) out.push(e);
    }
    if (out.length >= n) break;
  }
  return out.length === n ? out : [];
}

function recentCountries(ant: Antecedents, sentence: number, pos: number, n: number): Entity[] {
  const here = partiesHere(ant, sentence, pos, n);
  if (here.length) return here;
  // Only when the sentence has already named a party: otherwise the older look-back below
  // stays as it was, reading names alone.
  const before = partiesHere(ant, sentence, pos, 1).length ? partiesBefore(ant, sentence, n) : [];
  if (before.length) return before;
  const out: Entity[] = [];
  lookBack(ant, sentence, pos, 6, (ms) => {
    for (let k = ms.length - 1; k >= 0; k--) {
      const m = ms[k];
      const e = ant.byId.get(m.entity);
      if (e?.kind === "country" && m.kind !== "demonym" && !out.includes(e)) out.push(e);
      if (out.length >= n) return true;
    }
    return undefined;
  });
  return out.length === n ? out.reverse() : [];
}

const NAME_SPLIT = /[\s-]+/;
const UPPER_START = /^\p{Lu}/u;

// "the fund" is a body with "Fund" in its name; "the agency" may also be a "Bureau" (the CBI).
function headMatches(ant: Antecedents, e: Entity, head: string, also: Set<string> | undefined): boolean {
  let words = ant.nameWords.get(e.name);
  if (!words) ant.nameWords.set(e.name, (words = e.name.toLowerCase().split(NAME_SPLIT)));
  return words.some((w) => w === head || !!also?.has(w));
}

/** Reads a description starting at token i (a determiner or count word), or undefined. */
export function readDescription(ant: Antecedents, lex: ActorLexicon, i: number): Described | undefined {
  const { tokens } = ant.doc;
  const d = tokens[i];
  const s = d.sentence;
  if (!DESCRIPTION_STARTS.has(d.lower)) return undefined;
  let j = DETS.has(d.lower) ? i + 1 : i;
  const owner = OWNERS.has(d.lower) ? d.lower : undefined;
  const count = COUNTS.get(tokens[j]?.lower ?? "");
  if (count) j++;
  if (count && tokens[j] && PLURAL_HEADS.has(tokens[j].lower)) {
    const entities = recentCountries(ant, s, d.start, count);
    return entities.length ? { end: j + 1, entities, rule: "coref.counted-parties" } : undefined;
  }
  if (count && d.lower === "the" && tokens[j] && PERSON_HEADS.has(tokens[j].lower)) {
    // "heads of state", "heads of government": the whole phrase is the description.
    const end = tokens[j].lower === "heads" && tokens[j + 1]?.lower === "of" && tokens[j + 2]?.sentence === s ? j + 3 : j + 1;
    const entities = recentPeople(ant, s, d.start, count);
    return entities.length ? { end, entities, rule: "coref.counted-people" } : undefined;
  }
  const nat = tokens[j] ? nationalityAt(ant, tokens[j].start, s) : undefined;
  if (nat) while (tokens[j] && tokens[j].end <= nat.end) j++;
  while (tokens[j] && lex.modifiers.has(tokens[j].lower) && !lex.roles.has(tokens[j].lower + " " + (tokens[j + 1]?.lower ?? ""))) j++;
  const head = tokens[j];
  if (!head || head.sentence !== s) return undefined;
  if (ant.roleFirst.has(head.lower)) {
    // The phrases of one to four words at the head, built up only while a longer role starts so.
    const phrases = [head.lower];
    while (phrases.length < 4 && j + phrases.length < tokens.length && ant.rolePrefixes.has(phrases[phrases.length - 1])) {
      phrases.push(`${phrases[phrases.length - 1]} ${tokens[j + phrases.length].lower}`);
    }
    for (let n = phrases.length; n >= 1; n--) {
      if (tokens[j + n - 1].sentence !== s) continue;
      const text = phrases[n - 1];
      const info = lex.roles.get(text);
      if (!info || info.kind !== "person" || UPPER_START.test(tokens[j + n - 1].text) && !nat && d.lower !== "the") continue;
      if (tokens[j + n] && UPPER_START.test(tokens[j + n].text)) return undefined;
      return { end: j + n, entities: [], rule: "coref.role-description", ...(nat ? { country: nat.iso } : {}), role: { text, info }, ...(owner ? { owner } : {}) };
    }
  }
  if (COUNTRY_HEADS.has(head.lower)) return { end: j + 1, entities: [], rule: owner ? "coref.owner-country" : "coref.the-country", ...(owner ? { owner } : {}) };
  if ((head.lower === "government" || head.lower === "administration") && owner) return { end: j + 1, entities: [], rule: "coref.owner-government", owner };
  if (ORG_HEADS.has(head.lower) && !owner && (d.lower === "the" || d.lower === "this")) {
    const next = tokens[j + 1];
    if (next && next.sentence === s && (next.pos === "NOUN" || UPPER_START.test(next.text))) return undefined;
    const e = lookBack(ant, s, d.start, 8, (ms) => {
      for (let k = ms.length - 1; k >= 0; k--) {
        const x = ant.byId.get(ms[k].entity);
        if (x && x.kind === "organization" && headMatches(ant, x, head.lower, lex.describes.get(head.lower))) return x;
        if (x && head.lower === "bloc" && x.actor?.code.startsWith("IGO")) return x;
      }
      return undefined;
    });
    return e ? { end: j + 1, entities: [e], rule: "coref.the-organisation" } : undefined;
  }
  return undefined;
}
