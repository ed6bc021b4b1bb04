/**
 * The reading of one predicate: which pattern fired and what CAMEO code, PLOVER type and
 * status follow once control verbs ("offered to", "threatened to", "refused to", "urged X to"),
 * modality ("will", "not", "if") and reporting frames ("said X must") are applied.
 */
import type { Token } from "../../document.ts";
import { patternType, type EventLexicon } from "../../lexicon/events.ts";
import type { Clauses } from "./clauses.ts";
import { matchPredicate, type Match } from "./match.ts";
import { applyModality, COMMISSIVE, intend, modalityOf, shiftCode, type Reading } from "./status.ts";

/** A predicate's reading with the pattern behind it. */
export interface PredicateReading {
  reading: Reading;
  match?: Match;
  rule: string;
  /** "X said Y must ...": the speaker is the actor and Y the recipient. */
  obligation: boolean;
}

function base(lex: EventLexicon, m: Match | undefined): Reading | undefined {
  const type = m && patternType(lex, m.pattern);
  return m && type ? { code: m.pattern.code, type, status: "asserted" } : undefined;
}

function id(m: Match | undefined): string {
  return m?.pattern.id ?? "none";
}

/** Reads predicate k of the sentence (with its complement when it is a control verb). */
export function readPredicate(lex: EventLexicon, toks: Token[], c: Clauses, k: number, speaker: number, promised = false): PredicateReading | undefined {
  const ctl = c.control[k];
  const own = matchPredicate(lex, toks, c.preds[k], c.subj[k], c.obj[k]);
  const comp = ctl ? matchPredicate(lex, toks, c.preds[ctl.comp], c.subj[ctl.comp], c.obj[ctl.comp]) : undefined;
  const mod = modalityOf(lex, c.preds[k], c.subj[k].opener);
  // "X said Y must do Z": an obligation reported by a speaker is the speaker's REQUEST.
  if (mod.obligation && speaker >= 0 && speaker !== k && c.subject[k].actors.length && !c.subject[k].fallback) {
    const m = comp ?? own;
    const b = base(lex, m);
    const code = (b && shiftCode(lex, "request", b.code, b.type)) ?? "100";
    return { reading: { code, type: "REQUEST", status: "asserted" }, match: m, rule: `frame.obligation>${id(m)}`, obligation: true };
  }
  // "saying he must resign": an obligation no speaker lays on a named party is no act of its own
  if (mod.obligation) return undefined;
  if (ctl && c.preds[ctl.comp].lemma === "be") return undefined; // "asked not to be identified"
  if (ctl && ctl.kind !== "transparent") {
    const b = base(lex, comp);
    // "plan to form a venture", "failed to service its debt": a bare plan or failure is no event
    if (!comp && !own && !c.preds[k].adjective && (ctl.kind === "intent" || ctl.kind === "refuse" && c.preds[k].lemma === "fail")) return undefined;
    let reading: Reading;
    // "prepared to resume shelling": readiness to use force is a force posture (PLOVER MOBILIZE)
    if (ctl.kind === "intent" && b && (b.type === "ASSAULT" || b.type === "MOBILIZE") && !c.preds[k].adjective
      && lex.sets.preparation.has(c.preds[k].lemma) && !mod.negated && !mod.hypothetical) {
      const code = b.type === "MOBILIZE" ? b.code : "150";
      return { reading: { code, type: "MOBILIZE", status: "asserted" }, match: comp, rule: `preparation>${id(comp)}`, obligation: false };
    }
    if (ctl.kind === "intent") reading = { ...(b ? intend(lex, b, COMMISSIVE.has(c.preds[k].lemma)) : base(lex, own) ?? { code: "030", type: "AGREE" as const, status: "asserted" as const }), status: "intended" };
    else if (ctl.kind === "threaten") reading = { code: (b && shiftCode(lex, "threaten", b.code, b.type)) ?? "130", type: "THREATEN", status: "asserted" };
    else if (ctl.kind === "refuse") reading = { code: (b && shiftCode(lex, "refuse", b.code, b.type)) ?? "120", type: "REJECT", status: "asserted" };
    else reading = { code: (b && shiftCode(lex, "request", b.code, b.type)) ?? "100", type: "REQUEST", status: "asserted" };
    if (reading.type === "AGREE" && mod.negated && mod.intended) reading = { code: (b && shiftCode(lex, "refuse", b.code, b.type)) ?? "120", type: "REJECT", status: "asserted" };
    else if (mod.negated) reading = { ...reading, status: "negated" };
    else if (mod.hypothetical) reading = { ...reading, status: "hypothetical" };
    return { reading, match: comp ?? own, rule: `${ctl.kind}>${id(comp ?? own)}`, obligation: false };
  }
  const m = ctl ? comp : own;
  const b = base(lex, m);
  if (!b) return undefined;
  return { reading: applyModality(lex, b, mod, promised), match: m, rule: ctl ? `transparent>${id(m)}` : id(m), obligation: false };
}
