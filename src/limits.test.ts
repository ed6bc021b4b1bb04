import { describe, expect, it } from "vitest";
import { createDoc, type ArticleDoc } from "./document.ts";
import { breakLongRuns, capSentences, htmlDepth, splitLongSentences, limitReason, resolveLimits, runStages, DEFAULT_LIMITS } from "./limits.ts";
import type { NamedStage } from "./pipeline.ts";
import { validateCodedArticle } from "./schema.ts";
import { toCodedArticle } from "./document.ts";

const STORY = "ISLAMABAD: Russia will supply 150,000 doses of Sputnik V to Pakistan. Lavrov met Qureshi. "
  + "The two ministers held talks on Wednesday.";

/** A tiny segmenter on full stops, enough to exercise the sentence cap. */
const segment: NamedStage = {
  name: "segment",
  run: (doc) => {
    doc.text = doc.input.text ?? "";
    for (const m of doc.text.matchAll(/[^.]+\./g)) {
      doc.sentences.push({ start: m.index, end: m.index + m[0].length });
    }
  },
};

function docFor(text: string): ArticleDoc {
  return createDoc({ text }, "t1");
}

describe("limits", () => {
  it("takes defaults, then environment variables, then explicit overrides", () => {
    expect(resolveLimits()).toEqual(DEFAULT_LIMITS);
    expect(resolveLimits({}, { DYAD_MAX_BYTES: "5000" }).maxBytes).toBe(5000);
    expect(resolveLimits({ maxBytes: 10 }, { DYAD_MAX_BYTES: "5000" }).maxBytes).toBe(10);
  });

  it("refuses a nonsense limit with a message naming it", () => {
    expect(() => resolveLimits({}, { DYAD_MAX_SENTENCES: "lots" })).toThrow(/maxSentences/);
    expect(() => resolveLimits({ timeBudgetMs: -1 })).toThrow(/timeBudgetMs/);
  });

  it("skips a document over the size limit with a valid empty record and the reason", () => {
    const doc = docFor("Pakistan welcomed the Russian offer of vaccines.".repeat(100));
    runStages(doc, [segment], resolveLimits({ maxBytes: 1000 }));
    const article = toCodedArticle(doc);
    expect(article.text).toBe("");
    expect(validateCodedArticle(article)).toEqual([]);
    expect(limitReason(article.messages)).toMatch(/4800 bytes, over the limit of 1000/);
  });

  it("counts the size limit in UTF-8 bytes, not characters", () => {
    const doc = docFor("Москва".repeat(100)); // 600 characters, 1200 bytes
    runStages(doc, [segment], resolveLimits({ maxBytes: 1000 }));
    expect(limitReason(doc.messages)).toMatch(/1200 bytes/);
  });

  it("codes only the first sentences of a very long document and says so", () => {
    const doc = docFor(STORY);
    runStages(doc, [segment], resolveLimits({ maxSentences: 2 }));
    expect(doc.sentences).toHaveLength(2);
    expect(doc.text).toBe("ISLAMABAD: Russia will supply 150,000 doses of Sputnik V to Pakistan. Lavrov met Qureshi.");
    expect(doc.messages[0]).toMatchObject({ stage: "limits", rule: "limits.max-sentences", level: "warn" });
  });

  it("leaves a document within the sentence limit untouched", () => {
    const doc = docFor(STORY);
    capSentences(doc, 10);
    expect(doc.messages).toEqual([]);
  });

  it("turns a throwing stage into an error message and runs the stages after it", () => {
    const doc = docFor(STORY);
    const boom: NamedStage = { name: "quotes", run: () => { throw new TypeError("cannot read 'speaker'\n  at x"); } };
    const after: NamedStage = { name: "events", run: (d) => { d.meta.dateline = "ISLAMABAD"; } };
    runStages(doc, [segment, boom, after], resolveLimits());
    expect(doc.messages).toEqual([{ level: "error", stage: "quotes", text: "stage failed: cannot read 'speaker'", rule: "limits.stage-error" }]);
    expect(doc.meta.dateline).toBe("ISLAMABAD");
  });

  it("stops at the time budget and names the stages it skipped", () => {
    let clock = 0;
    const slow: NamedStage = { name: "entities", run: () => { clock += 500; } };
    const doc = docFor(STORY);
    runStages(doc, [segment, slow, { name: "coref", run: () => {} }, { name: "events", run: () => {} }],
      resolveLimits({ timeBudgetMs: 100 }), () => clock);
    expect(limitReason(doc.messages)).toBe("time budget of 100 ms spent after 500 ms; skipped coref, events");
    expect(validateCodedArticle(toCodedArticle(doc))).toEqual([]);
  });

  it("breaks a run of characters without spaces so the tokeniser stays linear, keeping the length", () => {
    const junk = "&amp".repeat(100);
    const doc = docFor(`Lavrov said ${junk} on Monday.`);
    doc.text = doc.input.text ?? "";
    breakLongRuns(doc, 64);
    expect(doc.text).toHaveLength(12 + 400 + 11);
    expect(doc.text.match(/\S+/g)?.every((w) => w.length <= 64)).toBe(true);
    expect(doc.text.startsWith("Lavrov said &amp")).toBe(true);
    expect(doc.messages[0]).toMatchObject({ rule: "limits.max-run", level: "warn" });
  });

  it("never splits an emoji flag's surrogate pair when breaking a run", () => {
    const doc = docFor("🇷🇺".repeat(40));
    doc.text = doc.input.text ?? "";
    breakLongRuns(doc, 9);
    expect(doc.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it("leaves ordinary prose and long URLs under the limit alone", () => {
    const doc = docFor("See https://www.example.org/world/asia/pakistan-russia-vaccine-2021-04-07.html for more.");
    doc.text = doc.input.text ?? "";
    breakLongRuns(doc, 256);
    expect(doc.text).toBe(doc.input.text);
    expect(doc.messages).toEqual([]);
  });

  it("splits a run-on sentence of hundreds of tokens into pieces and renumbers the tokens", () => {
    const doc = docFor("Talks. " + "Russia and Pakistan ".repeat(10) + "agreed. Lavrov left.");
    doc.text = doc.input.text ?? "";
    const words = [...doc.text.matchAll(/\S+/g)];
    doc.tokens = words.map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase(), pos: "X", lemma: m[0], sentence: -1 }));
    const n = doc.tokens.length;
    doc.sentences = [{ start: 0, end: 6 }, { start: 7, end: doc.tokens[n - 3].end }, { start: doc.tokens[n - 2].start, end: doc.text.length }];
    doc.sentenceTokens = [[0, 1], [1, n - 2], [n - 2, n]];
    splitLongSentences(doc, 12);
    expect(doc.sentenceTokens).toEqual([[0, 1], [1, 13], [13, 25], [25, 32], [32, 34]]);
    expect(doc.sentences[2]).toEqual({ start: doc.tokens[13].start, end: doc.tokens[24].end });
    expect(doc.tokens[13].sentence).toBe(2);
    expect(doc.tokens[n - 1].sentence).toBe(4);
    expect(doc.messages[0]).toMatchObject({ rule: "limits.max-sentence-tokens" });
  });

  it("measures HTML nesting, ignoring void and implicitly closed elements", () => {
    expect(htmlDepth("<html><body><div><p>One<p>Two<br><img src=x><div>deep</div></div></body></html>")).toBe(4);
    expect(htmlDepth("<ul>" + "<li>item".repeat(500) + "</ul>")).toBe(1);
    expect(htmlDepth("<div>".repeat(5000))).toBe(5000);
  });

  it("skips HTML nested deeper than the limit before any parser sees it", () => {
    const doc = createDoc({ html: `<html><body>${"<div>".repeat(500)}Lavrov met Qureshi.` }, "deep");
    runStages(doc, [segment], resolveLimits({ maxHtmlDepth: 100 }));
    expect(doc.messages).toEqual([{ level: "error", stage: "limits", rule: "limits.max-html-depth",
      text: "HTML nested 502 elements deep, over the limit of 100; skipped" }]);
  });

  it("drops NUL characters from every input field so PostgreSQL can store the article", () => {
    const doc = createDoc({ text: "Russia said\u0000 on Monday\u0000.", title: "Lavrov\u0000" }, "nul");
    runStages(doc, [segment], resolveLimits());
    expect(doc.text).toBe("Russia said on Monday.");
    expect(doc.input.title).toBe("Lavrov");
    expect(doc.messages[0]).toMatchObject({ rule: "limits.nul", level: "warn" });
  });
});
