/**
 * Builds the OpenAPI 3.1 description from the registered routes' zod schemas.
 */
import { z } from "zod";
import { CODER_VERSION } from "../coder.ts";
import type { RouteSchemas } from "./route.ts";
import { ErrorSchema } from "./schemas.ts";

type Json = Record<string, unknown>;

const schemaOf = (s: z.ZodType, io: "input" | "output"): Json =>
  z.toJSONSchema(s, { io, unrepresentable: "any", target: "draft-2020-12" }) as Json;

function parametersOf(where: "path" | "query", s: z.ZodType | undefined): Json[] {
  if (!s) return [];
  const js = schemaOf(s, "input") as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, schema]) => ({
    name, in: where, required: where === "path" || (js.required ?? []).includes(name), schema,
  }));
}

/** The OpenAPI document for a set of routes. */
export function buildOpenApi(routes: RouteSchemas[]): Json {
  const paths: Record<string, Json> = {};
  const error = { description: "error", content: { "application/json": { schema: schemaOf(ErrorSchema, "output") } } };
  for (const r of routes) {
    const path = r.url.replace(/:(\w+)/g, "{$1}");
    const op: Json = {
      summary: r.summary,
      tags: [r.tag],
      parameters: [...parametersOf("path", r.params), ...parametersOf("query", r.query)],
      responses: {
        [String(r.status ?? 200)]: { description: "ok", content: { "application/json": { schema: schemaOf(r.response, "output") } } },
        "4XX": error,
      },
    };
    if (r.body) op.requestBody = { required: true, content: { "application/json": { schema: schemaOf(r.body, "input") } } };
    if (r.auth) op.security = [{ bearer: [] }];
    paths[path] = { ...(paths[path] ?? {}), [r.method.toLowerCase()]: op };
  }
  return {
    openapi: "3.1.0",
    info: { title: "dyad", version: CODER_VERSION, description: "Political event data coded from news: PLOVER and CAMEO events with evidence." },
    paths,
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
  };
}
