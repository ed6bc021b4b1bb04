/**
 * The dates stage: the publication date (see publication.ts), then the time words of the body
 * resolved against it, sentence by sentence on request (doc.timesIn) or all at once (doc.times).
 */
import type { Stage } from "../../document.ts";
import { choosePublished } from "./publication.ts";
import { installTimes } from "./times.ts";
import { createGatedChrono } from "./gated-chrono.ts";

/** Creates the dates stage. */
export function createDates(): Stage {
  const chrono = createGatedChrono();
  return (doc) => {
    choosePublished(doc);
    installTimes(doc, chrono);
  };
}
