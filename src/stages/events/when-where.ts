/**
 * Event date and place: the sentence's own time words (nearest to the trigger) else the
 * publication date; "in/at PLACE" where PLACE is a gazetteer entity with coordinates.
 */
import type { ArticleDoc, TimeRef, Token } from "../../document.ts";
import type { CodedEvent } from "../../types.ts";
import type { ActorIndex } from "./actors-in.ts";

const DAY = 86_400_000;
/** An event dated this long before publication is background ("historical"). */
const HISTORICAL_DAYS = 60;

/** The time words of sentence `s` that resolved to a date (asked only for sentences with events). */
export function datedTimes(doc: ArticleDoc, s: number): TimeRef[] | undefined {
  const dated = doc.timesIn(s).filter((t) => t.date);
  return dated.length ? dated : undefined;
}

/** The date of an event whose trigger sits at `offset` in a sentence with these time words. */
export function eventDate(times: TimeRef[] | undefined, offset: number, published: string | undefined): string | undefined {
  if (!times?.length) return published;
  let best = times[0];
  for (const t of times) if (Math.abs(t.start - offset) < Math.abs(best.start - offset)) best = t;
  return best.date ?? published;
}

/** True when the date lies clearly before the story (a background event). */
export function isHistorical(date: string | undefined, published: string | undefined): boolean {
  if (!date || !published || date === published) return false;
  const d = Date.parse(date), p = Date.parse(published);
  return Number.isFinite(d) && Number.isFinite(p) && p - d > HISTORICAL_DAYS * DAY;
}

/** True when the span says "in 1990" (or "since", "during") with a year before the story's. */
export function pastYear(toks: Token[], from: number, to: number, published: string | undefined): boolean {
  const year = Number(published?.slice(0, 4));
  if (!year) return false;
  for (let i = from + 1; i < to; i++) {
    const y = Number(toks[i].text);
    if (!/^\d{4}$/.test(toks[i].text) || y <= 1900 || y >= year) continue;
    // "in 1988", "in August 1990", "during 2019"
    for (let j = i - 1; j >= Math.max(from, i - 3); j--) {
      if (toks[j].lower === "in" || toks[j].lower === "during") return true;
      if (toks[j].pos === "VERB") break;
    }
  }
  return false;
}

/** The place of an event: the first "in/at X" within [from, to) that names a known place. */
export function eventPlace(toks: Token[], from: number, to: number, actors: ActorIndex): CodedEvent["location"] {
  for (let i = from; i < to - 1; i++) {
    const w = toks[i].lower;
    if (w !== "in" && w !== "at" && w !== "near" && w !== "outside") continue;
    const end = Math.min(to, i + 5);
    const place = actors.placeIn(toks[i + 1].start, toks[end - 1].end);
    if (place?.geo) {
      const out: NonNullable<CodedEvent["location"]> = { name: place.name, lat: place.geo.lat, lon: place.geo.lon };
      const country = place.country ?? place.actor?.country;
      if (country) out.country = country;
      return out;
    }
  }
  return undefined;
}
