/**
 * Codes the events of one sentence: each predicate (or control verb + complement) that
 * matches a pattern becomes one candidate with its reading, actors and recipients.
 */
import type { Token } from "../../document.ts";
import { patternType, type EventLexicon } from "../../lexicon/events.ts";
import type { Actor } from "../../types.ts";
import type { ActorIndex } from "./actors-in.ts";
import type { Clauses } from "./clauses.ts";
import { matchPredicate, type Match } from "./match.ts";
import { applyModality, intend, modalityOf, shiftCode, type Reading } from "./status.ts";

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
}

const key = (a: Actor) => a.entity ?? a.code;
const minus = (list: Actor[], drop: Actor[]) => list.filter((a) => !drop.some((d) => key(d) === key(a)));
const union = (a: Actor[], b: Actor[]) => [...a, ...minus(b, a)];

/** Codes sentence clauses into candidates. */
export function codeSentence(lex: EventLexicon, toks: Token[], c: Clauses, actors: ActorIndex, sentenceActors: Actor[]): Candidate[] {
  const out: Candidate[] = [];
  const spanActors = (from: number, to: number) => (to > from ? actors.inSpan(toks[from].start, toks[to - 1].end) : []);
  const speaker = c.reporting.findIndex((r) => r);
  const speakerActors = speaker >= 0 ? c.subject[speaker].actors : [];
  const base = (m: Match): Reading | undefined => {
    const type = patternType(lex, m.pattern);
    return type ? { code: m.pattern.code, type, status: "asserted" } : undefined;
  };
  for (let k = 0; k < c.preds.length; k++) {
    if (c.controller[k] !== undefined) continue;
    const ctl = c.control[k];
    const head = ctl ? ctl.comp : k;
    const p = c.preds[head];
    const own = matchPredicate(lex, toks, c.preds[k], c.subj[k], c.obj[k]);
    const comp = ctl ? matchPredicate(lex, toks, p, c.subj[head], c.obj[head]) : undefined;
    const mod = modalityOf(lex, c.preds[k], c.subj[k].opener);
    let reading: Reading | undefined;
    let m: Match | undefined = comp ?? own;
    let rule = m?.pattern.id ?? "";
    if (ctl && ctl.kind !== "transparent") {
      const b = comp ? base(comp) : undefined;
      if (ctl.kind === "intent") reading = b ? intend(lex, b) : own ? base(own) : { code: "030", type: "AGREE", status: "intended" };
      else if (ctl.kind === "threaten") reading = { code: (b && shiftCode(lex, "threaten", b.code, b.type)) ?? "130", type: "THREATEN", status: "asserted" };
      else if (ctl.kind === "refuse") reading = { code: (b && shiftCode(lex, "refuse", b.code, b.type)) ?? "120", type: "REJECT", status: "asserted" };
      else reading = { code: (b && shiftCode(lex, "request", b.code, b.type)) ?? "100", type: "REQUEST", status: "asserted" };
      if (reading && ctl.kind === "intent") reading = { ...reading, status: "intended" };
      rule = `${ctl.kind}>${rule || "none"}`;
      m = comp ?? own;
    } else if (ctl && !comp) continue;
    else if (!m) {
      // "X said Y must do Z": an obligation reported by a speaker is a REQUEST from the speaker.
      if (mod.obligation && speaker >= 0 && speaker < k) {
        reading = { code: "100", type: "REQUEST", status: "asserted" };
        rule = "frame.obligation";
      } else continue;
    } else reading = base(m);
    if (!reading) continue;
    if (!ctl || ctl.kind === "transparent") {
      if (mod.obligation && speaker >= 0 && speaker < k && m) {
        const b = base(m);
        reading = { code: (b && shiftCode(lex, "request", b.code, b.type)) ?? "100", type: "REQUEST", status: "asserted" };
        rule = `frame.obligation>${rule}`;
      } else reading = applyModality(lex, reading, mod);
    } else if (mod.negated) reading = { ...reading, status: "negated" };
    else if (mod.hypothetical) reading = { ...reading, status: "hypothetical" };

    // Arguments: subject, object (complement object for control verbs), passive "by".
    let subjActors = c.subject[k].actors;
    let objActors = union(spanActors(c.obj[k].from, c.obj[k].to), ctl ? spanActors(c.obj[head].from, c.obj[head].to) : []);
    if (rule.startsWith("frame.obligation")) { objActors = subjActors; subjActors = speakerActors; }
    let actorsOut: Actor[];
    let recipients: Actor[];
    const pv = c.preds[head];
    if (pv.passive && !(m?.nominal)) {
      const ob = c.obj[head];
      let by = -1;
      for (let i = ob.from; i < ob.to; i++) if (toks[i].lower === "by") { by = i; break; }
      actorsOut = by >= 0 ? spanActors(by + 1, ob.to) : [];
      recipients = union(subjActors, minus(objActors, actorsOut));
    } else {
      actorsOut = subjActors;
      recipients = minus(objActors, actorsOut);
    }
    let fallback = c.subject[k].fallback;
    const reciprocal = !!m?.pattern.reciprocal && ["AGREE", "CONSULT", "COOPERATE", "SUPPORT", "ASSAULT"].includes(reading.type);
    if (reciprocal || (reading.type === "AGREE" && actorsOut.length > 1 && recipients.length === 0)) {
      let parties = union(actorsOut, recipients);
      if (parties.length < 2 && m?.nominal) { parties = union(parties, sentenceActors); fallback = true; }
      actorsOut = parties;
      recipients = parties.length > 1 ? parties : [];
    }
    if (!actorsOut.length) continue;
    if (!recipients.length && reading.type !== "MOBILIZE") {
      const others = minus(minus(sentenceActors, actorsOut), speakerActors);
      if (others.length) { recipients = others; fallback = true; }
    }
    const trig = [c.preds[k].head, ...(ctl ? [p.head] : []), ...(m?.nominal ? [m.trigger] : [])];
    const opener = c.subj[k].opener;
    out.push({
      reading, mode: m?.pattern.mode, actors: actorsOut, recipients,
      from: Math.min(c.preds[k].start, ...trig), to: Math.max(c.preds[k].end, ...trig.map((t) => t + 1)),
      triggers: trig, rule: rule || "none",
      subordinate: opener !== undefined && (lex.sets.subordinators.has(opener) || lex.sets.relatives.has(opener) && opener !== "that"),
      cues: !!(m?.pattern.objects || m?.pattern.particle || m?.nominal), fallback,
    });
  }
  return out;
}
