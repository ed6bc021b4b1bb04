import { describe, expect, it } from "vitest";
import { contentWords, shiftDay, similarity } from "./linking.ts";

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

  it("shifts days across month and year ends", () => {
    expect(shiftDay("2021-03-30", 3)).toBe("2021-04-02");
    expect(shiftDay("2021-01-02", -3)).toBe("2020-12-30");
  });
});
