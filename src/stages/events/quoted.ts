/**
 * Accusations made inside direct quotes: '"This is a clear act of aggression," he told
 * reporters.' The quotes stage has already resolved the speaker; a charge word from
 * frames.yaml (quoteAccusations) inside the quoted words makes the speaker's ACCUSE 112.
 */
import type { ArticleDoc } from "../../document.ts";
import type { EventLexicon } from "../../lexicon/events.ts";
import type { Actor, Quote } from "../../types.ts";
import { actorsOver, type ActorIndex } from "./actors-in.ts";
import type { Candidate } from "./code-sentence.ts";
import { completeRecipients, type RecipientContext } from "./recipients.ts";

/** Direct quotes with a speaker, by sentence index. */
export function quotesBySentence(doc: ArticleDoc): Map<number, Quote[]> {
  const out = new Map<number, Quote[]>();
  for (const q of doc.quotes) {
    if (!q.direct || !q.speaker) continue;
    const list = out.get(q.sentence);
    if (list) list.push(q); else out.set(q.sentence, [q]);
  }
  return out;
}

/** ACCUSE candidates for the charge-bearing quotes of one sentence (tokens [first, last)). */
export function quotedAccusations(lex: EventLexicon, doc: ArticleDoc, quotes: readonly Quote[], first: number, last: number,
  actors: ActorIndex, ctx: RecipientContext): Candidate[] {
  const out: Candidate[] = [];
  const toks = doc.tokens;
  for (const q of quotes) {
    const speaker = doc.entities.find((e) => e.id === q.speaker)?.actor;
    if (!speaker) continue;
    let from = -1, to = -1, cue = -1, verb = false;
    for (let i = first; i < last; i++) {
      if (toks[i].start < q.start || toks[i].end > q.end) continue;
      if (from < 0) from = i;
      to = i + 1;
      if (toks[i].pos === "VERB" || toks[i].pos === "AUX") verb = true;
      if (cue < 0 && (lex.sets.quoteAccusations.has(toks[i].lower) || lex.sets.quoteAccusations.has(toks[i].lemma))) cue = i;
    }
    // A quoted noun phrase ('urged Manila to stop "provocations at sea"') belongs to the
    // sentence's own event; only a quoted statement makes a charge of its own.
    if (cue < 0 || !verb) continue;
    // A negated charge ("this is not an act of aggression") accuses no one.
    let negated = false;
    for (let i = from; i < cue; i++) if (lex.sets.negators.has(toks[i].lower)) negated = true;
    if (negated) continue;
    const self: Actor[] = [{ ...speaker, entity: speaker.entity ?? q.speaker }];
    const named = actorsOver(toks, actors, from, to);
    const done = completeRecipients(lex, toks, { from, to }, "ACCUSE", self, named, ctx, { speakerActors: self });
    if (!done.recipients.length) continue;
    out.push({
      reading: { code: "112", type: "ACCUSE", status: "asserted" }, actors: self, recipients: done.recipients,
      from, to, triggers: [cue], rule: "quote.accusation", subordinate: false, cues: true, fallback: done.fallback, ownActors: true,
    });
  }
  return out;
}
