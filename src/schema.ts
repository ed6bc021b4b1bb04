/**
 * The SPEC `CodedArticle` as a zod schema, plus the invariants a type cannot say: every offset
 * lies inside `text`, every event's evidence lies inside its sentence, sentences are ordered.
 * Used by the fuzz tests, by ingest before storing, and by anyone reading untrusted records.
 */
import { z } from "zod";
import { PLOVER_TYPES, type CodedArticle } from "./types.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const offset = z.number().int().nonnegative();
const span = { start: offset, end: offset };

const actorSchema = z.looseObject({
  code: z.string().min(1),
  country: z.string().optional(),
  sector: z.string().optional(),
  name: z.string(),
  entity: z.string().optional(),
});

const metaSchema = z.looseObject({
  title: z.string().optional(),
  url: z.string().optional(),
  outlet: z.string().optional(),
  published: z.string().regex(ISO_DATE).optional(),
  publishedFrom: z.enum(["input", "text", "inferred"]).optional(),
  language: z.string().min(1),
  dateline: z.string().optional(),
});

const entitySchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  kind: z.enum(["person", "organization", "country", "place", "group", "other"]),
  role: z.string().optional(),
  actor: actorSchema.optional(),
  country: z.string().optional(),
  geo: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
  mentions: z.array(z.looseObject(span)),
  gender: z.enum(["m", "f"]).optional(),
});

const eventSchema = z.looseObject({
  id: z.string().min(1),
  sentence: offset,
  type: z.enum(PLOVER_TYPES),
  mode: z.string().optional(),
  context: z.array(z.string()).optional(),
  actors: z.array(actorSchema),
  recipients: z.array(actorSchema),
  cameo: z.looseObject({
    code: z.string().regex(/^\d{2,4}$/),
    goldstein: z.number().min(-10).max(10),
    quad: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  }).optional(),
  status: z.enum(["asserted", "intended", "negated", "hypothetical", "historical"]),
  date: z.string().regex(ISO_DATE).optional(),
  location: z.looseObject({
    name: z.string(), country: z.string().optional(), lat: z.number().optional(), lon: z.number().optional(),
  }).optional(),
  evidence: z.looseObject({ ...span, trigger: z.string(), rule: z.string().min(1) }),
  confidence: z.number().min(0).max(1),
});

const quoteSchema = z.looseObject({
  text: z.string(), ...span,
  speaker: z.string().optional(),
  speakerName: z.string().optional(),
  direct: z.boolean(),
  sentence: offset,
  rule: z.string().optional(),
});

const amountSchema = z.looseObject({
  value: z.number().refine(Number.isFinite, "value must be a finite number"),
  unit: z.string().optional(),
  of: z.string().optional(),
  approx: z.enum(["over", "under", "about", "up to"]).optional(),
  text: z.string(), ...span, sentence: offset,
  rule: z.string().optional(),
});

/** zod schema of the SPEC record; extra fields are allowed, as SPEC says. */
export const codedArticleSchema = z.looseObject({
  id: z.string().min(1),
  meta: metaSchema,
  text: z.string(),
  removed: z.array(z.looseObject({
    kind: z.enum(["read-more", "embed", "credit", "boilerplate"]),
    text: z.string(),
    author: z.string().optional(),
    date: z.string().optional(),
    rule: z.string().optional(),
  })),
  sentences: z.array(z.looseObject({ ...span, heading: z.boolean().optional() })),
  entities: z.array(entitySchema),
  events: z.array(eventSchema),
  quotes: z.array(quoteSchema),
  amounts: z.array(amountSchema),
  messages: z.array(z.looseObject({
    level: z.enum(["info", "warn", "error"]), stage: z.string(), text: z.string(), rule: z.string().optional(),
  })).optional(),
  coder: z.string().optional(),
});

interface Span { start: number; end: number }

/** Problems with one span: outside [lo, hi], or reversed. */
function spanProblem(where: string, s: Span, lo: number, hi: number): string | undefined {
  if (s.start > s.end) return `${where}: start ${s.start} > end ${s.end}`;
  if (s.start < lo || s.end > hi) return `${where}: [${s.start}, ${s.end}) outside [${lo}, ${hi})`;
  return undefined;
}

/** Invariants over a record that already matches the schema; returns one line per problem. */
export function invariantProblems(a: CodedArticle): string[] {
  const out: string[] = [];
  const n = a.text.length;
  const add = (p: string | undefined) => { if (p) out.push(p); };
  a.sentences.forEach((s, i) => {
    add(spanProblem(`sentences[${i}]`, s, 0, n));
    const prev = a.sentences[i - 1];
    if (prev && s.start < prev.end) out.push(`sentences[${i}] starts at ${s.start}, before sentences[${i - 1}] ends at ${prev.end}`);
  });
  const sentenceOf = (where: string, i: number): Span | undefined => {
    const s = a.sentences[i];
    if (!s) out.push(`${where}: sentence ${i} does not exist (${a.sentences.length} sentences)`);
    return s;
  };
  a.entities.forEach((e, i) => e.mentions.forEach((m, j) => add(spanProblem(`entities[${i}].mentions[${j}]`, m, 0, n))));
  a.events.forEach((e, i) => {
    const s = sentenceOf(`events[${i}]`, e.sentence);
    add(spanProblem(`events[${i}].evidence`, e.evidence, s?.start ?? 0, s?.end ?? n));
  });
  a.quotes.forEach((q, i) => {
    add(spanProblem(`quotes[${i}]`, q, 0, n));
    sentenceOf(`quotes[${i}]`, q.sentence);
  });
  a.amounts.forEach((m, i) => {
    add(spanProblem(`amounts[${i}]`, m, 0, n));
    sentenceOf(`amounts[${i}]`, m.sentence);
  });
  return out;
}

/** Validates shape and invariants; returns an empty list when the record is sound. */
export function validateCodedArticle(value: unknown): string[] {
  const parsed = codedArticleSchema.safeParse(value);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
  }
  return invariantProblems(parsed.data as unknown as CodedArticle);
}
