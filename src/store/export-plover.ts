/** PLOVER JSON records, with the field names of the PLOVER data interchange specification. */
import type { Actor } from "../types.ts";
import type { StoredEvent } from "./store.ts";

/** A PLOVER entity object. */
function entity(a: Actor): Record<string, string> {
  const code = a.code.slice(0, 3);
  const out: Record<string, string> = { code, entity_text: a.name };
  if (a.code.length > 3) out.sector = a.code.slice(3);
  return out;
}

/** One event as a PLOVER record. */
export function toPlover(e: StoredEvent, coder: string): Record<string, unknown> {
  const rec: Record<string, unknown> = {
    id: e.id,
    has_event: true,
    date: e.day ?? null,
    actor: e.actors.map(entity),
    recipient: e.recipients.map(entity),
    event: [e.type],
    event_text: [e.evidence.trigger],
    mode: e.mode ? [e.mode] : [],
    context: e.context ?? [],
    link: e.link.id,
    text: e.sentenceText,
    text_info: { sequence: e.sentence, start: e.evidence.start, end: e.evidence.end },
    cite_info: { url: e.url ?? null, title: e.title ?? null, publication: e.outlet ?? null, coder, language: "en" },
    coder,
  };
  if (e.cameo) {
    rec.quad_code = e.cameo.quad;
    rec.event_scale = e.cameo.goldstein;
  }
  if (e.location) rec.event_loc = { name: e.location.name, country: e.location.country, lat: e.location.lat, lon: e.location.lon };
  rec.comment = `status=${e.status}; cameo=${e.cameo?.code ?? ""}; rule=${e.evidence.rule}; mentions=${e.link.mentions}`;
  return rec;
}
