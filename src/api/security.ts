/**
 * Security headers on every response. The dashboard loads only same-origin scripts, so the
 * content policy can forbid everything else; CORS headers are never sent (off by default).
 */
import type { FastifyInstance } from "fastify";

/** Headers added to every response. */
export const SECURITY_HEADERS: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  // Chart.js sets inline style attributes on its canvas, hence 'unsafe-inline' for styles only.
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
};

/** Adds the security headers through an onSend hook. */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onSend", async (_req, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    return payload;
  });
}
