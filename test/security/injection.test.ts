import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixture, type Fixture } from "./fixture.ts";
import { INJECTIONS } from "./payloads.ts";

/** Free-text parameters: a hostile value may be accepted, but must then match nothing. */
const FREE_TEXT: Record<string, string[]> = {
  "/v1/events": ["text", "article", "cursor"],
  "/v1/quotes": ["speaker", "text", "article", "cursor"],
  "/v1/actors": ["q"],
  "/v1/dyads/RUS/PAK/timeline": ["text", "article"],
};

/** Rows in a list response, or events in a timeline. */
function countOf(body: { items?: unknown[]; buckets?: { events: number }[] }): number {
  return body.items?.length ?? (body.buckets ?? []).reduce((n, b) => n + b.events, 0);
}

/** Structured parameters: a hostile value must be refused with 400. */
const STRUCTURED: Record<string, string[]> = {
  "/v1/events": ["actor", "recipient", "dyad", "both", "type", "cameo", "quad", "status", "from", "to",
    "negated", "hypothetical", "distinct", "limit"],
  "/v1/quotes": ["country", "from", "to", "limit"],
  "/v1/actors": ["limit"],
  "/v1/dyads/RUS/PAK/timeline": ["interval", "type", "cameo", "quad", "status", "from", "to"],
};

const PATHS = ["/v1/events/", "/v1/articles/", "/v1/dyads/RUS/", "/v1/dyads/"];

const PG = process.env.DYAD_TEST_PG;
if (!PG) console.log("injection suite on PostgreSQL skipped: set DYAD_TEST_PG (see .ci/postgres.sh)");
const BACKENDS = [{ name: "SQLite", postgres: undefined }, ...(PG ? [{ name: "PostgreSQL", postgres: PG }] : [])];

describe.each(BACKENDS)("SQL and query-language injection against every filter on $name", { timeout: 180_000 }, ({ postgres }) => {
  let fx: Fixture;
  let before: { articles: number; events: number; quotes: number };
  let requests = 0;

  async function get(url: string) {
    requests++;
    return fx.app.inject({ method: "GET", url });
  }

  beforeAll(async () => {
    fx = await createFixture({ postgres });
    const s = await fx.store.stats();
    before = { articles: s.articles, events: s.events, quotes: s.quotes };
  });
  afterAll(async () => {
    await fx?.close();
  });

  it("has a store with events and quotes to leak", async () => {
    expect(before.events).toBeGreaterThan(0);
    expect(countOf(JSON.parse((await get("/v1/events?text=Pakistan")).body))).toBeGreaterThan(0);
    expect(countOf(JSON.parse((await get("/v1/dyads/RUS/PAK/timeline")).body))).toBeGreaterThan(0);
  });

  it("returns nothing, and never a 500, for injection strings in free-text parameters", async () => {
    const leaks: string[] = [];
    for (const [route, params] of Object.entries(FREE_TEXT)) {
      for (const p of params) {
        for (const payload of INJECTIONS) {
          const res = await get(`${route}?${p}=${encodeURIComponent(payload)}`);
          if (res.statusCode === 200) {
            const n = countOf(JSON.parse(res.body));
            if (n) leaks.push(`${route}?${p}=${payload} -> ${n} items`);
          } else if (res.statusCode !== 400) {
            leaks.push(`${route}?${p}=${payload} -> ${res.statusCode} ${res.body.slice(0, 120)}`);
          }
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it("refuses injection strings in structured parameters with 400", async () => {
    const wrong: string[] = [];
    for (const [route, params] of Object.entries(STRUCTURED)) {
      for (const p of params) {
        for (const payload of INJECTIONS) {
          const res = await get(`${route}?${p}=${encodeURIComponent(payload)}`);
          if (res.statusCode !== 400) wrong.push(`${route}?${p}=${payload} -> ${res.statusCode}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("answers 400 or 404, never 500, for injection strings in path parameters", async () => {
    const wrong: string[] = [];
    for (const prefix of PATHS) {
      for (const payload of INJECTIONS) {
        const tail = prefix === "/v1/dyads/" ? `${encodeURIComponent(payload)}/PAK/timeline`
          : prefix === "/v1/dyads/RUS/" ? `${encodeURIComponent(payload)}/timeline` : encodeURIComponent(payload);
        const res = await get(prefix + tail);
        if (res.statusCode !== 400 && res.statusCode !== 404) wrong.push(`${prefix}${payload} -> ${res.statusCode}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("refuses parameters it does not know", async () => {
    for (const url of ["/v1/events?where=1", "/v1/quotes?order=name", "/v1/actors?sql=select"]) {
      expect((await get(url)).statusCode).toBe(400);
    }
  });

  it("leaves the store exactly as it was after every attempt", async () => {
    const s = await fx.store.stats();
    expect({ articles: s.articles, events: s.events, quotes: s.quotes }).toEqual(before);
    expect(requests).toBeGreaterThan(1000);
    console.log(`injection suite: ${requests} requests, ${INJECTIONS.length} payloads`);
  });
});
