/**
 * Shallow parse, step 1: verb groups. For each predicate in a sentence, its head verb, the
 * auxiliaries, modals and negation before it, a particle after it, and whether it is passive.
 */
import type { Token } from "../../document.ts";
import type { EventLexicon } from "../../lexicon/events.ts";
import { nounTaggedLemma } from "../../noun-tagged.ts";

/** One verb group (or a "be ready to" adjective) that may carry an event. */
export interface Predicate {
  /** Head token index (absolute, into doc.tokens). */
  head: number;
  lemma: string;
  /** First token of the group (auxiliaries included). */
  start: number;
  /** One past the last token of the group (particle included). */
  end: number;
  /** Lower-cased auxiliaries, modals, negators and adverbs inside the group. */
  aux: string[];
  passive: boolean;
  particle?: string;
  /** "be ready/keen to": an intent adjective standing in for a verb. */
  adjective?: boolean;
  /** "students protesting the vote": a participle after its subject noun (a reduced relative). */
  reduced?: boolean;
}

const BE = new Set(["be", "is", "are", "was", "were", "been", "being", "'s", "'re", "am"]);
const PARTICLES = new Set(["up", "down", "off", "out", "over", "back", "away"]);
const IRREGULAR_PARTICIPLE = /(ed|en|wn|ne|ht|lt|pt|ung|ugh|st|ut|id|et|it|ot|ld|nd)$/;

/** True for a participle used as an adjective ("proposed changes", "the armed men"). */
const PREPOSITIONAL = new Set(["regarding", "including", "according", "following", "concerning", "considering", "excluding", "pending", "notwithstanding", "given", "based", "during"]);
/** Words that may sit inside a verb group ("was today reached", "has also agreed"). */
const INNER = new Set(["today", "yesterday", "tonight", "also", "now", "already", "again", "jointly", "finally"]);
const DETERMINERS = new Set(["a", "an", "the", "its", "their", "his", "her", "this", "our", "your"]);

/** True when the noun phrase ending at j opens with "a"/"an" (a new thing, not a subject). */
function indefiniteBefore(toks: Token[], j: number, first: number): boolean {
  while (j >= first && (toks[j].pos === "NOUN" || toks[j].pos === "PROPN" || toks[j].pos === "ADJ") && !INNER.has(toks[j].lower)) j--;
  return j >= first && (toks[j].lower === "a" || toks[j].lower === "an");
}

/** Why a verb form is no predicate: a modifier, or a reduced relative ("relative") on the noun before it. */
function isModifier(toks: Token[], i: number, first: number, light: ReadonlySet<string>): boolean | "relative" {
  if (PREPOSITIONAL.has(toks[i].lower)) return true;
  // "condemned the veto", "closed-door talks": a verb form used as a noun or compound adjective
  if (i > first && DETERMINERS.has(toks[i - 1].lower)) return true;
  if (toks[i + 1]?.lower === "-") return true;
  const prev = i > first ? toks[i - 1] : undefined;
  const next = toks[i + 1];
  if (prev && (prev.pos === "DET" || prev.pos === "ADJ" || prev.pos === "NUM" || prev.lower === "'s")) {
    return next !== undefined && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ");
  }
  // "Syrian-backed militia", "long-threatened invasion"
  if (prev && prev.lower === "-") return true;
  // "Fighting broke out": a sentence-initial gerund right before a verb is its subject
  if (i === first && next && (next.pos === "VERB" || next.pos === "AUX") && toks[i].lower.endsWith("ing")) return true;
  // "The Red Cross operating in Iraq", "the demonstration staged by students": reduced relatives
  // (only after a common noun: "farmers protesting", not "wrote to John Reed protesting")
  if (prev && (prev.pos === "NOUN" || prev.pos === "PROPN") && toks[i].lower.endsWith("ing")) return prev.pos === "NOUN" ? "relative" : true;
  if (prev && (prev.pos === "NOUN" || prev.pos === "PROPN") && next?.lower === "by" && toks[i].lower.endsWith("ed")) return true;
  // "a Red Notice issued at the CBI's request": a transitive light verb with no object is passive
  if (prev && (prev.pos === "NOUN" || prev.pos === "PROPN") && next?.pos === "ADP" && toks[i].lower.endsWith("ed") && light.has(toks[i].lemma)
    && indefiniteBefore(toks, i - 1, first)) return true;
  // "reject proposed changes": a bare participle right after another verb, before a noun
  if (prev && prev.pos === "VERB" && next && (next.pos === "NOUN" || next.pos === "PROPN") && toks[i].lower.endsWith("ed")) return true;
  return false;
}

