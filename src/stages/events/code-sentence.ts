/**
 * Codes the events of one sentence: each predicate (or control verb + complement) that
 * matches a pattern becomes one candidate with its reading, actors and recipients.
 */
import type { Token } from "../../document.ts";
import type { EventLexicon } from "../../lexicon/events.ts";
import type { Actor } from "../../types.ts";
import { actorsOver, type ActorIndex } from "./actors-in.ts";
import type { Clauses } from "./clauses.ts";
import { matchPredicate } from "./match.ts";
import { readPredicate } from "./reading.ts";
import { completeRecipients, dropOwnPossessives, type RecipientContext } from "./recipients.ts";
import { COMMISSIVE, shiftCode, type Reading } from "./status.ts";

/** An event before dates, places and ids are attached. */
export interface Candidate {
  reading: Reading;
  mode?: string;
  actors: Actor[];
  recipients: Actor[];
  /** Token indices spanned by the evidence, and the trigger token indices. */
  from: number;
  to: number;
  triggers: number[];
  rule: string;
  subordinate: boolean;
  cues: boolean;
  fallback: boolean;
  /** The actors are the clause's own subject (or passive agent), not a fallback guess. */
  ownActors: boolean;
}

const key = (a: Actor) => a.entity ?? a.code;
const NEEDS_COUNTERPART = new Set(["SUPPORT", "COOPERATE", "AID", "CONSULT"]);
const RECIPROCAL_TYPES = new Set(["AGREE", "CONSULT", "COOPERATE", "SUPPORT", "ASSAULT"]);
const hasUnlessAfter = (toks: Token[], from: number, to: number) => {
  for (let i = from; i < to; i++) if (toks[i].lower === "unless") return true;
  return false;
};
const minus = (list: Actor[], drop: Actor[]) => list.filter((a) => !drop.some((d) => key(d) === key(a)));
const union = (a: Actor[], b: Actor[]) => [...a, ...minus(b, a)];

/** A gerund after a preposition ("accused X of violating") or a purpose "to"-clause is not asserted. */
function isEmbedded(toks: Token[], c: Clauses, k: number): boolean {
  const p = c.preds[k];
  const prev = toks[p.start - 1];
  if (!prev || p.start - 1 < c.first || c.controller[k] !== undefined) return false;
  // "cooperate to encourage refugees to return": a purpose clause, even one that governs a verb
  if (c.control[k]) return prev.lower === "to";
  // "an appeal for deploying troops": the tagger reads "for" before a gerund as a conjunction
  if ((prev.pos === "ADP" || prev.lower === "for") && /ing$/.test(toks[p.head].lower)) return true;
  // "of violating human rights, ignoring international law": a list of such gerunds
  if (prev.lower === "," && k > 0 && /ing$/.test(toks[p.head].lower) && isEmbedded(toks, c, k - 1)) return true;
  if (prev.lemma === "help" || prev.lemma === "let") return true; // "help resolve", "let members negotiate"
  return prev.lower === "to" && c.controller[k] === undefined;
}


/**
 * "demanded that Israel ease ...": the content of a demand, accusation or denial is not
 * asserted ("content"); the content of a promise is the promised act ("promised").
 */
function isContentClause(lex: EventLexicon, toks: Token[], c: Clauses, k: number): "content" | "promised" | false {
  if (c.subj[k].opener !== "that" || k === 0) return false;
  let g = k - 1;
  while (g > 0 && c.controller[g] !== undefined) g--;
  if (COMMISSIVE.has(c.preds[g].lemma)) return "promised";
  // "reiterated its demand that ...": a reporting verb whose object is a demand or charge
  if (c.reporting[g]) return matchPredicate(lex, toks, c.preds[g], c.subj[g], c.obj[g]) ? "content" : false;
  const gv = c.preds[g];
  return lex.byVerb.has(gv.lemma) || lex.sets.light.has(gv.lemma) && c.obj[g].to > c.obj[g].from ? "content" : false;
}

/** True when the reporting speaker is the state body that does an agentless passive act of this type. */
function speakerAgent(lex: EventLexicon, type: string, speakers: readonly Actor[]): boolean {
  const s = lex.sets;
  return s.speakerAgentTypes.has(type) && speakers.length > 0 && speakers.every((a) => !!a.sector && s.speakerAgentSectors.has(a.sector));
}

