/**
 * The store behaviour suite, run against every backend (sqlite.test.ts, postgres.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/store.ts";
import { article, type EventSketch } from "./helpers.ts";

const pipeline = (sentence: string, date: string): EventSketch =>
  ({ sentence, type: "AGREE", actors: ["RUSGOV"], recipients: ["PAKGOV"], cameo: "057", goldstein: 8, quad: 1, date });

/** Three outlets reporting one signing, a different RUS-PAK agreement, and unrelated events. */
export function corpus() {
  return [
    article("tass-1", { published: "2021-04-07", outlet: "TASS" }, [
      pipeline("Russia and Pakistan signed an agreement on Wednesday to build the Pakistan Stream gas pipeline from Karachi to Lahore.", "2021-04-07"),
      { sentence: "Moscow also pledged to supply 150,000 doses of Sputnik V vaccine to Islamabad.", type: "AID", actors: ["RUSGOV"], recipients: ["PAKGOV"], cameo: "073", goldstein: 7.4, quad: 2, date: "2021-04-07" },
    ]),
    article("dawn-1", { published: "2021-04-08", url: "https://www.dawn.com/news/1" }, [
      pipeline("Pakistan and Russia signed a deal to build the Pakistan Stream gas pipeline between Karachi and Lahore, officials said.", "2021-04-07"),
      { sentence: "Foreign Minister Qureshi said Pakistan would not accept pressure from India over Kashmir.", type: "REJECT", actors: ["PAKGOV"], recipients: ["INDGOV"], cameo: "120", goldstein: -4, quad: 3, date: "2021-04-08" },
    ]),
    article("reuters-1", { published: "2021-04-08", outlet: "Reuters" }, [
      pipeline("Russia signed an agreement with Pakistan to build a gas pipeline, the Pakistan Stream, linking Karachi and Lahore.", "2021-04-07"),
      { sentence: "Russia agreed with Pakistan to hold joint naval exercises in the Arabian Sea next year.", type: "AGREE", actors: ["RUSMIL"], recipients: ["PAKMIL"], cameo: "057", goldstein: 8, quad: 1, date: "2021-04-08" },
      { sentence: "Russia did not threaten Pakistan with sanctions over the deal.", type: "THREATEN", actors: ["RUSGOV"], recipients: ["PAKGOV"], cameo: "138", goldstein: -7, quad: 3, status: "negated", date: "2021-04-08" },
    ]),
    article("later-1", { published: "2021-05-20", outlet: "TASS" }, [
      pipeline("Russia and Pakistan signed an agreement on Thursday to build the Pakistan Stream gas pipeline from Karachi to Lahore.", "2021-05-20"),
      { sentence: "Indian troops fired on Pakistani posts along the Line of Control.", type: "ASSAULT", actors: ["INDMIL"], recipients: ["PAKMIL"], cameo: "190", goldstein: -10, quad: 4, date: "2021-05-20" },
    ]),
  ];
}

