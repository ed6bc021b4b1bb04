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
/** Words looked at after a number: "of" + determiner + number + a full noun phrase. */
const MAX_LOOKAHEAD = MAX_WORDS + 4;
const LOWER_START = /^\p{Ll}/u;

/**
 * The words after a number up to the sentence end, read only as far as a rule asks: most
 * numbers are settled by their first word or two.
 */
class WordsAfter {
  readonly #words: Word[] = [];
  #next: number;

  constructor(readonly doc: ArticleDoc, first: number, readonly end: number) {
    this.#next = first;
  }

  /** The k-th word ("state-owned" is one word, tagged ADJ), or undefined past the sentence end. */
  at(k: number): Word | undefined {
    const t = this.doc.tokens;
    while (this.#words.length <= k && this.#words.length < MAX_LOOKAHEAD) {
      const i = this.#next;
      if (i >= t.length || t[i].start >= this.end) break;
      let j = i;
      while (j + 2 < t.length && t[j + 1].text === "-" && t[j + 1].start === t[j].end && t[j + 2].start === t[j + 1].end) j += 2;
      const last = t[j];
      const plural = last.pos === "NOUN" && last.lower.endsWith("s") && last.lemma !== last.lower;
      // A single token's surface is already cut and lower-cased.
      const text = j > i ? this.doc.text.slice(t[i].start, last.end) : t[i].text;
      this.#words.push({ start: t[i].start, end: last.end, text, lower: j > i ? text.toLowerCase() : t[i].lower, pos: j > i ? "ADJ" : t[i].pos, plural });
      this.#next = j + 1;
    }
    return this.#words[k];
  }
}

/** The noun phrase right after `offset`, or undefined when none follows. */
export function countedAfter(doc: ArticleDoc, offset: number, sentence: number, lex: AmountLexicon): Counted | undefined {
  const words = new WordsAfter(doc, firstStartingAt(doc.tokens, offset), sentenceEnd(doc, sentence));
  const first = words.at(0);
  if (!first) return undefined;
  if (first.lower === "of") return partitive(words, lex);
  return nounPhrase(words, 0, lex, "amount.unit.head-noun");
}

function sentenceEnd(doc: ArticleDoc, sentence: number): number {
  return doc.sentences[sentence]?.end ?? doc.text.length;
}

/** The noun phrase of the words from index `from` on. */
function nounPhrase(words: WordsAfter, from: number, lex: AmountLexicon, rule: string): Counted | undefined {
  const run: Word[] = [];
  for (let k = from; ; k++) {
    const w = words.at(k);
    if (!w || run.length >= MAX_WORDS || !NOMINAL.has(w.pos) || lex.notUnits.has(w.lower)) break;
    run.push(w);
    if (w.plural) break;
  }
  while (run.length && run[run.length - 1].pos === "ADJ") run.pop();
  if (!run.length) return undefined;
  const head = run[run.length - 1];
  // A proper noun after a number is a name ("Place du 13 Mai"), not a counted thing.
  if (head.pos === "PROPN") return undefined;
  const end = head.end;
  if (run.length === 1 && lex.massNouns.has(head.lower)) return { unit: null, of: head.lower, end, rule: "amount.unit.mass-noun" };
  const before = run[run.length - 2];
  if (before && before.pos === "NOUN" && LOWER_START.test(before.text)) {
    return { unit: null, unitAsWritten: run.map((w) => w.text).join(" "), end, rule: "amount.unit.compound" };
  }
  return { unit: head.lower, end, rule };
}

/** "of them", "of the 163 seats", "of its largest cutters"; words.at(0) is "of". */
function partitive(words: WordsAfter, lex: AmountLexicon): Counted | undefined {
  const first = words.at(1);
  if (!first) return undefined;
  if (PRONOUNS.has(first.lower)) return { unit: null, end: first.end, rule: "amount.unit.partitive-pronoun" };
  let i = PARTITIVE_DETS.has(first.lower) ? 2 : 1;
  if (words.at(i)?.pos === "NUM") i++;
  return nounPhrase(words, i, lex, "amount.unit.partitive");
}
