/** Placeholder: replaced by the stage that owns data/events. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EventLexicon {}

/** Loads data/events (placeholder). */
export function loadEventLexicon(_dataDir: string): EventLexicon {
  return {};
}
