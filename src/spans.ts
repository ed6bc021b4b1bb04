/**
 * Small helpers over offset-sorted lists (tokens, mentions, sentences): every stage keeps its
 * annotations sorted by `start`, so lookups by offset are binary searches.
 */

/** Index of the first item whose `start` is at or after `offset` (items sorted by start). */
export function firstStartingAt(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
