/** Placeholder for the clean stage; replaced by its owner. */
import type { Stage } from "../../document.ts";

/** Creates the clean stage (placeholder: does nothing yet). */
export function createClean(..._args: unknown[]): Stage {
  return () => {};
}
