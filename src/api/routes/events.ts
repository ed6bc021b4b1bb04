/** GET /v1/events (filtered, paginated) and GET /v1/events/:id (linked event with its mentions). */
import type { FastifyInstance } from "fastify";
import { DyadError } from "../../errors.ts";
import { needStore, type AppContext } from "../context.ts";
import { EventListQuery, toEventFilter } from "../filters.ts";
import { addRoute } from "../route.ts";
import { IdParams, LinkedEventSchema, pageOf, StoredEventSchema } from "../schemas.ts";

/** Registers the event endpoints. */
export function eventRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: "GET", url: "/v1/events", tag: "events",
    summary: "Event mentions in date order, filtered as in `dyad query`; pass nextCursor back as cursor",
    query: EventListQuery, response: pageOf(StoredEventSchema),
    handler: async ({ query }) => {
      const { limit, cursor, ...rest } = query;
      return needStore(ctx).queryEvents(toEventFilter(rest), { limit, cursor });
    },
  });
  addRoute(app, ctx, {
    method: "GET", url: "/v1/events/:id", tag: "events",
    summary: "One event (mention id or linked-event id) with all its mentions and their evidence",
    params: IdParams, response: LinkedEventSchema,
    handler: async ({ params }) => {
      const ev = await needStore(ctx).getEvent(params.id);
      if (!ev) throw new DyadError(`no event ${JSON.stringify(params.id)}`, { status: 404 });
      return ev;
    },
  });
}
