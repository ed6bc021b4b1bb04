/** `dyad serve [--db ...] [--port 8080] [--host 127.0.0.1]`: the API and the dashboard in one process. */
import type { Command } from "commander";
import { createApp } from "../api/index.ts";
import { createCoder, type Coder } from "../coder.ts";
import { DyadError, EXIT } from "../errors.ts";
import { DEFAULT_DB, openStore, type Store } from "../store/store.ts";

/** Where and what to serve. */
export interface ServeOptions {
  store: Store;
  coder: Coder;
  host: string;
  port: number;
  /** Write token; without it the server is read-only. */
  token?: string;
}

/** Parses a TCP port flag. */
export function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new DyadError(`--port: expected 0-65535, got ${value}`, { exitCode: EXIT.usage });
  return n;
}

/** Starts listening, prints the URL, and closes the server and store on SIGINT/SIGTERM. */
export async function startServer(opts: ServeOptions): Promise<string> {
  const app = await createApp({ store: opts.store, coder: opts.coder, token: opts.token });
  let address: string;
  try {
    address = await app.listen({ host: opts.host, port: opts.port });
  } catch (err) {
    await opts.store.close();
    throw new DyadError(`serve: cannot listen on ${opts.host}:${opts.port}: ${(err as Error).message}`, { cause: err });
  }
  const stop = (): void => {
    void app.close().then(() => opts.store.close()).then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  process.stdout.write(`dyad: serving ${address}/ (${opts.token ? "writes need the bearer token" : "read-only: set DYAD_TOKEN to allow writes"})\n`);
  return address;
}

/** Registers `dyad serve`. */
export function registerServe(program: Command): void {
  program.command("serve").description("serve the HTTP API (/v1, /openapi.json) and the dashboard")
    .option("--db <path|url>", "SQLite file or postgres:// URL", DEFAULT_DB)
    .option("--port <n>", "TCP port", "8080")
    .option("--host <addr>", "address to bind (loopback unless you say otherwise)", "127.0.0.1")
    .action(async (opts: { db: string; port: string; host: string }) => {
      const port = parsePort(opts.port);
      const store = await openStore(opts.db, { create: false });
      await startServer({ store, coder: createCoder(), host: opts.host, port, token: process.env.DYAD_TOKEN });
    });
}
