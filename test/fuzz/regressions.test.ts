import { beforeAll, describe, expect, it } from "vitest";
import { createCoder, type Coder } from "../../src/coder.ts";
import { codingProblems } from "./check.ts";

/**
 * Minimal inputs that once crashed or slowed the coder, each with where the fault was.
 * A case stays here after its fix so the fault cannot come back unnoticed.
 */
let coder: Coder;
beforeAll(() => {
  coder = createCoder();
  coder.code({ text: "Warm-up: Lavrov met Qureshi in Islamabad on Wednesday." });
});

function timed(text: string): { ms: number; problems: string[] } {
  const started = performance.now();
  const problems = codingProblems(coder, { text });
  return { ms: performance.now() - started, problems };
}

describe("regressions found by fuzzing", { timeout: 60_000 }, () => {
  // wink-nlp's tokeniser is quadratic in the length of a run without spaces: 20 KB of "'"
  // took 10 s in segment. Fixed in src/limits.ts (breakLongRuns after clean).
  it("codes 20 KB of apostrophes without spaces in under two seconds", () => {
    const { ms, problems } = timed("'".repeat(20_000));
    expect(problems).toEqual([]);
    expect(ms).toBeLessThan(2_000);
  });

  it("codes 20 KB of HTML entities run together in under two seconds", () => {
    const { ms, problems } = timed("&amp".repeat(5_000));
    expect(problems).toEqual([]);
    expect(ms).toBeLessThan(2_000);
  });

  // entities/chunk.ts grew one capitalised chunk over a whole sentence and classified every
  // sub-range of it: 10 KB of "U.S. Mr. Dr." took 7 s. Fixed by capping a chunk at 16 tokens.
  it("codes 20 KB of capitalised abbreviations in one sentence in under two seconds", () => {
    const { ms, problems } = timed("U.S. Mr. Dr. ".repeat(1_540));
    expect(problems).toEqual([]);
    expect(ms).toBeLessThan(2_000);
  });

  it("codes 20 KB of capitalised words without a full stop in under two seconds", () => {
    const { ms, problems } = timed("Foreign Minister Sergei Lavrov Of The Russian Federation ".repeat(350));
    expect(problems).toEqual([]);
    expect(ms).toBeLessThan(2_000);
  });

  // extract/html-body.ts handed Readability a linkedom document without documentElement when
  // the HTML had no <html> root, and Readability threw. Fixed by wrapping such fragments.
  it("extracts an HTML fragment without an <html> root without failing", () => {
    for (const html of ["<<<<<<", "<p class=\"unterminated", "<p>Lavrov met Qureshi.</p>"]) {
      expect(codingProblems(coder, { html })).toEqual([]);
    }
  });

  // data/cleaning/embeds.yaml: the inline-link patterns began with an unanchored \s*, so a run
  // of spaces was rescanned from every position: 20 KB of spaces took 4.7 s in clean. Fixed
  // with (?<!\s) so a match can only start where the whitespace run starts.
  it("cleans 20 KB of spaces in under two seconds", () => {
    const { ms, problems } = timed(`Russia ${" ".repeat(20_000)}said.`);
    expect(problems).toEqual([]);
    expect(ms).toBeLessThan(2_000);
  });
});
