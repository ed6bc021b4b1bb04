/**
 * Past-tense verbs the tagger reads as nouns ("troops shot dead three protesters"): read by the
 * entities stage (so "troops" stays the subject's head, not a modifier of "shot") and by the
 * event predicates (so "shot" is the verb).
 */
import type { Token } from "./document.ts";

/** frames.nounTaggedVerbs as lookups: noun-tagged form -> verb lemma, and the words that prove a verb. */
export interface NounTagged {
  forms: ReadonlyMap<string, string>;
  resultatives: ReadonlySet<string>;
  preps: ReadonlySet<string>;
  units: ReadonlySet<string>;
}

/**
 * The verb lemma of a past-tense form the tagger read as a noun ("troops shot dead three
 * protesters"), when a subject noun is right before it and only a verb fits what follows
 * (frames.nounTaggedVerbs); undefined otherwise ("a shot in the arm", "shares shot up").
 */
export function nounTaggedLemma(toks: readonly Token[], i: number, first: number, last: number, nt: NounTagged): string | undefined {
  const lemma = nt.forms.get(toks[i].lower);
  if (lemma === undefined || i === first || i + 1 >= last) return undefined;
  const prev = toks[i - 1];
  if (prev.pos !== "NOUN" && prev.pos !== "PROPN") return undefined;
  const next = toks[i + 1];
  if (nt.resultatives.has(next.lower) || nt.preps.has(next.lower)) return lemma;
  if (next.lower === "and") return i + 2 < last && toks[i + 2].pos === "VERB" ? lemma : undefined;
  if (next.pos === "DET" || next.pos === "PROPN") return lemma;
  if (next.pos === "NUM") return i + 2 < last && !nt.units.has(toks[i + 2].lower) ? lemma : undefined;
  return undefined;
}
