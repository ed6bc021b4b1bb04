/**
 * Status and PLOVER's auxiliary modes: intent ("will", "offered to"), negation ("did not",
 * "refused to"), hypothesis ("if", "could") — and the code shifts they imply: intended
 * cooperation is AGREE, intended force is THREATEN, a refused or negated promise is REJECT.
 */
import type { EventLexicon } from "../../lexicon/events.ts";
import type { EventStatus, PloverType } from "../../types.ts";
import type { Predicate } from "./predicates.ts";

/** What the verb group and its clause say about the event's reality. */
export interface Modality {
  intended: boolean;
  negated: boolean;
  hypothetical: boolean;
  /** "must"/"should": an obligation laid on the subject. */
  obligation: boolean;
}

const COOPERATIVE = new Set<PloverType>(["CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"]);
const FORCEFUL = new Set<PloverType>(["SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"]);

/** Reads modality from the auxiliaries and the clause opener ("if", "unless"). */
export function modalityOf(lex: EventLexicon, p: Predicate, opener: string | undefined): Modality {
  const s = lex.sets;
  return {
    intended: p.aux.some((a) => s.intentModals.has(a)) || (p.aux.includes("going") && p.aux.includes("to")),
    negated: p.aux.some((a) => s.negators.has(a)),
    hypothetical: p.aux.some((a) => s.hypotheticalModals.has(a)) || (opener !== undefined && s.conditionals.has(opener)),
    obligation: p.aux.some((a) => s.obligationModals.has(a)),
  };
}

/** The code a control kind maps an event to ("threaten" + ban -> 1322). */
export function shiftCode(lex: EventLexicon, kind: "intent" | "threaten" | "refuse" | "request", code: string, type: PloverType | undefined): string | undefined {
  const table = lex.frames.shifts[kind];
  const byCode = table.byCode[code] ?? table.byCode[code.slice(0, 3)];
  if (byCode) return byCode;
  if (type && table.byType[type]) return table.byType[type];
  return undefined;
}

/** A coded reading: CAMEO code, PLOVER type, status. */
export interface Reading {
  code: string;
  type: PloverType;
  status: EventStatus;
}

/** Applies modality to a base reading (the PLOVER future and negation modes). */
export function applyModality(lex: EventLexicon, base: Reading, m: Modality, promised = false): Reading {
  const type = base.type;
  const typeOf = (code: string, fallback: PloverType) => lex.cameo.get(code)?.plover ?? fallback;
  if (m.hypothetical) return { ...base, status: "hypothetical" };
  if (m.negated && m.intended && (COOPERATIVE.has(type) || type === "AGREE")) {
    const code = shiftCode(lex, "refuse", base.code, type) ?? "120";
    return { code, type: "REJECT", status: "asserted" };
  }
  if (m.negated) return { ...base, status: "negated" };
  if (m.intended) return intend(lex, base, promised, typeOf);
  return base;
}

/** The intended reading of an event: AGREE for cooperation, THREATEN for force. */
export function intend(lex: EventLexicon, base: Reading, promised = false, typeOf: (c: string, f: PloverType) => PloverType = (c, f) => lex.cameo.get(c)?.plover ?? f): Reading {
  // Project convention: a promise to ease a restriction stays CONCEDE (AGREE is the alternative).
  if (promised && base.type === "CONCEDE" && base.code.startsWith("081")) return { ...base, status: "intended" };
  if (COOPERATIVE.has(base.type)) {
    const code = shiftCode(lex, "intent", base.code, base.type) ?? "030";
    return { code, type: "AGREE", status: "intended" };
  }
  if (FORCEFUL.has(base.type)) {
    const code = shiftCode(lex, "threaten", base.code, base.type) ?? "130";
    return { code, type: typeOf(code, "THREATEN"), status: "intended" };
  }
  return { ...base, status: "intended" };
}

/** Verbs of commitment: what they promise is coded as the promised act ("promised to lift"). */
export const COMMISSIVE: ReadonlySet<string> = new Set(["promise", "pledge", "vow", "guarantee", "assure", "undertake"]);

/** True for the cooperative PLOVER types that intent turns into AGREE. */
export const isCooperative = (t: PloverType): boolean => COOPERATIVE.has(t) || t === "AGREE";
