/**
 * The store contract: one async interface that the SQLite and PostgreSQL backends both implement
 * and that the CLI (ingest, query, export, stats) and the HTTP API call. Field names follow SPEC.md.
 */
import type {
  Actor, CodedArticle, CodedEvent, EventStatus, PloverType, Quote,
} from "../types.ts";

/** One coded article to store, keyed by the hash of the content it was coded from. */
export interface ArticleRecord {
  article: CodedArticle;
  /** sha256 hex of the input content (see `contentHash` in src/store/hash.ts). */
  hash: string;
  /** Where the document came from (file path, "file.warc#12"), for provenance. */
  source?: string;
}

/** What a batch write did. */
export interface PutResult {
  inserted: number;
  /** Articles whose earlier rows were replaced (new coder version or changed content under one id). */
  replaced: number;
  /** Articles already stored with the same hash and coder version. */
  skipped: number;
}

/** Filters shared by `dyad query`, the API and exports. All given filters must hold. */
export interface EventFilter {
  /** Actor: a country head ("RUS") matches every RUS* code; a full code ("RUSGOV") matches it exactly. */
  actor?: string;
  recipient?: string;
  /** "RUS-PAK": actor RUS and recipient PAK; with `both`, either direction. */
  dyad?: string;
  both?: boolean;
  type?: PloverType | PloverType[];
  /** CAMEO root, two digits ("04"). */
  cameoRoot?: string;
  quad?: 1 | 2 | 3 | 4;
  status?: EventStatus | EventStatus[];
  /** Inclusive YYYY-MM-DD bounds on the event date (article date when the event has none). */
  from?: string;
  to?: string;
  /** Full-text search over evidence sentences (SQLite FTS5 / PostgreSQL tsquery, plain words ANDed). */
  text?: string;
  /** Limits to one article. */
  article?: string;
  /** Negated and hypothetical events are left out unless asked for (or named in `status`). */
  includeNegated?: boolean;
  includeHypothetical?: boolean;
  /** One row per linked (real-world) event instead of one per mention. */
  distinct?: boolean;
}

/** Keyset pagination: pass back `nextCursor` to get the following page. */
export interface Page {
  /** Default 100, at most 10,000. */
  limit?: number;
  cursor?: string;
}

/** A page of results. `nextCursor` is absent on the last page. */
export interface PageResult<T> {
  items: T[];
  nextCursor?: string;
}

/** Counts of the linked (cross-article) event a mention belongs to, like GDELT's NumMentions. */
export interface LinkInfo {
  id: string;
  mentions: number;
  /** Distinct outlets (or URL hosts, or articles when neither is known). */
  sources: number;
  articles: number;
}

/** One stored event mention: the coded event plus where it came from and its linked event. */
export interface StoredEvent extends CodedEvent {
  /** Store-wide id: `${articleId}:${event.id}`. `eventId` keeps the article-local id. */
  id: string;
  eventId: string;
  articleId: string;
  /** The evidence sentence, cut from the article text. */
  sentenceText: string;
  /** Event date, else the article's publication date. */
  day?: string;
  published?: string;
  url?: string;
  outlet?: string;
  title?: string;
  link: LinkInfo;
}

/** A linked event with every mention, each keeping its own evidence sentence. */
export interface LinkedEvent extends LinkInfo {
  type: PloverType;
  /** Union of the mentions' actors and recipients (by code). */
  actors: Actor[];
  recipients: Actor[];
  /** Earliest mention date. */
  date?: string;
  cameo?: CodedEvent["cameo"];
  items: StoredEvent[];
}

/** Filters for quotes. */
export interface QuoteFilter {
  /** Entity id or a case-insensitive part of the speaker's name. */
  speaker?: string;
  text?: string;
  article?: string;
  from?: string;
  to?: string;
}

/** One stored quote with its article. */
export interface StoredQuote extends Quote {
  id: string;
  articleId: string;
  published?: string;
  url?: string;
  outlet?: string;
}

/** An actor known to the store, with how often it appears. */
export interface ActorHit {
  code: string;
  name: string;
  country?: string;
  events: number;
}

/** One interval of a dyad timeline. */
export interface TimelineBucket {
  /** First day of the interval (YYYY-MM-DD; weeks start on Monday). */
  start: string;
  events: number;
  byType: Partial<Record<PloverType, number>>;
  byQuad: { 1: number; 2: number; 3: number; 4: number };
  goldstein: number;
}

/** Overview of the store contents (`dyad stats`). */
export interface StoreStats {
  articles: number;
  sentences: number;
  events: number;
  linkedEvents: number;
  quotes: number;
  amounts: number;
  byType: Record<string, number>;
  byMonth: Record<string, number>;
  /** Top dyads "A-B" (3-letter heads) by event count. */
  byDyad: { dyad: string; events: number }[];
  /** Dyads with the largest positive / negative Goldstein sums. */
  topCooperation: { dyad: string; goldstein: number; events: number }[];
  topConflict: { dyad: string; goldstein: number; events: number }[];
  coders: Record<string, number>;
}

/** The store. Every method is async; errors are `DyadError` with `EXIT.store`. */
export interface Store {
  /** "sqlite" or "postgres". */
  readonly kind: "sqlite" | "postgres";
  /** Writes a batch in one transaction: idempotent by hash; a newer coder version replaces rows. */
  putArticles(batch: ArticleRecord[]): Promise<PutResult>;
  /** Of these hashes, those already stored by this coder version (to skip coding them again). */
  knownHashes(hashes: string[], coder: string): Promise<Set<string>>;
  getArticle(id: string): Promise<CodedArticle | undefined>;
  queryEvents(filter?: EventFilter, page?: Page): Promise<PageResult<StoredEvent>>;
  /** A mention id or a link id; returns the linked event with all its mentions. */
  getEvent(id: string): Promise<LinkedEvent | undefined>;
  queryQuotes(filter?: QuoteFilter, page?: Page): Promise<PageResult<StoredQuote>>;
  /** Actors whose code or name starts with / contains `q`, most frequent first. */
  searchActors(q: string, limit?: number): Promise<ActorHit[]>;
  /** Events between a and b (either direction) per week or month. */
  timeline(a: string, b: string, interval: "week" | "month", filter?: EventFilter): Promise<TimelineBucket[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

/** Store options. */
export interface StoreOptions {
  /** Days two mentions' dates may differ and still be linked (default 3). */
  linkWindowDays?: number;
  /** Create the database file if missing (default true; `query`/`stats` pass false). */
  create?: boolean;
}

/** Default database when `--db` is not given. */
export const DEFAULT_DB = "./dyad.db";

/** Opens a store: `postgres://` / `postgresql://` URLs go to PostgreSQL, anything else is a SQLite path. */
export async function openStore(dbUrlOrPath: string = DEFAULT_DB, options: StoreOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(dbUrlOrPath)) {
    const { openPostgres } = await import("./postgres.ts");
    return openPostgres(dbUrlOrPath, options);
  }
  const { openSqlite } = await import("./sqlite.ts");
  return openSqlite(dbUrlOrPath, options);
}
