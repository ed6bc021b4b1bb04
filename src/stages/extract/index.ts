/**
 * The extract stage: plain text passes through; HTML is parsed with linkedom, its metadata read
 * (title, canonical URL, site name, publication date) and its article body turned into one
 * line per paragraph in doc.raw. What the caller supplied always wins over the page.
 */
import { parseHTML } from "linkedom";
import { report, type Stage } from "../../document.ts";
import { findArticle } from "./html-body.ts";
import { htmlToLines } from "./html-lines.ts";
import { readPageMeta } from "./html-meta.ts";

/** Creates the extract stage. */
export function createExtract(): Stage {
  return (doc) => {
    const { input } = doc;
    if (input.html !== undefined && input.text === undefined) {
      const { document } = parseHTML(input.html);
      const page = readPageMeta(document as unknown as Document);
      if (page.title) doc.meta.title = page.title;
      if (page.url) doc.meta.url = page.url;
      if (page.siteName) doc.meta.outlet = page.siteName;
      if (page.published) doc.dateClues = [...(doc.dateClues ?? []), { date: page.published, source: "html", rule: "extract.html-published" }];
      const article = findArticle(document as unknown as Document, input.html);
      if (article) {
        const { lines, removed } = htmlToLines(article);
        doc.raw = lines.join("\n");
        doc.removed.push(...removed);
      } else {
        doc.raw = "";
        if (input.html.trim()) report(doc, "extract", "the HTML page has no article text", "warn", "extract.no-article");
      }
    } else {
      doc.raw = input.text ?? "";
    }
    doc.text = doc.raw;
    if (input.outlet) doc.meta.outlet = input.outlet;
    if (input.title) doc.meta.title = input.title;
    if (input.url) doc.meta.url = input.url;
  };
}
