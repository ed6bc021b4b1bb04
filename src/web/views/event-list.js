/**
 * A paginated table of events with expandable rows. An expanded row shows the evidence sentence
 * with trigger, actors, recipients and quotes highlighted, the coding details, and a link to the article.
 */
import { get } from "../lib/api.js";
import { h, note, replace } from "../lib/dom.js";
import { actorsLabel, QUADS, quadOf } from "../lib/format.js";
import { annotate, eventSpans } from "../lib/highlight.js";

/** Fills `el` with the events matching `params`; `article(id)` fetches (cached) articles. */
export async function eventList(el, params, article) {
  const body = h("tbody");
  const more = h("button", { class: "more", type: "button", hidden: true }, "Load more");
  const count = h("p", { class: "count" });
  replace(el, count, h("table", { class: "events", "data-testid": "event-table" },
    h("thead", {}, h("tr", {}, ["Date", "Type", "Actor", "", "Recipient", "Trigger", "Sources"].map((t) => h("th", {}, t)))), body), more);
  let cursor;
  let shown = 0;
  const load = async () => {
    more.disabled = true;
    const page = await get("/v1/events", { ...params, limit: 50, cursor });
    for (const ev of page.items) body.append(...eventRow(ev, article));
    shown += page.items.length;
    cursor = page.nextCursor;
    more.hidden = !cursor;
    more.disabled = false;
    count.textContent = shown ? `${shown}${cursor ? "+" : ""} event mention${shown === 1 ? "" : "s"}` : "No events match these filters.";
  };
  more.addEventListener("click", () => void load().catch((e) => el.append(note(e.message, "error"))));
  await load();
}

function eventRow(ev, article) {
  const quad = quadOf(ev);
  const detail = h("tr", { class: "detail", hidden: true }, h("td", { colspan: 7 }));
  const row = h("tr", { class: "event", tabindex: 0, "data-testid": "event-row", "data-id": ev.id, "aria-expanded": "false" },
    h("td", { class: "date" }, ev.day ?? ev.date ?? ""),
    h("td", {}, h("span", { class: "type", style: `--q:${QUADS[quad].color}` }, ev.type), ev.status !== "asserted" ? h("small", { class: "status" }, ev.status) : null),
    h("td", { class: "code" }, actorsLabel(ev.actors)),
    h("td", { class: "arrow" }, "→"),
    h("td", { class: "code" }, actorsLabel(ev.recipients)),
    h("td", { class: "trigger" }, ev.evidence.trigger),
    h("td", { class: "num", title: `${ev.link?.mentions ?? 1} mentions in ${ev.link?.articles ?? 1} articles` }, String(ev.link?.sources ?? 1)));
  const toggle = () => {
    const open = detail.hidden;
    detail.hidden = !open;
    row.setAttribute("aria-expanded", String(open));
    if (open && !detail.dataset.loaded) {
      detail.dataset.loaded = "1";
      void renderDetail(detail.firstChild, ev, article).catch((e) => detail.firstChild.append(note(e.message, "error")));
    }
  };
  row.addEventListener("click", toggle);
  row.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); toggle(); } });
  return [row, detail];
}

/** The expanded part of a row: highlighted evidence, details, other mentions. */
export async function renderDetail(cell, ev, article) {
  replace(cell, note("Loading evidence…"));
  const a = await article(ev.articleId);
  const sentence = a.sentences[ev.sentence] ?? { start: ev.evidence.start, end: ev.evidence.end };
  const evidence = h("blockquote", { class: "evidence", "data-testid": "evidence" }, annotate(a.text, eventSpans(a, ev, sentence), sentence.start, sentence.end));
  const cameo = ev.cameo ? `CAMEO ${ev.cameo.code} · Goldstein ${ev.cameo.goldstein} · quad ${ev.cameo.quad}` : "no CAMEO code";
  const facts = h("p", { class: "facts" },
    `${ev.type}${ev.mode ? ` (${ev.mode})` : ""} · ${ev.status} · ${cameo} · confidence ${Math.round(ev.confidence * 100)}% · rule `,
    h("code", {}, ev.evidence.rule),
    ev.location ? ` · at ${ev.location.name}` : "");
  const link = h("a", { href: `#/article/${encodeURIComponent(ev.articleId)}?event=${encodeURIComponent(ev.eventId ?? "")}`, "data-testid": "article-link" },
    `Open article: ${a.meta?.title ?? ev.title ?? ev.articleId}`);
  replace(cell, evidence, facts, h("p", {}, link, ev.outlet ? ` (${ev.outlet})` : ""));
  if ((ev.link?.mentions ?? 1) > 1) {
    const linked = await get(`/v1/events/${encodeURIComponent(ev.id)}`);
    const others = linked.items.filter((m) => m.id !== ev.id);
    cell.append(h("div", { class: "mentions" }, h("h4", {}, `Also reported in ${others.length} other mention${others.length === 1 ? "" : "s"}`),
      h("ul", {}, others.map((m) => h("li", {}, h("a", { href: `#/article/${encodeURIComponent(m.articleId)}` }, m.day ?? m.articleId), ": ", m.sentenceText)))));
  }
}
