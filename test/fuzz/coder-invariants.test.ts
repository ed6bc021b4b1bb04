import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createCoder, type Coder } from "../../src/coder.ts";
import type { DocInput } from "../../src/types.ts";
import { brokenHtml, hostileText, hugeLine, mutatedArticle, randomBytesText, seedArticles } from "./arbitraries.ts";
import { codingProblems, preview, runs } from "./check.ts";

/** Cases per property; their sum is the figure reported in docs/reliability.md. */
export const FUZZ_CASES = {
  hostileText: 4470,
  hostileTextAsHtml: 1000,
  randomBytes: 3400,
  brokenHtml: 500,
  mutatedArticles: 600,
  hugeLines: 30,
} as const;

let coder: Coder;
const articles = seedArticles();

beforeAll(() => {
  coder = createCoder();
});

function holds(arb: fc.Arbitrary<string>, toInput: (s: string) => DocInput, numRuns: number): void {
  fc.assert(fc.property(arb, (s) => {
    const problems = codingProblems(coder, toInput(s));
    if (problems.length) throw new Error(`${problems.slice(0, 5).join("\n")}\ninput: ${preview(s)}`);
  }), { numRuns, seed: process.env.DYAD_FUZZ_SEED ? Number(process.env.DYAD_FUZZ_SEED) : undefined });
}

describe("the coder on hostile input keeps every invariant", { timeout: 300_000 }, () => {
  it("runs at least 10,000 cases in total", () => {
    expect(Object.values(FUZZ_CASES).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(10_000);
  });

  it("survives text full of RTL marks, joiners, flags, combining marks and lone surrogates", () => {
    holds(hostileText, (text) => ({ text, published: "2021-04-07" }), runs(FUZZ_CASES.hostileText));
  });

  it("survives the same text handed over as HTML", () => {
    holds(hostileText, (html) => ({ html }), runs(FUZZ_CASES.hostileTextAsHtml));
  });

  it("survives random bytes decoded as UTF-8 or Latin-1", () => {
    holds(randomBytesText, (text) => ({ text }), runs(FUZZ_CASES.randomBytes));
  });

  it("survives deeply nested, unclosed and malformed HTML", () => {
    holds(brokenHtml, (html) => ({ html, url: "https://example.org/news/1" }), runs(FUZZ_CASES.brokenHtml));
  });

  it("survives real articles with random deletions, duplications and insertions", () => {
    holds(mutatedArticle(articles), (text) => ({ text, published: "2021-04-07" }), runs(FUZZ_CASES.mutatedArticles));
  });

  it("survives whole articles run together on one enormous line", () => {
    holds(hugeLine(articles), (text) => ({ text }), runs(FUZZ_CASES.hugeLines));
  });
});
