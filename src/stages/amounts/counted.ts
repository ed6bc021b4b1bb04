/**
 * The thing counted after a number, read from the tagged tokens: the head noun of the noun
 * phrase ("47 diplomatic protests" -> protests), null for noun compounds ("11 police
 * officers"), mass nouns ("200 million wheat" -> of wheat), and "N of (the) X" partitives
 * ("40 of the 163 seats", "two of its largest cutters", "Twenty-three of them").
 */
import type { ArticleDoc } from "../../document.ts";
import type { AmountLexicon } from "../../lexicon/amounts.ts";
import { firstStartingAt } from "../../spans.ts";

/** What a number counts. `unit` null means a compound, measure or bare partitive. */
export interface Counted {
  unit: string | null;
  unitAsWritten?: string;
  of?: string;
  /** Offset where the counted phrase ends. */
  end: number;
  rule: string;
}

interface Word {
  start: number;
  end: number;
  lower: string;
  text: string;
  pos: string;
  /** A plural common noun ("citizens"): English compounds end there ("450 million citizens face"). */
  plural: boolean;
}

const NOMINAL = new Set(["NOUN", "PROPN", "ADJ"]);
const PARTITIVE_DETS = new Set(["the", "its", "their", "his", "her", "our", "these", "those"]);
const PRONOUNS = new Set(["them", "those", "these", "us", "which", "whom"]);
const MAX_WORDS = 5;

/** Tokens from index i joined into words ("state-owned" is one word, tagged ADJ). */
function wordsFrom(doc: ArticleDoc, i: number, limit: number): Word[] {
  const out: Word[] = [];
  const t = doc.tokens;
  while (i < t.length && out.length < limit) {
    let j = i;
    while (j + 2 < t.length && t[j + 1].text === "-" && t[j + 1].start === t[j].end && t[j + 2].start === t[j + 1].end) j += 2;
    const text = doc.text.slice(t[i].start, t[j].end);
    const plural = t[j].pos === "NOUN" && t[j].lemma !== t[j].lower && t[j].lower.endsWith("s");
    out.push({ start: t[i].start, end: t[j].end, text, lower: text.toLowerCase(), pos: j > i ? "ADJ" : t[i].pos, plural });
    i = j + 1;
  }
  return out;
}

/** The noun phrase right after `offset`, or undefined when none follows. */
export function countedAfter(doc: ArticleDoc, offset: number, sentence: number, lex: AmountLexicon): Counted | undefined {
  const words = wordsFrom(doc, firstStartingAt(doc.tokens, offset), MAX_WORDS + 4).filter((w) => w.start < sentenceEnd(doc, sentence));
  const first = words[0];
  if (!first) return undefined;
  if (first.lower === "of") return partitive(words.slice(1), lex);
  return nounPhrase(words, lex, "amount.unit.head-noun");
}

function sentenceEnd(doc: ArticleDoc, sentence: number): number {
  return doc.sentences[sentence]?.end ?? doc.text.length;
}

function nounPhrase(words: Word[], lex: AmountLexicon, rule: string): Counted | undefined {
  const run: Word[] = [];
  for (const w of words) {
    if (run.length >= MAX_WORDS || !NOMINAL.has(w.pos) || lex.notUnits.has(w.lower)) break;
    run.push(w);
    if (w.plural) break;
  }
  while (run.length && run[run.length - 1].pos === "ADJ") run.pop();
  if (!run.length) return undefined;
  const head = run[run.length - 1];
  // A proper noun after a number is a name ("Place du 13 Mai"), not a counted thing.
  if (head.pos === "PROPN") return undefined;
  const end = head.end;
  const written = run.map((w) => w.text).join(" ");
  if (run.length === 1 && lex.massNouns.has(head.lower)) return { unit: null, of: head.lower, end, rule: "amount.unit.mass-noun" };
  const before = run[run.length - 2];
  if (before && before.pos === "NOUN" && /^\p{Ll}/u.test(before.text)) {
    return { unit: null, unitAsWritten: written, end, rule: "amount.unit.compound" };
  }
  return { unit: head.lower, end, rule };
}

/** "of them", "of the 163 seats", "of its largest cutters". */
function partitive(words: Word[], lex: AmountLexicon): Counted | undefined {
  const first = words[0];
  if (!first) return undefined;
  if (PRONOUNS.has(first.lower)) return { unit: null, end: first.end, rule: "amount.unit.partitive-pronoun" };
  let i = PARTITIVE_DETS.has(first.lower) ? 1 : 0;
  if (words[i]?.pos === "NUM") i++;
  const np = nounPhrase(words.slice(i), lex, "amount.unit.partitive");
  return np;
}
