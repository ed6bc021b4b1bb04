import { describe, expect, it } from "vitest";
import * as chrono from "chrono-node";
import { createGatedChrono, PARSER_KEYWORDS } from "./gated-chrono.ts";

const gated = createGatedChrono();
const ref = { instant: new Date("2025-06-17T12:00:00Z"), timezone: 0 };
const parse = (c: chrono.Chrono, text: string) =>
  c.parse(text, ref, { forwardDate: false }).map((r) => [r.index, r.text, r.start.date().toISOString(), r.start.isCertain("day"), r.start.isCertain("weekday"), r.end?.date().toISOString()]);

describe("keyword-gated chrono", () => {
  it("gates only parsers that chrono's casual configuration has", () => {
    const names = new Set(chrono.casual.parsers.map((p) => p.constructor.name));
    for (const name of Object.keys(PARSER_KEYWORDS)) expect(names, name).toContain(name);
  });

  it("finds the same dates as chrono.casual, parser by parser", () => {
    const sentences = [
      "Three soldiers were killed two days ago near the border, the army said on Tuesday.",
      "The ceasefire collapsed a week before the vote and talks resumed two weeks later.",
      "Parliament will vote on the 5th of March, and the cabinet meets on March 3, 2024.",
      "Elections are due in May, the commission said this morning.",
      "The minister arrived last Monday and will leave next weekend.",
      "Yesterday the talks collapsed; tonight the envoy flies home and returns tomorrow.",
      "Exports fell last month and are expected to recover in the coming quarter.",
      "Shares in the company, which reported results at 9 am, rose 3 percent this year.",
      "The central bank cut rates from 5.5 to 5.25 percent at its meeting on 2025-06-12.",
      "Inflation eased in the past three months, while rates were left unchanged.",
      "The accord signed on 3/15/2024 runs to the end of the month, and a review is due 10/2025.",
      "Without a deal, the strike that began at 6 p.m. will go on.",
      "The Chicago company, known for about a decade as a lender, sold out before the merger.",
      "Two hours later the envoy left; three months earlier he had said 18 months from now.",
      "The plant shut 3 days before the vote, and the rebels pulled out 2 weeks out of town.",
      "Talks resume on Monday next week, after this quarter's results and the vote this year.",
      "The Monsanto unit, on a monthly basis, reported its sales for the weekend and tmrw.",
    ];
    for (const s of sentences) expect(parse(gated, s), s).toEqual(parse(chrono.casual, s));
    expect(parse(gated, sentences[0]).length).toBeGreaterThan(1);
  });
});
