/**
 * The parts of the limits that reshape a document rather than refuse it: long runs broken,
 * run-on sentences split, the sentence count capped; and the HTML depth estimate.
 */
import { report, type ArticleDoc } from "./document.ts";

const LIMITS_STAGE = "limits";

// Elements that never nest (void) or that the HTML parser closes implicitly when a sibling opens.
const FLAT_TAGS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
  "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "tbody", "thead", "tfoot"]);

/** The deepest element nesting in an HTML string, estimated in one linear pass over its tags. */
export function htmlDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]{0,30})[^<>]{0,2000}?(\/?)>/g)) {
    const name = m[2].toLowerCase();
    if (FLAT_TAGS.has(name) || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

/** Cuts the document after its first `max` sentences, keeping every offset inside the text. */
export function capSentences(doc: ArticleDoc, max: number): void {
  if (doc.sentences.length <= max) return;
  const total = doc.sentences.length;
  const end = doc.sentences[max - 1]?.end ?? 0;
  doc.sentences = doc.sentences.slice(0, max);
  doc.sentenceTokens = doc.sentenceTokens.slice(0, max);
  doc.tokens = doc.tokens.filter((t) => t.sentence < max);
  doc.times = doc.times.filter((t) => t.sentence < max);
  doc.mentions = doc.mentions.filter((m) => m.sentence < max);
  doc.text = doc.text.slice(0, end);
  report(doc, LIMITS_STAGE, `${total} sentences, over the limit of ${max}; coded the first ${max}`, "warn", "limits.max-sentences");
}

/**
 * Splits every sentence of more than `max` tokens into pieces of at most `max` tokens. No real
 * sentence is that long; a run-on list or junk would otherwise cost the per-sentence rules
 * (quotes, events) time quadratic in its length.
 */
export function splitLongSentences(doc: ArticleDoc, max: number): void {
  if (!doc.sentenceTokens.some(([a, b]) => b - a > max)) return;
  const sentences: ArticleDoc["sentences"] = [];
  const sentenceTokens: ArticleDoc["sentenceTokens"] = [];
  let split = 0;
  doc.sentenceTokens.forEach(([a, b], i) => {
    const span = doc.sentences[i];
    if (b - a <= max) {
      for (let k = a; k < b; k++) doc.tokens[k].sentence = sentences.length;
      sentences.push(span);
      sentenceTokens.push([a, b]);
      return;
    }
    split++;
    for (let from = a; from < b; from += max) {
      const to = Math.min(b, from + max);
      for (let k = from; k < to; k++) doc.tokens[k].sentence = sentences.length;
      const start = from === a ? span.start : doc.tokens[from].start;
      const end = to === b ? span.end : doc.tokens[to - 1].end;
      sentences.push(span.heading ? { start, end, heading: true } : { start, end });
      sentenceTokens.push([from, to]);
    }
  });
  doc.sentences = sentences;
  doc.sentenceTokens = sentenceTokens;
  report(doc, LIMITS_STAGE, `${split} sentence(s) over ${max} tokens split into pieces of ${max}`, "warn", "limits.max-sentence-tokens");
}

/**
 * Breaks every run of more than `max` non-space characters by turning one character in each
 * `max` into a space. wink-nlp's tokeniser is quadratic in the length of a run without spaces
 * (40 KB of "'" or "&amp" takes over 10 s), and no real word is that long. The text keeps its
 * length, so offsets recorded before segmentation (headings) stay valid.
 */
export function breakLongRuns(doc: ArticleDoc, max: number): void {
  const runs = [...doc.text.matchAll(new RegExp(`\\S{${max + 1},}`, "g"))];
  if (!runs.length) return;
  const chars = doc.text.split("");
  for (const run of runs) {
    const end = run.index + run[0].length;
    for (let at = run.index + max; at < end; at += max) {
      // Blank both halves of a surrogate pair, so no lone surrogate is left behind.
      const unit = doc.text.charCodeAt(at);
      if (unit >= 0xdc00 && unit <= 0xdfff) chars[at - 1] = " ";
      if (unit >= 0xd800 && unit <= 0xdbff) chars[at + 1] = " ";
      chars[at] = " ";
    }
  }
  doc.text = chars.join("");
  const longest = Math.max(...runs.map((r) => r[0].length));
  report(doc, LIMITS_STAGE, `${runs.length} run(s) of text without spaces, the longest ${longest} characters, over the limit of ${max}; broken with spaces`,
    "warn", "limits.max-run");
}
