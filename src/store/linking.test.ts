import { describe, expect, it } from "vitest";
import { amountsOf, contentWords, sameEvent, similarity, sketch } from "./link-match.ts";
import { shiftDay } from "./linking.ts";

describe("evidence similarity for linking", () => {
  it("finds two write-ups of one signing similar and a different deal between the same countries not", () => {
    const a = contentWords("Russia and Pakistan signed an agreement on Wednesday to build the Pakistan Stream gas pipeline.");
    const b = contentWords("Pakistan and Russia signed a deal to build the Pakistan Stream gas pipeline, officials said.");
    const c = contentWords("Russia agreed with Pakistan to hold joint naval exercises in the Arabian Sea next year.");
    expect(similarity(a, b)).toBeGreaterThanOrEqual(0.25);
    expect(similarity(a, c)).toBeLessThan(0.25);
  });

  it("ignores case, stop words and plural endings", () => {
    expect([...contentWords("The talks were held with the Ministers of Energy")].sort()).toEqual(["energy", "held", "minister", "talk"]);
  });

  it("keeps apart reports of one bank stating different amounts, and links those stating the same", () => {
    const morning = sketch(["GBR"], ["Bank of England"], "The Bank of England said it provided the money market with 37 mln stg assistance in the morning.");
    const afternoon = sketch(["GBR"], ["Bank of England"], "The Bank of England said it provided the money market with 456 mln stg assistance in the afternoon.");
    const again = sketch(["GBR"], ["The Bank of England"], "The Bank of England gave the money market 37 mln stg assistance in the morning session.");
    expect(amountsOf("loans totalling 75.7 mln dlrs and 150,000 doses")).toEqual(new Set(["75.7 mln", "150000 doses"]));
    expect(sameEvent(morning, afternoon, 0.25)).toBeUndefined();
    expect(sameEvent(morning, sketch(["GBR"], ["Bank of England"], "The Bank of England provided 37 mln stg assistance to the money market in the morning."), 0.25)).toBeGreaterThan(0.25);
    expect(again.names.has("the bank of england")).toBe(true);
  });

  it("does not link two companies of one country just because both are American", () => {
    const a = sketch(["USA"], ["Oppenheimer Industries Inc"], "Oppenheimer Industries Inc said it expects to report a loss for the year ended January 31.");
    const b = sketch(["USA"], ["Transnational Industries Inc"], "Transnational Industries Inc said it expects to report a loss for the year ended January 31.");
    expect(similarity(a.words, b.words)).toBeGreaterThan(0.5);
    expect(sameEvent(a, b, 0.25)).toBeUndefined();
  });

  it("shifts days across month and year ends", () => {
    expect(shiftDay("2021-03-30", 3)).toBe("2021-04-02");
    expect(shiftDay("2021-01-02", -3)).toBe("2020-12-30");
  });
});
