/**
 * The one error handler: every failure becomes `{ error: { status, code, message } }`.
 * DyadError carries its own status; zod failures are 400 with the offending fields;
 * Fastify's own errors (body too large, bad JSON, wrong content type) keep their 4xx status.
 */
import type { FastifyError, FastifyInstance } from "fastify";
import { ZodError } from "zod";
import { DyadError } from "../errors.ts";

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { status: number; code: string; message: string; issues?: { path: string; message: string }[] };
}

/** Turns any thrown value into a status and an error body. */
export function toErrorBody(err: unknown): ErrorBody {
  if (err instanceof DyadError) return { error: { status: err.status, code: codeFor(err.status), message: err.message } };
  if (err instanceof ZodError) {
    const issues = err.issues.map((i) => ({ path: i.path.join(".") || "(root)", message: i.message }));
    const message = `invalid request: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`;
    return { error: { status: 400, code: "bad_request", message, issues } };
  }
  const fe = err as Partial<FastifyError>;
  if (typeof fe.statusCode === "number" && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { error: { status: fe.statusCode, code: codeFor(fe.statusCode), message: fe.message ?? "bad request" } };
  }
  return { error: { status: 500, code: "internal", message: "internal error" } };
}

function codeFor(status: number): string {
  const names: Record<number, string> = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    408: "timeout", 413: "payload_too_large", 415: "unsupported_media_type", 422: "unprocessable",
    429: "too_many_requests", 503: "unavailable",
  };
  return names[status] ?? (status < 500 ? "bad_request" : "internal");
}

/** Installs the error and not-found handlers on an app. */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err, req, reply) => {
    const body = toErrorBody(err);
    if (body.error.status >= 500) req.log.error({ err }, "request failed");
    void reply.code(body.error.status).type("application/json; charset=utf-8").send(body);
  });
  app.setNotFoundHandler((req, reply) => {
    const body: ErrorBody = { error: { status: 404, code: "not_found", message: `no route ${req.method} ${req.url.split("?")[0]}` } };
    void reply.code(404).send(body);
  });
}
