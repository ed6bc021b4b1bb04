/**
 * Names no dictionary knows, classified by their shape and surroundings: bracketed acronyms,
 * places by a head noun or preposition, nationalities inside a run, two-to-four-word people.
 */
import { addNamed, classifyRange, spanOf } from "./classify.ts";
import { countryOf, isLower, type Ctx } from "./context.ts";
import { normKey } from "./gazetteer.ts";
import { addCountry } from "./known.ts";
import { addPerson } from "./person.ts";
import { addMention, type Draft } from "./registry.ts";

/** Skips a hyphen or connector left over when a leading name is split off ("India for Singapore"). */
export function restStart(ctx: Ctx, i: number): number {
  const t = ctx.doc.tokens[i];
  return t && (t.text === "-" || isLower(t.text) || t.text === "&") ? i + 1 : i;
}

const PLACE_PREPS = new Set(["in", "at", "near", "outside", "across", "around"]);

/** Unknown names: acronyms are organisations, names after "in" are places, 2-4 words are people. */
export function classifyByShape(ctx: Ctx, a: number, b: number, owner?: Draft): Draft | undefined {
  const { tokens } = ctx.doc;
  const single = b - a === 1;
  if (single && /^[A-Z][A-Z0-9&.-]+$/.test(tokens[a].text)) {
    const prev = tokens[a - 1];
    const named = prev?.text === "(" ? ctx.byLastToken[a - 2] : undefined;
    if (named) {
      addMention(ctx.reg, named, tokens[a].start, tokens[a].end, "alias", "entities.acronym", tokens[a].sentence);
      // Later bare uses of the acronym ("the CENI said") are the same body.
      ctx.surnames.set(normKey(tokens[a].text), named);
      return named;
    }
    return owner?.entity.kind === "country" ? addNamed(ctx, a, b, "organization", "GOV", owner, "entities.acronym-org")
      : addNamed(ctx, a, b, "other", undefined, owner, "entities.acronym");
  }
  const after = tokens[b];
  const headBefore = tokens[a - 1]?.lower === "of" && ctx.lex.placeHeads.has(tokens[a - 2]?.lower ?? "");
  if (headBefore || (after && isLower(after.text) && ctx.lex.placeHeads.has(after.lower))) {
    return addNamed(ctx, a, b, "place", undefined, owner, "entities.place-by-head-noun");
  }
  if (PLACE_PREPS.has(tokens[a - 1]?.lower ?? "")) return addNamed(ctx, a, b, "place", undefined, owner, "entities.place-after-preposition");
  // A nationality inside an unknown run ("Radical French", "US Predator"): split around it.
  for (let i = a; i < b && !single; i++) {
    const c = countryOf(ctx, i, i + 1);
    if (!c) continue;
    // "Total Independence of Angola": the connector before the nationality is not part of the name.
    let j = i;
    while (j > a && isLower(tokens[j - 1].text)) j--;
    if (j > a) classifyRange(ctx, a, j);
    const d = addCountry(ctx, c.iso, spanOf(ctx, i, i + 1), c.demonym ? "demonym" : "name", "entities.country-inside-name");
    return i + 1 < b ? classifyRange(ctx, restStart(ctx, i + 1), b) ?? d : d;
  }
  // "Consumer Price Index", "Export Enhancement Program": a common-noun head names a thing.
  if (!single && b - a <= 4 && !ctx.lex.thingHeads.has(tokens[b - 1].lower) && tokens.slice(a, b).every((t) => t.pos === "PROPN" || t.text === "-")) {
    return addPerson(ctx, a, b, { rule: "entities.person-shape" });
  }
  if (owner?.entity.kind === "country") return addNamed(ctx, a, b, "organization", "GOV", owner, "entities.owned-org");
  return addNamed(ctx, a, b, "other", undefined, owner, "entities.unknown-name");
}
