/**
 * Article view: the cleaned text with entities, event triggers, quotes and amounts highlighted,
 * the boilerplate the cleaner removed shown greyed, the events as a list, and the raw JSON.
 */
import { h, replace } from "../lib/dom.js";
import { annotate, entitySpans } from "../lib/highlight.js";

/** Spans for every annotation of a coded article. */
export function articleSpans(a) {
  return [
    ...entitySpans(a.entities ?? [], (e) => `ent-${e.kind}`),
    ...(a.events ?? []).map((ev) => ({ start: ev.evidence.start, end: ev.evidence.end, kind: "trigger", label: ev.type, title: `${ev.type}: ${ev.actors.map((x) => x.code).join(",")} → ${ev.recipients.map((x) => x.code).join(",")} (${ev.evidence.rule})` })),
    ...(a.quotes ?? []).map((q) => ({ start: q.start, end: q.end, kind: "quote", label: "QUOTE", title: `quote${q.speakerName ? ` by ${q.speakerName}` : ""}` })),
    ...(a.amounts ?? []).map((m) => ({ start: m.start, end: m.end, kind: "amount", label: m.unit ? `${m.unit}` : "AMOUNT", title: `${m.value}${m.unit ? ` ${m.unit}` : ""}${m.of ? ` of ${m.of}` : ""}` })),
  ];
}

/** Renders a coded article into `el` (used for stored articles and for the code box). */
export function renderArticle(el, a, focusEvent) {
  const spans = articleSpans(a);
  const text = h("div", { class: "doc", "data-testid": "article-text" },
    (a.sentences?.length ? a.sentences : [{ start: 0, end: a.text.length }]).map((s, i) => {
      const hasFocus = focusEvent && a.events.some((ev) => ev.id === focusEvent && ev.sentence === i);
      return h("p", { class: `sent${s.heading ? " heading" : ""}${hasFocus ? " focus" : ""}`, "data-sentence": i }, annotate(a.text, spans, s.start, s.end));
    }));
  const removed = (a.removed ?? []).length
    ? h("div", { class: "removed", "data-testid": "removed" }, h("h3", {}, "Removed by the cleaner"),
      a.removed.map((r) => h("p", { title: `rule ${r.rule}` }, h("span", { class: "kind" }, r.kind), " ", r.text)))
    : null;
  const focus = (i) => {
    for (const p of text.querySelectorAll(".focus")) p.classList.remove("focus");
    const p = text.querySelector(`[data-sentence="${i}"]`);
    p?.classList.add("focus");
    p?.scrollIntoView({ block: "center", behavior: "smooth" });
  };
  const events = h("ol", { class: "ev-list" }, (a.events ?? []).map((ev) => h("li", { "data-testid": "coded-event", title: "show its sentence", onclick: () => focus(ev.sentence) },
    h("strong", {}, ev.type), ` ${ev.actors.map((x) => x.code).join(", ") || "—"} → ${ev.recipients.map((x) => x.code).join(", ") || "—"} `,
    h("q", {}, ev.evidence.trigger), ev.status !== "asserted" ? ` (${ev.status})` : "", ev.cameo ? h("small", {}, ` CAMEO ${ev.cameo.code}, Goldstein ${ev.cameo.goldstein}`) : null)));
  const legend = h("p", { class: "legend" }, ["ent-country", "ent-person", "ent-organization", "trigger", "quote", "amount"]
    .map((k) => h("mark", { class: `hl-${k}` }, k.replace("ent-", ""))));
  replace(el,
    h("div", { class: "article-meta" }, [a.meta?.published, a.meta?.outlet, a.meta?.dateline].filter(Boolean).join(" · ")),
    legend, h("div", { class: "article-cols" }, h("div", {}, text, removed),
      h("aside", {}, h("h3", {}, `${a.events?.length ?? 0} events`), events,
        h("h3", {}, `${a.quotes?.length ?? 0} quotes · ${a.amounts?.length ?? 0} amounts · ${a.entities?.length ?? 0} entities`))),
    a.messages?.length ? h("details", { class: "raw" }, h("summary", {}, `${a.messages.length} coder message${a.messages.length === 1 ? "" : "s"}`),
      h("ul", { class: "messages" }, a.messages.map((m) => h("li", {}, h("span", { class: `lvl lvl-${m.level}` }, m.level), ` ${m.stage}: ${m.text}`)))) : null,
    h("details", { class: "raw" }, h("summary", {}, "Raw JSON (CodedArticle)"), h("pre", {}, JSON.stringify(a, null, 2))));
  el.querySelector(".focus")?.scrollIntoView({ block: "center" });
}

/** Renders a stored article by id. */
export async function articleView(el, params, ctx) {
  const a = await ctx.article(params.id);
  const body = h("div");
  replace(el, h("h1", {}, a.meta?.title ?? a.id), body);
  renderArticle(body, a, params.event);
}
