import { describe, expect, it } from "vitest";
import { createDoc, type ArticleDoc } from "../../document.ts";
import { loadNlp } from "../../nlp.ts";
import { createSegment } from "./index.ts";

const nlp = loadNlp();
const segment = createSegment(nlp);

function run(text: string, headings?: { start: number; end: number }[]): ArticleDoc {
  const doc = createDoc({ text }, "t");
  doc.text = text;
  if (headings) doc.headings = headings;
  segment(doc);
  return doc;
}
const sentenceTexts = (doc: ArticleDoc): string[] => doc.sentences.map((s) => doc.text.slice(s.start, s.end));

describe("segment stage", () => {
  it("splits a possessive the same way whatever the process read before", () => {
    // wink keeps "Japan's" whole before a comma and, from then on, everywhere.
    const first = run("Japan's exports rose. It was Japan's, not Korea's.");
    const again = run("Japan's exports rose. It was Japan's, not Korea's.");
    const words = (doc: ArticleDoc) => doc.tokens.map((t) => `${t.text}/${t.pos}`);
    expect(words(first).slice(0, 3)).toEqual(["Japan/PROPN", "'s/PART", "exports/NOUN"]);
    expect(words(again)).toEqual(words(first));
    expect(words(first)).toContain("Korea/PROPN");
    const week = run("The week's trading was thin.").tokens;
    expect(week.map((t) => t.text)).toEqual(["The", "week", "'s", "trading", "was", "thin", "."]);
    expect(week[1]).toMatchObject({ pos: "NOUN", lemma: "week", start: 4, end: 8 });
  });

  it("does not split after U.S., Lt. Gen., No. 10, Mr. or Ltd.", () => {
    const doc = run("The U.S. envoy met Lt. Gen. Asim Raza at No. 10 Downing Street on Monday. "
      + "Mr. Khan of Indus Steel Ltd. said the deal was off.");
    expect(sentenceTexts(doc)).toEqual([
      "The U.S. envoy met Lt. Gen. Asim Raza at No. 10 Downing Street on Monday.",
      "Mr. Khan of Indus Steel Ltd. said the deal was off.",
    ]);
  });

  it("ends a sentence at a closing quote and starts the next after it", () => {
    const doc = run("The minister said, \u201cWe will not back down.\u201d Talks resume on Friday.");
    expect(sentenceTexts(doc)).toEqual(["The minister said, \u201cWe will not back down.\u201d", "Talks resume on Friday."]);
  });

  it("always ends a sentence at a newline, even without final punctuation", () => {
    const doc = run("Pakistan regards Russia as an important factor\nWelcoming the visit, he said ties were strong.");
    expect(sentenceTexts(doc)).toEqual([
      "Pakistan regards Russia as an important factor",
      "Welcoming the visit, he said ties were strong.",
    ]);
  });

  it("keeps a heading line as one sentence flagged heading, even with a full stop inside", () => {
    const text = "Talks in St. Petersburg Resume\nThe two sides met on Tuesday.";
    const doc = run(text, [{ start: 0, end: 30 }]);
    expect(sentenceTexts(doc)).toEqual(["Talks in St. Petersburg Resume", "The two sides met on Tuesday."]);
    expect(doc.sentences[0].heading).toBe(true);
    expect(doc.sentences[1].heading).toBeUndefined();
  });

  it("gives every token offsets into the text, a POS tag, a lemma and its sentence", () => {
    const text = "Russia on Wednesday assured Pakistan of full cooperation.\nHe said it wasn\u2019t over.";
    const doc = run(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const assured = doc.tokens.find((t) => t.text === "assured");
    expect(assured).toMatchObject({ pos: "VERB", lemma: "assure", sentence: 0, lower: "assured" });
    expect(doc.tokens.find((t) => t.text === "said")?.sentence).toBe(1);
    const [a, b] = doc.sentenceTokens[1];
    expect(doc.tokens.slice(a, b).map((t) => t.text)[0]).toBe("He");
    expect(b).toBe(doc.tokens.length);
  });

  it("gives each token wink's own lemma, also for contractions and words seen before with another tag", () => {
    const texts = [
      "The minister leaves Kabul on Monday; he didn\u2019t say why and it's not over.",
      "He is meeting the envoy; let's see, they said, as officials said they'd return.",
      "The meeting ended. The talks, he says, won't resume.",
      "The minister leaves Kabul on Monday; he didn\u2019t say why and it's not over.",
    ];
    for (const text of texts) {
      const wdoc = nlp.readDoc(text);
      const words = wdoc.tokens().out() as string[];
      const lemmas = wdoc.tokens().out(nlp.its.lemma as unknown as typeof nlp.its.pos) as string[];
      const expected = lemmas.filter((_, i) => words[i].trim());
      expect(run(text).tokens.map((t) => t.lemma)).toEqual(expected);
    }
    const said = run("Officials said they would return.").tokens.find((t) => t.text === "said");
    expect(JSON.parse(JSON.stringify(said))).toMatchObject({ text: "said", lemma: "say", pos: "VERB", sentence: 0 });
  });

  it("skips blank lines and tabs without making empty sentences", () => {
    const doc = run("\n\nFirst line.\n\n\n\tSecond line.\n");
    expect(sentenceTexts(doc)).toEqual(["First line.", "Second line."]);
  });

  it("returns nothing for empty text", () => {
    const doc = run("");
    expect(doc.sentences).toEqual([]);
    expect(doc.tokens).toEqual([]);
  });
});
