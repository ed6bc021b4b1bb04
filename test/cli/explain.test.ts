import { describe, expect, it } from "vitest";
import { renderExplain } from "../../src/cli/explain-render.ts";
import { createCoder } from "../../src/coder.ts";

const coder = createCoder();
const STORY = [
  "ISLAMABAD: Russia on Wednesday assured Pakistan of full cooperation in energy and security.",
  "Read more: Pakistan, Russia strengthen business, military cooperation",
  "Talks in the capital",
  "Foreign Minister Sergey Lavrov said Russia had provided 50,000 doses to Pakistan.",
  "We reviewed our cooperation in the field of security. pic.twitter.com/Y9kbeo0iPb",
  "\u2014 Shah Mahmood Qureshi (@SMQureshiPTI) April 7, 2021",
  "Courtesy: APP",
].join("\n");

describe("dyad explain output", () => {
  const out = renderExplain(coder.run({ text: STORY }));

  it("shows metadata and every removed line with its kind and rule id", () => {
    expect(out).toContain("outlet: APP");
    expect(out).toContain("dateline: ISLAMABAD");
    expect(out).toContain("published: 2021-04-07 (from inferred)");
    expect(out).toMatch(/- read-more: Read more: Pakistan, Russia .*\{read-more\.label\}/);
    expect(out).toMatch(/- embed \(Shah Mahmood Qureshi, 2021-04-07\): We reviewed .* \{embed\.x-signature\}/);
    expect(out).toMatch(/- credit: Courtesy: APP\s+\{credit\.courtesy\}/);
  });

  it("numbers the sentences, marks the heading and lists time words with their rule", () => {
    expect(out).toMatch(/\n\s+1 {2}## Talks in the capital\s+\{clean\.heading\}/);
    expect(out).toMatch(/time "on Wednesday" -> 2021-04-07\s+\{dates\.weekday\}/);
  });

  it("prints plain text without escape codes unless colour is asked for", () => {
    expect(out).not.toContain("\x1b[");
    expect(renderExplain(coder.run({ text: STORY }), { color: true })).toContain("\x1b[1m");
  });
});
