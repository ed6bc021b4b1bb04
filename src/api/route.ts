/**
 * One declaration per endpoint: its zod schemas drive input validation, response validation
 * and the OpenAPI description, so the three can never drift apart.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import { requireToken } from "./auth.ts";
import type { AppContext } from "./context.ts";

/** The schemas and documentation of one endpoint. */
export interface RouteSchemas {
  method: "GET" | "POST";
  /** Fastify-style path: `/v1/events/:id`. */
  url: string;
  summary: string;
  tag: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Body of a 2xx response. */
  response: z.ZodType;
  /** Status of a success (default 200). */
  status?: number;
  /** Needs the bearer token (write endpoints). */
  auth?: boolean;
}

/** The validated input a handler receives. */
export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  req: FastifyRequest;
  reply: FastifyReply;
}

/** An endpoint: schemas plus the handler that returns the response body. */
export type RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> =
  Omit<RouteSchemas, "params" | "query" | "body"> & {
    params?: P;
    query?: Q;
    body?: B;
    handler: (input: RouteInput<z.infer<P>, z.infer<Q>, z.infer<B>>) => Promise<unknown>;
  };

/** Registers an endpoint and records it for /openapi.json. */
export function addRoute<P extends z.ZodType = z.ZodUndefined, Q extends z.ZodType = z.ZodUndefined, B extends z.ZodType = z.ZodUndefined>(
  app: FastifyInstance, ctx: AppContext, spec: RouteSpec<P, Q, B>,
): void {
  ctx.routes.push(spec);
  app.route({
    method: spec.method,
    url: spec.url,
    handler: async (req, reply) => {
      if (spec.auth) requireToken(ctx.token, req.headers.authorization);
      const input = {
        params: spec.params ? spec.params.parse(req.params) : undefined,
        query: spec.query ? spec.query.parse(req.query) : undefined,
        body: spec.body ? spec.body.parse(req.body) : undefined,
        req,
        reply,
      } as RouteInput<z.infer<P>, z.infer<Q>, z.infer<B>>;
      const out = await spec.handler(input);
      reply.code(spec.status ?? 200);
      // A response that breaks its own schema is a bug; failing loudly keeps the docs true.
      return ctx.validateResponses ? spec.response.parse(out) : out;
    },
  });
}
