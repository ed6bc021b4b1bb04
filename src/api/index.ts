/** The HTTP API's public surface. */
export { createApp, type AppOptions } from "./app.ts";
export { toErrorBody, type ErrorBody } from "./errors.ts";
