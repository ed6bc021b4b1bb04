import { describe, expect, it } from "vitest";
import { findQuotes } from "./marks.ts";

const words = (text: string) => findQuotes(text).map((q) => text.slice(q.start, q.end));

describe("findQuotes", () => {
  it("pairs curly quotes and drops a US-style comma before the closing mark", () => {
    expect(words("“This serves the region,” he said.")).toEqual(["This serves the region"]);
  });

  it("pairs straight quotes and drops a full stop before the closing mark", () => {
    expect(words('She thanked Paraguay for its "tireless work." He agreed.')).toEqual(["tireless work"]);
  });

  it("finds several partial quotes in one sentence", () => {
    const text = "It had “expelled” the boats after they “illegally intruded” into the area.";
    expect(words(text)).toEqual(["expelled", "illegally intruded"]);
  });

  it("keeps a quote that spans two sentences whole", () => {
    expect(words("“We are tired. We want peace,” she said.")).toEqual(["We are tired. We want peace"]);
  });

  it("closes a quote left open at the end of its paragraph", () => {
    const text = "He said: “We will not stop.\n“Nobody will stop us,” he added.";
    expect(words(text)).toEqual(["We will not stop", "Nobody will stop us"]);
  });

  it("follows a quote across a line wrapped in the middle of a sentence", () => {
    const text = 'The SEC said he ran "a massive insider\ntrading scheme," officials said.';
    expect(words(text)).toEqual(["a massive insider\ntrading scheme"]);
  });

  it("does not let an unclosed quote run into the next paragraph", () => {
    const text = 'He called it "a disgrace.\nThe talks resumed on Monday with "new ideas" on the table.';
    expect(words(text)).toEqual(["a disgrace", "new ideas"]);
  });

  it("pairs guillemets", () => {
    expect(words("Le ministre a parlé d'une «crise grave», selon l'AFP.")).toEqual(["crise grave"]);
  });

  it("gives offsets of the words, not of the marks", () => {
    const text = "He called it “shameful”.";
    const [q] = findQuotes(text);
    expect(text[q.open]).toBe("“");
    expect(text.slice(q.start, q.end)).toBe("shameful");
  });
});
