/**
 * The HTTP app: `createApp({ store, coder })` returns a Fastify instance serving the JSON API
 * under /v1, /healthz, /openapi.json and the dashboard. Tests drive it with `app.inject()`.
 */
import Fastify, { type FastifyInstance } from "fastify";
import type { Coder } from "../coder.ts";
import type { Store } from "../store/store.ts";
import type { AppContext } from "./context.ts";
import { installErrorHandlers } from "./errors.ts";
import { articleRoutes } from "./routes/articles.ts";
import { codeRoutes } from "./routes/code.ts";
import { countryRoutes } from "./routes/countries.ts";
import { eventRoutes } from "./routes/events.ts";
import { healthRoutes } from "./routes/health.ts";
import { lookupRoutes } from "./routes/lookups.ts";
import { installSecurityHeaders } from "./security.ts";
import { staticRoutes } from "./static.ts";

/** What the app is built from. */
export interface AppOptions {
  /** Read endpoints answer 503 without a store (code-only mode). */
  store?: Store;
  coder: Coder;
  /** Bearer token for write endpoints; without one the server is read-only. */
  token?: string;
  /** Largest request body in bytes (default 2 MiB). */
  bodyLimit?: number;
  /** Time a client has to send its whole request, in ms (default 30 s); slow senders get 408. */
  requestTimeout?: number;
  /** Check every response against its schema (default true). */
  validateResponses?: boolean;
  /** Fastify logger on (default false). */
  logger?: boolean;
  /** Serve the dashboard (default true). */
  dashboard?: boolean;
}

/** Builds the app; call `.listen()` to serve or `.inject()` to test. */
export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 2 * 1024 * 1024,
    requestTimeout: options.requestTimeout ?? 30_000,
    connectionTimeout: 60_000,
    routerOptions: { maxParamLength: 300 },
    return503OnClosing: true,
  });
  const ctx: AppContext = {
    store: options.store,
    coder: options.coder,
    token: options.token || undefined,
    validateResponses: options.validateResponses ?? true,
    routes: [],
  };
  installErrorHandlers(app);
  installSecurityHeaders(app);
  healthRoutes(app, ctx);
  codeRoutes(app, ctx);
  eventRoutes(app, ctx);
  articleRoutes(app, ctx);
  lookupRoutes(app, ctx);
  countryRoutes(app, ctx);
  if (options.dashboard ?? true) staticRoutes(app);
  await app.ready();
  return app;
}
