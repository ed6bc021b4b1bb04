/**
 * Query-string filters for events, the same ones `dyad query` takes, parsed into the store's
 * `EventFilter`. Lists are comma-separated (`type=ACCUSE,THREATEN`).
 */
import { z } from "zod";
import { PLOVER_TYPES } from "../types.ts";
import type { EventFilter } from "../store/store.ts";
import { isoDate, PageQuery, plainText } from "./schemas.ts";

const STATUSES = ["asserted", "intended", "negated", "hypothetical", "historical"] as const;

/** "true"/"false"/"1"/"0" as a boolean (z.coerce.boolean would read "false" as true). */
export const flag = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const actorCode = z.string().regex(/^[A-Za-z]{3}[A-Za-z0-9]{0,12}$/, "expected an actor code like RUS or RUSGOV")
  .transform((s) => s.toUpperCase());

function listOf<T extends readonly [string, ...string[]]>(values: T) {
  return z.string().transform((s, ctx) => {
    const items = s.split(",").map((x) => x.trim()).filter(Boolean);
    for (const it of items) {
      if (!(values as readonly string[]).includes(it.toUpperCase()) && !(values as readonly string[]).includes(it.toLowerCase())) {
        ctx.addIssue({ code: "custom", message: `unknown value ${JSON.stringify(it)}; expected one of ${values.join(", ")}` });
      }
    }
    return items.map((x) => (values as readonly string[]).includes(x.toUpperCase()) ? x.toUpperCase() : x.toLowerCase()) as T[number][];
  });
}

/** Event filters without paging (used by the timeline too). */
export const EventFilterQuery = z.object({
  actor: actorCode.optional(),
  recipient: actorCode.optional(),
  dyad: z.string().regex(/^[A-Za-z]{3}[A-Za-z0-9]*-[A-Za-z]{3}[A-Za-z0-9]*$/, "expected a dyad like RUS-PAK")
    .transform((s) => s.toUpperCase()).optional(),
  both: flag.optional(),
  type: listOf(PLOVER_TYPES).optional(),
  cameo: z.string().regex(/^\d{2}$/, "expected a two-digit CAMEO root like 04").optional(),
  quad: z.coerce.number().int().min(1).max(4).optional(),
  status: listOf(STATUSES).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Words that must all occur in the evidence sentence (`dyad query --text`). */
  text: plainText.min(1).max(200).optional(),
  article: plainText.min(1).max(200).optional(),
  negated: flag.optional(),
  hypothetical: flag.optional(),
  distinct: flag.optional(),
}).strict();

/** Event filters plus paging. */
export const EventListQuery = EventFilterQuery.extend(PageQuery);

/** Maps parsed query parameters onto the store's filter. */
export function toEventFilter(q: z.infer<typeof EventFilterQuery>): EventFilter {
  const f: EventFilter = {};
  if (q.actor) f.actor = q.actor;
  if (q.recipient) f.recipient = q.recipient;
  if (q.dyad) f.dyad = q.dyad;
  if (q.both !== undefined) f.both = q.both;
  if (q.type?.length) f.type = q.type;
  if (q.cameo) f.cameoRoot = q.cameo;
  if (q.quad) f.quad = q.quad as 1 | 2 | 3 | 4;
  if (q.status?.length) f.status = q.status;
  if (q.from) f.from = q.from;
  if (q.to) f.to = q.to;
  if (q.text) f.text = q.text;
  if (q.article) f.article = q.article;
  if (q.negated !== undefined) f.includeNegated = q.negated;
  if (q.hypothetical !== undefined) f.includeHypothetical = q.hypothetical;
  if (q.distinct !== undefined) f.distinct = q.distinct;
  return f;
}
