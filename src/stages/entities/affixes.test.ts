import { describe, expect, it } from "vitest";
import { prefixSet, suffixSet } from "./affixes.ts";

describe("affix sets", () => {
  it("holds every prefix of the organisation names and nothing else", () => {
    const p = prefixSet(["Bank of England", "BP"]);
    expect(p.has("Bank")).toBe(true);
    expect(p.has("Bank of England")).toBe(true);
    expect(p.has("B")).toBe(true);
    expect(p.has("Bank of Japan")).toBe(false);
    expect(p.has("England")).toBe(false);
    expect(p.has("")).toBe(false);
  });

  it("holds every suffix of the head phrases, so a last word rules phrases in or out", () => {
    const s = suffixSet(["central bank", "ministry"]);
    expect(s.has("bank")).toBe(true);
    expect(s.has("ministry")).toBe(true);
    expect(s.has("central")).toBe(false);
    expect(s.has("banks")).toBe(false);
  });
});
