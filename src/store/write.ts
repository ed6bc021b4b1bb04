/**
 * Writing coded articles: one transaction per batch, idempotent by content hash. An article stored
 * by another coder version (or changed content under the same id) has all its rows replaced.
 */
import type { CodedArticle, CodedEvent } from "../types.ts";
import { findLink, refreshLinks, type LinkOptions } from "./linking.ts";
import { one, type SqlDb } from "./sql.ts";
import type { ArticleRecord, PutResult } from "./store.ts";

/** Lock id that serialises writers on PostgreSQL, so linking sees every committed mention. */
const WRITE_LOCK = 727002;

/** 3-letter heads of a list of actors, deduplicated. */
export function actorHeads(actors: { code: string }[]): string[] {
  return [...new Set(actors.map((a) => a.code.slice(0, 3).toUpperCase()).filter(Boolean))];
}

/** Where a mention comes from, for the `sources` count: outlet, else URL host, else article. */
export function sourceKey(a: CodedArticle): string {
  if (a.meta.outlet) return a.meta.outlet.toLowerCase();
  if (a.meta.url) {
    const host = /^[a-z]+:\/\/([^/]+)/i.exec(a.meta.url)?.[1];
    if (host) return host.toLowerCase().replace(/^www\./, "");
  }
  return `article:${a.id}`;
}

/** Deletes every row of an article; returns the link ids it belonged to. */
async function deleteArticle(db: SqlDb, id: string): Promise<string[]> {
  const links = await db.all("SELECT DISTINCT link_id FROM events WHERE article_id = ?", [id]);
  if (db.dialect === "sqlite") {
    await db.run("DELETE FROM events_fts WHERE rowid IN (SELECT seq FROM events WHERE article_id = ?)", [id]);
  }
  for (const table of ["events", "event_actors", "quotes", "amounts"]) {
    await db.run(`DELETE FROM ${table} WHERE article_id = ?`, [id]);
  }
  await db.run("DELETE FROM articles WHERE id = ?", [id]);
  return links.map((r) => String(r.link_id));
}

async function insertEvent(db: SqlDb, a: CodedArticle, e: CodedEvent, opts: LinkOptions): Promise<string> {
  const id = `${a.id}:${e.id}`;
  const s = a.sentences[e.sentence];
  const sentence = s ? a.text.slice(s.start, s.end) : a.text.slice(e.evidence.start, e.evidence.end);
  const day = e.date ?? a.meta.published ?? "";
  const ah = actorHeads(e.actors);
  const rh = actorHeads(e.recipients);
  const link = await findLink(db, { id, articleId: a.id, type: e.type, day, actorHeads: ah, recipientHeads: rh,
    names: [...e.actors, ...e.recipients].map((x) => x.name), sentence }, opts);
  await db.run(
    `INSERT INTO events (id, article_id, event_id, type, status, day, cameo, cameo_root, goldstein, quad, confidence,
       actor_heads, recipient_heads, source_key, sentence_text, link_id, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, a.id, e.id, e.type, e.status, day, e.cameo?.code ?? null, e.cameo?.code.slice(0, 2) ?? null,
      e.cameo?.goldstein ?? null, e.cameo?.quad ?? null, e.confidence, ah.join(" "), rh.join(" "), sourceKey(a),
      sentence, link, JSON.stringify(e)]);
  if (db.dialect === "sqlite") {
    await db.run("INSERT INTO events_fts (rowid, sentence_text) SELECT seq, sentence_text FROM events WHERE id = ?", [id]);
  }
  for (const [role, list] of [["a", e.actors], ["r", e.recipients]] as const) {
    for (const actor of list) {
      await db.run("INSERT INTO event_actors (event_id, article_id, role, code, head, name) VALUES (?, ?, ?, ?, ?, ?)",
        [id, a.id, role, actor.code.toUpperCase(), actor.code.slice(0, 3).toUpperCase(), actor.name]);
    }
  }
  return link;
}

async function insertArticle(db: SqlDb, rec: ArticleRecord, opts: LinkOptions): Promise<string[]> {
  const a = rec.article;
  await db.run(
    `INSERT INTO articles (id, hash, coder, title, url, outlet, published, source, sentences, events, quotes, amounts, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [a.id, rec.hash, a.coder ?? "", a.meta.title ?? null, a.meta.url ?? null, a.meta.outlet ?? null,
      a.meta.published ?? null, rec.source ?? null, a.sentences.length, a.events.length, a.quotes.length,
      a.amounts.length, JSON.stringify(a)]);
  const links: string[] = [];
  for (const e of a.events) links.push(await insertEvent(db, a, e, opts));
  for (const [i, q] of a.quotes.entries()) {
    await db.run("INSERT INTO quotes (id, article_id, speaker, speaker_name, text, day, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
      [`${a.id}:q${i + 1}`, a.id, q.speaker ?? null, q.speakerName ?? null, q.text, a.meta.published ?? "", JSON.stringify(q)]);
  }
  for (const m of a.amounts) {
    await db.run("INSERT INTO amounts (article_id, value, unit, what, text) VALUES (?, ?, ?, ?, ?)",
      [a.id, m.value, m.unit ?? null, m.of ?? null, m.text]);
  }
  return links;
}

/** Stores a batch in one transaction (see module doc). */
export async function putArticles(db: SqlDb, batch: ArticleRecord[], opts: LinkOptions): Promise<PutResult> {
  return db.tx(async (t) => {
    if (t.dialect === "postgres") await t.run("SELECT pg_advisory_xact_lock(?)", [WRITE_LOCK]);
    const result: PutResult = { inserted: 0, replaced: 0, skipped: 0 };
    const touched: string[] = [];
    for (const rec of batch) {
      const coder = rec.article.coder ?? "";
      const byHash = await one(t, "SELECT id, coder FROM articles WHERE hash = ?", [rec.hash]);
      if (byHash && byHash.coder === coder) {
        result.skipped += 1;
        continue;
      }
      const old = new Set<string>();
      if (byHash) old.add(String(byHash.id));
      if (await one(t, "SELECT 1 AS x FROM articles WHERE id = ?", [rec.article.id])) old.add(rec.article.id);
      for (const id of old) touched.push(...await deleteArticle(t, id));
      touched.push(...await insertArticle(t, rec, opts));
      if (old.size) result.replaced += 1;
      else result.inserted += 1;
    }
    await refreshLinks(t, touched);
    return result;
  });
}

/** Hashes of `hashes` already stored by coder version `coder`. */
export async function knownHashes(db: SqlDb, hashes: string[], coder: string): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < hashes.length; i += 500) {
    const part = hashes.slice(i, i + 500);
    const rows = await db.all(`SELECT hash FROM articles WHERE coder = ? AND hash IN (${part.map(() => "?").join(", ")})`,
      [coder, ...part]);
    for (const r of rows) out.add(String(r.hash));
  }
  return out;
}
