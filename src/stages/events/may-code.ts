/**
 * An exact pre-filter: most news sentences ("Profits rose 5 pct, the company said") hold no
 * word the event patterns react to, and the shallow parse of such a sentence can only come
 * to nothing. The test reads token.lower, lemma and pos against Sets of the lexicon; it may
 * pass a sentence that yields no event, never the reverse.
 */
import type { Token } from "../../document.ts";
import type { EventLexicon } from "../../lexicon/events.ts";
import { stem } from "./match.ts";

/** The doubled final consonant dropped ("plann" -> "plan"), or undefined. */
function undoubled(base: string): string | undefined {
  const n = base.length;
  return n > 1 && base[n - 1] === base[n - 2] ? base.slice(0, -1) : undefined;
}

/**
 * 2 when some lemma a predicate on token `t` may take (the tagger's, or one of the regular
 * readings of -ed/-ing/-s forms that predicates.ts and match.ts try) is a trigger verb, 1 when
 * it is only a light or occurrence verb (its event may be a noun: "held talks", "clashes erupted"), else 0.
 */
function verbKind(t: Token, s: EventLexicon["sets"]): number {
  const w = t.lower;
  // match.ts tries the surface form itself too ("wound", lemmatised "wind")
  if (s.triggers.has(t.lemma) || s.triggers.has(w)) return 2;
  let kind = s.nounVerbs.has(t.lemma) || s.nounVerbs.has(w) ? 1 : 0;
  const cut = w.endsWith("ed") ? 2 : w.endsWith("ing") ? 3 : w.endsWith("s") ? 1 : 0;
  if (!cut) return kind;
  const base = w.slice(0, -cut);
  // verbLemma's readings (base, base + "e", undoubled) and match.ts's stem ("denied" -> "deny")
  const forms = cut === 1 ? [base] : [base, `${base}e`, undoubled(base), stem(w)];
  for (const f of forms) {
    if (f === undefined) continue;
    if (s.triggers.has(f)) return 2;
    if (s.nounVerbs.has(f)) kind = 1;
  }
  return kind;
}

/** True when a word may be a trigger noun of a light verb ("held talks"). */
function nounTrigger(t: Token, lex: EventLexicon): boolean {
  // The lemma last: it is looked up on first read, and most nouns are settled without it.
  const w = t.lower;
  return lex.byNoun.has(w) || lex.byNoun.has(stem(w)) || lex.byNoun.has(t.lemma);
}

/**
 * False when sentence tokens [first, last) provably yield no event from their predicates:
 * no trigger or control verb, no light verb beside a trigger noun, no intent adjective
 * ("ready to") and no obligation modal (a reported "must" is a REQUEST whatever the verb).
 */
export function mayCode(lex: EventLexicon, toks: readonly Token[], first: number, last: number): boolean {
  const s = lex.sets;
  let light = false;
  for (let i = first; i < last; i++) {
    const t = toks[i];
    const pos = t.pos;
    // findPredicates reads a noun as a verb only for ", warning that ..." and "troops shot dead"
    if (pos === "NOUN" && lex.nounTagged.forms.has(t.lower)) return true;
    if (pos === "VERB" || pos === "NOUN" && i > first && toks[i - 1].lower === "," && t.lower.endsWith("ing")) {
      const kind = verbKind(t, s);
      if (kind === 2) return true;
      if (kind === 1) light = true;
    } else if (pos === "ADJ" && s.intentAdjectives.has(t.lower)) return true;
    if (s.obligationModals.has(t.lower)) return true;
  }
  if (!light) return false;
  for (let i = first; i < last; i++) {
    const pos = toks[i].pos;
    if ((pos === "NOUN" || pos === "PROPN" || pos === "VERB") && nounTrigger(toks[i], lex)) return true;
  }
  return false;
}