/** Codes sentence clauses into candidates. */
export function codeSentence(lex: EventLexicon, toks: Token[], c: Clauses, actors: ActorIndex, ctx: RecipientContext): Candidate[] {
  const out: Candidate[] = [];
  const speaker = c.reporting.findIndex((r) => r);
  const speakerActors = speaker >= 0 ? c.subject[speaker].actors : [];
  for (let k = 0; k < c.preds.length; k++) {
    if (c.controller[k] !== undefined) continue;
    const ctl = c.control[k];
    const head = ctl ? ctl.comp : k;
    const p = c.preds[head];
    const content = isContentClause(lex, toks, c, k);
    if (content === "content" || isEmbedded(toks, c, k)) continue;
    const read = readPredicate(lex, toks, c, k, speaker, content === "promised");
    if (!read) continue;
    let reading = read.reading;
    // "promised that the bank would lift limits": the promised act itself, intended
    if (content === "promised") reading = { ...reading, status: "intended" };
    const m = read.match;
    const rule = read.rule;

    // Arguments: subject, object (complement object for control verbs), passive "by".
    let subjActors = c.subject[k].actors;
    let objActors = union(actorsOver(toks, actors, c.obj[k].from, c.obj[k].to), ctl ? actorsOver(toks, actors, c.obj[head].from, c.obj[head].to) : []);
    // "an attack on Iraqi police by insurgents killed five": the event noun's target is hit too
    const targets = c.subject[k].targets;
    if (targets?.length) objActors = union(targets, objActors);
    if (read.obligation) { objActors = subjActors; subjActors = speakerActors; }
    let actorsOut: Actor[];
    let recipients: Actor[];
    const pv = c.preds[head];
    if (pv.passive && !(m?.nominal)) {
      const ob = c.obj[head];
      let by = -1;
      for (let i = ob.from; i < ob.to; i++) if (toks[i].lower === "by") { by = i; break; }
      actorsOut = by >= 0 ? actorsOver(toks, actors, by + 1, ob.to) : [];
      if (by < 0 && speakerAgent(lex, reading.type, speakerActors)) actorsOut = speakerActors;
      recipients = union(subjActors, minus(objActors, actorsOut));
    } else {
      actorsOut = subjActors;
      // "described its actions": the actor's own possessive names no counterpart
      recipients = dropOwnPossessives(toks, actors, ctl ? [c.obj[k], c.obj[head]] : [c.obj[k]], actorsOut, objActors);
    }
    let fallback = c.subject[k].fallback;
    const ownActors = !fallback;
    const reciprocal = (actorsOut.length > 0 || !!m?.nominal) && !!m?.pattern.reciprocal && RECIPROCAL_TYPES.has(reading.type);
    if (reciprocal) {
      let parties = union(actorsOut, recipients);
      if (parties.length < 2 && m?.nominal) { parties = union(parties, ctx.sentenceActors); fallback = true; }
      actorsOut = parties;
      recipients = parties.length > 1 ? parties : [];
    }
    if (!actorsOut.length && content === "promised") actorsOut = c.subject[k - 1]?.actors ?? [];
    if (!actorsOut.length) continue;
    if (read.obligation && !recipients.length) continue;
    if (!reciprocal) {
      const ob = c.obj[head];
      const where = ob.to > ob.from ? actors.placeIn(toks[ob.from].start, toks[ob.to - 1].end) : undefined;
      const objectPlace = where?.country ? { code: where.country, country: where.country, name: where.name } : undefined;
      const done = completeRecipients(lex, toks, ob, reading.type, actorsOut, recipients, ctx, { speakerActors, objectPlace });
      recipients = done.recipients;
      fallback ||= done.fallback;
    }
    // Cooperation needs a counterpart: "Thailand exported rice" with nobody named is not a dyad.
    if (!recipients.length && NEEDS_COUNTERPART.has(reading.type)) continue;
    // "will withdraw its force unless ...": a conditional intention is an ultimatum
    if (reading.status === "intended" && hasUnlessAfter(toks, p.end, c.last)) {
      reading = { code: shiftCode(lex, "threaten", reading.code, reading.type) ?? "130", type: "THREATEN", status: "intended" };
    }
    const trig = [c.preds[k].head, ...(ctl ? [p.head] : []), ...(m?.nominal ? [m.trigger] : [])];
    const opener = c.subj[k].opener;
    out.push({
      reading, mode: m?.pattern.mode, actors: actorsOut, recipients,
      from: Math.min(c.preds[k].start, ...trig), to: Math.max(c.preds[k].end, ...trig.map((t) => t + 1)),
      triggers: trig, rule: rule || "none",
      subordinate: opener !== undefined && (lex.sets.subordinators.has(opener) || lex.sets.conditionals.has(opener) || lex.sets.relatives.has(opener) && opener !== "that"),
      cues: !!(m?.pattern.objects || m?.pattern.particle || m?.nominal), fallback, ownActors,
    });
  }
  return out;
}
