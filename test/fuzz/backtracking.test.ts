import { beforeAll, describe, expect, it } from "vitest";
import { createCoder, type Coder } from "../../src/coder.ts";
import { codingProblems } from "./check.ts";

/**
 * Inputs shaped to trigger catastrophic regex backtracking or quadratic loops: long runs of the
 * characters that news patterns key on (spaces, dots, quotes, capitals, digits with commas,
 * abbreviations, brackets, open tags). Each is about 40 KB; a linear coder handles one in well
 * under a second, a quadratic or exponential one takes many.
 */
const SIZE = 40_000;
const fill = (unit: string, size = SIZE): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const ADVERSARIAL: Record<string, string> = {
  spaces: `Russia ${fill(" ")}said.`,
  tabsAndNewlines: fill(" \t\n"),
  blankLines: fill("\n"),
  dots: fill("."),
  dotsAfterWord: `Lavrov said${fill(".")}`,
  ellipses: fill("… "),
  straightQuotes: fill("\""),
  curlyQuotesUnclosed: `He said “${fill("we will help ")}`,
  singleQuotes: fill("'"),
  quoteAfterSaid: fill("said \""),
  capitals: fill("A"),
  capitalisedWords: fill("Foreign Minister Sergei Lavrov Of The Russian Federation "),
  capitalsNoSpaces: fill("RussiaPakistan"),
  digits: fill("1"),
  digitsWithCommas: fill("1,"),
  digitGroups: `$${fill("000,")}`,
  decimalNumbers: fill("1.5 "),
  amountsWithUnits: fill("150,000 doses of 50 million USD "),
  abbreviations: fill("U.S. Mr. Dr. "),
  initials: fill("A. "),
  hyphens: fill("-"),
  dashesAndWords: fill("pro-Russian anti-Western "),
  parentheses: fill("("),
  bracketsNested: `${"(".repeat(SIZE / 2)}${")".repeat(SIZE / 2)}`,
  openTags: fill("<"),
  unclosedTag: `<p class="${fill("a")}`,
  deepNesting: `${"<div>".repeat(8000)}Lavrov met Qureshi.`,
  ampersands: fill("&amp"),
  datelines: fill("ISLAMABAD: "),
  readMoreLines: fill("Read more: Lavrov arrives in Pakistan\n"),
  creditLines: fill("Courtesy: APP\n"),
  pronouns: fill("he said he would "),
  saidVerbs: fill("said said accused agreed "),
  monthsAndDays: fill("Monday April 7 2021 "),
  urls: fill("https://example.org/a/b?c=d&"),
  emails: fill("a@b.c"),
  emojiFlags: fill("🇷🇺🇵🇰"),
  combining: `e${fill("\u0301")}`,
  rtlMarks: fill("\u200F\u202E"),
  loneSurrogates: fill("\uD800"),
  noSentenceEnd: fill("Russia will supply vaccine to Pakistan and "),
  oneLongWord: fill("Lavrov"),
};

/** Generous for a shared two-core machine: linear coding of 40 KB takes a small fraction of this. */
const MS_PER_KB = 75;
/** Readability costs ~60 ms per KB of one big text node (measured, linear); HTML gets more room. */
const HTML_MS_PER_KB = 125;
const BASE_MS = 500;

let coder: Coder;
beforeAll(() => {
  coder = createCoder();
  coder.code({ text: "Warm-up: Russia will supply vaccine to Pakistan." });
});

describe("the coder finishes adversarial inputs in time linear in their size", { timeout: 120_000 }, () => {
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    it(`codes a 40 KB run of ${name} within the per-KB bound and keeps every invariant`, () => {
      const asHtml = name === "deepNesting" || name === "unclosedTag" || name === "openTags";
      const started = performance.now();
      const problems = codingProblems(coder, asHtml ? { html: text } : { text });
      const ms = performance.now() - started;
      expect(problems).toEqual([]);
      expect(ms).toBeLessThan(BASE_MS + (asHtml ? HTML_MS_PER_KB : MS_PER_KB) * (text.length / 1024));
    });
  }
});
