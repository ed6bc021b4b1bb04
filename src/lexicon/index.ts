/**
 * Loads every data file under data/ once, validates it, and returns immutable lookups that
 * the stages receive as arguments (no module-level state).
 */
import { fileURLToPath } from "node:url";
import { loadCleaningLexicon, type CleaningLexicon } from "./cleaning.ts";
import { loadActorLexicon, type ActorLexicon } from "./actors.ts";
import { loadEventLexicon, type EventLexicon } from "./events.ts";
import { loadSpeechLexicon, type SpeechLexicon } from "./speech.ts";
import { loadAmountLexicon, type AmountLexicon } from "./amounts.ts";

export interface Lexicon {
  cleaning: CleaningLexicon;
  actors: ActorLexicon;
  events: EventLexicon;
  speech: SpeechLexicon;
  amounts: AmountLexicon;
}

/** The project's data folder. */
export const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/** Loads and validates every data file; throws on a malformed file, naming it. */
export function loadLexicon(dataDir: string = DATA_DIR): Lexicon {
  return {
    cleaning: loadCleaningLexicon(dataDir),
    actors: loadActorLexicon(dataDir),
    events: loadEventLexicon(dataDir),
    speech: loadSpeechLexicon(dataDir),
    amounts: loadAmountLexicon(dataDir),
  };
}
