/** Placeholder for the quotes stage; replaced by its owner. */
import type { Stage } from "../../document.ts";

/** Creates the quotes stage (placeholder: does nothing yet). */
export function createQuotes(..._args: unknown[]): Stage {
  return () => {};
}