/** The verb lemma of an -ing form when it is a known trigger or frame ("warning" -> "warn"). */
function gerundLemma(w: string, lex: EventLexicon): string | undefined {
  const base = w.slice(0, -3);
  const doubled = /(.)\1$/.test(base) ? [base.slice(0, -1)] : [];
  for (const c of [base, `${base}e`, ...doubled]) if (lex.byVerb.has(c) || lex.sets.reporting.has(c)) return c;
  return undefined;
}

/**
 * The tagger's lemma, unless the lexicon does not know it and a regular reading of the
 * inflected form does ("staged" lemmatised as "stag" -> "stage").
 */
function verbLemma(t: Token, lex: EventLexicon): string {
  const known = lex.sets.verbs;
  if (known.has(t.lemma)) return t.lemma;
  const w = t.lower;
  const base = w.endsWith("ed") ? w.slice(0, -2) : w.endsWith("ing") ? w.slice(0, -3) : undefined;
  if (base === undefined) return t.lemma;
  const withE = `${base}e`;
  if (known.has(withE)) return withE;
  if (known.has(base)) return base;
  // "planned" -> "plan": a doubled final consonant
  const n = base.length;
  if (n > 2 && base[n - 1] === base[n - 2] && known.has(base.slice(0, -1))) return base.slice(0, -1);
  return t.lemma;
}

/** Finds the predicates of sentence tokens [first, last). */
export function findPredicates(toks: Token[], first: number, last: number, lex: EventLexicon): Predicate[] {
  const out: Predicate[] = [];
  for (let i = first; i < last; i++) {
    const t = toks[i];
    // ", warning that ...": an -ing form the tagger read as a noun after a comma
    const gerund = t.pos === "NOUN" && i > first && toks[i - 1].lower === "," && t.lower.endsWith("ing") ? gerundLemma(t.lower, lex) : undefined;
    // "troops shot dead three protesters": a past-tense verb the tagger read as a noun
    const tagged = t.pos === "NOUN" && gerund === undefined ? nounTaggedLemma(toks, i, first, last, lex.nounTagged) : undefined;
    const isVerb = t.pos === "VERB" || gerund !== undefined || tagged !== undefined;
    const isAdj = t.pos === "ADJ" && lex.sets.intentAdjectives.has(t.lower) && toks[i + 1]?.lower === "to"
      && i > first && (BE.has(toks[i - 1].lower) || toks[i - 1].pos === "ADV" || toks[i - 1].pos === "AUX");
    if (!isVerb && !isAdj) continue;
    const mod = isVerb && tagged === undefined && isModifier(toks, i, first, lex.sets.light);
    // "students protesting the vote": some reduced relatives are events of the noun before them
    const reduced = mod === "relative" && lex.sets.reducedRelatives.has(verbLemma(t, lex));
    if (mod && !reduced) continue;
    let s = i;
    const aux: string[] = [];
    while (s - 1 >= first) {
      const p = toks[s - 1];
      if (p.pos === "AUX" || p.pos === "PART" && p.lower !== "to" || lex.sets.negators.has(p.lower)
        || ((p.pos === "ADV" || INNER.has(p.lower)) && s - 2 >= first && (toks[s - 2].pos === "AUX" || toks[s - 2].pos === "ADV" || INNER.has(toks[s - 2].lower)))) {
        aux.unshift(p.lower);
        s--;
      } else break;
    }
    let end = i + 1;
    let particle: string | undefined;
    const n = toks[i + 1];
    // "shot dead": the resultative belongs to the verb group, not to its object
    if (tagged !== undefined && lex.nounTagged.resultatives.has(n.lower)) end++;
    else if (isVerb && n && end < last && PARTICLES.has(n.lower) && (n.pos === "ADP" || n.pos === "PART" || n.pos === "ADV")) {
      particle = n.lower;
      end++;
    }
    const beAux = aux.some((a) => BE.has(a)) || aux.includes("get") || aux.includes("got");
    const passive = isVerb && beAux && t.lower !== t.lemma && !t.lower.endsWith("ing") && IRREGULAR_PARTICIPLE.test(t.lower);
    out.push({ head: i, lemma: isAdj ? t.lower : gerund ?? tagged ?? verbLemma(t, lex), start: s, end, aux, passive, particle, adjective: isAdj || undefined, reduced: reduced || undefined });
  }
  return out;
}
