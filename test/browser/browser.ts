/**
 * Browser-test plumbing: Debian's chromium driven by playwright-core against the real server on
 * a fresh SQLite store holding the bundled examples. Skipped, with a note, when chromium is missing.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { chromium, type BrowserContext } from "playwright-core";
import { createApp } from "../../src/api/index.ts";
import { ingestExamples } from "../../src/cli/demo.ts";
import { createCoder, type Coder } from "../../src/coder.ts";
import { openStore, type Store } from "../../src/store/store.ts";

/** The chromium binary: $DYAD_CHROMIUM, else Debian's. */
export const CHROMIUM = process.env.DYAD_CHROMIUM ?? "/usr/bin/chromium";
/** True when the browser tests can run. */
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

/** Where screenshots go: docs/ when DYAD_SCREENSHOTS=docs (to refresh the committed ones), else a temp folder. */
export const SHOT_DIR = process.env.DYAD_SCREENSHOTS === "docs"
  ? new URL("../../docs/", import.meta.url).pathname
  : mkdtempSync(join(tmpdir(), "dyad-shots-"));

/** A running dashboard and a browser pointed at it. */
export interface Dashboard {
  base: string;
  browser: BrowserContext;
  coder: Coder;
  close: () => Promise<void>;
}

/** Ingests the examples into a fresh SQLite file, serves it on a free port, and starts chromium. */
export async function startDashboard(): Promise<Dashboard> {
  const dir = mkdtempSync(join(tmpdir(), "dyad-browser-"));
  const coder = createCoder();
  const store: Store = await openStore(join(dir, "demo.db"));
  await ingestExamples(store, coder);
  const app: FastifyInstance = await createApp({ store, coder });
  const base = await app.listen({ host: "127.0.0.1", port: 0 });
  const browser = await chromium.launchPersistentContext(join(dir, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  return {
    base, browser, coder,
    close: async () => {
      await browser.close();
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
