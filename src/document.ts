/**
 * The working document: one typed object that every pipeline stage reads and extends.
 * `CodedArticle` (src/types.ts) is its public projection (see `toCodedArticle`).
 */
import type {
  Amount, CodedArticle, CodedEvent, DocInput, Entity, Message, Meta, Quote, Removed, SentenceSpan,
} from "./types.ts";

/** One token with character offsets into `doc.text`. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text. */
  lower: string;
  /** Universal POS tag (wink-nlp): NOUN PROPN VERB AUX ADJ ADP DET PRON NUM PUNCT ... */
  pos: string;
  lemma: string;
  /** Index into doc.sentences. */
  sentence: number;
}

/** A time expression found in the body and resolved against the publication date. */
export interface TimeRef {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD, resolved; absent when it cannot be resolved. */
  date?: string;
  sentence: number;
  rule: string;
}

/** A date seen while extracting or cleaning: a candidate for the publication date. */
export interface DateClue {
  /** YYYY-MM-DD, or --MM-DD when the text gives no year (a dateline "July 4"). */
  date: string;
  /** timestamp/published line, updated line, HTML metadata, dateline, embed signature, caption, story id. */
  source: "timestamp" | "updated" | "html" | "dateline" | "embed" | "caption" | "id";
  rule: string;
}

/** How a span of text was tied to an entity. */
export type MentionKind = "name" | "alias" | "demonym" | "pronoun" | "description" | "possessive";

/** One mention of an entity, with the rule that linked it (coreference links included). */
export interface Mention {
  start: number;
  end: number;
  entity: string;
  kind: MentionKind;
  sentence: number;
  rule: string;
}

/** The document that flows through the pipeline. */
export interface ArticleDoc {
  id: string;
  input: DocInput;
  /** Text before cleaning (HTML already reduced to text). */
  raw: string;
  meta: Meta;
  /** Cleaned body; every offset indexes into it. */
  text: string;
  /** Lines of `text` the clean stage judged subheadings; segment makes each one heading sentence. */
  headings?: { start: number; end: number }[];
  /** Dates found by extract and clean; the dates stage picks the publication date from them. */
  dateClues?: DateClue[];
  removed: Removed[];
  sentences: SentenceSpan[];
  tokens: Token[];
  /** For sentence i, tokens[sentenceTokens[i][0] .. sentenceTokens[i][1]) belong to it. */
  sentenceTokens: [number, number][];
  /** Time words of every sentence (the dates stage resolves them lazily; see timesIn). */
  times: TimeRef[];
  /** Time words of one sentence; cheaper than `times` when only a few sentences need dates. */
  timesIn(sentence: number): TimeRef[];
  entities: Entity[];
  mentions: Mention[];
  events: CodedEvent[];
  quotes: Quote[];
  /** Reported (indirect) speech, `direct: false`; kept apart from `quotes`, which hold quoted words only. */
  speech?: Quote[];
  amounts: Amount[];
  messages: Message[];
}

/** A pipeline stage: reads and extends the document; reports odd content as messages. */
export type Stage = (doc: ArticleDoc) => void;

/** A fresh, empty document for an input. */
export function createDoc(input: DocInput, id: string): ArticleDoc {
  const doc: ArticleDoc = {
    id,
    input,
    raw: "",
    meta: { language: "en" },
    text: "",
    removed: [],
    sentences: [],
    tokens: [],
    sentenceTokens: [],
    times: [],
    timesIn: (sentence) => doc.times.filter((t) => t.sentence === sentence),
    entities: [],
    mentions: [],
    events: [],
    quotes: [],
    amounts: [],
    messages: [],
  };
  return doc;
}

/** Appends a diagnostic to the document. */
export function report(doc: ArticleDoc, stage: string, text: string, level: Message["level"] = "warn", rule?: string): void {
  doc.messages.push(rule ? { level, stage, text, rule } : { level, stage, text });
}

/** The public record (SPEC.md) for a document. */
export function toCodedArticle(doc: ArticleDoc, coder?: string): CodedArticle {
  const out: CodedArticle = {
    id: doc.id,
    meta: doc.meta,
    text: doc.text,
    removed: doc.removed,
    sentences: doc.sentences,
    entities: doc.entities,
    events: doc.events,
    quotes: doc.quotes,
    amounts: doc.amounts,
  };
  if (doc.messages.length) out.messages = doc.messages;
  if (coder) out.coder = coder;
  return out;
}
