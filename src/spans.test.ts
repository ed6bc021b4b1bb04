import { describe, expect, it } from "vitest";
import { firstStartingAt } from "./spans.ts";

describe("firstStartingAt", () => {
  const spans = [{ start: 0 }, { start: 7 }, { start: 7 }, { start: 15 }];

  it("finds the first span starting at an offset, before any later duplicate", () => {
    expect(firstStartingAt(spans, 7)).toBe(1);
  });

  it("finds the next span when none starts exactly at the offset", () => {
    expect(firstStartingAt(spans, 8)).toBe(3);
    expect(firstStartingAt(spans, -3)).toBe(0);
  });

  it("returns the length past the last span and for an empty list", () => {
    expect(firstStartingAt(spans, 16)).toBe(4);
    expect(firstStartingAt([], 5)).toBe(0);
  });
});
