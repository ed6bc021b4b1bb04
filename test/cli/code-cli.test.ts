/**
 * The `dyad code` contract end to end (a child process per case): only JSON on stdout, one
 * line on stderr and the documented exit code for bad input.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/errors.ts";

const BIN = fileURLToPath(new URL("../../bin/dyad.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "dyad-cli-"));
const file = (name: string, data: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, data);
  return p;
};
const dyad = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", maxBuffer: 1 << 28 });

describe("dyad code on the command line", { timeout: 180_000 }, () => {
  it("prints one CodedArticle and nothing else for a wire story", () => {
    const r = dyad(["code", file("wire.txt", "NAIROBI, March 3 (Reuters) - Kenya and Somalia agreed on Sunday to reopen their border.\n")]);
    expect(r.status).toBe(EXIT.ok);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const a = JSON.parse(lines[0]);
    expect(a.text).toBe("Kenya and Somalia agreed on Sunday to reopen their border.");
    expect(a.meta.outlet).toBe("Reuters");
  });

  // Empty and non-UTF-8 files are covered without a child process in read-input.test.ts.
  it("exits 4 with one stderr line and empty stdout for a binary file", () => {
    for (const p of [file("b.bin", Buffer.from([1, 2, 0, 0, 5]))]) {
      const r = dyad(["code", p]);
      expect(r.status, p).toBe(EXIT.badInput);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });

  it("exits 3 for a missing file", () => {
    const r = dyad(["code", join(dir, "missing.txt")]);
    expect(r.status).toBe(EXIT.unreadable);
    expect(r.stderr).toMatch(/^dyad: .*missing\.txt.*no such file\n$/);
  });

  it("returns a valid empty article with a message for an HTML page with no article", () => {
    const r = dyad(["code", file("nav.html", "<html><body><nav><a href='/'>Home</a></nav><footer>© 2024</footer></body></html>")]);
    expect(r.status).toBe(EXIT.ok);
    const a = JSON.parse(r.stdout);
    expect(a.text).toBe("");
    expect(a.sentences).toEqual([]);
    expect(a.messages[0].rule).toBe("extract.no-article");
  });

  it("returns an empty article with a limit message for a 50 MB single line", () => {
    const r = dyad(["code", file("huge.txt", "Troops crossed the border. ".repeat(1_900_000))]);
    expect(r.status).toBe(EXIT.ok);
    const a = JSON.parse(r.stdout);
    expect(a.text).toBe("");
    expect(a.messages.some((m: { rule?: string }) => m.rule === "limits.max-bytes")).toBe(true);
  });

  it("codes JSON Lines in order and reports bad lines by number without stopping", () => {
    const input = [
      JSON.stringify({ id: "a", text: "MANILA - The Philippines on Monday summoned a Chinese diplomat." }),
      "{not json",
      JSON.stringify({ id: "b", title: "no body" }),
      "",
      JSON.stringify({ id: 7, text: "Courtesy: APP\nPakistan thanked Russia for the vaccine doses." }),
    ].join("\n");
    const r = dyad(["code", "--jsonl", "-"], input);
    expect(r.status).toBe(EXIT.ok);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((a) => a.id)).toEqual(["a", "7"]);
    expect(out[1].meta.outlet).toBe("APP");
    expect(r.stderr).toMatch(/^line 2: invalid JSON/m);
    expect(r.stderr).toMatch(/^line 3: needs a "text" or "html" string$/m);
  });
});
