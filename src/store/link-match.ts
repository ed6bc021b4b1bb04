/**
 * Whether two event mentions report the same real-world event, judged from what each carries:
 * parties (3-letter heads and actor names), the evidence sentence's content words, and the
 * amounts it states. Used by cross-article linking (linking.ts).
 */

/** What the comparison needs from one mention. */
export interface MentionSketch {
  heads: Set<string>;
  /** Lower-cased actor and recipient names. */
  names: Set<string>;
  words: Set<string>;
  /** Normalised amounts with units ("37 mln", "75.7 dlrs"). */
  amounts: Set<string>;
}

const STOP = new Set(("the a an and or but of to in on at for with by from as is are was were be been has have had " +
  "it its this that these those said says say will would could should may might not no than then there their " +
  "they them he she his her we our you your i also after before over under about into during while who which what " +
  "when where more most other some such only own same so too very can just new one two").split(" "));

const WORDS = /[\p{L}\p{N}]+/gu;

/** Content words of a sentence: lower-cased, no stop words, crude plural folding. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(WORDS) ?? []) {
    if (w.length < 3 || STOP.has(w)) continue;
    out.add(w.length > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w);
  }
  return out;
}

/** Jaccard similarity of two word sets. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return shared / (a.size + b.size - shared);
}

const AMOUNT = /(\d[\d,]*(?:\.\d+)?)\s*(mln|million|bln|billion|pct|percent|%|dlrs|dollars|stg|tonnes|tons|barrels|doses|troops|soldiers|people|civilians)\b/gi;

/** Amounts with units in a sentence, numbers without separators ("150,000 doses" -> "150000 doses"). */
export function amountsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(AMOUNT)) out.add(`${m[1].replace(/,/g, "")} ${m[2].toLowerCase().replace("million", "mln").replace("billion", "bln")}`);
  return out;
}

/** Builds the sketch of a mention. */
export function sketch(heads: string[], names: string[], sentence: string): MentionSketch {
  return {
    heads: new Set(heads),
    names: new Set(names.map((n) => n.toLowerCase())),
    words: contentWords(sentence),
    amounts: amountsOf(sentence),
  };
}

const shared = <T>(a: Set<T>, b: Set<T>): number => {
  let n = 0;
  for (const x of a) if (b.has(x)) n += 1;
  return n;
};

/**
 * The similarity score when a and b can be the same event, else undefined. Same parties: two shared
 * heads, or all of the smaller side's (sides pooled, since write-ups of a reciprocal event put the
 * parties in either role); one shared head is not enough alone (every US company is "USA"), so then
 * an actor name must be shared too. Different stated amounts mean different events.
 */
export function sameEvent(a: MentionSketch, b: MentionSketch, minSimilarity: number): number | undefined {
  const heads = shared(a.heads, b.heads);
  if (heads === 0 || heads < Math.min(2, a.heads.size, b.heads.size)) return undefined;
  if (heads < 2 && shared(a.names, b.names) === 0) return undefined;
  if (a.amounts.size && b.amounts.size && shared(a.amounts, b.amounts) === 0) return undefined;
  const score = similarity(a.words, b.words);
  return score >= minSimilarity ? score : undefined;
}
