/**
 * Pattern matching: a predicate's lemma (with particle and object cues) against the verb
 * patterns; light verbs ("held talks", "talks were held") against the noun patterns.
 * Lookups go through lemma-indexed maps, never a scan over all patterns.
 */
import type { Token } from "../../document.ts";
import { patternType, type EventLexicon, type EventPattern } from "../../lexicon/events.ts";
import type { Predicate } from "./predicates.ts";
import { lastChunk, type Span } from "./spans.ts";

/** A pattern that fired, with the token that triggered it. */
export interface Match {
  pattern: EventPattern;
  /** Token index of the trigger noun for nominal events, else the verb head. */
  trigger: number;
  nominal: boolean;
}

const CUE_WINDOW = 8;

function cueHit(toks: Token[], from: number, to: number, cues: ReadonlySet<string> | undefined): boolean {
  if (!cues) return true;
  for (let i = from; i < to; i++) {
    const t = toks[i];
    if (cues.has(t.lemma) || cues.has(t.lower)) return true;
  }
  return false;
}

function prepHit(toks: Token[], from: number, to: number, preps: ReadonlySet<string> | undefined): boolean {
  if (!preps) return true;
  for (let i = from; i < Math.min(to, from + 3); i++) if (preps.has(toks[i].lower)) return true;
  return false;
}

/** A crude lemma for forms the tagger leaves alone ("favoured" -> "favour"). */
export function stem(w: string): string {
  if (w.endsWith("ied")) return w.slice(0, -3) + "y";
  if (w.endsWith("ed")) return w.slice(0, -2);
  if (w.endsWith("ing")) return w.slice(0, -3);
  if (w.endsWith("s")) return w.slice(0, -1);
  return w;
}

/** First verb pattern of the predicate whose cues all hold. */
export function matchVerb(lex: EventLexicon, toks: Token[], p: Predicate, obj: Span): Match | undefined {
  const list = lex.byVerb.get(p.lemma) ?? lex.byVerb.get(stem(toks[p.head].lower));
  if (!list) return undefined;
  const to = Math.min(obj.to + 2, obj.from + CUE_WINDOW, toks.length);
  // "students protesting the vote": a reduced relative reads as the one pattern frames.yaml names
  const only = p.reduced ? lex.frames.reducedRelatives[p.lemma] : undefined;
  // Whether any pattern's object cue is in the window: when none is, no cue-bearing pattern can hold.
  let anyCue: boolean | undefined;
  for (const pat of list) {
    if (only !== undefined && pat.id !== only) continue;
    if (pat.particle && pat.particle !== p.particle) continue;
    if (!pat.particle && p.particle && list.some((q) => q.particle === p.particle)) continue;
    const cues = lex.cues.get(pat);
    if (cues?.objects && !(anyCue ??= cueHit(toks, obj.from, to, lex.listObjects.get(list)))) continue;
    if (!cueHit(toks, obj.from, to, cues?.objects)) continue;
    if (!prepHit(toks, obj.from, obj.to, cues?.preps)) continue;
    return { pattern: pat, trigger: p.head, nominal: false };
  }
  return undefined;
}

/** A noun pattern for a trigger noun in [from, to), licensed by the light verb `verb`. */
export function matchNoun(lex: EventLexicon, toks: Token[], from: number, to: number, verb: string | undefined): Match | undefined {
  for (let i = from; i < to; i++) {
    const t = toks[i];
    if (t.pos !== "NOUN" && t.pos !== "PROPN" && t.pos !== "VERB") continue;
    const list = lex.byNoun.get(t.lemma) ?? lex.byNoun.get(t.lower) ?? lex.byNoun.get(stem(t.lower));
    if (!list) continue;
    const lo = Math.max(from, i - 3), hi = Math.min(toks.length, i + 3);
    let anyCue: boolean | undefined;
    for (const pat of list) {
      const cues = lex.cues.get(pat);
      if (cues?.light && verb && !cues.light.has(verb)) continue;
      if (cues?.objects && !(anyCue ??= cueHit(toks, lo, hi, lex.listObjects.get(list)))) continue;
      if (!cueHit(toks, lo, hi, cues?.objects)) continue;
      return { pattern: pat, trigger: i, nominal: true };
    }
  }
  return undefined;
}

/** Matches a predicate: its own verb pattern first; light verbs fall back to their noun. */
export function matchPredicate(lex: EventLexicon, toks: Token[], p: Predicate, subj: Span, obj: Span): Match | undefined {
  const light = lex.sets.light.has(p.lemma);
  const verb = matchVerb(lex, toks, p, obj);
  // A cue-bearing verb pattern beats the noun ("imposed sanctions" is one pattern either way).
  if (verb && (!light || verb.pattern.objects || verb.pattern.particle)) return verb;
  // "clashes erupted", "fighting broke out": the subject's head noun is the event
  // (not after a comma: "talks, aimed at ending the strike, will resume" has no clean subject)
  if (!verb && !p.passive && toks[subj.to - 1]?.lower !== "," && lex.sets.occurrence.has(p.particle ? `${p.lemma} ${p.particle}` : p.lemma)) {
    const head = lastChunk(toks, subj);
    // "Heavy fighting raged": the tagger's verb-like gerund is the head word of an empty chunk
    const from = head.to > head.from ? head.from : Math.max(subj.from, subj.to - 1);
    const to = head.to > head.from ? head.to : Math.min(subj.to, from + 1);
    const noun = matchNoun(lex, toks, from, to, undefined);
    const type = noun && patternType(lex, noun.pattern);
    if (type && lex.frames.occurrence.types.includes(type)) return noun;
  }
  if (light) {
    const noun = p.passive ? matchNoun(lex, toks, subj.from, subj.to, p.lemma) : matchNoun(lex, toks, obj.from, Math.min(obj.to, obj.from + 10), p.lemma);
    if (noun) return noun;
  }
  return verb;
}
