/** RSS 2.0 and Atom feeds saved to disk: one document per item/entry. */
import { XMLParser } from "fast-xml-parser";
import { isoDay, type SourceItem } from "./source.ts";

const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Text of an XML node that may be a string or an object with "#text". */
function text(v: unknown): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  if (typeof v === "number") return String(v);
  if (v && typeof v === "object" && "#text" in v) return text((v as Record<string, unknown>)["#text"]);
  return undefined;
}

/** Atom link: the rel="alternate" (or first) href. */
function atomLink(v: unknown): string | undefined {
  const links = asList(v) as Record<string, unknown>[];
  const alt = links.find((l) => !l["@_rel"] || l["@_rel"] === "alternate") ?? links[0];
  return alt ? text(alt["@_href"]) : undefined;
}

/** Whether XML content looks like a feed. */
export function isFeed(xml: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(xml.slice(0, 2000));
}

/** The documents of a feed's XML. */
export function parseFeed(xml: string, path: string): SourceItem[] {
  let doc: Record<string, any>;
  try {
    doc = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true }).parse(xml);
  } catch (err) {
    return [{ source: path, error: `not valid XML (${(err as Error).message.split("\n")[0]})` }];
  }
  const rss = doc.rss?.channel ?? doc["rdf:RDF"];
  const outlet = text(rss?.title) ?? text(doc.feed?.title);
  const items = rss ? asList(rss.item ?? doc["rdf:RDF"]?.item) : asList(doc.feed?.entry);
  if (!rss && !doc.feed) return [{ source: path, error: "not an RSS or Atom feed" }];
  const out: SourceItem[] = [];
  items.forEach((raw, i) => {
    const it = raw as Record<string, unknown>;
    const source = `${path}#${i + 1}`;
    const body = text(it["content:encoded"]) ?? text(it.content) ?? text(it.description) ?? text(it.summary);
    if (!body) {
      out.push({ source, error: "feed item has no content" });
      return;
    }
    out.push({
      source,
      input: {
        html: /<[a-z][^>]*>/i.test(body) ? body : undefined,
        text: /<[a-z][^>]*>/i.test(body) ? undefined : body,
        title: text(it.title),
        url: rss ? text(it.link) ?? text(it.guid) : atomLink(it.link),
        published: isoDay(text(it.pubDate) ?? text(it["dc:date"]) ?? text(it.published) ?? text(it.updated)),
        outlet,
      },
    });
  });
  return out;
}
