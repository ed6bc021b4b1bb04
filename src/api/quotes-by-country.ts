/**
 * Quotes whose speaker belongs to a country. The store filters quotes by speaker, not by the
 * speaker's country, so this pages through the store's quotes and keeps those whose speaker
 * entity (looked up in its article) has that country. The API cursor records the store page and
 * how many of its quotes were already returned, so no quote is skipped or repeated.
 */
import { DyadError } from "../errors.ts";
import type { PageResult, QuoteFilter, Store, StoredQuote } from "../store/store.ts";
import type { CodedArticle } from "../types.ts";

interface CountryCursor {
  /** Store cursor of the page being read (absent for the first page). */
  s?: string;
  /** Quotes of that page already consumed. */
  k: number;
}

const encode = (c: CountryCursor): string => Buffer.from(JSON.stringify(c)).toString("base64url");

function decode(cursor: string): CountryCursor {
  try {
    const c = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as CountryCursor;
    if (typeof c.k === "number" && Number.isInteger(c.k) && c.k >= 0 && (c.s === undefined || typeof c.s === "string")) return c;
  } catch (err) {
    throw new DyadError("invalid cursor: pass back the nextCursor of the previous page", { status: 400, cause: err });
  }
  throw new DyadError("invalid cursor: pass back the nextCursor of the previous page", { status: 400 });
}

/** The country of a quote's speaker, from the entities of its article. */
function speakerCountry(article: CodedArticle | undefined, speaker: string | undefined): string | undefined {
  const e = article?.entities.find((x) => x.id === speaker);
  return e?.country ?? e?.actor?.country ?? e?.actor?.code.slice(0, 3);
}

/** One page of quotes by speakers of `country` (ISO3), at most `limit` long. */
export async function quotesByCountry(store: Store, country: string, filter: QuoteFilter, limit: number, cursor?: string): Promise<PageResult<StoredQuote>> {
  const pageSize = 200;
  const articles = new Map<string, Promise<CodedArticle | undefined>>();
  const article = (id: string) => {
    if (!articles.has(id)) articles.set(id, store.getArticle(id));
    return articles.get(id)!;
  };
  let at = cursor ? decode(cursor) : { k: 0 };
  const items: StoredQuote[] = [];
  for (;;) {
    const page = await store.queryQuotes(filter, { limit: pageSize, cursor: at.s });
    for (let i = at.k; i < page.items.length; i++) {
      const q = page.items[i];
      if (speakerCountry(await article(q.articleId), q.speaker) !== country) continue;
      items.push(q);
      if (items.length === limit) {
        const rest = i + 1 < page.items.length ? { s: at.s, k: i + 1 } : page.nextCursor ? { s: page.nextCursor, k: 0 } : undefined;
        return rest ? { items, nextCursor: encode(rest) } : { items };
      }
    }
    if (!page.nextCursor) return { items };
    at = { s: page.nextCursor, k: 0 };
  }
}
