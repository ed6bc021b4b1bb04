/**
 * The article's home country: the dateline place's country, else the most-mentioned country.
 * Used for actors whose nationality the text never states ("police", "the Foreign Ministry").
 */
import type { ArticleDoc } from "../../document.ts";
import type { Entity } from "../../types.ts";
import { normKey, type Gazetteer } from "./gazetteer.ts";

// Name mentions per entity id, counted in one pass over the mentions.
function nameCounts(doc: ArticleDoc): Map<string, number> {
  const names = new Map<string, number>();
  for (const m of doc.mentions) if (m.kind === "name") names.set(m.entity, (names.get(m.entity) ?? 0) + 1);
  return names;
}

/** ISO3 of the article's home country, or undefined when no country is named at all. */
export function homeCountry(doc: ArticleDoc, gaz: Gazetteer, entities: Entity[] = doc.entities): string | undefined {
  const dateline = doc.meta.dateline ? gaz.places.get(normKey(doc.meta.dateline)) : undefined;
  const counts = new Map<string, number>();
  let best: string | undefined;
  // Names count, adjectives do not: "Russian" modifies things more often than it names an actor.
  let names: Map<string, number> | undefined;
  for (const e of entities) {
    if (e.kind !== "country" || !e.country) continue;
    names ??= nameCounts(doc);
    const n = names.get(e.id) ?? 0;
    counts.set(e.country, n);
    // Ties keep the country named first: the lead usually names the home country first.
    if (!best || n > (counts.get(best) ?? 0)) best = e.country;
  }
  // No country named on its own: one named inside a body's name ("National Union for the Total
  // Independence of Angola") still says where the story is.
  if (!best) {
    for (const e of entities) if (e.kind === "organization" && e.countryFrom === "text" && e.country) { best = e.country; break; }
  }
  // A dateline abroad at a meeting venue (a UN story filed from New York) does not make home.
  if (dateline && (!dateline.venue || !best)) return dateline.country;
  return best;
}
