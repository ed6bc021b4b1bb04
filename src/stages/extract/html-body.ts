/**
 * Finds the article body of a page: the <article> (or articleBody) element with the most
 * paragraph text, else the element whose own paragraphs hold the most text, else what
 * @mozilla/readability extracts. Returns undefined for a page with no article.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

/** Least paragraph text for an element to count as the article. */
const MIN_TEXT = 200;

function paragraphText(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll("p"))) n += (p.textContent ?? "").trim().length;
  return n;
}

/** The element whose own <p> children hold the most text (the usual story-body div). */
function densestParagraphParent(doc: Document): { el?: Element; len: number; count: number } {
  const score = new Map<Element, { len: number; count: number }>();
  for (const p of Array.from(doc.querySelectorAll("p"))) {
    const parent = p.parentElement;
    if (!parent) continue;
    const s = score.get(parent) ?? { len: 0, count: 0 };
    s.len += (p.textContent ?? "").trim().length;
    s.count++;
    score.set(parent, s);
  }
  let best: { el?: Element; len: number; count: number } = { len: 0, count: 0 };
  for (const [el, s] of score) if (s.len > best.len) best = { el, ...s };
  return best;
}

/** The element holding the article body, or undefined. */
export function findArticle(doc: Document, html: string): Element | undefined {
  let best: Element | undefined;
  let bestLen = 0;
  for (const el of Array.from(doc.querySelectorAll('article, [itemprop="articleBody"]'))) {
    const len = paragraphText(el);
    if (len > bestLen) [best, bestLen] = [el, len];
  }
  if (best && bestLen >= MIN_TEXT) return best;
  const dense = densestParagraphParent(doc);
  if (dense.el && dense.count >= 3 && dense.len >= MIN_TEXT) return dense.el;
  // Readability mutates the document it reads, so it gets its own copy.
  // linkedom gives a fragment (no <html>) no documentElement, which Readability refuses.
  const { document: copy } = parseHTML(doc.documentElement ? html : `<!doctype html><html><body>${html}</body></html>`);
  const parsed = new Readability(copy as unknown as Document, { charThreshold: MIN_TEXT }).parse();
  if (!parsed?.content || (parsed.textContent ?? "").trim().length < MIN_TEXT) return bestLen > 0 ? best : undefined;
  const { document: out } = parseHTML(`<!doctype html><html><body><div id="dyad-article">${parsed.content}</div></body></html>`);
  return (out.getElementById("dyad-article") as unknown as Element) ?? undefined;
}
