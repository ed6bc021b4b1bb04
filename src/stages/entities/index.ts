/** Placeholder for the entities stage; replaced by its owner. */
import type { Stage } from "../../document.ts";

/** Creates the entities stage (placeholder: does nothing yet). */
export function createEntities(..._args: unknown[]): Stage {
  return () => {};
}
