/** Placeholder: replaced by the stage that owns data/cleaning. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CleaningLexicon {}

/** Loads data/cleaning (placeholder). */
export function loadCleaningLexicon(_dataDir: string): CleaningLexicon {
  return {};
}
