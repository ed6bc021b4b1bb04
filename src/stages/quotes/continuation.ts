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
  /** Tied to an entity: only these settle later pronouns and descriptions. */
  trusted: boolean;
}

/** How far back a speaker counts as the current one for "he said" / "she said". */
const RECENT_SENTENCES = 2;

/** How many sentences back an unattributed quote may inherit a speaker. */
const CONTINUATION_SENTENCES = 1;

/** The final speaker for a quote, after continuation and pronoun fallback. */
export function resolveSpeaker(found: Speaker | undefined, history: SpokenBefore[], sentence: number, text: string, at: number, genders: Map<string, "m" | "f">): Speaker | undefined {
  if (!found) {
    const prev = history[history.length - 1];
    if (!prev || sentence - prev.sentence > CONTINUATION_SENTENCES || paragraphBreakBetween(text, prev.start, at) > 1) return undefined;
    return { ...prev.speaker, rule: `quote.speaker.continuation+${prev.speaker.rule}` };
  }
  if (found.entity && found.pronoun && found.pronoun !== "n") {
    // Attribution pronouns follow the current speaker: prefer the one who spoke just before.
    const recent = latestCompatible(history, found.pronoun, genders, sentence - RECENT_SENTENCES);
    if (recent && recent.entity?.id !== found.entity.id) return { ...recent, rule: `${found.rule}+speaker-continuity` };
    return found;
  }
  if (found.entity) return found;
  if (found.description) return byDescription(found, history) ?? found;
  if (!found.pronoun) return found;
  const latest = latestCompatible(history, found.pronoun, genders, -1);
  if (latest) return { ...latest, rule: `${found.rule}+pronoun-latest-speaker` };
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
    if (!history[k].trusted) continue;
    const e = history[k].speaker.entity;
    const named = e?.kind !== "person" && e?.name.toLowerCase().endsWith(d.head);
    if (!e || !(named || e.role?.toLowerCase().endsWith(d.head))) continue;
    if (d.country && (e.country ?? e.actor?.country) !== d.country) continue;
    return { ...history[k].speaker, rule: `${found.rule}+description-latest-speaker` };
  }
  return undefined;
}

/** The latest earlier speaker a pronoun can refer to, no earlier than sentence `since`. */
function latestCompatible(history: SpokenBefore[], pronoun: "m" | "f" | "n", genders: Map<string, "m" | "f">, since: number): Speaker | undefined {
  for (let k = history.length - 1; k >= 0 && history[k].sentence >= since; k--) {
    const s = history[k].speaker;
    if (!s.name || !history[k].trusted) continue;
    const g = s.entity?.gender ?? (s.entity && genders.get(s.entity.id));
    const kind = s.entity?.kind;
    const person = kind === undefined || kind === "person" || kind === "other";
    const fits = pronoun === "n" ? !person || kind === undefined : person && (!g || g === pronoun);
    if (!fits) continue;
    // "he"/"she" tied to a speaker settles that speaker's gender for later pronouns.
    if (s.entity && pronoun !== "n" && !g) genders.set(s.entity.id, pronoun);
    return s;
  }
  return undefined;
}
