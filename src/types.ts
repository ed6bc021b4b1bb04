/**
 * The public record types of dyad, exactly as `SPEC.md` fixes them (field names never change;
 * extra fields are allowed). Everything that reads coded output depends on these.
 */

export const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export type EventStatus = "asserted" | "intended" | "negated" | "hypothetical" | "historical";

/** A document as it arrives: plain text or HTML plus what the caller already knows. */
export interface DocInput {
  id?: string;
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  /** ISO date YYYY-MM-DD. */
  published?: string;
  outlet?: string;
}

export interface Meta {
  title?: string;
  url?: string;
  outlet?: string;
  published?: string;
  publishedFrom?: "input" | "text" | "inferred";
  language: string;
  /** Place named in the dateline ("ISLAMABAD"), when there is one. */
  dateline?: string;
}

export type RemovedKind = "read-more" | "embed" | "credit" | "boilerplate";

export interface Removed {
  kind: RemovedKind;
  text: string;
  author?: string;
  date?: string;
  /** Id of the cleaning rule that removed it. */
  rule: string;
}

export interface SentenceSpan {
  start: number;
  end: number;
  heading?: boolean;
}

/** A political actor, CAMEO style: 3-letter head plus sector codes ("RUSGOV"). */
export interface Actor {
  code: string;
  country?: string;
  sector?: string;
  name: string;
  entity?: string;
}

export type EntityKind = "person" | "organization" | "country" | "place" | "group" | "other";

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  role?: string;
  actor?: Actor;
  country?: string;
  geo?: { lat: number; lon: number };
  mentions: { start: number; end: number }[];
  /** Gender when known from titles, names or pronouns. */
  gender?: "m" | "f";
  /** Where `country` came from: stated in the text, or the article's home country (a guess). */
  countryFrom?: "text" | "home";
}

export interface Evidence {
  start: number;
  end: number;
  trigger: string;
  rule: string;
}

export interface CodedEvent {
  id: string;
  sentence: number;
  type: PloverType;
  mode?: string;
  context?: string[];
  actors: Actor[];
  recipients: Actor[];
  cameo?: { code: string; goldstein: number; quad: 1 | 2 | 3 | 4 };
  status: EventStatus;
  date?: string;
  location?: { name: string; country?: string; lat?: number; lon?: number };
  evidence: Evidence;
  confidence: number;
}

export interface Quote {
  text: string;
  start: number;
  end: number;
  speaker?: string;
  speakerName?: string;
  direct: boolean;
  sentence: number;
  /** Rule that found the quote and the one that attributed it. */
  rule?: string;
}

export interface Amount {
  value: number;
  unit?: string;
  of?: string;
  approx?: "over" | "under" | "about" | "up to";
  text: string;
  start: number;
  end: number;
  sentence: number;
  rule?: string;
}

export interface CodedArticle {
  id: string;
  meta: Meta;
  text: string;
  removed: Removed[];
  sentences: SentenceSpan[];
  entities: Entity[];
  events: CodedEvent[];
  quotes: Quote[];
  amounts: Amount[];
  /** Problems met while coding (odd content, limits); never fatal. */
  messages?: Message[];
  /** Version of the coder that produced this record. */
  coder?: string;
}

export interface Message {
  level: "info" | "warn" | "error";
  stage: string;
  text: string;
  rule?: string;
}
