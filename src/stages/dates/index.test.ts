import { describe, expect, it } from "vitest";
import { createDoc, type ArticleDoc, type DateClue } from "../../document.ts";
import type { DocInput } from "../../types.ts";
import { createDates } from "./index.ts";

const dates = createDates();

/** A document as segment leaves it: one sentence per line. */
function run(text: string, clues: DateClue[] = [], input: DocInput = {}): ArticleDoc {
  const doc = createDoc({ text, ...input }, "t");
  doc.text = text;
  doc.dateClues = clues;
  let at = 0;
  for (const line of text.split("\n")) {
    doc.sentences.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  dates(doc);
  return doc;
}

describe("publication date", () => {
  it("takes the caller's date first", () => {
    const doc = run("Talks ended on Friday.", [{ date: "2024-01-02", source: "timestamp", rule: "r" }], { published: "2024-03-08" });
    expect(doc.meta).toMatchObject({ published: "2024-03-08", publishedFrom: "input" });
  });

  it("prefers a Published line over HTML metadata, and never an Updated line", () => {
    const doc = run("Talks ended.", [
      { date: "2025-05-15", source: "updated", rule: "u" },
      { date: "2025-05-16", source: "html", rule: "h" },
      { date: "2025-05-14", source: "timestamp", rule: "p" },
    ]);
    expect(doc.meta).toMatchObject({ published: "2025-05-14", publishedFrom: "text" });
  });

  it("gives a dateline's month and day the year of another clue", () => {
    const doc = run("Leaders agreed on Thursday.", [{ date: "--07-04", source: "dateline", rule: "d" }, { date: "2025-07-03", source: "caption", rule: "c" }]);
    expect(doc.meta).toMatchObject({ published: "2025-07-04", publishedFrom: "text" });
  });

  it("infers the date from an embed that falls on the body's weekday", () => {
    const doc = run("China on Tuesday vetoed the draft.", [
      { date: "2025-06-16", source: "caption", rule: "c" },
      { date: "2025-06-17", source: "embed", rule: "e" },
    ]);
    expect(doc.meta).toMatchObject({ published: "2025-06-17", publishedFrom: "inferred" });
  });

  it("moves a day-old embed date forward to the body's weekday", () => {
    const doc = run("Ministers met on Tuesday in Brussels.", [{ date: "2025-06-16", source: "embed", rule: "e" }]);
    expect(doc.meta).toMatchObject({ published: "2025-06-17", publishedFrom: "inferred" });
  });

  it("leaves the date unset with no clue at all", () => {
    expect(run("Talks ended on Friday.").meta.published).toBeUndefined();
  });
});

describe("time words in the body", () => {
  it("resolves weekdays into the past and day words against the publication date", () => {
    const doc = run("The envoy arrived on Monday and left late on Thursday.\nYesterday the talks collapsed.", [], { published: "2025-08-13" });
    expect(doc.times.map((t) => [t.text, t.date, t.rule])).toEqual([
      ["on Monday", "2025-08-11", "dates.weekday"],
      ["on Thursday", "2025-08-07", "dates.weekday"],
      ["Yesterday", "2025-08-12", "dates.relative"],
    ]);
    expect(doc.times[2].sentence).toBe(1);
    expect(doc.text.slice(doc.times[0].start, doc.times[0].end)).toBe("on Monday");
  });

  it("resolves a month and day and keeps last month, but ignores clock times and years in names", () => {
    const doc = run("The court must rule by June 26.\nAn air strike last month killed 22 people.\nThe curfew runs from 9pm to 5am under the 1951 treaty.", [], { published: "2025-06-17" });
    expect(doc.times.map((t) => [t.text, t.date])).toEqual([["June 26", "2025-06-26"], ["last month", "2025-05-17"]]);
  });

  it("finds time words but leaves relative ones unresolved without a publication date", () => {
    const doc = run("Troops withdrew on Sunday, and on March 3, 2024 they returned.");
    expect(doc.times.map((t) => [t.text, t.date])).toEqual([["on Sunday", undefined], ["March 3, 2024", "2024-03-03"]]);
  });

  it("answers one sentence at a time with the same words as the whole list, and keeps a list a later stage sets", () => {
    const doc = run("Talks opened on Monday.\nNo date here.\nThe ceasefire collapsed yesterday.", [], { published: "2025-08-13" });
    expect(doc.timesIn(2).map((t) => [t.text, t.date])).toEqual([["yesterday", "2025-08-12"]]);
    expect(doc.timesIn(1)).toEqual([]);
    expect(doc.times.map((t) => t.sentence)).toEqual([0, 2]);
    expect(doc.timesIn(2)).toEqual(doc.times.filter((t) => t.sentence === 2));
    // limits cut a document by assigning the list; one-sentence answers must follow it.
    doc.times = doc.times.filter((t) => t.sentence < 1);
    expect(doc.times.map((t) => t.text)).toEqual(["on Monday"]);
    expect(doc.timesIn(2)).toEqual([]);
  });
});
