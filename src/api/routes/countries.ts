/** GET /v1/countries: event counts per country (actor or recipient) for the map, under any event filter. */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { needStore, type AppContext } from "../context.ts";
import { EventFilterQuery, toEventFilter } from "../filters.ts";
import { addRoute } from "../route.ts";

/** The map counts at most this many events; beyond it the answer says `truncated`. */
const MAX_EVENTS = 20_000;

/** Registers the per-country counts endpoint. */
export function countryRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: "GET", url: "/v1/countries", tag: "events",
    summary: "Events per country (ISO3 head of any actor or recipient) under the event filters, for the map",
    query: EventFilterQuery,
    response: z.object({ items: z.array(z.object({ country: z.string(), events: z.number() })), truncated: z.boolean() }),
    handler: async ({ query }) => {
      const store = needStore(ctx);
      const filter = toEventFilter(query);
      const counts = new Map<string, number>();
      let cursor: string | undefined;
      let seen = 0;
      do {
        const page = await store.queryEvents(filter, { limit: 1000, cursor });
        for (const ev of page.items) {
          const heads = new Set([...ev.actors, ...ev.recipients].map((a) => a.country ?? a.code.slice(0, 3)));
          for (const h of heads) if (/^[A-Z]{3}$/.test(h)) counts.set(h, (counts.get(h) ?? 0) + 1);
        }
        seen += page.items.length;
        cursor = page.nextCursor;
      } while (cursor && seen < MAX_EVENTS);
      const items = [...counts].map(([country, events]) => ({ country, events })).sort((x, y) => y.events - x.events);
      return { items, truncated: Boolean(cursor) };
    },
  });
}
