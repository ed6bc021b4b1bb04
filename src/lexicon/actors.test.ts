import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { datedCode } from "../stages/entities/known.ts";
import { DATA_DIR } from "./index.ts";
import { loadActorLexicon } from "./actors.ts";

describe("actor lexicon", () => {
  const lex = loadActorLexicon(DATA_DIR);

  it("loads role words with sectors, kinds and gender", () => {
    expect(lex.roles.get("foreign minister")).toEqual({ sector: "GOV", kind: "person" });
    expect(lex.roles.get("spokeswoman")).toMatchObject({ sector: "GOV", gender: "f" });
    expect(lex.roles.get("protesters")).toMatchObject({ sector: "OPP", kind: "group" });
    expect(lex.orgHeads.get("court")).toBe("JUD");
  });

  it("keys named organisations by name and alias", () => {
    expect(lex.orgs.get("UN")?.code).toBe("IGOUNO");
    expect(lex.orgs.get("International Monetary Fund")).toBe(lex.orgs.get("IMF"));
  });

  it("picks the dated code valid at publication", () => {
    const p = { name: "Jane Roe", codes: [{ code: "USALEG", from: "2010-01-01", to: "2016-12-31" }, { code: "USAGOV", from: "2017-01-01" }] };
    expect(datedCode(p, "2014-06-01")).toBe("USALEG");
    expect(datedCode(p, "2020-06-01")).toBe("USAGOV");
    expect(datedCode(p, "2001-06-01")).toBeUndefined();
  });

  it("names the file when a data file is malformed", () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-actors-"));
    cpSync(DATA_DIR, dir, { recursive: true });
    writeFileSync(join(dir, "actors", "organizations.yaml"), "- {name: Nowhere League, code: nope}\n");
    expect(() => loadActorLexicon(dir)).toThrow(/organizations\.yaml/);
  });
});
