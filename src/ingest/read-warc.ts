/** WARC files (plain or gzipped) from news crawls: every HTML response record is a document. */
import { createReadStream } from "node:fs";
import { WARCParser } from "warcio";
import type { SourceItem } from "./source.ts";

/** Streams the HTML responses of a WARC file. */
export async function* readWarc(path: string): AsyncGenerator<SourceItem> {
  let n = 0;
  try {
    for await (const record of WARCParser.iterRecords(createReadStream(path))) {
      n += 1;
      if (record.warcType !== "response") continue;
      const type = record.httpHeaders?.headers.get("content-type") ?? "";
      if (!/html/i.test(type)) continue;
      const status = Number(record.httpHeaders?.statusCode ?? 200);
      if (status >= 300) continue;
      const html = await record.contentText();
      if (!html.trim()) continue;
      yield {
        source: `${path}#${n}`,
        // The crawl date is not the publication date; the extract stage reads that from the page.
        input: { html, url: record.warcTargetURI ?? undefined },
      };
    }
  } catch (err) {
    yield { source: `${path}#${n}`, error: `unreadable WARC record (${(err as Error).message.split("\n")[0]})` };
  }
}
