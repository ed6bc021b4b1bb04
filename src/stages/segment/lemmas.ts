/**
 * Lemmas remembered across documents. Asking wink for every token's lemma costs about a sixth
 * of the segment stage, yet outside contractions wink's lemma depends only on the token's
 * value and POS (its lemmatiser reads nothing else that changes between documents), so each
 * (POS, value) pair is lemmatised once.
 */

/** Entries kept before the memo starts afresh, so a long-running server stays bounded. */
const MAX_ENTRIES = 200_000;

/** A (POS, value) -> lemma memo owned by one segment stage. */
export interface LemmaMemo {
  /** The remembered lemma of `value` tagged `pos`, or undefined. */
  get(pos: string, value: string): string | undefined;
  /** Remembers a lemma wink computed. */
  set(pos: string, value: string, lemma: string): void;
}

/** Creates an empty memo (one Map per POS tag, so no key string is built per token). */
export function createLemmaMemo(): LemmaMemo {
  const byPos = new Map<string, Map<string, string>>();
  let size = 0;
  return {
    get: (pos, value) => byPos.get(pos)?.get(value),
    set(pos, value, lemma) {
      if (size >= MAX_ENTRIES) {
        byPos.clear();
        size = 0;
      }
      let values = byPos.get(pos);
      if (!values) byPos.set(pos, (values = new Map()));
      values.set(value, lemma);
      size++;
    },
  };
}
