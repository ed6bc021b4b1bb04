import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PLOVER_TYPES } from "../types.ts";
import { DATA_DIR } from "./index.ts";
import { loadEventLexicon, patternType } from "./events.ts";

describe("event lexicon", () => {
  const lex = loadEventLexicon(DATA_DIR);

  it("loads every pattern file and indexes patterns by lemma", () => {
    expect(lex.patterns.length).toBeGreaterThan(150);
    expect(lex.byVerb.get("accuse")?.[0].code).toMatch(/^11/);
    expect(lex.byNoun.get("talk")?.some((p) => patternType(lex, p) === "CONSULT")).toBe(true);
  });

  it("covers all 16 PLOVER types with patterns", () => {
    const types = new Set(lex.patterns.map((p) => patternType(lex, p)));
    for (const t of PLOVER_TYPES) expect(types, t).toContain(t);
  });

  it("follows the PLOVER manual over the draft mapping for economic sanctions", () => {
    expect(lex.cameo.get("163")?.plover).toBe("SANCTION");
    expect(lex.cameo.get("163")?.quad).toBe(4);
  });

  it("has a CAMEO entry with a Goldstein weight for every shifted code", () => {
    for (const table of Object.values(lex.frames.shifts)) {
      for (const code of [...Object.values(table.byCode), ...Object.values(table.byType)]) {
        expect(lex.cameo.get(code)?.goldstein, code).toBeTypeOf("number");
      }
    }
  });

  it("names the file when a pattern uses an unknown CAMEO code", () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-events-"));
    mkdirSync(join(dir, "events", "patterns"), { recursive: true });
    cpSync(join(DATA_DIR, "events", "cameo.json"), join(dir, "events", "cameo.json"));
    cpSync(join(DATA_DIR, "events", "frames.yaml"), join(dir, "events", "frames.yaml"));
    writeFileSync(join(dir, "events", "patterns", "bad.yaml"), '- {id: x.bad, verbs: [smile], code: "999"}\n');
    expect(() => loadEventLexicon(dir)).toThrow(/bad\.yaml.*999/);
  });
});
