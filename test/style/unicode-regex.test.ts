/**
 * tsx compiles TypeScript for the running Node version with esbuild, and esbuild rewrites every
 * regular-expression literal that uses a Unicode property escape (\p{..}, \P{..}) into a
 * `new RegExp(...)` call. Inside a function that call runs on every evaluation, building a fresh
 * RegExp each time (about five times the cost of the match itself on a short string). Such
 * literals therefore live in module-level constants; this test finds any that do not.
 *
 * It reads lines, not syntax: a literal with a "/" inside a character class is not seen, and a
 * literal inside a multi-line module-level array would be reported although it runs once.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOTS = ["src", "bench"];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (name.endsWith(".ts") && !name.endsWith(".test.ts")) out.push(p);
  }
  return out;
}

/** Lines (file:line) with a \p/\P regex literal that is not at the top level of its module. */
export function inlinePropertyRegexes(file: string, text: string): string[] {
  const found: string[] = [];
  text.split("\n").forEach((line, i) => {
    const code = line.replace(/\/\/.*$/, "");
    if (/^\s*(?:\*|\/\*\*?)/.test(code)) return; // doc comments describe patterns, they do not run them
    // A literal: a slash, then a \p{ or \P{ escape before the closing slash (template strings
    // passed to `new RegExp` write \\p and are built once where they are called at load).
    if (!/\/[^/\n]*(?<!\\)\\[pP]\{[^/\n]*\/[dgimsuvy]*/.test(code)) return;
    // Assigned straight to a module-level constant: evaluated once, when the module loads.
    if (/^(?:export\s+)?const\s+[\w$]+(?:\s*:\s*[^=]+)?\s*=\s*\//.test(code)) return;
    found.push(`${file}:${i + 1}`);
  });
  return found;
}

describe("Unicode-property regex literals", () => {
  it("are module-level constants, not rebuilt on every call", () => {
    const offenders = ROOTS.flatMap((root) => sources(root).flatMap((f) => inlinePropertyRegexes(f, readFileSync(f, "utf8"))));
    expect(offenders).toEqual([]);
  });

  it("are found inside functions and ignored at the top level and in comments", () => {
    const sample = [
      "const TOP = /^\\p{Lu}/u;",
      "/** like /^\\p{L}+$/u */",
      "export function f(s: string): boolean {",
      "  return /^\\p{Ll}/u.test(s);",
      "}",
      "const BUILT = (w: string) => new RegExp(`(?<![\\\\p{L}])${w}`, \"u\");",
      "const upper = (w: string) => /^\\p{Lu}/u.test(w);",
    ].join("\n");
    expect(inlinePropertyRegexes("x.ts", sample)).toEqual(["x.ts:4", "x.ts:7"]);
  });
});
