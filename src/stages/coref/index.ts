/** Placeholder for the coref stage; replaced by its owner. */
import type { Stage } from "../../document.ts";

/** Creates the coref stage (placeholder: does nothing yet). */
export function createCoref(..._args: unknown[]): Stage {
  return () => {};
}
