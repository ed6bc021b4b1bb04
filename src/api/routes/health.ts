/** GET /healthz and GET /openapi.json. */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppContext } from "../context.ts";
import { buildOpenApi } from "../openapi.ts";
import { addRoute } from "../route.ts";

/** Registers the health check and the OpenAPI description. */
export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: "GET", url: "/healthz", tag: "meta", summary: "Liveness: the coder version and the store backend",
    response: z.object({ status: z.literal("ok"), coder: z.string(), store: z.enum(["sqlite", "postgres", "none"]), writable: z.boolean() }),
    handler: async () => ({ status: "ok" as const, coder: ctx.coder.version, store: ctx.store?.kind ?? "none", writable: Boolean(ctx.token) }),
  });
  addRoute(app, ctx, {
    method: "GET", url: "/openapi.json", tag: "meta", summary: "This API's OpenAPI 3.1 description",
    response: z.record(z.string(), z.unknown()),
    handler: async () => buildOpenApi(ctx.routes),
  });
}
