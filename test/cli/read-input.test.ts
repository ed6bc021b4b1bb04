import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeUtf8, looksLikeHtml, readDocument } from "../../src/cli/read-input.ts";
import { DyadError, EXIT } from "../../src/errors.ts";

const dir = mkdtempSync(join(tmpdir(), "dyad-input-"));
const file = (name: string, data: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const failure = (fn: () => unknown): DyadError => {
  try {
    fn();
  } catch (err) {
    if (err instanceof DyadError) return err;
    throw err;
  }
  throw new Error("expected a DyadError");
};

describe("reading one input document", () => {
  it("reads a plain-text wire story as text", () => {
    const p = file("story.txt", "ISLAMABAD: Pakistan on Monday recalled its envoy from Kabul.\n");
    expect(readDocument(p)).toEqual({ text: "ISLAMABAD: Pakistan on Monday recalled its envoy from Kabul.\n" });
  });

  it("treats .html files and sniffed pages as HTML", () => {
    const page = "<!DOCTYPE html><html><body><article><p>Talks resumed.</p></article></body></html>";
    expect(readDocument(file("page.html", page))).toHaveProperty("html");
    expect(readDocument(file("page.dat", page))).toHaveProperty("html");
    expect(readDocument(file("saved.txt", page))).toHaveProperty("html");
    expect(readDocument(file("note.txt", "<p> marks a paragraph in HTML.\n"))).toHaveProperty("text");
    expect(looksLikeHtml("  <div class=\"story\"><p>Hi</p></div>")).toBe(true);
    expect(looksLikeHtml("The <b> tag is not news.")).toBe(false);
  });

  it("refuses an empty or whitespace-only file as bad input", () => {
    expect(failure(() => readDocument(file("empty.txt", ""))).exitCode).toBe(EXIT.badInput);
    expect(failure(() => readDocument(file("blank.txt", "\n \n\t\n"))).message).toMatch(/empty/);
  });

  it("refuses a binary file with NUL bytes", () => {
    const err = failure(() => readDocument(file("img.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48]))));
    expect(err.exitCode).toBe(EXIT.badInput);
    expect(err.message).toMatch(/binary/);
  });

  it("refuses text that is not valid UTF-8 (a Latin-1 file)", () => {
    const err = failure(() => readDocument(file("latin1.txt", Buffer.from("Caf\xe9 talks in Bogot\xe1 resumed.", "latin1"))));
    expect(err.exitCode).toBe(EXIT.badInput);
    expect(err.message).toMatch(/UTF-8/);
  });

  it("reports a missing file or a folder as unreadable, naming it", () => {
    const missing = failure(() => readDocument(join(dir, "nope.txt")));
    expect(missing.exitCode).toBe(EXIT.unreadable);
    expect(missing.message).toContain("nope.txt");
    expect(failure(() => readDocument(dir)).exitCode).toBe(EXIT.unreadable);
  });

  it("drops a UTF-8 byte-order mark", () => {
    expect(decodeUtf8(Buffer.from("\ufeffKYIV (Reuters) - Shelling resumed.", "utf8"), "x")).toBe("KYIV (Reuters) - Shelling resumed.");
  });
});
