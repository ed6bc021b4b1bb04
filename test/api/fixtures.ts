/**
 * Hand-built CodedArticles for the API tests, so assertions about filters, pages and timelines
 * do not depend on what the coding stages currently produce. Offsets are computed from the text.
 */
import { createHash } from "node:crypto";
import type { ArticleRecord } from "../../src/store/store.ts";
import type { Actor, CodedArticle, CodedEvent, Entity, EventStatus, PloverType, Quote } from "../../src/types.ts";

const NAMES: Record<string, string> = { RUS: "Russia", PAK: "Pakistan", CHN: "China", PHL: "Philippines", IND: "India" };

interface EventSpec {
  type: PloverType;
  actor: string;
  recipient: string;
  trigger: string;
  cameo: [string, number, 1 | 2 | 3 | 4];
  status?: EventStatus;
}

interface ArticleSpec {
  id: string;
  published: string;
  sentences: string[];
  events: EventSpec[];
  quotes?: { text: string; speaker: string; speakerName: string; country: string }[];
}

const actor = (code: string, entity: string): Actor => ({ code, country: code.slice(0, 3), name: NAMES[code.slice(0, 3)] ?? code, entity });

/** Builds a CodedArticle: each event's trigger is found in the first sentence that contains it. */
export function buildArticle(spec: ArticleSpec): CodedArticle {
  const text = spec.sentences.join(" ");
  let at = 0;
  const sentences = spec.sentences.map((s) => { const span = { start: at, end: at + s.length }; at += s.length + 1; return span; });
  const entities: Entity[] = [];
  const entityFor = (code: string): string => {
    const id = `ent-${code}`;
    if (!entities.some((e) => e.id === id)) {
      const name = NAMES[code.slice(0, 3)] ?? code;
      const mentions = [...text.matchAll(new RegExp(name, "g"))].map((m) => ({ start: m.index, end: m.index + name.length }));
      entities.push({ id, name, kind: "country", country: code.slice(0, 3), actor: { code, country: code.slice(0, 3), name }, mentions });
    }
    return id;
  };
  const events: CodedEvent[] = spec.events.map((e, i) => {
    const sentence = spec.sentences.findIndex((s) => s.includes(e.trigger));
    if (sentence < 0) throw new Error(`fixture ${spec.id}: trigger ${e.trigger} not in text`);
    const start = sentences[sentence].start + spec.sentences[sentence].indexOf(e.trigger);
    return {
      id: `e${i + 1}`, sentence, type: e.type, status: e.status ?? "asserted", date: spec.published,
      actors: [actor(e.actor, entityFor(e.actor))], recipients: [actor(e.recipient, entityFor(e.recipient))],
      cameo: { code: e.cameo[0], goldstein: e.cameo[1], quad: e.cameo[2] },
      evidence: { start, end: start + e.trigger.length, trigger: e.trigger, rule: "fixture" }, confidence: 0.9,
    };
  });
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const start = text.indexOf(q.text);
    if (start < 0) throw new Error(`fixture ${spec.id}: quote not in text`);
    const name = text.indexOf(q.speakerName);
    entities.push({ id: q.speaker, name: q.speakerName, kind: "person", country: q.country,
      mentions: name >= 0 ? [{ start: name, end: name + q.speakerName.length }] : [] });
    return { text: q.text, start, end: start + q.text.length, speaker: q.speaker, speakerName: q.speakerName, direct: true,
      sentence: sentences.findIndex((s) => s.start <= start && s.end >= start) };
  });
  const amt = /\$(\d+) million/.exec(text);
  const amounts = amt ? [{ value: Number(amt[1]) * 1e6, unit: "USD", text: amt[0], start: amt.index, end: amt.index + amt[0].length,
    sentence: sentences.findIndex((s) => s.start <= amt.index && s.end >= amt.index) }] : [];
  return { id: spec.id, meta: { language: "en", published: spec.published, title: spec.sentences[0].slice(0, 60), outlet: "Fixture Wire" },
    text, removed: [{ kind: "read-more", text: "Read more: unrelated story", rule: "fixture" }], sentences, entities, events, quotes, amounts, coder: "0.1.0" };
}

/** The fixture corpus: RUS-PAK over three months, CHN-PHL, one negated and one hypothetical event. */
export const ARTICLES: CodedArticle[] = [
  buildArticle({ id: "rp-jan", published: "2025-01-14", events: [
    { type: "CONSULT", actor: "RUSGOV", recipient: "PAKGOV", trigger: "held talks", cameo: ["040", 1, 1] },
    { type: "REQUEST", actor: "PAKGOV", recipient: "RUSGOV", trigger: "asked", cameo: ["020", 3, 1] }],
  sentences: ["Russia held talks with Pakistan in Islamabad on Tuesday.", "Pakistan asked Russia for wheat worth $200 million.",
    "\"We are ready to help,\" Andrei Rudenko said."],
  quotes: [{ text: "We are ready to help", speaker: "ent-rudenko", speakerName: "Andrei Rudenko", country: "RUS" }] }),
  buildArticle({ id: "rp-feb", published: "2025-02-20", events: [
    { type: "AGREE", actor: "RUS", recipient: "PAK", trigger: "signed an agreement", cameo: ["057", 8, 1] },
    { type: "AID", actor: "RUS", recipient: "PAK", trigger: "will not supply", cameo: ["070", 7, 2], status: "negated" }],
  sentences: ["Russia signed an agreement with Pakistan on Thursday.", "Russia will not supply Pakistan with fertiliser this year."] }),
  buildArticle({ id: "rp-may", published: "2025-05-09", events: [
    { type: "PROTEST", actor: "PAKGOV", recipient: "RUSGOV", trigger: "summoned", cameo: ["140", -6.5, 4] },
    { type: "ACCUSE", actor: "PAKGOV", recipient: "RUSGOV", trigger: "accused", cameo: ["112", -2, 3] }],
  sentences: ["Pakistan summoned the envoy of Russia on Friday over detained students.", "Pakistan accused Russia of mistreating them.",
    "\"Release them now,\" Ishaq Dar said.", "\"They broke the rules,\" said Maria Zakharova.", "\"We will check papers,\" Maria Zakharova added."],
  quotes: [{ text: "Release them now", speaker: "ent-dar", speakerName: "Ishaq Dar", country: "PAK" },
    { text: "They broke the rules", speaker: "ent-zakharova", speakerName: "Maria Zakharova", country: "RUS" },
    { text: "We will check papers", speaker: "ent-zakharova", speakerName: "Maria Zakharova", country: "RUS" }] }),
  buildArticle({ id: "cp-apr", published: "2025-04-15", events: [
    { type: "ASSAULT", actor: "CHNMIL", recipient: "PHL", trigger: "fired water cannons", cameo: ["190", -10, 4] },
    { type: "THREATEN", actor: "CHN", recipient: "PHL", trigger: "could seize", cameo: ["130", -4.4, 3], status: "hypothetical" }],
  sentences: ["China fired water cannons at a vessel of the Philippines near the shoal.", "China said it could seize boats of the Philippines."] }),
];

/** Store records for the fixtures. */
export function records(articles: CodedArticle[] = ARTICLES): ArticleRecord[] {
  return articles.map((article) => ({ article, hash: createHash("sha256").update(article.text).digest("hex"), source: `fixture:${article.id}` }));
}
