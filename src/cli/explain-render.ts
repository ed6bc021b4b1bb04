/**
 * Renders a coded document for a terminal: metadata, every removed line with its rule, then
 * each sentence with the headings, entities, coreference links, time words, events, quotes
 * and amounts found in it, each tagged with the rule that produced it.
 */
import type { ArticleDoc } from "../document.ts";
import type { Actor } from "../types.ts";

/** Terminal styling; plain text when colour is off. */
interface Style {
  bold(s: string): string;
  dim(s: string): string;
  mark(s: string): string;
}

const PLAIN: Style = { bold: (s) => s, dim: (s) => s, mark: (s) => `[${s}]` };
const ANSI: Style = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  mark: (s) => `\x1b[4m${s}\x1b[24m`,
};

const actors = (list: Actor[]): string => (list.length ? list.map((a) => `${a.code}(${a.name})`).join(", ") : "-");
const rule = (r: string | undefined, st: Style): string => st.dim(`  {${r ?? "?"}}`);

/** Marks every entity mention inside [start, end) of the text. */
function markSentence(doc: ArticleDoc, start: number, end: number, st: Style): string {
  const spans = doc.entities.flatMap((e) => e.mentions).filter((m) => m.start >= start && m.end <= end)
    .sort((a, b) => a.start - b.start);
  let out = "";
  let at = start;
  for (const m of spans) {
    if (m.start < at) continue;
    out += doc.text.slice(at, m.start) + st.mark(doc.text.slice(m.start, m.end));
    at = m.end;
  }
  return out + doc.text.slice(at, end);
}

/** The whole explanation as one string. */
export function renderExplain(doc: ArticleDoc, options: { color?: boolean } = {}): string {
  const st = options.color ? ANSI : PLAIN;
  const lines: string[] = [];
  const m = doc.meta;
  lines.push(st.bold(`article ${doc.id}`));
  for (const [k, v] of [["title", m.title], ["url", m.url], ["outlet", m.outlet], ["dateline", m.dateline],
    ["published", m.published ? `${m.published} (from ${m.publishedFrom ?? "?"})` : undefined]] as const) {
    if (v) lines.push(`  ${k}: ${v}`);
  }
  lines.push("", st.bold(`removed (${doc.removed.length})`));
  for (const r of doc.removed) {
    const who = [r.author, r.date].filter(Boolean).join(", ");
    lines.push(`  - ${r.kind}${who ? ` (${who})` : ""}: ${st.dim(r.text.replace(/\n/g, " / "))}${rule(r.rule, st)}`);
  }
  const entityName = new Map(doc.entities.map((e) => [e.id, e]));
  lines.push("", st.bold(`text (${doc.sentences.length} sentences)`));
  doc.sentences.forEach((s, i) => {
    const head = s.heading ? st.bold(`## ${doc.text.slice(s.start, s.end)}`) + rule("clean.heading", st) : markSentence(doc, s.start, s.end, st);
    lines.push(`${String(i).padStart(3)}  ${head}`);
    const notes: string[] = [];
    for (const e of doc.entities) {
      const inside = e.mentions.filter((x) => x.start >= s.start && x.end <= s.end);
      if (!inside.length) continue;
      const code = e.actor ? ` -> ${e.actor.code}` : "";
      notes.push(`entity ${e.name} (${e.kind}${e.role ? `, ${e.role}` : ""})${code}`);
    }
    for (const x of doc.mentions.filter((y) => y.sentence === i && y.kind !== "name")) {
      notes.push(`coref "${doc.text.slice(x.start, x.end)}" -> ${entityName.get(x.entity)?.name ?? x.entity} (${x.kind})${rule(x.rule, st)}`);
    }
    for (const t of doc.times.filter((y) => y.sentence === i)) notes.push(`time "${t.text}" -> ${t.date ?? "?"}${rule(t.rule, st)}`);
    for (const ev of doc.events.filter((y) => y.sentence === i)) {
      const cameo = ev.cameo ? ` CAMEO ${ev.cameo.code} (${ev.cameo.goldstein})` : "";
      notes.push(`event ${ev.type}${cameo} ${ev.status}: ${actors(ev.actors)} -> ${actors(ev.recipients)} on "${ev.evidence.trigger}"${ev.date ? ` ${ev.date}` : ""}${rule(ev.evidence.rule, st)}`);
    }
    for (const q of [...doc.quotes, ...(doc.speech ?? [])].filter((y) => y.sentence === i)) {
      notes.push(`quote ${q.direct ? "direct" : "reported"} by ${q.speakerName ?? "?"}: "${q.text}"${rule(q.rule, st)}`);
    }
    for (const a of doc.amounts.filter((y) => y.sentence === i)) {
      notes.push(`amount ${a.approx ? `${a.approx} ` : ""}${a.value}${a.unit ? ` ${a.unit}` : ""}${a.of ? ` of ${a.of}` : ""} "${a.text}"${rule(a.rule, st)}`);
    }
    for (const n of notes) lines.push(`       ${st.dim("·")} ${n}`);
  });
  if (doc.messages.length) {
    lines.push("", st.bold(`messages (${doc.messages.length})`));
    for (const msg of doc.messages) lines.push(`  ${msg.level} ${msg.stage}: ${msg.text}${msg.rule ? rule(msg.rule, st) : ""}`);
  }
  return `${lines.join("\n")}\n`;
}
