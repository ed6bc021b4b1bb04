/**
 * Recipients when the object names no counterpart, in order: an event anaphor ("condemned
 * the veto" -> whoever vetoed), a foreign place in the object, a foreign actor elsewhere in the sentence, the article's main
 * counterpart of the actor's country, and for domestic acts the actor's own country.
 */
import type { Token } from "../../document.ts";
import type { EventLexicon } from "../../lexicon/events.ts";
import type { Actor, CodedEvent, PloverType } from "../../types.ts";
import { actorsOver, type ActorIndex } from "./actors-in.ts";

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

/** Possessive determiners: "its infrastructure", "their path". */
const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her", "our"]);
const GENITIVE = new Set(["'s", "’s"]);
/** Words after which "her" is a possessive determiner, not an object ("told her"). */
const NOMINAL_POS = new Set(["NOUN", "ADJ", "NUM", "PROPN"]);

/**
 * Drops recipients named in the object only as an owner of the actor's own party: "the army
 * said its infrastructure was hit", "met at the department's offices". A possessive pronoun
 * counts as the actor's own when it names the same country (pronouns resolve to the nearest
 * body of that country); a genitive name only when it is the same actor code.
 */
export function dropOwnPossessives(toks: Token[], actors: ActorIndex, spans: readonly { from: number; to: number }[], actorsOut: Actor[], recipients: Actor[]): Actor[] {
  if (!recipients.length || !actorsOut.length) return recipients;
  const owners: Owner[] = [];
  const plain: [number, number][] = [];
  for (const s of spans) scanOwners(toks, actors, s.from, s.to, owners, plain);
  if (!owners.length) return recipients;
  const named = new Set<string>();
  for (const [a, b] of plain) for (const x of actorsOver(toks, actors, a, b)) named.add(key(x));
  const homes = new Set(actorsOut.map(home));
  const codes = new Set(actorsOut.map((a) => a.code));
  const keys = new Set(actorsOut.map(key));
  const drop = new Set<string>();
  for (const o of owners) {
    for (const a of o.actors) {
      if (named.has(key(a))) continue;
      if (keys.has(key(a)) || codes.has(a.code) || (o.pronoun && homes.has(home(a)))) drop.add(key(a));
    }
  }
  return drop.size ? recipients.filter((r) => !drop.has(key(r))) : recipients;
}

interface Owner { actors: Actor[]; pronoun: boolean }

/**
 * Collects the possessive owners in tokens [from, to) and the stretches between them (`plain`).
 * The span may end inside the owner's name ("at the | department's offices"), so a genitive a
 * few tokens on still counts when its name began inside the span.
 */
function scanOwners(toks: Token[], actors: ActorIndex, from: number, to: number, owners: Owner[], plain: [number, number][]): void {
  let open = from;
  const reach = Math.min(toks.length, to + 4);
  for (let i = from; i < reach; i++) {
    const t = toks[i];
    const pronoun = i < to && POSSESSIVE_PRONOUNS.has(t.lower) && (t.lower !== "her" || NOMINAL_POS.has(toks[i + 1]?.pos ?? ""));
    if (!pronoun && !(GENITIVE.has(t.lower) && i > from)) continue;
    const own = pronoun ? actorsOver(toks, actors, i, i + 1) : actorsOver(toks, actors, i - 1, i);
    if (!own.length) continue;
    // A genitive name may span several tokens ("the Foreign Ministry's"): its whole mention is the owner.
    let start = pronoun ? i : i - 1;
    if (!pronoun) while (start > open && actorsOver(toks, actors, start - 1, start).some((a) => own.some((o) => key(o) === key(a)))) start--;
    if (start >= to) break;
    owners.push({ actors: own, pronoun });
    plain.push([open, start]);
    open = Math.min(i + 1, to);
  }
  plain.push([open, to]);
}

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
