/** Placeholder: replaced by the stage that owns data/actors. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ActorLexicon {}

/** Loads data/actors (placeholder). */
export function loadActorLexicon(_dataDir: string): ActorLexicon {
  return {};
}
