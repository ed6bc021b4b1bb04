import { describe, expect, it } from "vitest";
import { lastWord, wordsBefore } from "./scan.ts";

const PREV_WORD = /([\p{L}.']+)\W*$/u;
const BEFORE = /(?:([\p{L}.'’]+) )?(?:([\p{L}.'’]+) )?([\p{L}.'’]+) $/u;

/** Every start of `text` as floor, the whole text as the regex input. */
function compare(text: string): void {
  for (let floor = 0; floor <= text.length; floor++) {
    const s = text.slice(floor);
    const m = PREV_WORD.exec(s);
    expect(lastWord(text, floor, text.length), JSON.stringify(s)).toEqual(m ? { word: m[1], start: floor + m.index } : undefined);
    const b = BEFORE.exec(s);
    expect(wordsBefore(text, floor, text.length), JSON.stringify(s)).toEqual(b ? [b[1], b[2], b[3]].filter((w) => !!w) : []);
  }
}

describe("backward word scans", () => {
  it("read the words before a number as the end-anchored regexes do", () => {
    expect(wordsBefore("trade worth more than ", 0, 22)).toEqual(["worth", "more", "than"]);
    expect(lastWord("the U.S. ", 0, 9)).toEqual({ word: "U.S.", start: 4 });
    expect(lastWord("Flight 370, and Article ", 0, 24)).toEqual({ word: "Article", start: 16 });
    for (const text of [
      "exports rose by nearly ",
      "up from 1985's ",
      "in Côte d’Ivoire ",
      "the G7 ",
      "said: \"About ",
      "the  two ",
      "Place du ",
      "x_ (", "9 ", "Rs. ", "o’clock, ",
      "the \u{1D400}\u{1D401} ",
      "\uDC00ab ",
      "a.\u{1F600} ",
    ]) compare(text);
  });
});
