/** Placeholder: replaced by the stage that owns data/speech. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SpeechLexicon {}

/** Loads data/speech (placeholder). */
export function loadSpeechLexicon(_dataDir: string): SpeechLexicon {
  return {};
}
