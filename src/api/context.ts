/**
 * What every route receives: the store, the coder, the write token and the list of routes
 * (for the OpenAPI description). Built once per app; nothing here is module-level.
 */
import type { Coder } from "../coder.ts";
import { DyadError } from "../errors.ts";
import type { Store } from "../store/store.ts";
import type { RouteSchemas } from "./route.ts";

/** Shared, per-app state handed to each route module. */
export interface AppContext {
  store?: Store;
  coder: Coder;
  /** Bearer token for write endpoints; undefined means the server is read-only. */
  token?: string;
  validateResponses: boolean;
  routes: RouteSchemas[];
}

/** The store, or a 503 when the app was started without one (code-only mode). */
export function needStore(ctx: AppContext): Store {
  if (!ctx.store) throw new DyadError("no store configured: start the server with --db", { status: 503 });
  return ctx.store;
}
