/** Placeholder for the extract stage; replaced by its owner (HTML handling comes there). */
import type { Stage } from "../../document.ts";

/** Creates the extract stage (placeholder: plain text only). */
export function createExtract(): Stage {
  return (doc) => {
    doc.raw = doc.input.text ?? doc.input.html ?? "";
    doc.text = doc.raw;
    if (doc.input.published) {
      doc.meta.published = doc.input.published;
      doc.meta.publishedFrom = "input";
    }
    if (doc.input.outlet) doc.meta.outlet = doc.input.outlet;
    if (doc.input.title) doc.meta.title = doc.input.title;
    if (doc.input.url) doc.meta.url = doc.input.url;
  };
}
