import { describe, expect, it } from "vitest";
import type { Token } from "../../document.ts";
import { loadEventLexicon } from "../../lexicon/events.ts";
import { mayCode } from "./may-code.ts";

const lex = loadEventLexicon(new URL("../../../data", import.meta.url).pathname);

/** Tokens from "word/POS/lemma" triples (lemma defaults to the lower-cased word). */
function tokens(tagged: string): Token[] {
  let at = 0;
  return tagged.split(" ").map((w) => {
    const [text, pos, lemma] = w.split("/");
    const t: Token = { start: at, end: at + text.length, text, lower: text.toLowerCase(), pos, lemma: lemma ?? text.toLowerCase(), sentence: 0 };
    at += text.length + 1;
    return t;
  });
}
const may = (tagged: string) => {
  const toks = tokens(tagged);
  return mayCode(lex, toks, 0, toks.length);
};

describe("the events pre-filter", () => {
  it("passes over a market report with no trigger, light or control verb", () => {
    expect(may("Profits/NOUN/profit rose/VERB/rise 5/NUM pct/NOUN ,/PUNCT the/DET company/NOUN said/VERB/say ./PUNCT")).toBe(false);
  });
  it("keeps a sentence with a pattern verb", () => {
    expect(may("Argentina/PROPN accused/VERB/accuse Britain/PROPN of/ADP militarising/VERB/militarise the/DET region/NOUN")).toBe(true);
  });
  it("keeps a verb whose tagger lemma is wrong but a regular reading is a trigger", () => {
    expect(may("Students/NOUN/student staged/VERB/stag a/DET sit-in/NOUN")).toBe(true);
    expect(may("Moscow/PROPN denied/VERB/denied the/DET report/NOUN")).toBe(true);
    expect(may("The/DET bank/NOUN today/NOUN wound/VERB/wind up/ADP a/DET meeting/NOUN")).toBe(true);
  });
  it("keeps a light verb only beside a trigger noun", () => {
    expect(may("The/DET ministers/NOUN/minister voiced/VERB/voice optimism/NOUN")).toBe(false);
    expect(may("The/DET ministers/NOUN/minister voiced/VERB/voice protests/NOUN/protest")).toBe(true);
  });
  it("keeps a reported obligation and an intent adjective, whatever the verb", () => {
    expect(may("He/PRON said/VERB/say the/DET minister/NOUN must/AUX go/VERB")).toBe(true);
    expect(may("Seoul/PROPN is/AUX ready/ADJ to/PART go/VERB")).toBe(true);
  });
  it("reads a noun as a verb only after a comma, as the predicate finder does", () => {
    expect(may("The/DET planning/NOUN was/AUX/be slow/ADJ")).toBe(false);
    expect(may("The/DET army/NOUN spoke/VERB/speak ,/PUNCT warning/NOUN that/SCONJ it/PRON rose/VERB/rise")).toBe(true);
  });
});

describe("the events pre-filter on whole articles", () => {
  it("never turns away a sentence whose parse would yield a candidate (every own article)", async () => {
    const { createCoder } = await import("../../coder.ts");
    const { ownArticles } = await import("../../../bench/corpus.ts");
    const { indexActors } = await import("./actors-in.ts");
    const { parseClauses } = await import("./clauses.ts");
    const { codeSentence } = await import("./code-sentence.ts");
    const coder = createCoder();
    let skipped = 0;
    for (const text of ownArticles()) {
      const doc = coder.run({ text });
      const actors = indexActors(doc);
      const ctx = { sentenceActors: [], prior: [], counterpart: () => undefined };
      for (const [first, last] of doc.sentenceTokens) {
        if (last <= first || mayCode(lex, doc.tokens, first, last)) continue;
        skipped++;
        const found = codeSentence(lex, doc.tokens, parseClauses(doc.tokens, first, last, lex, actors), actors, ctx);
        expect(found.map((c) => doc.text.slice(doc.tokens[c.from].start, doc.tokens[c.to - 1].end))).toEqual([]);
      }
    }
    // The check means something only if the filter turned sentences away.
    expect(skipped).toBeGreaterThan(20);
  });
});
