/**
 * One sentence, parsed shallowly: predicates, their argument spans, which predicates are
 * reporting frames, which govern a "to"-complement, and each predicate's subject actors
 * (with the fallbacks: coordination, control, the reporting speaker for an unresolved pronoun).
 */
import type { Token } from "../../document.ts";
import type { ControlKind, EventLexicon } from "../../lexicon/events.ts";
import type { Actor } from "../../types.ts";
import { actorsOver, type ActorIndex } from "./actors-in.ts";
import { findPredicates, type Predicate } from "./predicates.ts";
import { lastChunk, nounPhraseBefore, objectSpan, ownerMap, subjectSpan, type Span } from "./spans.ts";

const QUOTE = new Set(["\"", "“", "”", "'", "‘", "’", "``", "''"]);

/** The parse of one sentence. */
export interface Clauses {
  first: number;
  last: number;
  preds: Predicate[];
  subj: Span[];
  obj: Span[];
  reporting: boolean[];
  /** For a controller k: the complement predicate index and the control kind. */
  control: ({ comp: number; kind: ControlKind } | undefined)[];
  /** For a complement c: its controller. */
  controller: (number | undefined)[];
  /**
   * Resolved subject actors per predicate, and whether a fallback supplied them; `targets` are
   * the actors an event-noun subject is aimed at ("an attack on Iraqi police by insurgents").
   */
  subject: { actors: Actor[]; fallback: boolean; targets?: Actor[] }[];
}

const bareVerb = (toks: Token[], i: number) => toks[i].lower === toks[i].lemma.toLowerCase();

// Module-level helpers rather than closures in parseClauses: it runs once per sentence, and
// the loader names every closure it creates (a defineProperty call each time).
function hasPronoun(toks: Token[], s: Span): boolean {
  for (let i = s.from; i < s.to; i++) if (toks[i].pos === "PRON") return true;
  return s.to <= s.from;
}

/** A gerund governed by a preposition ("a proposal for signing", "of violating"). */
function gerundInPhrase(toks: Token[], p: Predicate, first: number): boolean {
  const prev = p.start > first ? toks[p.start - 1] : undefined;
  return !!prev && (prev.pos === "ADP" || prev.lower === "for") && toks[p.head].lower.endsWith("ing");
}

/** The actors after "by" in a passive predicate's object span. */
function agentOf(toks: Token[], actors: ActorIndex, ob: Span): Actor[] {
  for (let i = ob.from; i < ob.to; i++) if (toks[i].lower === "by") return actorsOver(toks, actors, i + 1, ob.to);
  return [];
}

const EVENT_NOUN_ROLE = new Map<string, "agent" | "target">([["by", "agent"], ["between", "agent"], ["with", "agent"], ["from", "agent"], ["on", "target"], ["against", "target"]]);

/**
 * "An attack on Iraqi police by insurgents [killed]": when the subject's head is an event noun,
 * "by" (or "between", "with", "from") names its doers and "on"/"against" its target. Without such a word
 * the noun has no named doer: "the blast near the headquarters of the army" was not the army's.
 */
function eventNounArgs(toks: Token[], actors: ActorIndex, lex: EventLexicon, chunk: Span, subj: Span): { agents: Actor[]; targets: Actor[] } | undefined {
  const h = chunk.to > chunk.from ? toks[chunk.to - 1] : undefined;
  if (!h || !(lex.byNoun.has(h.lemma) || lex.byNoun.has(h.lower))) return undefined;
  // "At the talks in Paris, Japan promised": only a subject that opens with the event noun phrase
  if (chunk.from !== subj.from) return undefined;
  const to = subj.to;
  let role: "agent" | "target" | undefined;
  let from = chunk.to;
  const agents: Actor[] = [], targets: Actor[] = [];
  for (let i = chunk.to; i <= to; i++) {
    const next = i < to ? EVENT_NOUN_ROLE.get(toks[i].lower) : "end";
    if (!next) continue;
    if (role) (role === "agent" ? agents : targets).push(...actorsOver(toks, actors, from, i));
    if (next === "end") break;
    role = next;
    from = i + 1;
  }
  return { agents, targets };
}

