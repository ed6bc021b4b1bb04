/** The read endpoints over a real store filled with the fixture articles, on every backend. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, getJson, harness, type Harness } from "./harness.ts";
import { ARTICLES } from "./fixtures.ts";

const ASSERTED = ARTICLES.flatMap((a) => a.events).filter((e) => e.status === "asserted").length;

for (const backend of BACKENDS) {
  describe.skipIf(backend.skip)(`read API on ${backend.name}`, () => {
    let h: Harness;
    beforeAll(async () => { h = await harness(backend); });
    afterAll(async () => { await h?.close(); });

    it("lists asserted events in date order, leaving negated and hypothetical ones out", async () => {
      const { status, body } = await getJson(h.app, "/v1/events");
      expect(status).toBe(200);
      expect(body.items).toHaveLength(ASSERTED);
      const days = body.items.map((e: { day: string }) => e.day);
      expect([...days].sort()).toEqual(days);
      expect(body.items.every((e: { status: string }) => e.status === "asserted")).toBe(true);
      expect(body.nextCursor).toBeUndefined();
    });

    it("walks every event page by page with the cursor, without repeats", async () => {
      const seen: string[] = [];
      let cursor = "";
      for (let i = 0; i < 10; i++) {
        const { body } = await getJson(h.app, `/v1/events?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
        expect(body.items.length).toBeLessThanOrEqual(2);
        seen.push(...body.items.map((e: { id: string }) => e.id));
        if (!body.nextCursor) break;
        cursor = body.nextCursor;
      }
      expect(seen).toHaveLength(ASSERTED);
      expect(new Set(seen).size).toBe(ASSERTED);
    });

    it("filters by dyad in one or both directions, actor, type, quad, dates and evidence words", async () => {
      const count = async (q: string) => (await getJson(h.app, `/v1/events?${q}`)).body.items.length;
      expect(await count("dyad=RUS-PAK")).toBe(2);
      expect(await count("dyad=RUS-PAK&both=true")).toBe(5);
      expect(await count("actor=PAK")).toBe(3);
      expect(await count("actor=CHNMIL")).toBe(1);
      expect(await count("type=ACCUSE,PROTEST")).toBe(2);
      expect(await count("quad=4")).toBe(2);
      expect(await count("from=2025-02-01&to=2025-04-30")).toBe(2);
      expect(await count("text=water%20cannons")).toBe(1);
      expect(await count("dyad=rus-pak&both=1&negated=true")).toBe(6);
      expect(await count("status=hypothetical")).toBe(1);
    });

    it("answers 400 with the offending field for bad filters", async () => {
      for (const [q, field] of [["type=FOO", "type"], ["quad=9", "quad"], ["from=2025-1-1", "from"], ["limit=0", "limit"],
        ["dyad=RUSSIA", "dyad"], ["colour=red", "(root)"], ["both=maybe", "both"]]) {
        const { status, body } = await getJson(h.app, `/v1/events?${q}`);
        expect(status, q).toBe(400);
        expect(body.error.issues.map((i: { path: string }) => i.path), q).toContain(field);
      }
      expect((await getJson(h.app, "/v1/events?cursor=not-a-real-cursor")).status).toBe(400);
    });

    it("returns one event with its mentions, whose evidence lies inside the article text", async () => {
      const first = (await getJson(h.app, "/v1/events?type=ASSAULT")).body.items[0];
      const { status, body } = await getJson(h.app, `/v1/events/${encodeURIComponent(first.id)}`);
      expect(status).toBe(200);
      expect(body.type).toBe("ASSAULT");
      expect(body.mentions).toBeGreaterThanOrEqual(1);
      const mention = body.items.find((m: { id: string }) => m.id === first.id);
      const article = ARTICLES.find((a) => a.id === mention.articleId)!;
      expect(article.text.slice(mention.evidence.start, mention.evidence.end)).toBe("fired water cannons");
      expect(mention.sentenceText).toContain("fired water cannons");
      expect((await getJson(h.app, "/v1/events/nope:e9")).status).toBe(404);
    });

    it("returns a stored article with its entities, events, quotes, amounts and removed boilerplate", async () => {
      const { status, body } = await getJson(h.app, "/v1/articles/rp-jan");
      expect(status).toBe(200);
      expect(body.text).toBe(ARTICLES[0].text);
      expect(body.events.map((e: { type: string }) => e.type)).toEqual(["CONSULT", "REQUEST"]);
      expect(body.quotes[0].text).toBe("We are ready to help");
      expect(body.amounts[0].value).toBe(200_000_000);
      expect(body.removed[0].kind).toBe("read-more");
      const missing = await getJson(h.app, "/v1/articles/does-not-exist");
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe("not_found");
    });

    it("finds quotes by speaker name and actors by code, most frequent first", async () => {
      const quotes = (await getJson(h.app, "/v1/quotes?speaker=rudenko")).body;
      expect(quotes.items.map((q: { text: string }) => q.text)).toEqual(["We are ready to help"]);
      expect((await getJson(h.app, "/v1/quotes?speaker=nobody-at-all")).body.items).toEqual([]);
      expect((await getJson(h.app, "/v1/quotes?country=pak")).body.items.map((q: { text: string }) => q.text)).toEqual(["Release them now"]);
      const actors = (await getJson(h.app, "/v1/actors?q=PAK")).body.items;
      expect(actors.length).toBeGreaterThan(0);
      expect(actors.every((a: { code: string }) => a.code.startsWith("PAK"))).toBe(true);
      const counts = actors.map((a: { events: number }) => a.events);
      expect([...counts].sort((x, y) => y - x)).toEqual(counts);
    });

    it("pages through quotes by the speaker's country without skipping or repeating any", async () => {
      const texts: string[] = [];
      let url = "/v1/quotes?country=RUS&limit=1";
      for (let i = 0; i < 5; i++) {
        const { status, body } = await getJson(h.app, url);
        expect(status).toBe(200);
        expect(body.items.length).toBeLessThanOrEqual(1);
        texts.push(...body.items.map((q: { text: string }) => q.text));
        if (!body.nextCursor) break;
        url = `/v1/quotes?country=RUS&limit=1&cursor=${encodeURIComponent(body.nextCursor)}`;
      }
      expect(texts).toEqual(["We are ready to help", "They broke the rules", "We will check papers"]);
      expect((await getJson(h.app, "/v1/quotes?country=RUS&cursor=garbage")).status).toBe(400);
      expect((await getJson(h.app, "/v1/quotes?country=Russia")).status).toBe(400);
    });

    it("draws the RUS-PAK timeline per month with counts by quad class and the Goldstein sum", async () => {
      const { status, body } = await getJson(h.app, "/v1/dyads/RUS/PAK/timeline?interval=month");
      expect(status).toBe(200);
      expect(body.buckets.map((b: { start: string }) => b.start)).toEqual(["2025-01-01", "2025-02-01", "2025-05-01"]);
      const may = body.buckets[2];
      expect(may.events).toBe(2);
      expect(may.goldstein).toBeCloseTo(-8.5);
      expect(may.byQuad["4"]).toBe(1);
      expect(may.byType.ACCUSE).toBe(1);
      const weeks = (await getJson(h.app, "/v1/dyads/PAK/RUS/timeline?interval=week")).body.buckets;
      expect(weeks.reduce((n: number, b: { events: number }) => n + b.events, 0)).toBe(5);
      expect((await getJson(h.app, "/v1/dyads/RUS/PAK/timeline?interval=year")).status).toBe(400);
    });

    it("reports store statistics and event counts per country for the map", async () => {
      const stats = (await getJson(h.app, "/v1/stats")).body;
      expect(stats.articles).toBe(ARTICLES.length);
      expect(stats.events).toBeGreaterThanOrEqual(ASSERTED);
      const countries = (await getJson(h.app, "/v1/countries")).body;
      const byIso = Object.fromEntries(countries.items.map((c: { country: string; events: number }) => [c.country, c.events]));
      expect(byIso).toMatchObject({ RUS: 5, PAK: 5, CHN: 1, PHL: 1 });
      expect((await getJson(h.app, "/v1/countries?quad=4")).body.items.length).toBe(4);
    });
  });
}
