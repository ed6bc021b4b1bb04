import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { WARCRecord, WARCSerializer } from "warcio";
import { parseFeed } from "../../src/ingest/read-feed.ts";
import { parseJsonlLine } from "../../src/ingest/read-jsonl.ts";
import type { SourceItem } from "../../src/ingest/source.ts";
import { walk } from "../../src/ingest/walk.ts";

const dir = mkdtempSync(join(tmpdir(), "dyad-readers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const collect = async (paths: string[]): Promise<SourceItem[]> => {
  const out: SourceItem[] = [];
  for await (const item of walk(paths)) out.push(item);
  return out;
};

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Dawn</title>
<item><title>Pakistan, Russia sign gas pipeline deal</title><link>https://www.dawn.com/news/1617034</link>
<pubDate>Wed, 07 Apr 2021 18:05:00 +0500</pubDate>
<content:encoded><![CDATA[<p>ISLAMABAD: Pakistan and Russia signed an agreement on Wednesday.</p>]]></content:encoded></item>
<item><title>Lavrov meets Bajwa</title><link>https://www.dawn.com/news/1617035</link>
<pubDate>Thu, 08 Apr 2021 09:00:00 +0500</pubDate><description>Russian Foreign Minister Sergei Lavrov met army chief Qamar Javed Bajwa.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Eurasia Review</title>
<entry><title>India and Bangladesh agree rail link</title><link rel="alternate" href="https://example.org/a/1"/>
<published>2021-03-27T10:00:00Z</published><content type="html">&lt;p&gt;India and Bangladesh agreed to restore a rail link.&lt;/p&gt;</content></entry>
</feed>`;

describe("feeds", () => {
  it("reads every RSS item with its title, link, day and outlet, keeping HTML bodies as HTML", () => {
    const items = parseFeed(RSS, "dawn.rss");
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ source: "dawn.rss#1", input: { title: "Pakistan, Russia sign gas pipeline deal",
      url: "https://www.dawn.com/news/1617034", published: "2021-04-07", outlet: "Dawn" } });
    expect((items[0] as { input: { html?: string } }).input.html).toContain("<p>ISLAMABAD");
    expect(items[1]).toMatchObject({ input: { text: expect.stringContaining("Sergei Lavrov"), published: "2021-04-08" } });
  });

  it("reads Atom entries with their alternate link and publication day", () => {
    const [entry] = parseFeed(ATOM, "er.atom");
    expect(entry).toMatchObject({ input: { url: "https://example.org/a/1", published: "2021-03-27", outlet: "Eurasia Review" } });
    expect((entry as { input: { html?: string } }).input.html).toContain("rail link");
  });
});

describe("JSON Lines", () => {
  it("takes text, id, url and dates from a line and reports a broken line by its number", () => {
    expect(parseJsonlLine('{"id": 7, "text": "Iran and Iraq signed a deal.", "date": "2021-04-07T10:00:00Z"}', "f.jsonl:1"))
      .toEqual({ source: "f.jsonl:1", input: { id: "7", text: "Iran and Iraq signed a deal.", published: "2021-04-07",
        html: undefined, url: undefined, title: undefined, outlet: undefined } });
    expect(parseJsonlLine('{"text": "unterminated', "f.jsonl:2")).toMatchObject({ source: "f.jsonl:2", error: expect.stringMatching(/not JSON/) });
    expect(parseJsonlLine('{"title": "no body"}', "f.jsonl:3")).toMatchObject({ error: "no text or html field" });
  });
});

describe("walking paths", () => {
  it("reads a folder recursively in name order, by file type, skipping other files", async () => {
    const root = join(dir, "walk");
    mkdirSync(join(root, "sub"), { recursive: true });
    writeFileSync(join(root, "b.txt"), "Turkey and Libya signed a maritime accord on Wednesday.");
    writeFileSync(join(root, "a.html"), "<html><body><p>Japan pledged aid to Vietnam.</p></body></html>");
    writeFileSync(join(root, "sub", "c.jsonl"), '{"text":"France withdrew troops from Mali."}\n\nnot json\n');
    writeFileSync(join(root, "notes.pdf"), "%PDF-1.4");
    writeFileSync(join(root, ".hidden.txt"), "secret");
    const items = await collect([root]);
    expect(items.map((i) => i.source)).toEqual([join(root, "a.html"), join(root, "b.txt"), `${join(root, "sub", "c.jsonl")}:1`,
      `${join(root, "sub", "c.jsonl")}:3`]);
    expect(items[0]).toMatchObject({ input: { html: expect.stringContaining("Japan") } });
    expect(items[3]).toMatchObject({ error: expect.stringMatching(/not JSON/) });
  });

  it("reports a missing path, an empty file and an unsupported file as errors instead of stopping", async () => {
    writeFileSync(join(dir, "empty.txt"), "  \n");
    writeFileSync(join(dir, "scan.pdf"), "%PDF");
    const items = await collect([join(dir, "missing.txt"), join(dir, "empty.txt"), join(dir, "scan.pdf")]);
    expect(items.map((i) => ("error" in i ? i.error.split(" ")[0] : "doc"))).toEqual(["cannot", "empty", "unsupported"]);
  });

  it("reads the HTML responses of a WARC file and ignores other records", async () => {
    const records = [
      WARCRecord.create({ url: "https://www.dawn.com/news/1617034", type: "response", warcVersion: "WARC/1.1",
        httpHeaders: { "Content-Type": "text/html; charset=utf-8" }, statusline: "HTTP/1.1 200 OK" },
        [new TextEncoder().encode("<html><head><title>Deal</title></head><body><p>Pakistan and Russia signed a deal.</p></body></html>")]),
      WARCRecord.create({ url: "https://www.dawn.com/logo.png", type: "response", warcVersion: "WARC/1.1",
        httpHeaders: { "Content-Type": "image/png" }, statusline: "HTTP/1.1 200 OK" }, [new Uint8Array([137, 80, 78, 71])]),
      WARCRecord.create({ url: "https://www.dawn.com/news/1617034", type: "request", warcVersion: "WARC/1.1",
        httpHeaders: { Host: "www.dawn.com" }, statusline: "GET /news/1617034 HTTP/1.1" }, []),
    ];
    const parts = await Promise.all(records.map((r) => WARCSerializer.serialize(r, { gzip: true })));
    const path = join(dir, "crawl.warc.gz");
    writeFileSync(path, Buffer.concat(parts.map((p) => Buffer.from(p))));
    const items = await collect([path]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ source: `${path}#1`, input: { url: "https://www.dawn.com/news/1617034",
      html: expect.stringContaining("signed a deal") } });
  });
});
