/**
 * displaCy-like rendering of annotated text: spans (entity, actor, recipient, trigger, quote,
 * amount...) become marked runs with a small label at their end. Overlaps are handled by cutting
 * the text at every span boundary and giving each run the classes of all spans covering it.
 */
import { h } from "./dom.js";

/**
 * Renders text[from, to) with spans `{start, end, kind, label, title}` (offsets into `text`).
 * Returns a <span class="annotated"> element.
 */
export function annotate(text, spans, from = 0, to = text.length) {
  const inside = spans.filter((s) => s.end > from && s.start < to && s.end > s.start)
    .map((s) => ({ ...s, start: Math.max(s.start, from), end: Math.min(s.end, to) }));
  const cuts = new Set([from, to]);
  for (const s of inside) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = h("span", { class: "annotated" });
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const covering = inside.filter((s) => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    if (!covering.length) { out.append(piece); continue; }
    // The shortest span is the most specific one: it decides the colour.
    covering.sort((x, y) => (x.end - x.start) - (y.end - y.start));
    const kinds = [...new Set(covering.map((s) => s.kind))];
    const title = covering.map((s) => s.title ?? s.label ?? s.kind).join(" · ");
    out.append(h("mark", { class: kinds.map((k) => `hl-${k}`).join(" "), title }, piece));
    for (const s of covering.filter((s) => s.end === b && s.label)) {
      out.append(h("span", { class: `tag tag-${s.kind}` }, s.label));
    }
  }
  return out;
}

/** Spans for an entity's mentions, labelled with its actor code or kind. */
export function entitySpans(entities, kindOf = () => "entity") {
  return entities.flatMap((e) => (e.mentions ?? []).map((m) => ({
    start: m.start, end: m.end, kind: kindOf(e), label: e.actor?.code ?? e.kind?.toUpperCase(), title: `${e.name} (${e.kind}${e.actor ? ` ${e.actor.code}` : ""})`,
  })));
}

/**
 * Spans for one event inside its article: trigger, actors, recipients, and quotes in the same
 * sentence. Actors are found through their entity's mentions, else by name in the sentence.
 */
export function eventSpans(article, ev, sentence) {
  const spans = [{ start: ev.evidence.start, end: ev.evidence.end, kind: "trigger", label: ev.type, title: `trigger (${ev.evidence.rule})` }];
  const inSentence = (m) => m.start >= sentence.start && m.end <= sentence.end;
  const add = (actors, kind, label) => {
    for (const a of actors) {
      const ent = (article.entities ?? []).find((e) => e.id === a.entity);
      let ms = (ent?.mentions ?? []).filter(inSentence);
      if (!ms.length && a.name) {
        const at = article.text.slice(sentence.start, sentence.end).indexOf(a.name);
        if (at >= 0) ms = [{ start: sentence.start + at, end: sentence.start + at + a.name.length }];
      }
      for (const m of ms) spans.push({ start: m.start, end: m.end, kind, label: `${label} ${a.code}`, title: `${label.toLowerCase()}: ${a.name} (${a.code})` });
    }
  };
  add(ev.actors ?? [], "actor", "ACTOR");
  add(ev.recipients ?? [], "recipient", "RECIP");
  for (const q of article.quotes ?? []) {
    if (q.end > sentence.start && q.start < sentence.end) spans.push({ start: q.start, end: q.end, kind: "quote", label: "QUOTE", title: `quote${q.speakerName ? ` by ${q.speakerName}` : ""}` });
  }
  return spans;
}
