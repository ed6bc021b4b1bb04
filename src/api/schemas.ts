/**
 * Zod schemas of the API's inputs and of the records it returns (SPEC.md field names).
 * Record schemas are loose: they pin the fields clients rely on and let extra fields through.
 */
import { z } from "zod";
import { PLOVER_TYPES } from "../types.ts";

/** Longest document the API codes, in characters (a long feature is ~60k). */
export const MAX_TEXT = 500_000;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD");

/**
 * A free-text request parameter: any string without control characters. PostgreSQL cannot hold
 * NUL in text, and no real id, name or search phrase contains C0/C1 controls, so they are a 400.
 */
export const plainText = z.string().refine((s) => !/[\u0000-\u001f\u007f-\u009f]/.test(s), {
  message: "must not contain control characters",
});

/** A document to code: plain text or HTML plus what the caller knows about it. */
export const DocInputSchema = z.object({
  id: plainText.min(1).max(200).optional(),
  text: z.string().max(MAX_TEXT).optional(),
  html: z.string().max(MAX_TEXT).optional(),
  url: z.string().max(2000).optional(),
  title: z.string().max(1000).optional(),
  published: isoDate.optional(),
  outlet: z.string().max(200).optional(),
}).strict().refine((d) => Boolean(d.text?.trim() || d.html?.trim()), {
  message: "give the document as a non-empty `text` or `html` field",
});

const Span = { start: z.number().int(), end: z.number().int() };

/** A CAMEO-style actor. */
export const ActorSchema = z.looseObject({ code: z.string(), name: z.string(), country: z.string().optional() });

/** One coded event (SPEC.md `CodedEvent`). */
export const EventSchema = z.looseObject({
  id: z.string(),
  type: z.enum(PLOVER_TYPES),
  actors: z.array(ActorSchema),
  recipients: z.array(ActorSchema),
  status: z.string(),
  date: z.string().optional(),
  evidence: z.looseObject({ ...Span, trigger: z.string(), rule: z.string() }),
  confidence: z.number(),
});

/** One quote (SPEC.md `Quote`). */
export const QuoteSchema = z.looseObject({ ...Span, text: z.string(), direct: z.boolean(), speaker: z.string().optional() });

/** The full coded record (SPEC.md `CodedArticle`). */
export const CodedArticleSchema = z.looseObject({
  id: z.string(),
  meta: z.looseObject({ language: z.string(), published: z.string().optional(), title: z.string().optional() }),
  text: z.string(),
  removed: z.array(z.looseObject({ kind: z.string(), text: z.string(), rule: z.string() })),
  sentences: z.array(z.looseObject(Span)),
  entities: z.array(z.looseObject({ id: z.string(), name: z.string(), kind: z.string() })),
  events: z.array(EventSchema),
  quotes: z.array(QuoteSchema),
  amounts: z.array(z.looseObject({ ...Span, value: z.number(), text: z.string() })),
});

/** A page of results; `nextCursor` is absent on the last page. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().optional() });
}

/** Paging parameters shared by every list endpoint. */
export const PageQuery = {
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: plainText.max(500).optional(),
};

/** An `:id` path parameter. */
export const IdParams = z.object({ id: plainText.min(1).max(200) });

/** The body of an error response. */
export const ErrorSchema = z.object({
  error: z.object({
    status: z.number(), code: z.string(), message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

export { isoDate };

/** An event mention as stored: the event plus its article and linked-event counts. */
export const StoredEventSchema = EventSchema.extend({
  eventId: z.string(),
  articleId: z.string(),
  sentenceText: z.string(),
  day: z.string().optional(),
  link: z.looseObject({ id: z.string(), mentions: z.number(), sources: z.number(), articles: z.number() }),
});

/** A real-world event linked across articles, with every mention. */
export const LinkedEventSchema = z.looseObject({
  id: z.string(),
  type: z.enum(PLOVER_TYPES),
  mentions: z.number(),
  sources: z.number(),
  articles: z.number(),
  actors: z.array(ActorSchema),
  recipients: z.array(ActorSchema),
  items: z.array(StoredEventSchema),
});
