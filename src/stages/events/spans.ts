/**
 * Shallow parse, step 2: the token spans around a predicate that hold its arguments.
 * Subject: leftwards to a clause boundary or another predicate (skipping an appositive
 * between commas). Object: rightwards to a clause boundary, another predicate or a comma.
 */
import type { Token } from "../../document.ts";
import type { EventLexicon } from "../../lexicon/events.ts";
import type { Predicate } from "./predicates.ts";

/** Token range [from, to) plus what stopped the scan. */
export interface Span {
  from: number;
  to: number;
  /** Index of the predicate the scan ran into, when it stopped at one. */
  stoppedAt?: number;
  /** The boundary word that opened the clause ("that", "if", "after", ...). */
  opener?: string;
}

const HARD = new Set([";", ":", "—", "–", "(", ")"]);
const OBJECT_MAX = 16;

/** Which predicate (index into preds) a token belongs to, or -1. */
export function ownerMap(preds: Predicate[], first: number, last: number): number[] {
  // A plain array: allocating a small typed array per sentence costs more than it saves.
  const map: number[] = new Array<number>(last - first).fill(-1);
  for (let k = 0; k < preds.length; k++) for (let i = preds[k].start; i < preds[k].end; i++) map[i - first] = k;
  return map;
}

/** The subject span of predicate k. */
export function subjectSpan(toks: Token[], first: number, preds: Predicate[], k: number, owner: readonly number[], lex: EventLexicon): Span {
  const p = preds[k];
  let i = p.start - 1;
  let to = p.start;
  // "Pakistan, a key ally in the war, has refused": skip the appositive between commas
  if (i >= first && toks[i].lower === ",") {
    let j = i - 1;
    while (j >= first && toks[j].lower !== "," && owner[j - first] < 0 && !HARD.has(toks[j].lower)) j--;
    if (j >= first && toks[j].lower === ",") { i = j - 1; to = j; } else { i--; to = i + 1; }
  }
  for (; i >= first; i--) {
    const t = toks[i];
    if (t.lower === ")") { // "The African Union and SADC (the bloc) said": skip the parenthesis
      let j = i - 1;
      while (j > first && toks[j].lower !== "(") j--;
      if (toks[j]?.lower === "(") { i = j; continue; }
    }
    if (owner[i - first] >= 0) return { from: i + 1, to, stoppedAt: owner[i - first] };
    if (HARD.has(t.lower)) return { from: i + 1, to };
    if (t.lower === "to" && toks[i + 1]?.pos === "VERB") return { from: i + 1, to, stoppedAt: owner[i - first - 1] ?? -1 };
    if (lex.sets.relatives.has(t.lower) || lex.sets.conditionals.has(t.lower)
      || (lex.sets.subordinators.has(t.lower) && t.pos !== "ADV") || t.lower === "but" || t.lower === "and" && i + 1 === to) {
      return { from: i + 1, to, opener: t.lower };
    }
    if (t.lower === "," && toks[i - 1]?.pos === "PROPN" && toks[i + 1]?.pos === "PROPN") continue; // "Brazil, Paraguay and Bolivia"
    if (t.lower === ",") {
      // A comma closes the subject only when something with a noun already lies after it.
      let noun = false;
      for (let j = i + 1; j < to; j++) if (toks[j].pos === "NOUN" || toks[j].pos === "PROPN" || toks[j].pos === "PRON") noun = true;
      if (noun) return { from: i + 1, to };
    }
  }
  return { from: first, to };
}

const CHUNK_WORDS = new Set(["of", "and", ",", "'s", "’s", "-", "&", "'"]);
const CHUNK_POS = new Set(["NOUN", "PROPN", "ADJ", "DET", "NUM"]);

/**
 * The noun phrase right before the verb: "two Myanmar companies it [accused]" -> "it",
 * "The presidents of Brazil, Uruguay and Bolivia [held]" -> the whole coordination.
 */
export function lastChunk(toks: Token[], s: Span): Span {
  let i = s.to - 1;
  while (i >= s.from && (toks[i].pos === "ADV" || toks[i].pos === "PUNCT" && toks[i].lower !== ",")) i--;
  if (i < s.from) return s;
  if (toks[i].pos === "PRON") return { from: i, to: i + 1 };
  const end = i + 1;
  while (i >= s.from && (CHUNK_POS.has(toks[i].pos) || CHUNK_WORDS.has(toks[i].lower) || toks[i].pos === "PRON" && toks[i].lower.endsWith("s"))) i--;
  // "The Red Cross operating in Iraq [said]", "Russia on Wednesday [assured]": the chunk is a
  // prepositional modifier; the head noun phrase lies further left.
  let j = i;
  while (j >= s.from && (toks[j].pos === "VERB" || toks[j].pos === "ADV")) j--;
  if (i >= s.from && toks[i].pos === "ADP" || j < i && j >= s.from && toks[j].pos === "ADP") {
    let h = j - (toks[j]?.pos === "ADP" ? 1 : 0);
    while (h >= s.from && (toks[h].pos === "VERB" || toks[h].pos === "ADV")) h--;
    if (h >= s.from && h < i) return lastChunk(toks, { from: s.from, to: h + 1 });
  }
  return { from: i + 1, to: end };
}

/** The bare noun phrase ending right before token `at` ("Kenyan demonstrators [protesting]"). */
export function nounPhraseBefore(toks: Token[], first: number, at: number): Span {
  let i = at - 1;
  while (i >= first && (CHUNK_POS.has(toks[i].pos) || CHUNK_WORDS.has(toks[i].lower))) i--;
  return { from: i + 1, to: at };
}

/** The object span of predicate k (right of the verb group). */
export function objectSpan(toks: Token[], last: number, preds: Predicate[], k: number, owner: readonly number[], first: number, lex: EventLexicon, starts: (o: number) => boolean): Span {
  const p = preds[k];
  let i = p.end;
  const limit = Math.min(last, p.end + OBJECT_MAX);
  for (; i < limit; i++) {
    const t = toks[i];
    if (owner[i - first] >= 0 && i > p.end) return { from: p.end, to: i, stoppedAt: owner[i - first] };
    if (HARD.has(t.lower)) break;
    if (t.lower === "to" && toks[i + 1]?.pos === "VERB") break;
    if (i > p.end && (lex.sets.subordinators.has(t.lower) && t.pos !== "ADV" || t.lower === "which" || t.lower === "who" || t.lower === "whom" || t.lower === "but")) break;
    if (t.lower === "," && !(toks[i + 1] && (starts(toks[i + 1].start) || toks[i + 1].lower === "and"))) break;
  }
  return { from: p.end, to: i };
}
