/**
 * The coref stage: links pronouns and descriptions to entities, each link with its rule
 * (coref.*), reading left to right so chains build up ("Lavrov ... he ... he").
 */
import type { ArticleDoc, Stage } from "../../document.ts";
import type { ActorLexicon } from "../../lexicon/actors.ts";
import type { Entity } from "../../types.ts";
import { indexAntecedents, link, lookBack, newEntity, type Antecedents } from "./antecedents.ts";
import { DESCRIPTION_STARTS, readDescription, type Described } from "./descriptions.ts";
import { resolveRole } from "./people.ts";
import { NOMINATIVE, PRONOUNS, reportedThey, resolveNeuter, resolvePersonal, resolvePlural } from "./pronouns.ts";

export { actorsInSpan, entityAt } from "./resolve.ts";

function resolvePronoun(ant: Antecedents, word: string, sentence: number, pos: number): Entity[] {
  const want = PRONOUNS.get(word);
  if (want === "m" || want === "f") {
    const e = resolvePersonal(ant, want, sentence, pos, NOMINATIVE.has(word));
    if (e && !e.gender) e.gender = want;
    return e ? [e] : [];
  }
  if (want === "neuter") { const e = resolveNeuter(ant, sentence, pos); return e ? [e] : []; }
  if (want === "plural") return resolvePlural(ant, sentence, pos) ?? [];
  return [];
}

function countryEntity(ant: Antecedents, iso: string): Entity | undefined {
  return ant.doc.entities.find((e) => e.kind === "country" && e.country === iso);
}

function governmentOf(ant: Antecedents, iso: string): Entity {
  const code = `${iso}GOV`;
  const found = ant.doc.entities.find((e) => e.actor?.code === code && e.kind === "organization" && /^(\S+ )?(government|administration|authorities)$/i.test(e.name));
  if (found) return found;
  const country = countryEntity(ant, iso);
  return newEntity(ant, { name: `${country?.name ?? iso} government`, kind: "organization", country: iso, countryFrom: "text", actor: { code, country: iso, sector: "GOV", name: `${country?.name ?? iso} government` } });
}

function describe(ant: Antecedents, i: number, desc: Described, home: string | undefined): void {
  const { tokens } = ant.doc;
  const t = tokens[i];
  const s = t.sentence;
  const start = t.start;
  const end = tokens[desc.end - 1].end;
  let owner: Entity | undefined;
  if (desc.owner) {
    owner = resolvePronoun(ant, desc.owner, s, start)[0];
    if (owner) link(ant, owner, t.start, t.end, s, "pronoun", "coref.owner-pronoun");
  }
  let targets = desc.entities;
  let rule = desc.rule;
  if (desc.role) {
    targets = [resolveRole(ant, s, start, desc.role, desc.country, owner, home).entity];
  } else if (rule === "coref.the-country") {
    const c = lookBack(ant, s, start, 5, (ms) => {
      for (let k = ms.length - 1; k >= 0; k--) {
        const e = ms[k].kind !== "demonym" ? ant.byId.get(ms[k].entity) : undefined;
        if (e?.kind === "country") return e;
      }
      return undefined;
    });
    targets = c ? [c] : [];
  } else if (owner?.country && rule === "coref.owner-country") {
    const c = countryEntity(ant, owner.country);
    targets = c ? [c] : [];
  } else if (owner?.country && rule === "coref.owner-government") {
    targets = [governmentOf(ant, owner.country)];
  } else if (desc.owner) {
    targets = [];
  }
  for (const e of targets) link(ant, e, start, end, s, desc.owner ? "possessive" : "description", rule);
}

/** Creates the coref stage. */
export function createCoref(lex: ActorLexicon): Stage {
  // Most words neither start a description nor are a pronoun: one look-up skips them.
  const candidates = new Set([...DESCRIPTION_STARTS, ...PRONOUNS.keys()]);
  const rolePrefixes = new Set<string>();
  for (const p of lex.roles.keys()) for (let at = p.indexOf(" "); at >= 0; at = p.indexOf(" ", at + 1)) rolePrefixes.add(p.slice(0, at));
  return (doc: ArticleDoc) => {
    const ant = indexAntecedents(doc, lex.roleLengths, rolePrefixes);
    const home = mostNamedCountry(doc);
    doc.sentenceTokens.forEach(([a, b], s) => {
      if (doc.sentences[s]?.heading) return;
      for (let i = a; i < b; i++) {
        const t = doc.tokens[i];
        if (!candidates.has(t.lower)) continue;
        const desc = readDescription(ant, lex, i);
        if (desc) { describe(ant, i, desc, home); i = desc.end - 1; continue; }
        if (!PRONOUNS.has(t.lower) || (t.lower === "it" && doc.tokens[i + 1]?.pos !== "VERB")) continue;
        const reported = t.lower === "they" ? reportedThey(ant, i) : undefined;
        for (const e of reported ?? resolvePronoun(ant, t.lower, s, t.start)) link(ant, e, t.start, t.end, s, "pronoun", `coref.pronoun-${PRONOUNS.get(t.lower)}`);
      }
    });
  };
}

// The home country for people coreference has to invent: the entities stage's guess, reused.
function mostNamedCountry(doc: ArticleDoc): string | undefined {
  return doc.entities.find((e) => e.countryFrom === "home")?.country;
}
