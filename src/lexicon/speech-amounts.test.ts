import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "./index.ts";
import { loadAmountLexicon } from "./amounts.ts";
import { loadSpeechLexicon } from "./speech.ts";

function copyData(): string {
  const dir = mkdtempSync(join(tmpdir(), "dyad-lex-"));
  cpSync(join(DATA_DIR, "amounts"), join(dir, "amounts"), { recursive: true });
  cpSync(join(DATA_DIR, "speech"), join(dir, "speech"), { recursive: true });
  return dir;
}

describe("speech and amount lexicons", () => {
  it("load the project's data files", () => {
    const amounts = loadAmountLexicon(DATA_DIR);
    expect(amounts.currencyWords.get("euros")).toBe("EUR");
    expect(amounts.scales.get("crore")).toBe(1e7);
    expect(loadSpeechLexicon(DATA_DIR).verbs.has("say")).toBe(true);
  });

  it("map currency prefixes, codes and qualified words to ISO codes", () => {
    const lex = loadAmountLexicon(DATA_DIR);
    expect(lex.prefixes.get("US$")).toBe("USD");
    expect(lex.prefixes.get("A$")).toBe("AUD");
    expect(lex.qualified.get("egyptian pounds")).toBe("EGP");
  });

  it("reject a currency code that is not ISO 4217, naming the file", () => {
    const dir = copyData();
    writeFileSync(join(dir, "amounts", "currencies.yaml"), "prefixes: { '$': dollars }\nwords: {}\nqualified: {}\n");
    expect(() => loadAmountLexicon(dir)).toThrow(/currencies\.yaml: prefixes\.\$/);
  });

  it("reject an unknown key in the speech file, naming the file", () => {
    const dir = copyData();
    writeFileSync(join(dir, "speech", "speech.yaml"), "verbs: [say]\nreporting: []\nnouns: []\naccording: []\nboundaries: []\ncoordinators: []\nextra: 1\n");
    expect(() => loadSpeechLexicon(dir)).toThrow(/speech\.yaml/);
  });
});
