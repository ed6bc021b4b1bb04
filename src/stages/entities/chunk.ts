/**
 * Capitalised-span chunking: runs of capitalised tokens, joined across name connectors
 * ("Bank of Baroda") and tight hyphens ("El-Naggar"), with a trailing possessive noted.
 */
import type { ArticleDoc, Token } from "../../document.ts";

/** A run of tokens [first, last) that may name something. */
export interface Chunk {
  first: number;
  last: number;
  start: number;
  end: number;
  sentence: number;
  /** Followed by 's / ’s. */
  possessive: boolean;
}

// Lower-case words that may sit inside a name when a capitalised word follows them.
const CONNECTORS = new Set(["of", "de", "du", "da", "do", "dos", "del", "la", "bin", "al", "van", "von", "der", "for", "on", "&"]);
const OPENERS = new Set(["\"", "“", "‘", "'", "(", ":", "—", "–", "-", "[", "#"]);
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
const UPPER_START = /^\p{Lu}/u;

/** True for a token that starts with a capital letter (or a digit inside a name, "G7"). */
export function isCap(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(t.text);
}

function tight(a: Token, b: Token): boolean {
  return a.end === b.start;
}

/** Options the chunker needs from the lexicon. */
export interface ChunkOptions {
  /** Lower-case words that are never names ("wednesday"). */
  notNames: Set<string>;
  /** Whether a capitalised sentence-initial non-PROPN token may still open a name. */
  opensName: (t: Token) => boolean;
  /** Lower-case words whose possessive stays inside a name ("people" in "People's Republic"). */
  possessives: Set<string>;
  /** Lower-case legal-form words after which any possessive stays inside a name ("Albertson's Inc"). */
  possessiveSuffixes: Set<string>;
  /** Lower-case words after which "of the" / "for the" continue a name ("Union for the ..."). */
  theHeads: Set<string>;
}

// How many tokens from `last` join the chunk to a name word after them, or 0: a connector
// ("Bank of Baroda"), a tight hyphen ("El-Naggar"), "al-" ("al-Sisi"), a name possessive
// ("People's Republic") or "of the" after an organisation head ("Union for the Total ...").
function bridge(doc: ArticleDoc, last: number, end: number, opts: ChunkOptions): number {
  const t = doc.tokens[last];
  const prev = doc.tokens[last - 1];
  const next = doc.tokens[last + 1];
  if (!next || last + 1 >= end) return 0;
  if (t.text === "-" && tight(prev, t) && tight(t, next)) return named(doc, last + 1, end, opts) ? 2 : 0;
  if (POSSESSIVE.has(t.lower) && tight(prev, t) && (opts.possessives.has(prev.lower) || opts.possessiveSuffixes.has(next.lower))) {
    return named(doc, last + 1, end, opts) ? 2 : 0;
  }
  if (!CONNECTORS.has(t.lower)) return 0;
  if (named(doc, last + 1, end, opts)) return 2;
  if (next.text === "-" && tight(t, next) && tight(next, doc.tokens[last + 2] ?? next)) return named(doc, last + 2, end, opts) ? 3 : 0;
  if ((t.lower === "of" || t.lower === "for") && next.lower === "the" && opts.theHeads.has(prev.lower)) return named(doc, last + 2, end, opts) ? 3 : 0;
  return 0;
}

// A name token at i inside the sentence (a plain function: a closure here was rebuilt per call).
function named(doc: ArticleDoc, i: number, end: number, opts: ChunkOptions): boolean {
  return i < end && nameToken(doc, i, opts, -1);
}

function nameToken(doc: ArticleDoc, i: number, opts: ChunkOptions, first: number): boolean {
  const t = doc.tokens[i];
  if (!t || !isCap(t) || opts.notNames.has(t.lower)) return false;
  if (t.pos === "PROPN") return true;
  const initial = i === first || OPENERS.has(doc.tokens[i - 1]?.text ?? "");
  return !initial || opts.opensName(t);
}

/** Finds the capitalised chunks of one sentence. */
export function chunkSentence(doc: ArticleDoc, s: number, opts: ChunkOptions): Chunk[] {
  const [first, end] = doc.sentenceTokens[s] ?? [0, 0];
  const out: Chunk[] = [];
  let i = first;
  while (i < end) {
    if (!nameToken(doc, i, opts, first) || doc.tokens[i - 1]?.text === "#" && tight(doc.tokens[i - 1], doc.tokens[i])) { i++; continue; }
    let last = i + 1;
    for (;;) {
      const t = doc.tokens[last];
      if (last >= end || !t || last - i >= 16) break; // no name is longer; keeps hostile runs linear
      if (nameToken(doc, last, opts, -1)) { last++; continue; }
      const n = bridge(doc, last, end, opts);
      if (!n) break;
      last += n;
    }
    const after = doc.tokens[last];
    out.push({
      first: i, last, start: doc.tokens[i].start, end: doc.tokens[last - 1].end, sentence: s,
      possessive: last < end && !!after && POSSESSIVE.has(after.lower),
    });
    i = last;
  }
  return out;
}
