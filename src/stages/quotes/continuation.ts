/**
 * Speakers the sentence alone cannot settle: a quote with no attribution inherits the previous
 * speaker when it follows on (same or previous sentence), and a pronoun that coreference left
 * unlinked ("he", "she") takes the latest earlier speaker of a compatible gender.
 */
import type { Speaker } from "./speaker.ts";

/** One earlier attributed quote or reported speech. */
export interface SpokenBefore {
  speaker: Speaker;
  start: number;
  sentence: number;
}

/** How many sentences back an unattributed quote may inherit a speaker. */
const CONTINUATION_SENTENCES = 1;

/** The final speaker for a quote, after continuation and pronoun fallback. */
export function resolveSpeaker(found: Speaker | undefined, history: SpokenBefore[], sentence: number, text: string, at: number): Speaker | undefined {
  if (!found) {
    const prev = history[history.length - 1];
    if (!prev || sentence - prev.sentence > CONTINUATION_SENTENCES || paragraphBreakBetween(text, prev.start, at) > 1) return undefined;
    return { ...prev.speaker, rule: `quote.speaker.continuation+${prev.speaker.rule}` };
  }
  if (found.entity) return found;
  if (found.description) return byDescription(found, history) ?? found;
  if (!found.pronoun) return found;
  for (let k = history.length - 1; k >= 0; k--) {
    const s = history[k].speaker;
    if (!s.name) continue;
    const g = s.entity?.gender;
    const kind = s.entity?.kind;
    const person = kind === undefined || kind === "person";
    const fits = found.pronoun === "n" ? !person || kind === undefined : person && (!g || g === found.pronoun);
    if (fits) return { ...s, rule: `${found.rule}+pronoun-latest-speaker` };
  }
  return found;
}

function paragraphBreakBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** The latest earlier speaker whose role ends in the description's head noun (and country). */
function byDescription(found: Speaker, history: SpokenBefore[]): Speaker | undefined {
  const d = found.description;
  if (!d) return undefined;
  for (let k = history.length - 1; k >= 0; k--) {
    const e = history[k].speaker.entity;
    if (!e?.role || !e.role.toLowerCase().endsWith(d.head)) continue;
    if (d.country && (e.country ?? e.actor?.country) !== d.country) continue;
    return { ...history[k].speaker, rule: `${found.rule}+description-latest-speaker` };
  }
  return undefined;
}
