/** Placeholder for the events stage; replaced by its owner. */
import type { Stage } from "../../document.ts";

/** Creates the events stage (placeholder: does nothing yet). */
export function createEvents(..._args: unknown[]): Stage {
  return () => {};
}