/** Parses sentence tokens [first, last) and resolves subjects. */
export function parseClauses(toks: Token[], first: number, last: number, lex: EventLexicon, actors: ActorIndex): Clauses {
  const preds = findPredicates(toks, first, last, lex).filter((p) => !actors.insideName(toks[p.head].start));
  const owner = ownerMap(preds, first, last);
  const starts = actors.startsAt;
  const subj = preds.map((_, k) => subjectSpan(toks, first, preds, k, owner, lex));
  const obj = preds.map((_, k) => objectSpan(toks, last, preds, k, owner, first, lex, starts));
  const reporting = preds.map((p) => !p.adjective && lex.sets.reporting.has(p.lemma));
  const control: Clauses["control"] = preds.map(() => undefined);
  const controller: Clauses["controller"] = preds.map(() => undefined);
  preds.forEach((p, k) => {
    let i = p.end;
    // "resumed shelling", "began collecting signatures": an aspect verb's gerund is its complement
    const g = i < last ? owner[i - first] : -1;
    if (g >= 0 && preds[g].head === i && toks[i].lower.endsWith("ing") && !p.adjective && lex.control.get(p.lemma) === "transparent") {
      control[k] = { comp: g, kind: "transparent" };
      controller[g] = k;
      return;
    }
    if (toks[i]?.lower !== "to") {
      // "urged Israel to ease", "called on X to": the complement follows a short object
      if (lex.control.get(p.lemma) !== "request") return;
      while (i < Math.min(last, p.end + 8) && toks[i].lower !== "to" && owner[i - first] < 0) i++;
      if (toks[i]?.lower !== "to") return;
    }
    let j = i + 1;
    while (j < last && (toks[j].pos === "ADV" || QUOTE.has(toks[j].lower))) j++;
    const c = j < last ? owner[j - first] : -1;
    if (c < 0 || preds[c].head !== j) return;
    const kind: ControlKind | undefined = p.adjective ? "intent" : lex.control.get(p.lemma);
    if (!kind) return;
    control[k] = { comp: c, kind };
    controller[c] = k;
  });
  // "prepared to resume shelling": a transparent complement hands on its own complement
  for (const ctl of control) {
    while (ctl && control[ctl.comp]?.kind === "transparent") ctl.comp = control[ctl.comp]!.comp;
  }
  const subject: Clauses["subject"] = [];
  for (let k = 0; k < preds.length; k++) {
    // "fired on students protesting the vote": a reduced relative's subject is the noun before it
    if (preds[k].reduced) {
      const np = nounPhraseBefore(toks, first, preds[k].start);
      subject.push({ actors: actorsOver(toks, actors, np.from, np.to), fallback: false });
      continue;
    }
    const participleAfterComma = toks[preds[k].start - 1]?.lower === "," && toks[preds[k].head].lower.endsWith("ing") && k > 0;
    // "The Red Cross operating in Iraq said": a bare participle before a prepositional phrase is
    // a reduced relative on the subject, so the verb shares that participle's subject.
    const before = preds[k - 1];
    if (before && before.end === subj[k].from && before.start === before.head && toks[before.head].lower.endsWith("ing")
      && toks[subj[k].from]?.pos === "ADP" && subject[k - 1].actors.length) { subject.push(subject[k - 1]); continue; }
    // Prefer the noun phrase next to the verb; a pronoun there stands alone ("companies it accused").
    const chunk = lastChunk(toks, subj[k]);
    const near = actorsOver(toks, actors, chunk.from, chunk.to);
    const pronoun = chunk.to - chunk.from === 1 && toks[chunk.from].pos === "PRON";
    const roles = !near.length && !pronoun && !participleAfterComma ? eventNounArgs(toks, actors, lex, chunk, subj[k]) : undefined;
    if (roles?.agents.length) { subject.push({ actors: roles.agents, fallback: false, targets: roles.targets }); continue; }
    // an event noun without a named doer does not lend the subject its target or place
    let own = participleAfterComma || roles ? [] : near.length || pronoun ? near : actorsOver(toks, actors, subj[k].from, subj[k].to);
    // "Salaheddine Sidhoum, Algeria's leading activist, staged": an unknown name takes its appositive
    if (!own.length && !pronoun && subj[k].to < preds[k].start) own = actorsOver(toks, actors, subj[k].to, preds[k].start);
    if (own.length) { subject.push({ actors: own, fallback: false }); continue; }
    const ctl = controller[k];
    if (ctl !== undefined && ctl < k) { subject.push(subject[ctl]); continue; }
    // "was indicted ... and will resign": a coordinated verb shares the previous subject
    // ", injuring three fishermen": a participle after a comma shares the main subject too
    const participle = toks[preds[k].start - 1]?.lower === "," && toks[preds[k].head].lower.endsWith("ing");
    // "opened its borders ... but was still refusing admittance": "but" coordinates verbs too
    const coordinated = subj[k].opener === "and" || subj[k].opener === "but";
    if ((coordinated || participle) && k > 0) {
      let q = k - 1;
      while (q > 0 && subj[q].opener !== undefined && subj[q].opener !== "and" && subj[q].opener !== "but") q--;
      // "said the draft would complicate efforts and accused X": a tensed verb pairs with a
      // tensed one, not with the bare verb after a modal inside the reported clause
      if (!participle && !bareVerb(toks, preds[k].head)) while (q > 0 && bareVerb(toks, preds[q].head)) q--;
      // "rejected a proposal for signing X, urging Y": a participle skips gerunds inside phrases
      if (participle) while (q > 0 && gerundInPhrase(toks, preds[q], first)) q--;
      // "was attacked by militiamen, killing 156 people": after a passive the agent does the killing
      if (participle && preds[q].passive) { subject.push({ actors: agentOf(toks, actors, obj[q]), fallback: true }); continue; }
      subject.push(subject[q]);
      continue;
    }
    const stop = subj[k].stoppedAt;
    if (stop !== undefined && stop >= 0 && stop < k && hasPronoun(toks, subj[k])) { subject.push({ actors: subject[stop].actors, fallback: true }); continue; }
    const rep = reporting.findIndex((r, q) => r && q < k);
    if (rep >= 0 && hasPronoun(toks, subj[k])) { subject.push({ actors: subject[rep].actors, fallback: true }); continue; }
    subject.push({ actors: [], fallback: true });
  }
  // "Welcoming the visit ..., he said": a sentence-initial participle takes the main subject.
  if (preds.length > 1 && subject[0].actors.length === 0 && subj[0].to <= subj[0].from) {
    const main = subject.findIndex((s, q) => q > 0 && s.actors.length > 0);
    if (main > 0) subject[0] = { actors: subject[main].actors, fallback: true };
  }
  return { first, last, preds, subj, obj, reporting, control, controller, subject };
}
