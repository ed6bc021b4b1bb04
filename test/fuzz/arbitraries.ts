/**
 * fast-check generators of hostile input for the coder: odd Unicode, broken HTML, random bytes,
 * huge lines and mutated real articles.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";

/** Characters that break naive text handling, each with the reason it is here. */
export const HOSTILE_PIECES: readonly string[] = [
  "\u200F", "\u200E", "\u202E", "\u202A", "\u2066", "\u2069", // RTL/LTR marks, overrides and isolates
  "\u200D", "\u200C", "\uFEFF", "\u00AD", "\u2060", // ZWJ, ZWNJ, BOM, soft hyphen, word joiner
  "🇷🇺", "🇵🇰", "🏳️‍🌈", "👨‍👩‍👧‍👦", "👍🏽", // regional-indicator flags, ZWJ sequences, skin tones
  "e\u0301", "a\u0300\u0301\u0302\u0303\u0304", "\u0301", // combining marks, stacked and leading
  "\uD800", "\uDFFF", "\uDC00x", "x\uD83D", // lone surrogates
  "\u0000", "\u0007", "\u001B[31m", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\f", "\v", // controls, odd line ends
  "\u00A0", "\u2009", "\u3000", "\t", // odd spaces
  "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "\"", "'", "「", "」", // quotation marks
  "...", "…", "—", "–", "-", "•", "·", // punctuation runs
  "موسكو", "إسلام آباد", "שלום", "北京", "Мосвка", "इस्लामाबाद", "İstanbul", "ß", "ﬁ", // scripts, casing traps
  "$", "€", "1,000,000", "1.5bn", "50%", "½", "٣", "Ⅻ", "1e308", "-0", // numbers and currencies
  "Mr.", "U.S.", "U.N.", "Dr", "(", ")", "[", "]", "{", "}", "<", ">", "&", "\\", // abbreviations, brackets
];

/** Short news paragraphs written for these tests; used when the shared articles are absent. */
const OWN_ARTICLES: readonly string[] = [
  "MOSCOW: Russia's Foreign Minister Sergei Lavrov said on Tuesday that Moscow was ready to supply "
  + "50,000 doses of its vaccine to Pakistan. \"We will help our friends,\" he told reporters.\n"
  + "Pakistan's foreign office welcomed the offer and said talks would continue next week.",
  "MANILA (Reuters) - China's coast guard fired water cannon at a Philippine supply boat near the "
  + "Scarborough Shoal on Saturday, Manila said, calling the move \"dangerous and illegal\".\n"
  + "Beijing accused the Philippines of intruding into its waters and warned of further measures.",
  "CAIRO, March 3 - The International Monetary Fund agreed to lend Egypt $3 billion over 46 months, "
  + "while the World Bank pledged about $1.5bn in budget support.\nEgypt's finance minister "
  + "denied that subsidies would be cut.",
];

/** Article texts to mutate: the shared hand-coded stories when present, else our own. */
export function seedArticles(sharedDir = "../shared"): string[] {
  const out: string[] = [];
  const seed = join(sharedDir, "seed/russia-pakistan-2021-04-07.txt");
  if (existsSync(seed)) out.push(readFileSync(seed, "utf8"));
  const dir = join(sharedDir, "spec/articles");
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)) {
      if (/\.(txt|html)$/.test(name)) out.push(readFileSync(join(dir, name), "utf8"));
    }
  }
  return out.length ? out : [...OWN_ARTICLES];
}

const piece = fc.constantFrom(...HOSTILE_PIECES);
const word = fc.constantFrom("Russia", "Pakistan", "said", "the", "minister", "will", "supply", "talks",
  "Lavrov", "Qureshi", "he", "she", "they", "on", "Monday", "50,000", "doses", "not", "accused", "of");

/** Text mixing news words, hostile characters and arbitrary code points. */
export const hostileText: fc.Arbitrary<string> = fc.array(fc.oneof(
  { arbitrary: word.map((w) => `${w} `), weight: 4 },
  { arbitrary: piece, weight: 3 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 8 }), weight: 1 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }), weight: 1 },
  { arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), weight: 1 },
), { maxLength: 120 }).map((parts) => parts.join(""));

/** Random bytes decoded as UTF-8 (invalid sequences become U+FFFD) or as Latin-1. */
export const randomBytesText: fc.Arbitrary<string> = fc.tuple(
  fc.uint8Array({ maxLength: 600 }), fc.constantFrom("utf8", "latin1") as fc.Arbitrary<BufferEncoding>,
).map(([bytes, enc]) => Buffer.from(bytes).toString(enc));

const tag = fc.constantFrom("div", "p", "span", "b", "i", "a", "table", "tr", "td", "ul", "li", "script", "style",
  "iframe", "blockquote", "h1", "article", "svg", "math", "template", "noscript", "textarea", "title");
const junkMarkup = fc.constantFrom("<", ">", "</", "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>",
  "&amp;", "&#x1F600;", "&#0;", "&#xD800;", "&#99999999;", "&nbsp", "&bogus;", "<p class=\"x", "'", "=",
  "<a href=\"javascript:alert(1)\">", "<img src=x onerror=alert(1)>", "<meta charset=\"utf-16\">", "<br/>");

/** Deeply nested, unclosed and malformed HTML around news text. */
export const brokenHtml: fc.Arbitrary<string> = fc.tuple(
  fc.array(tag, { maxLength: 40 }),
  // Mostly page-like depths; sometimes far past the depth limit, which must be refused quickly.
  fc.oneof({ arbitrary: fc.integer({ min: 0, max: 40 }), weight: 9 }, { arbitrary: fc.integer({ min: 1000, max: 5000 }), weight: 1 }),
  fc.array(fc.oneof(junkMarkup, word, piece, hostileText), { maxLength: 40 }),
  fc.boolean(),
).map(([tags, depth, body, close]) => {
  const deep = "<div>".repeat(depth);
  const open = tags.map((t) => `<${t}>`).join("");
  const end = close ? [...tags].reverse().map((t) => `</${t}>`).join("") : "";
  return `<html><head><title>Lavrov in Islamabad</title></head><body>${deep}${open}${body.join(" ")}${end}`;
});

/** One edit to a text at a position given as a fraction of its length. */
type Mutation = { kind: "delete" | "duplicate" | "insert" | "upper" | "truncate" | "strip-newlines"; at: number; len: number; piece: string };

function mutate(text: string, m: Mutation): string {
  const i = Math.floor(m.at * text.length);
  const j = Math.min(text.length, i + m.len);
  switch (m.kind) {
    case "delete": return text.slice(0, i) + text.slice(j);
    case "duplicate": return text.slice(0, j) + text.slice(i, j) + text.slice(j);
    case "insert": return text.slice(0, i) + m.piece + text.slice(i);
    case "upper": return text.slice(0, i) + text.slice(i, j).toUpperCase() + text.slice(j);
    case "truncate": return text.slice(0, i);
    case "strip-newlines": return text.replace(/\n+/g, " ");
  }
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom("delete", "duplicate", "insert", "insert", "insert", "upper", "truncate", "strip-newlines"),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  len: fc.integer({ min: 0, max: 400 }),
  piece: fc.oneof(piece, hostileText),
});

/** Real articles with a few random edits: deletions, duplications, insertions, truncation. */
export function mutatedArticle(articles: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...articles), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([text, ms]) => ms.reduce(mutate, text));
}

/** A single enormous line: article text with its line breaks removed, repeated. */
export function hugeLine(articles: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...articles), fc.integer({ min: 2, max: 6 }))
    .map(([text, n]) => text.replace(/\s*\n\s*/g, " ").repeat(n));
}
