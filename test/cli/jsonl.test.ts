import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readJsonl, toDocInput, type JsonlItem } from "../../src/cli/jsonl.ts";

const dir = mkdtempSync(join(tmpdir(), "dyad-jsonl-"));

async function items(data: Buffer | string): Promise<JsonlItem[]> {
  const p = join(dir, `in-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(p, data);
  const out: JsonlItem[] = [];
  for await (const item of readJsonl(p)) out.push(item);
  return out;
}

describe("JSON Lines input", () => {
  it("yields documents in order with their line numbers, skipping blank lines", async () => {
    const got = await items('{"id":"a","text":"Kenya reopened the border."}\n\n{"id":"b","html":"<p>Hi</p>","published":"2024-03-03"}\n');
    expect(got).toEqual([
      { line: 1, doc: { id: "a", text: "Kenya reopened the border." } },
      { line: 3, doc: { id: "b", html: "<p>Hi</p>", published: "2024-03-03" } },
    ]);
  });

  it("reports a line that is not valid UTF-8 and goes on", async () => {
    const bad = Buffer.concat([Buffer.from('{"text":"Bogot'), Buffer.from([0xe1]), Buffer.from('"}\n{"text":"Fine."}\n')]);
    const got = await items(bad);
    expect(got).toEqual([{ line: 1, error: "not valid UTF-8" }, { line: 2, doc: { text: "Fine." } }]);
  });

  it("accepts CRLF line ends, a byte-order mark and a last line without newline", async () => {
    const got = await items('\ufeff{"text":"One."}\r\n{"text":"Two."}');
    expect(got.map((g) => ("doc" in g ? g.doc.text : g.error))).toEqual(["One.", "Two."]);
  });

  it("explains why a parsed line is not a document", () => {
    expect(toDocInput([1, 2])).toBe("not a JSON object");
    expect(toDocInput({ text: 5 })).toBe('"text" must be a string');
    expect(toDocInput({ title: "x" })).toBe('needs a "text" or "html" string');
    expect(toDocInput({ id: 12, text: "Talks resumed." })).toEqual({ id: "12", text: "Talks resumed." });
  });
});
