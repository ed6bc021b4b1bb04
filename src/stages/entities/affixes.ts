/**
 * Exact pre-checks over dictionary keys, built once per stage: they rule out most lookups
 * before any phrase is sliced or normalised. The dictionaries they cover are small (a few
 * hundred keys), so every prefix or suffix fits in one Set.
 */

/** Every non-empty suffix of every key. */
export function suffixSet(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const k of keys) for (let i = 0; i < k.length; i++) out.add(k.slice(i));
  return out;
}

/** Every non-empty prefix of every key. */
export function prefixSet(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const k of keys) for (let i = 1; i <= k.length; i++) out.add(k.slice(0, i));
  return out;
}
