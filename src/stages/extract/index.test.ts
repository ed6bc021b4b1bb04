import { describe, expect, it } from "vitest";
import { createDoc, type ArticleDoc } from "../../document.ts";
import type { DocInput } from "../../types.ts";
import { createExtract } from "./index.ts";

const extract = createExtract();
const run = (input: DocInput): ArticleDoc => {
  const doc = createDoc(input, "t");
  extract(doc);
  return doc;
};

const PAGE = `<!doctype html><html><head>
<title>Sudan army and RSF agree to truce talks | Africa | The Daily Meridian</title>
<link rel="canonical" href="https://meridian.example/africa/sudan-truce">
<meta property="og:site_name" content="The Daily Meridian">
<meta property="article:published_time" content="2024-05-02T09:15:00+03:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/africa">Africa</a></li></ul></nav>
<article>
  <h1>Sudan army and RSF agree to truce talks</h1>
  <figure><img src="x.jpg"><figcaption>Displaced families in Port Sudan on April 30, 2024 [Reuters]</figcaption></figure>
  <p>Sudan's army and the paramilitary Rapid Support Forces have agreed to send delegations to truce talks in Jeddah next week, Saudi officials said on Thursday.</p>
  <ul><li><a href="/a">Fighting spreads to El Fasher</a></li><li><a href="/b">Aid convoys stuck at border</a></li></ul>
  <h2>Pressure from Washington</h2>
  <p>The United States welcomed the announcement<br>and urged both sides to open humanitarian corridors.</p>
  <div>Two line breaks end a paragraph.<br><br>Even inside one element.</div>
  <blockquote class="twitter-tweet"><p>Talks are the only way forward for Sudan.</p>&mdash; Envoy Jane Roe (@EnvoyRoe) May 1, 2024</blockquote>
  <script>track()</script>
  <span class="sr-only">Advertisement</span>
  <div class="share-bar">Share on Facebook Share on X</div>
  <div class="related-stories"><h3>Related</h3><p><a href="/c">Sudan talks collapse</a></p></div>
</article>
<footer>© 2024 The Daily Meridian</footer>
</body></html>`;

describe("extract stage", () => {
  it("reads title, canonical URL, site name and publication date from the page", () => {
    const doc = run({ html: PAGE });
    expect(doc.meta).toMatchObject({ title: "Sudan army and RSF agree to truce talks", url: "https://meridian.example/africa/sudan-truce", outlet: "The Daily Meridian" });
    expect(doc.dateClues).toEqual([{ date: "2024-05-02", source: "html", rule: "extract.html-published" }]);
  });

  it("turns the article into one line per block, leaving out navigation, figures, scripts and link lists", () => {
    const lines = run({ html: PAGE }).raw.split("\n");
    expect(lines).toEqual([
      "Sudan army and RSF agree to truce talks",
      "Sudan's army and the paramilitary Rapid Support Forces have agreed to send delegations to truce talks in Jeddah next week, Saudi officials said on Thursday.",
      "Pressure from Washington",
      "The United States welcomed the announcement and urged both sides to open humanitarian corridors.",
      "Two line breaks end a paragraph.",
      "Even inside one element.",
      "Talks are the only way forward for Sudan.",
      "\u2014 Envoy Jane Roe (@EnvoyRoe) May 1, 2024",
    ]);
  });

  it("reports what it left out of the article as removed", () => {
    const removed = run({ html: PAGE }).removed;
    expect(removed.map((r) => r.rule)).toEqual(["extract.figure", "extract.link-list", "extract.link-list", "extract.hidden", "extract.furniture", "extract.furniture"]);
    expect(removed.slice(4).map((r) => r.kind)).toEqual(["boilerplate", "read-more"]);
    expect(removed[1]).toMatchObject({ kind: "read-more", text: "Fighting spreads to El Fasher" });
  });

  it("falls back to Readability when the page has no <article>", () => {
    const para = "Opposition lawmakers in Nairobi walked out of parliament on Tuesday in protest at the new finance bill, which raises taxes on bread and fuel.";
    const html = `<html><head><title>Walkout</title></head><body><div id="menu"><a href="/">Home</a></div><div class="story-body"><div><p>${para}</p></div><div><p>${para}</p></div><div><p>${para}</p></div></div></body></html>`;
    const doc = run({ html });
    expect(doc.raw.split("\n")).toContain(para);
    expect(doc.raw).not.toContain("Home");
  });

  it("without an <article>, takes the element whose own paragraphs hold the most text", () => {
    const para = "The central bank raised its main rate by half a point on Wednesday to defend the currency.";
    const html = `<html><body><div class="nav"><p>Markets</p></div><div class="txt"><p>${para}</p><p>${para}</p><p>${para}</p><p class="promo-x">Subscribe</p></div></body></html>`;
    const doc = run({ html });
    expect(doc.raw.split("\n")).toEqual([para, para, para]);
    expect(doc.removed).toEqual([{ kind: "boilerplate", text: "Subscribe", rule: "extract.furniture" }]);
  });

  it("gives empty text and a message for a page with no article", () => {
    const doc = run({ html: "<html><body><nav><a href='/'>Home</a></nav><footer>Contact us</footer></body></html>" });
    expect(doc.raw).toBe("");
    expect(doc.messages).toEqual([expect.objectContaining({ stage: "extract", rule: "extract.no-article" })]);
  });

  it("lets the caller's outlet, title and URL win over the page", () => {
    const doc = run({ html: PAGE, outlet: "Meridian Wire", title: "Given title", url: "https://given.example/x" });
    expect(doc.meta).toMatchObject({ outlet: "Meridian Wire", title: "Given title", url: "https://given.example/x" });
  });

  it("passes plain text through unchanged", () => {
    expect(run({ text: "KABUL: Taliban officials met UN envoys." }).raw).toBe("KABUL: Taliban officials met UN envoys.");
  });
});
