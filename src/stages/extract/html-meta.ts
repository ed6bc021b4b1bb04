/**
 * Page metadata from an HTML document: title, canonical URL, site name (the outlet) and the
 * publication time (article:published_time, <time datetime>, JSON-LD datePublished).
 */

/** What the page says about itself. */
export interface PageMeta {
  title?: string;
  url?: string;
  siteName?: string;
  published?: string;
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

function content(doc: Document, selector: string): string | undefined {
  const v = doc.querySelector(selector)?.getAttribute("content")?.trim();
  return v || undefined;
}

/** The attribute of the first element matching the first selector that matches (selectors in priority order). */
function firstAttr(doc: Document, selectors: string[], attr: string): string | undefined {
  for (const sel of selectors) {
    const v = doc.querySelector(sel)?.getAttribute(attr)?.trim();
    if (v) return v;
  }
  return undefined;
}

function jsonLdDate(doc: Document): string | undefined {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/.exec(s.textContent ?? "");
    if (m) return m[1];
  }
  return undefined;
}

/** Strips a " | Section | Site" tail from a <title>. */
function cleanTitle(title: string, site?: string): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length > 1 && (site ? parts[parts.length - 1].trim().toLowerCase() === site.toLowerCase() : true)) return parts[0].trim();
  return title.trim();
}

/** Reads title, canonical URL, og:site_name and the publication date. */
export function readPageMeta(doc: Document): PageMeta {
  const siteName = content(doc, 'meta[property="og:site_name"]') ?? content(doc, 'meta[name="application-name"]');
  const ogTitle = content(doc, 'meta[property="og:title"]');
  const rawTitle = doc.querySelector("title")?.textContent?.trim();
  const title = ogTitle ?? (rawTitle ? cleanTitle(rawTitle, siteName) : undefined);
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() || content(doc, 'meta[property="og:url"]');
  const stamp = content(doc, 'meta[property="article:published_time"]')
    ?? content(doc, 'meta[name="pubdate"]') ?? content(doc, 'meta[name="publish-date"]') ?? content(doc, 'meta[itemprop="datePublished"]')
    ?? firstAttr(doc, ['time[itemprop="datePublished"]', "time[pubdate]", "article time[datetime]", "time[datetime]"], "datetime") ?? jsonLdDate(doc);
  const published = stamp ? ISO_DAY.exec(stamp.trim())?.[1] : undefined;
  const out: PageMeta = {};
  if (title) out.title = title;
  if (url) out.url = url;
  if (siteName) out.siteName = siteName;
  if (published) out.published = published;
  return out;
}
