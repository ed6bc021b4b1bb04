/**
 * Serves the dashboard (src/web) and the few browser builds it needs from node_modules.
 * Only files listed at start-up are served, so no request path can reach outside them.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const WEB_DIR = join(ROOT, "src", "web");

/** Browser files from npm packages, by the URL the dashboard loads them from. */
const VENDOR: Record<string, string> = {
  "/vendor/chart.umd.min.js": "node_modules/chart.js/dist/chart.umd.min.js",
  "/vendor/d3-array.min.js": "node_modules/d3-array/dist/d3-array.min.js",
  "/vendor/d3-geo.min.js": "node_modules/d3-geo/dist/d3-geo.min.js",
  "/vendor/topojson-client.min.js": "node_modules/topojson-client/dist/topojson-client.min.js",
  "/vendor/countries-110m.json": "node_modules/world-atlas/countries-110m.json",
};

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png",
};

function listWeb(dir: string, out: Map<string, string>): void {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) listWeb(full, out);
    else if (!name.endsWith(".test.ts") && TYPES[extname(name)]) out.set("/" + relative(WEB_DIR, full).split(sep).join("/"), full);
  }
}

/** ISO 3166 numeric code (the world-atlas feature id) to alpha-3, from world-countries. */
function isoNumericToAlpha3(): Buffer {
  const list = JSON.parse(readFileSync(join(ROOT, "node_modules/world-countries/countries.json"), "utf8")) as { cca3: string; ccn3: string }[];
  const map: Record<string, string> = {};
  for (const c of list) if (c.ccn3) map[c.ccn3] = c.cca3;
  return Buffer.from(JSON.stringify(map));
}

/** Registers GET routes for every dashboard and vendor file; `/` serves index.html. */
export function staticRoutes(app: FastifyInstance): void {
  const files = new Map<string, string>();
  listWeb(WEB_DIR, files);
  for (const [url, file] of Object.entries(VENDOR)) files.set(url, join(ROOT, file));
  files.set("/", join(WEB_DIR, "index.html"));
  const iso = isoNumericToAlpha3();
  app.get("/geo/iso3.json", async (_req, reply) => reply.type(TYPES[".json"]).header("cache-control", "public, max-age=86400").send(iso));
  for (const [url, file] of files) {
    const isVendor = url.startsWith("/vendor/");
    // Read once: the dashboard is small and the vendor builds never change while running.
    const body = readFileSync(file);
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    app.get(url, async (_req, reply) => {
      reply.type(type).header("cache-control", isVendor ? "public, max-age=86400" : "no-cache");
      return body;
    });
  }
}
