/** Placeholder for the segment stage; replaced by its owner. */
import type { Stage } from "../../document.ts";

/** Creates the segment stage (placeholder: does nothing yet). */
export function createSegment(..._args: unknown[]): Stage {
  return () => {};
}
