/** Placeholder for the amounts stage; replaced by its owner. */
import type { Stage } from "../../document.ts";

/** Creates the amounts stage (placeholder: does nothing yet). */
export function createAmounts(..._args: unknown[]): Stage {
  return () => {};
}
