/** Placeholder for the dates stage; replaced by its owner. */
import type { Stage } from "../../document.ts";

/** Creates the dates stage (placeholder: does nothing yet). */
export function createDates(..._args: unknown[]): Stage {
  return () => {};
}
