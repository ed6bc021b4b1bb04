/**
 * Third-person pronouns to entities. he/she: the nearest sentence with a person of a
 * compatible gender, preferring its subject; they: a coordinated subject or a group;
 * it/its: the nearest organisation or country, preferring the subject.
 */
import type { Mention } from "../../document.ts";
import type { Entity } from "../../types.ts";
import { isSubject, lookBack, type Antecedents } from "./antecedents.ts";

/** Pronoun words and what they ask for. */
export const PRONOUNS = new Map<string, "m" | "f" | "plural" | "neuter">([
  ["he", "m"], ["him", "m"], ["his", "m"], ["himself", "m"],
  ["she", "f"], ["her", "f"], ["hers", "f"], ["herself", "f"],
  ["they", "plural"], ["them", "plural"], ["their", "plural"], ["themselves", "plural"],
  ["its", "neuter"], ["it", "neuter"],
]);

const NON_PERSON = new Set(["organization", "country", "group"]);

function actorish(e: Entity | undefined): e is Entity {
  return !!e && (NON_PERSON.has(e.kind) || (e.kind === "place" && !!e.actor));
}

// Among a sentence's mentions: the subject one if any, else the first one.
function preferSubject(ant: Antecedents, ms: Mention[], ok: (e: Entity) => boolean): Entity | undefined {
  const fit = ms.filter((m) => { const e = ant.byId.get(m.entity); return !!e && ok(e); });
  if (!fit.length) return undefined;
  const subj = fit.find((m) => isSubject(ant, m)) ?? fit[0];
  return ant.byId.get(subj.entity);
}

/** Subject pronouns: in their own sentence they only take up a subject before them. */
export const NOMINATIVE = new Set(["he", "she", "they"]);

/**
 * The person a he/she pronoun at `pos` refers to. A subject pronoun skips non-subjects of its
 * own sentence ("Welcoming the visit of a Russian minister, he said": he is not the minister).
 */
export function resolvePersonal(ant: Antecedents, gender: "m" | "f", sentence: number, pos: number, nominative = false): Entity | undefined {
  // He/she may cross a subheading (the story's people stay the same); it/they may not.
  return lookBack(ant, sentence, pos, 4, (ms, s) => {
    const pool = nominative && s === sentence ? ms.filter((m) => isSubject(ant, m)) : ms;
    // A person whose gender is known to match beats one whose gender is unknown.
    return preferSubject(ant, pool, (e) => e.kind === "person" && e.gender === gender)
      ?? preferSubject(ant, pool, (e) => e.kind === "person" && (!e.gender || e.gender === gender));
  });
}

/** The entity an it/its pronoun refers to. */
export function resolveNeuter(ant: Antecedents, sentence: number, pos: number): Entity | undefined {
  return lookBack(ant, sentence, pos, 2, (ms) => preferSubject(ant, ms, (e) => actorish(e) && e.kind !== "group"), true);
}

/** The entities a they/their pronoun refers to: a coordinated subject, else a group or body. */
export function resolvePlural(ant: Antecedents, sentence: number, pos: number): Entity[] | undefined {
  return lookBack(ant, sentence, pos, 2, (ms) => {
    const subject = ms.filter((m) => isSubject(ant, m)).map((m) => ant.byId.get(m.entity)).filter(actorish);
    const distinct = [...new Set(subject)];
    if (distinct.length >= 2) return distinct;
    for (let k = ms.length - 1; k >= 0; k--) {
      const group = ant.byId.get(ms[k].entity);
      if (group?.kind === "group") return [group];
    }
    return distinct.length === 1 && distinct[0].kind !== "country" ? distinct : undefined;
  }, true);
}

// Verbs of saying and thinking whose subject a following "they" repeats.
const REPORTING = new Set(["say", "add", "state", "believe", "think", "expect", "fear", "warn", "hope", "claim"]);

/**
 * "Analysts said they ...", "Japanese banks said they ...": a "they" right after a plural noun
 * and its reporting verb is that noun. Returns its entity, [] when the noun is no actor, or
 * undefined when the pattern does not apply (or the noun is a role word such as "officials").
 */
export function reportedThey(ant: Antecedents, i: number): Entity[] | undefined {
  const { tokens } = ant.doc;
  const verb = tokens[i - 1];
  const noun = tokens[i - 2];
  if (!verb || !noun || noun.sentence !== tokens[i].sentence || !REPORTING.has(verb.lemma) || noun.pos !== "NOUN" || noun.lower === noun.lemma) return undefined;
  const m = ant.bySentence[noun.sentence].find((x) => x.start <= noun.start && x.end >= noun.end);
  const e = m && ant.byId.get(m.entity);
  if (e) return [e];
  // "U.S. officials said they": a role word's owner is found the usual way; "analysts" is no actor.
  return ant.roleFirst.has(noun.lower) ? undefined : [];
}
