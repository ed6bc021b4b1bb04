/**
 * Recipients when the object names no counterpart, in order: an event anaphor ("condemned
 * the veto" -> whoever vetoed), a foreign place in the object, a foreign actor elsewhere in the sentence, the article's main
 * counterpart of the actor's country, and for domestic acts the actor's own country.
 */
import type { Token } from "../../document.ts";
import type { EventLexicon } from "../../lexicon/events.ts";
import type { Actor, CodedEvent, PloverType } from "../../types.ts";

/** What the recipient fallbacks may look at in the sentence and the article. */
export interface RecipientContext {
  sentenceActors: Actor[];
  /** Earlier events of the article, in order. */
  prior: readonly CodedEvent[];
  /** The article's most mentioned country other than those given. */
  counterpart(homes: ReadonlySet<string>): Actor | undefined;
}

/** What the recipient fallbacks may look at in the clause being coded. */
export interface ClauseContext {
  speakerActors: Actor[];
  /** The country of a place named in the object ("suspended aid deliveries in Baghdad"), if any. */
  objectPlace?: Actor;
}

/** Types whose unstated target is the actor's own country (protests, arrests, concessions). */
const DOMESTIC = new Set<PloverType>(["PROTEST", "COERCE", "CONCEDE", "RETREAT", "REJECT", "REQUEST", "ACCUSE", "ASSAULT"]);
/** Types for which the article's counterpart is a fair guess when nothing closer is named. */
const RELATIONAL = new Set<PloverType>(["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"]);

const key = (a: Actor) => a.entity ?? a.code;
const home = (a: Actor) => a.country ?? a.code.slice(0, 3);
const minus = (list: Actor[], drop: Actor[]) => list.filter((a) => !drop.some((d) => key(d) === key(a)));

/** Actors of the latest earlier event named by an anaphoric noun in the object ("the veto"). */
function anaphor(lex: EventLexicon, toks: Token[], from: number, to: number, prior: readonly CodedEvent[], homes: ReadonlySet<string>): Actor[] {
  for (let i = from; i < Math.min(to, from + 4); i++) {
    const types = lex.frames.anaphora[toks[i].lemma] ?? lex.frames.anaphora[toks[i].lower];
    if (!types || !/^(the|this|that|its|their|his|her)$/.test(toks[i - 1]?.lower ?? "")) continue;
    for (let e = prior.length - 1; e >= 0; e--) {
      const ev = prior[e];
      if (types.length && !types.some((t) => t === ev.type || /^\d/.test(t) && ev.cameo?.code.startsWith(t))) continue;
      const foreign = ev.actors.filter((a) => !homes.has(home(a)));
      if (foreign.length) return foreign;
    }
  }
  return [];
}

/** Completes the recipients of an event of `type` by `actors`, given what the object held. */
export function completeRecipients(lex: EventLexicon, toks: Token[], obj: { from: number; to: number }, type: PloverType,
  actors: Actor[], recipients: Actor[], ctx: RecipientContext, clause: ClauseContext): { recipients: Actor[]; fallback: boolean } {
  const homes = new Set(actors.map(home));
  // "condemned the veto as a betrayal of Myanmar": the anaphor names the target first
  const back = anaphor(lex, toks, obj.from, obj.to, ctx.prior, homes);
  if (back.length) return { recipients: [...back, ...minus(recipients, back)], fallback: true };
  if (recipients.some((r) => !homes.has(home(r)))) return { recipients, fallback: false };
  // "fired at targets in Jericho": a foreign place where the act lands stands for its country
  const place = clause.objectPlace;
  if (place?.country && !homes.has(place.country)) return { recipients: [...recipients, place], fallback: true };
  const foreign = minus(ctx.sentenceActors, actors).filter((a) => !homes.has(home(a)) && !clause.speakerActors.some((s) => home(s) === home(a)));
  if (foreign.length) return { recipients: [...recipients, ...minus(foreign, recipients)], fallback: true };
  if (RELATIONAL.has(type) && type !== "MOBILIZE") {
    const other = ctx.counterpart(homes);
    if (other) return { recipients: [...recipients, other], fallback: true };
  }
  if (!recipients.length && DOMESTIC.has(type)) {
    const a = actors.find((x) => x.country);
    if (a?.country) return { recipients: [{ code: a.country, country: a.country, name: a.country }], fallback: true };
  }
  return { recipients, fallback: false };
}
