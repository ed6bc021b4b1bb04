/**
 * Turns an article element into text lines, one per paragraph-like block, so the clean stage
 * sees the same shape as a scraped text file. Figures, scripts, hidden screen-reader text and
 * lists of bare links are left out and reported as removed.
 */
import type { Removed } from "../../types.ts";

const BLOCK = new Set(["P", "DIV", "SECTION", "ARTICLE", "BLOCKQUOTE", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6",
  "TABLE", "TR", "TD", "TH", "PRE", "HEADER", "FOOTER", "DL", "DT", "DD", "FIGCAPTION", "MAIN", "ASIDE", "NAV", "FORM"]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "SVG", "BUTTON", "INPUT", "SELECT", "TEXTAREA", "IMG", "VIDEO", "AUDIO", "OBJECT", "EMBED"]);
/** Class or id words of page furniture nested inside an article (related links, share bars, ads). */
const NOISE_WORD = /^(?:related|recommended|more-on|read-more|readmore|also-read|newsletter|share|sharing|social|ad|ads|advert|advertisement|promo|outbrain|taboola|subscribe|subscription|comments?|tags?|breadcrumbs?)(?:[-_]|$)/i;
const LINK_WORD = /^(?:related|recommended|more-on|read-more|readmore|also-read)/i;
const HIDDEN_CLASS = /(?:^|\s)(?:screen-reader-text|sr-only|visually-hidden|visuallyhidden|hidden)(?:\s|$)/;

/** Lines of text plus what was left out. */
export interface HtmlLines {
  lines: string[];
  removed: Removed[];
}

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

/** Text of an element with a space between its text nodes ("Related" + "Saudi ..." stay apart). */
function spacedText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? "";
  if (node.nodeType !== 1 || SKIP.has((node as Element).tagName.toUpperCase())) return "";
  return Array.from(node.childNodes).map(spacedText).join(" ");
}

/** True for a list item whose whole text is inside links (a related-stories list). */
function isLinkItem(el: Element): boolean {
  const text = squash(el.textContent ?? "");
  if (!text) return false;
  let linked = "";
  for (const a of Array.from(el.querySelectorAll("a"))) linked += a.textContent ?? "";
  for (const h of Array.from(el.querySelectorAll("*"))) if (HIDDEN_CLASS.test(h.getAttribute("class") ?? "")) linked += h.textContent ?? "";
  return squash(linked).length >= text.length * 0.9;
}

/** Walks `root` and returns one line per block of text. */
export function htmlToLines(root: Element): HtmlLines {
  const lines: string[] = [];
  const removed: Removed[] = [];
  let buf = "";
  // A single <br> is a soft break inside a paragraph; two in a row separate paragraphs.
  const flush = (): void => {
    for (const part of buf.split(/\uE000\s*\uE000/)) {
      const line = squash(part.replace(/\uE000/g, " "));
      if (line) lines.push(line);
    }
    buf = "";
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      buf += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === "BR") {
      buf += "\uE000";
      return;
    }
    const text = squash(spacedText(el));
    if (HIDDEN_CLASS.test(el.getAttribute("class") ?? "") || el.getAttribute("aria-hidden") === "true") {
      if (text) removed.push({ kind: "boilerplate", text, rule: "extract.hidden" });
      return;
    }
    const words = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.split(/\s+/).filter(Boolean);
    const noise = words.find((w) => NOISE_WORD.test(w));
    if (noise && el !== root) {
      if (text) removed.push({ kind: LINK_WORD.test(noise) ? "read-more" : "boilerplate", text, rule: "extract.furniture" });
      return;
    }
    if (tag === "FIGURE" || tag === "ASIDE") {
      if (text) removed.push({ kind: "boilerplate", text, rule: tag === "FIGURE" ? "extract.figure" : "extract.aside" });
      return;
    }
    if (tag === "LI" && isLinkItem(el)) {
      removed.push({ kind: "read-more", text, rule: "extract.link-list" });
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return { lines, removed };
}
