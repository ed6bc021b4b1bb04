/**
 * Events as flat rows (for tables, CSV, Parquet) and a helper that walks every page of a query.
 */
import type { EventFilter, Store, StoredEvent } from "./store.ts";

/** Every event matching a filter, page by page. */
export async function* allEvents(store: Store, filter: EventFilter = {}, max = Infinity): AsyncGenerator<StoredEvent> {
  let cursor: string | undefined;
  let n = 0;
  do {
    const page = await store.queryEvents(filter, { limit: 1000, cursor });
    for (const e of page.items) {
      if (n++ >= max) return;
      yield e;
    }
    cursor = page.nextCursor;
  } while (cursor);
}

/** One event as a flat record; column names are stable (exports and `dyad query --format csv`). */
export interface FlatEvent {
  id: string;
  date: string;
  type: string;
  cameo: string;
  quad: number | null;
  goldstein: number | null;
  status: string;
  actors: string;
  recipients: string;
  actor_names: string;
  recipient_names: string;
  location: string;
  country: string;
  lat: number | null;
  lon: number | null;
  confidence: number;
  link: string;
  mentions: number;
  sources: number;
  articles: number;
  article: string;
  outlet: string;
  url: string;
  trigger: string;
  rule: string;
  evidence: string;
}

/** Flat columns in order, with their DuckDB/Parquet types (so an empty export keeps the schema). */
export const FLAT_COLUMNS: Record<keyof FlatEvent, string> = {
  id: "VARCHAR", date: "VARCHAR", type: "VARCHAR", cameo: "VARCHAR", quad: "INTEGER", goldstein: "DOUBLE",
  status: "VARCHAR", actors: "VARCHAR", recipients: "VARCHAR", actor_names: "VARCHAR", recipient_names: "VARCHAR",
  location: "VARCHAR", country: "VARCHAR", lat: "DOUBLE", lon: "DOUBLE", confidence: "DOUBLE", link: "VARCHAR",
  mentions: "INTEGER", sources: "INTEGER", articles: "INTEGER", article: "VARCHAR", outlet: "VARCHAR", url: "VARCHAR",
  trigger: "VARCHAR", rule: "VARCHAR", evidence: "VARCHAR",
};

/** Flattens a stored event; actor lists are joined with "+" (PLOVER compound actors). */
export function flatEvent(e: StoredEvent): FlatEvent {
  return {
    id: e.id,
    date: e.day ?? "",
    type: e.type,
    cameo: e.cameo?.code ?? "",
    quad: e.cameo?.quad ?? null,
    goldstein: e.cameo?.goldstein ?? null,
    status: e.status,
    actors: e.actors.map((a) => a.code).join("+"),
    recipients: e.recipients.map((a) => a.code).join("+"),
    actor_names: e.actors.map((a) => a.name).join("+"),
    recipient_names: e.recipients.map((a) => a.name).join("+"),
    location: e.location?.name ?? "",
    country: e.location?.country ?? "",
    lat: e.location?.lat ?? null,
    lon: e.location?.lon ?? null,
    confidence: e.confidence,
    link: e.link.id,
    mentions: e.link.mentions,
    sources: e.link.sources,
    articles: e.link.articles,
    article: e.articleId,
    outlet: e.outlet ?? "",
    url: e.url ?? "",
    trigger: e.evidence.trigger,
    rule: e.evidence.rule,
    evidence: e.sentenceText.replace(/\s+/g, " ").trim(),
  };
}

/** A CSV field, quoted when it needs to be (RFC 4180). */
export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
