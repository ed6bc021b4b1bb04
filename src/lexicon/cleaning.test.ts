import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "./index.ts";
import { loadCleaningLexicon } from "./cleaning.ts";

function brokenCopy(file: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), "dyad-lex-"));
  cpSync(join(DATA_DIR, "cleaning"), join(dir, "cleaning"), { recursive: true });
  writeFileSync(join(dir, "cleaning", file), content);
  return dir;
}

describe("cleaning lexicon", () => {
  it("loads every data/cleaning file with unique rule ids and compiled patterns", () => {
    const lex = loadCleaningLexicon(DATA_DIR);
    const ids = [...lex.lines, ...lex.embeds.signatures, ...lex.embeds.inline, ...lex.datelines.patterns].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(lex.lines.every((r) => r.re instanceof RegExp && r.re.flags.includes("u"))).toBe(true);
  });

  it("splices {MACRO} fragments but leaves \\p{L} alone", () => {
    const sig = loadCleaningLexicon(DATA_DIR).embeds.signatures[0].re;
    expect(sig.test("— UK Mission to the UN (@UKUN_NewYork) June 17, 2025")).toBe(true);
  });

  it("names the file and rule when a pattern does not compile", () => {
    const dir = brokenCopy("lines.yaml", "rules:\n  - id: bad.one\n    kind: boilerplate\n    pattern: '(unclosed'\n");
    expect(() => loadCleaningLexicon(dir)).toThrow(/lines\.yaml: rule bad\.one: bad pattern/);
  });

  it("names the file and field when a rule has a wrong kind", () => {
    const dir = brokenCopy("lines.yaml", "rules:\n  - id: bad.kind\n    kind: advert\n    pattern: 'x'\n");
    expect(() => loadCleaningLexicon(dir)).toThrow(/lines\.yaml: rules\.0\.kind/);
  });

  it("refuses an outlet rank on a rule without an outlet group", () => {
    const dir = brokenCopy("lines.yaml", "rules:\n  - id: bad.outlet\n    kind: credit\n    pattern: '^Via (.+)$'\n    outlet: 2\n");
    expect(() => loadCleaningLexicon(dir)).toThrow(/bad\.outlet: outlet rank given but no \(\?<outlet>\) group/);
  });
});
