import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readLines } from "./read-lines.ts";

const file = (content: string | Buffer): string => {
  const p = join(mkdtempSync(join(tmpdir(), "dyad-lines-")), "in.jsonl");
  writeFileSync(p, content);
  return p;
};

describe("readLines", () => {
  it("yields every line of a JSON Lines file, CRLF endings and a last unterminated line included", () => {
    const p = file('{"id":"a","text":"Moscow, April 7"}\r\n\n{"id":"b","text":"Islamabad"}\n{"id":"c"}');
    expect([...readLines(p)]).toEqual(['{"id":"a","text":"Moscow, April 7"}', "", '{"id":"b","text":"Islamabad"}', '{"id":"c"}']);
  });

  it("keeps multi-byte characters and CRLF pairs whole across chunk boundaries", () => {
    const lines = ["Şehbaz Şerif met Лавров in Islamabad — “full cooperation”", "第二行", "naïve café"];
    const p = file(lines.join("\r\n") + "\r\n");
    for (const size of [1, 2, 3, 5, 7, 64]) expect([...readLines(p, size)]).toEqual(lines);
  });

  it("yields nothing for an empty file", () => {
    expect([...readLines(file(""))]).toEqual([]);
  });
});
