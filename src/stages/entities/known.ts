/**
 * Registering entities whose identity comes from a dictionary: countries, named
 * organisations, gazetteer places (and capitals used as governments), dated people.
 */
import type { MentionKind } from "../../document.ts";
import type { KnownOrg, KnownPerson } from "../../lexicon/actors.ts";
import type { Ctx } from "./context.ts";
import type { Place } from "./gazetteer.ts";
import { addMention, draftFor, setCountry, type Draft } from "./registry.ts";

/** A span [start, end) in sentence s, for mentions. */
export interface Span { start: number; end: number; sentence: number }

/** Registers a country mention (name or nationality adjective). */
export function addCountry(ctx: Ctx, iso: string, span: Span, kind: MentionKind, rule: string): Draft {
  const d = draftFor(ctx.reg, `country:${iso}`, "country", ctx.gaz.countries.get(iso)?.name ?? iso);
  setCountry(d, iso, true);
  addMention(ctx.reg, d, span.start, span.end, kind, rule, span.sentence);
  return d;
}

/** Registers a mention of an organisation listed in data/actors/organizations.yaml. */
export function addKnownOrg(ctx: Ctx, org: KnownOrg, span: Span, surface: string): Draft {
  const d = draftFor(ctx.reg, `org:${org.name}`, "organization", org.name);
  d.code = org.code;
  addMention(ctx.reg, d, span.start, span.end, surface === org.name ? "name" : "alias", "entities.known-org", span.sentence);
  return d;
}

/** Words that open a clause whose subject may be a capital ("after Beijing warned"). */
const CLAUSE_OPENERS = new Set(["after", "before", "since", "while", "because", "although", "though", "unless", "until", "when", "whereas", "once", "as"]);

const ADP_BEFORE = new Set(["in", "at", "near", "from", "to", "outside", "inside", "across", "around", "into", "via", "between"]);

// "Moscow said", "Beijing has warned": a capital right before a verb, not after a preposition.
function usedAsGovernment(ctx: Ctx, first: number, last: number): boolean {
  const { tokens } = ctx.doc;
  const prev = tokens[first - 1];
  const samePrev = !!prev && prev.sentence === tokens[first].sentence;
  // "condemned by Washington", "an admission by Moscow": the agent of an act is its government.
  if (samePrev && prev.lower === "by") return true;
  // "after New Delhi gave assurances": a clause opener, not a place preposition, when a verb follows.
  const opensClause = samePrev && CLAUSE_OPENERS.has(prev.lower);
  if (samePrev && !opensClause && (ADP_BEFORE.has(prev.lower) || prev.pos === "ADP")) return false;
  // "accused Beijing", "urged Manila": the object of a verb that is not about going somewhere.
  if (prev && prev.sentence === tokens[first].sentence && prev.pos === "VERB") return !ctx.lex.placeVerbs.has(prev.lemma.toLowerCase());
  let i = last;
  while (tokens[i]?.pos === "ADV") i++;
  const next = tokens[i];
  return !!next && next.sentence === tokens[first].sentence && (next.pos === "VERB" || next.pos === "AUX");
}

/** Registers a gazetteer place; a capital used as its government becomes a government actor. */
export function addPlace(ctx: Ctx, place: Place, span: Span, first: number, last: number): Draft {
  const surface = ctx.doc.text.slice(span.start, span.end);
  if (place.capital && usedAsGovernment(ctx, first, last)) {
    const d = draftFor(ctx.reg, `metonym:${place.country}:${surface}`, "organization", surface);
    d.metonym = true;
    d.sector = "GOV";
    setCountry(d, place.country, true);
    d.entity.geo = { lat: place.lat, lon: place.lon };
    addMention(ctx.reg, d, span.start, span.end, "alias", "entities.capital-as-government", span.sentence);
    return d;
  }
  const d = draftFor(ctx.reg, `place:${place.country}:${place.name}`, "place", surface);
  setCountry(d, place.country, true);
  d.entity.geo = { lat: place.lat, lon: place.lon };
  addMention(ctx.reg, d, span.start, span.end, "name", "entities.gazetteer-place", span.sentence);
  return d;
}

/** The code of a dated person valid on `date` (YYYY-MM-DD), or the open-ended one. */
export function datedCode(p: KnownPerson, date: string | undefined): string | undefined {
  const ok = p.codes.filter((c) => !date || ((!c.from || c.from <= date) && (!c.to || date <= c.to)));
  return (ok.at(-1) ?? (date ? undefined : p.codes.at(-1)))?.code;
}

/** Registers a person from data/actors/people.yaml with the code valid at publication. */
export function addKnownPerson(ctx: Ctx, p: KnownPerson, span: Span): Draft {
  const d = draftFor(ctx.reg, `person:${p.name.toLowerCase()}`, "person", ctx.doc.text.slice(span.start, span.end));
  const code = datedCode(p, ctx.doc.meta.published);
  if (code) d.code = code;
  addMention(ctx.reg, d, span.start, span.end, "name", "entities.known-person", span.sentence);
  return d;
}

function titleCase(s: string): string {
  return s.toLowerCase().split(" ").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
}

/** The dateline place ("ASUNCION") as a place entity, even when cleaning removed its text. */
export function addDateline(ctx: Ctx, normalized: string): Draft | undefined {
  const raw = ctx.doc.meta.dateline;
  const place = ctx.gaz.places.get(normalized);
  if (!raw || !place) return undefined;
  const key = `place:${place.country}:${place.name}`;
  // The title-cased name is only needed for a place the text has not named.
  const d = ctx.reg.byKey.get(key) ?? draftFor(ctx.reg, key, "place", titleCase(raw));
  setCountry(d, place.country, true);
  d.entity.geo = { lat: place.lat, lon: place.lon };
  return d;
}
