/**
 * The article's home country: the dateline place's country, else the most-mentioned country.
 * Used for actors whose nationality the text never states ("police", "the Foreign Ministry").
 */
import type { ArticleDoc } from "../../document.ts";
import type { Entity } from "../../types.ts";
import { normKey, type Gazetteer } from "./gazetteer.ts";

/** ISO3 of the article's home country, or undefined when no country is named at all. */
export function homeCountry(doc: ArticleDoc, gaz: Gazetteer, entities: Entity[] = doc.entities): string | undefined {
  const dateline = doc.meta.dateline ? normKey(doc.meta.dateline) : "";
  const fromDateline = dateline ? (gaz.places.get(dateline)?.country ?? gaz.countryByName.get(dateline)) : undefined;
  if (fromDateline) return fromDateline;
  let best: string | undefined;
  let bestCount = 0;
  for (const e of entities) {
    if (e.kind !== "country" || !e.country) continue;
    // Ties keep the country named first: the lead usually names the home country first.
    // Names count, adjectives do not: "Russian" modifies things more often than it names an actor.
    const n = doc.mentions.filter((m) => m.entity === e.id && m.kind === "name").length;
    if (n > bestCount) { best = e.country; bestCount = n; }
  }
  return best;
}
