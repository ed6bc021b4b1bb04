import { describe, expect, it } from "vitest";
import { validateCodedArticle } from "./schema.ts";
import type { CodedArticle } from "./types.ts";

const TEXT = "Russia will supply 150,000 doses to Pakistan. Lavrov met Qureshi in Islamabad.";
const RUS = { code: "RUSGOV", country: "RUS", sector: "GOV", name: "Russia" };
const PAK = { code: "PAK", country: "PAK", name: "Pakistan" };

function article(): CodedArticle {
  return {
    id: "seed",
    meta: { language: "en", published: "2021-04-07", publishedFrom: "input" },
    text: TEXT,
    removed: [{ kind: "read-more", text: "Read more: Lavrov arrives", rule: "clean.read-more" }],
    sentences: [{ start: 0, end: 45 }, { start: 46, end: 78 }],
    entities: [{ id: "e1", name: "Russia", kind: "country", actor: RUS, mentions: [{ start: 0, end: 6 }] }],
    events: [{
      id: "ev1", sentence: 0, type: "AGREE", actors: [RUS], recipients: [PAK],
      cameo: { code: "057", goldstein: 8, quad: 1 }, status: "intended",
      evidence: { start: 7, end: 18, trigger: "will supply", rule: "events.supply" }, confidence: 0.8,
    }],
    quotes: [],
    amounts: [{ value: 150000, unit: "doses", text: "150,000 doses", start: 19, end: 32, sentence: 0 }],
  };
}

describe("coded article schema", () => {
  it("accepts a well-formed record with extra fields", () => {
    expect(validateCodedArticle({ ...article(), extra: { note: "allowed" } })).toEqual([]);
  });

  it("rejects an unknown PLOVER type and a confidence above 1", () => {
    const a = article();
    Object.assign(a.events[0], { type: "PRAISE", confidence: 1.5 });
    const problems = validateCodedArticle(a);
    expect(problems.some((p) => p.startsWith("events.0.type"))).toBe(true);
    expect(problems.some((p) => p.startsWith("events.0.confidence"))).toBe(true);
  });

  it("rejects an infinite amount and a published date that is not YYYY-MM-DD", () => {
    const a = article();
    a.amounts[0].value = Infinity;
    a.meta.published = "7 April 2021";
    expect(validateCodedArticle(a)).toHaveLength(2);
  });

  it("reports evidence that leaves its sentence", () => {
    const a = article();
    a.events[0].evidence = { start: 40, end: 52, trigger: "Pakistan. Lavrov", rule: "events.x" };
    expect(validateCodedArticle(a)).toEqual(["events[0].evidence: [40, 52) outside [0, 45)"]);
  });

  it("reports an event pointing at a sentence that does not exist", () => {
    const a = article();
    a.events[0].sentence = 5;
    expect(validateCodedArticle(a)[0]).toMatch(/sentence 5 does not exist/);
  });

  it("reports mentions, quotes and amounts outside the text, and reversed spans", () => {
    const a = article();
    a.entities[0].mentions.push({ start: 70, end: 90 });
    a.amounts[0] = { ...a.amounts[0], start: 32, end: 19 };
    a.quotes.push({ text: "x", start: 100, end: 101, direct: true, sentence: 1 });
    expect(validateCodedArticle(a)).toEqual([
      "entities[0].mentions[1]: [70, 90) outside [0, 78)",
      "quotes[0]: [100, 101) outside [0, 78)",
      "amounts[0]: start 32 > end 19",
    ]);
  });

  it("reports sentences out of order or overlapping", () => {
    const a = article();
    a.sentences = [{ start: 46, end: 78 }, { start: 0, end: 45 }];
    a.events = [];
    a.amounts = [];
    expect(validateCodedArticle(a)).toEqual(["sentences[1] starts at 0, before sentences[0] ends at 78"]);
  });
});
