import { describe, expect, it } from "vitest";
import { prefilter, requiredText } from "./required-text.ts";

describe("text a cleaning pattern cannot match without", () => {
  it("reads the literal alternatives and bracket characters a caption pattern needs", () => {
    const getty = /(?:Getty Images|via Getty|Shutterstock)\s*\)?\s*$/u;
    expect(requiredText(getty)).toEqual([["Getty Images", "via Getty", "Shutterstock"]]);
    const bracket = /\[[^\]]{0,80}(?:\/|\bFile\b|Getty)[^\]]{0,40}\]\s*$/u;
    expect(requiredText(bracket)).toEqual([["["], ["]"], ["/", "File", "Getty"]]);
  });

  it("drops optional parts and ends a literal run at a quantified character", () => {
    expect(requiredText(/\s(?:—|--?)\s*(?:photo|video)s?\s+by\b/iu)).toEqual([["photo", "video"], ["by"], ["—", "-"]]);
    expect(requiredText(/(?:Reuters)?\s*$/u)).toEqual([]);
    expect(requiredText(/(?=.*Getty)\w+$/u)).toEqual([]);
  });

  it("keeps only what every alternative needs", () => {
    expect(requiredText(/copyright\b|\(c\)\s|\w+ reserved$/iu)).toEqual([["copyright", "(c)", " reserved"]]);
    expect(requiredText(/copyright|\d{4}$/u)).toEqual([]);
  });

  it("skips patterns anchored at the start and lets a matching line pass the quick tests", () => {
    expect(prefilter(/^(?:Getty Images|Shutterstock)$/u)).toEqual([]);
    const rule = /\(\s*(?:photo|picture)s?\s+(?:courtesy|by)\b[^)]*\)\s*$/iu;
    const tests = prefilter(rule);
    expect(tests.length).toBeGreaterThan(0);
    const line = "Troops patrol the border town (PHOTOS BY the ministry)";
    expect(rule.test(line)).toBe(true);
    expect(tests.every((t) => t.test(line))).toBe(true);
    expect(tests.every((t) => t.test("The ministry said talks would resume in Geneva."))).toBe(false);
  });
});