/** Registers the suite for one backend; `open` gives a fresh empty store. */
export function storeSuite(open: () => Promise<{ store: Store; cleanup: () => Promise<void> }>): void {
  let store: Store;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ store, cleanup } = await open());
    await store.putArticles(corpus());
  });
  afterAll(async () => {
    await store.close();
    await cleanup();
  });

  describe("writing", () => {
    it("stores every article, event, quote and sentence of a batch", async () => {
      const s = await store.stats();
      expect(s).toMatchObject({ articles: 4, events: 9, quotes: 4, sentences: 9 });
      expect(await store.getArticle("dawn-1")).toMatchObject({ id: "dawn-1", meta: { url: "https://www.dawn.com/news/1" } });
    });

    it("adds nothing when the same content is stored again, even under another id", async () => {
      const again = corpus();
      again[0].article = { ...again[0].article, id: "tass-copy" };
      expect(await store.putArticles(again)).toEqual({ inserted: 0, replaced: 0, skipped: 4 });
      expect((await store.stats()).events).toBe(9);
      expect(await store.getArticle("tass-copy")).toBeUndefined();
    });

    it("replaces an article's rows when a newer coder version recodes it", async () => {
      const [tass] = corpus();
      const recoded = { ...tass, article: { ...tass.article, coder: "0.2.0", events: tass.article.events.slice(0, 1) } };
      expect(await store.putArticles([recoded])).toEqual({ inserted: 0, replaced: 1, skipped: 0 });
      const s = await store.stats();
      expect(s.events).toBe(8);
      expect(s.coders).toEqual({ "0.1.0": 3, "0.2.0": 1 });
      expect((await store.knownHashes([tass.hash], "0.2.0")).has(tass.hash)).toBe(true);
      expect((await store.knownHashes([tass.hash], "0.1.0")).size).toBe(0);
      await store.putArticles([tass]);
      expect((await store.stats()).events).toBe(9);
    });
  });

  describe("cross-article linking", () => {
    it("merges three write-ups of one signing into one event with mentions, sources and articles", async () => {
      const linked = await store.getEvent("dawn-1:e1");
      expect(linked).toBeDefined();
      expect(linked?.items.map((i) => i.articleId).sort()).toEqual(["dawn-1", "reuters-1", "tass-1"]);
      expect(linked).toMatchObject({ mentions: 3, sources: 3, articles: 3, type: "AGREE" });
      expect(linked?.items.every((i) => /pipeline/.test(i.sentenceText))).toBe(true);
      expect(await store.getEvent(linked!.id)).toMatchObject({ mentions: 3 });
    });

    it("keeps a different agreement between the same countries, and the same words six weeks later, apart", async () => {
      expect(await store.getEvent("reuters-1:e2")).toMatchObject({ mentions: 1, articles: 1 });
      expect(await store.getEvent("later-1:e1")).toMatchObject({ mentions: 1 });
      expect((await store.stats()).linkedEvents).toBe(7);
    });
  });

  describe("queries", () => {
    const ids = async (f: Parameters<Store["queryEvents"]>[0]) =>
      (await store.queryEvents(f, { limit: 100 })).items.map((e) => e.id).sort();

    it("filters by actor head, full code, recipient and dyad in one or both directions", async () => {
      expect(await ids({ actor: "IND" })).toEqual(["later-1:e2"]);
      expect(await ids({ actor: "RUSMIL" })).toEqual(["reuters-1:e2"]);
      expect(await ids({ recipient: "IND" })).toEqual(["dawn-1:e2"]);
      expect(await ids({ dyad: "PAK-IND" })).toEqual(["dawn-1:e2"]);
      expect(await ids({ dyad: "IND-PAK", both: true })).toEqual(["dawn-1:e2", "later-1:e2"]);
    });

    it("filters by type, CAMEO root, quad class, date range and evidence words", async () => {
      expect(await ids({ type: "AID" })).toEqual(["tass-1:e2"]);
      expect(await ids({ cameoRoot: "12" })).toEqual(["dawn-1:e2"]);
      expect(await ids({ quad: 4 })).toEqual(["later-1:e2"]);
      expect(await ids({ from: "2021-05-01", to: "2021-05-31" })).toEqual(["later-1:e1", "later-1:e2"]);
      expect(await ids({ text: "naval exercises" })).toEqual(["reuters-1:e2"]);
      expect(await ids({ text: "vaccines" })).toEqual(["tass-1:e2"]);
    });

    it("leaves negated events out unless asked for", async () => {
      expect(await ids({ type: "THREATEN" })).toEqual([]);
      expect(await ids({ type: "THREATEN", includeNegated: true })).toEqual(["reuters-1:e3"]);
      expect(await ids({ status: "negated" })).toEqual(["reuters-1:e3"]);
    });

    it("pages through results with a cursor, in date order, without repeats", async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.queryEvents({}, { limit: 3, cursor });
        expect(page.items.length).toBeLessThanOrEqual(3);
        seen.push(...page.items.map((e) => `${e.day} ${e.id}`));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(8);
      expect([...seen].sort()).toEqual(seen);
    });

    it("returns one row per linked event when asked for distinct events", async () => {
      const rows = (await store.queryEvents({ dyad: "RUS-PAK", type: "AGREE", distinct: true })).items;
      expect(rows).toHaveLength(3);
      expect(rows.find((r) => r.link.mentions === 3)).toBeDefined();
    });

    it("finds quotes by speaker and actors by code or name", async () => {
      expect((await store.queryQuotes({ speaker: "lavrov" })).items).toHaveLength(4);
      const hits = await store.searchActors("PAK");
      expect(hits[0]).toMatchObject({ code: "PAKGOV" });
      expect(hits.map((h) => h.code)).toContain("PAKMIL");
    });

    it("counts a dyad's events per month with quad classes and Goldstein sums", async () => {
      const months = await store.timeline("RUS", "PAK", "month");
      expect(months.map((m) => m.start)).toEqual(["2021-04-01", "2021-05-01"]);
      expect(months[0]).toMatchObject({ events: 5, byType: { AGREE: 4, AID: 1 }, byQuad: { 1: 4, 2: 1, 3: 0, 4: 0 }, goldstein: 39.4 });
      const weeks = await store.timeline("PAK", "RUS", "week", { type: "AGREE" });
      expect(weeks[0]).toMatchObject({ start: "2021-04-05", events: 4 });
    });

    it("ranks dyads by Goldstein-weighted cooperation and conflict", async () => {
      const s = await store.stats();
      expect(s.topCooperation[0]).toMatchObject({ dyad: "RUS-PAK", events: 6 });
      expect(s.topConflict[0]).toMatchObject({ dyad: "IND-PAK", goldstein: -10 });
      expect(s.byMonth).toEqual({ "2021-04": 7, "2021-05": 2 });
    });
  });
}
