/** Placeholder: replaced by the stage that owns data/amounts. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AmountLexicon {}

/** Loads data/amounts (placeholder). */
export function loadAmountLexicon(_dataDir: string): AmountLexicon {
  return {};
}
