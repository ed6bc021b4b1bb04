/** GET /v1/quotes, /v1/actors, /v1/stats and the dyad timeline. */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { needStore, type AppContext } from "../context.ts";
import { EventFilterQuery, toEventFilter } from "../filters.ts";
import { quotesByCountry } from "../quotes-by-country.ts";
import { addRoute } from "../route.ts";
import { ActorSchema, isoDate, pageOf, PageQuery, plainText, QuoteSchema } from "../schemas.ts";

const head = z.string().regex(/^[A-Za-z]{3}[A-Za-z0-9]{0,12}$/, "expected an actor code like RUS").transform((s) => s.toUpperCase());

/** Registers the lookup endpoints. */
export function lookupRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: "GET", url: "/v1/quotes", tag: "quotes", summary: "Quotes, filtered by speaker (entity id or part of the name), speaker's country (ISO3), text, article, dates",
    query: z.object({
      speaker: plainText.min(1).max(200).optional(),
      country: z.string().regex(/^[A-Za-z]{3}$/, "expected an ISO 3166 alpha-3 code like PAK").transform((s) => s.toUpperCase()).optional(),
      text: plainText.min(1).max(200).optional(),
      article: plainText.min(1).max(200).optional(), from: isoDate.optional(), to: isoDate.optional(), ...PageQuery,
    }).strict(),
    response: pageOf(QuoteSchema.extend({ id: z.string(), articleId: z.string() })),
    handler: async ({ query }) => {
      const { limit, cursor, country, ...filter } = query;
      if (country) return quotesByCountry(needStore(ctx), country, filter, limit, cursor);
      return needStore(ctx).queryQuotes(filter, { limit, cursor });
    },
  });
  addRoute(app, ctx, {
    method: "GET", url: "/v1/actors", tag: "actors", summary: "Actors whose code or name matches q, most frequent first",
    query: z.object({ q: plainText.max(100).default(""), limit: z.coerce.number().int().min(1).max(200).default(20) }).strict(),
    response: z.object({ items: z.array(ActorSchema.extend({ events: z.number() })) }),
    handler: async ({ query }) => ({ items: await needStore(ctx).searchActors(query.q, query.limit) }),
  });
  addRoute(app, ctx, {
    method: "GET", url: "/v1/dyads/:a/:b/timeline", tag: "dyads",
    summary: "Events between a and b (either direction) per week or month: counts by PLOVER type and quad class, Goldstein sum",
    params: z.object({ a: head, b: head }),
    query: EventFilterQuery.omit({ dyad: true, both: true, actor: true, recipient: true })
      .extend({ interval: z.enum(["week", "month"]).default("month") }),
    response: z.object({
      a: z.string(), b: z.string(), interval: z.enum(["week", "month"]),
      buckets: z.array(z.looseObject({
        start: z.string(), events: z.number(), goldstein: z.number(),
        byType: z.record(z.string(), z.number()), byQuad: z.looseObject({}),
      })),
    }),
    handler: async ({ params, query }) => {
      const { interval, ...rest } = query;
      const buckets = await needStore(ctx).timeline(params.a, params.b, interval, toEventFilter(rest));
      return { a: params.a, b: params.b, interval, buckets };
    },
  });
  addRoute(app, ctx, {
    method: "GET", url: "/v1/stats", tag: "stats", summary: "Store overview: counts, by type/month/dyad, top cooperation and conflict dyads",
    response: z.looseObject({ articles: z.number(), events: z.number(), byDyad: z.array(z.looseObject({ dyad: z.string(), events: z.number() })) }),
    handler: async () => needStore(ctx).stats(),
  });
}
