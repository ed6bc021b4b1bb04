/**
 * Dyad view: pick two actors; a stacked bar chart of events per interval by quad class with the
 * Goldstein sum as a line; clicking a bar lists that period's events below.
 */
import { get } from "../lib/api.js";
import { h, note, replace } from "../lib/dom.js";
import { intervalEnd, intervalLabel, QUADS } from "../lib/format.js";
import { eventList } from "./event-list.js";

/** Renders the dyad view for `params` {a, b, interval, period}. */
export async function dyadView(el, params, ctx) {
  let { a, b } = params;
  const interval = params.interval === "week" ? "week" : "month";
  if (!a || !b) {
    const stats = await ctx.stats();
    const top = stats.byDyad?.find((d) => d.dyad.split("-")[0] !== d.dyad.split("-")[1]) ?? stats.byDyad?.[0];
    [a, b] = (top?.dyad ?? "RUS-PAK").split("-");
  }
  const actors = await get("/v1/actors", { limit: 200 }).catch(() => ({ items: [] }));
  const options = h("datalist", { id: "actor-codes" }, [...new Set(actors.items.map((x) => x.code.slice(0, 3)))].map((c) => h("option", { value: c })));
  const form = h("form", { class: "picker", "data-testid": "dyad-form" },
    h("label", {}, "Actor A ", h("input", { name: "a", value: a, list: "actor-codes", size: 8, required: true, "aria-label": "actor A" })),
    h("label", {}, "Actor B ", h("input", { name: "b", value: b, list: "actor-codes", size: 8, required: true, "aria-label": "actor B" })),
    h("label", {}, "per ", h("select", { name: "interval" },
      h("option", { value: "month", selected: interval === "month" }, "month"), h("option", { value: "week", selected: interval === "week" }, "week"))),
    h("button", { type: "submit" }, "Show"), options);
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const f = new FormData(form);
    location.hash = `#/dyad?a=${String(f.get("a")).toUpperCase()}&b=${String(f.get("b")).toUpperCase()}&interval=${f.get("interval")}`;
  });
  const title = h("h1", {}, `${a} ↔ ${b}`);
  const summary = h("p", { class: "summary" });
  const canvas = h("canvas", { "data-testid": "timeline", "aria-label": `timeline of ${a}–${b} events` });
  const period = h("section", { class: "period", "data-testid": "period" });
  replace(el, h("div", { class: "head" }, title, form), summary, h("div", { class: "chart" }, canvas), period);

  const tl = await get(`/v1/dyads/${a}/${b}/timeline`, { interval });
  if (!tl.buckets.length) {
    replace(summary, `No events between ${a} and ${b} yet.`);
    return;
  }
  const total = tl.buckets.reduce((n, x) => n + x.events, 0);
  const score = tl.buckets.reduce((n, x) => n + x.goldstein, 0);
  replace(summary, `${total} events in ${tl.buckets.length} ${interval}s · Goldstein sum `, h("strong", { class: score >= 0 ? "pos" : "neg" }, score.toFixed(1)),
    " · click a bar to list its events");
  const showPeriod = (i) => {
    const bucket = tl.buckets[i];
    const to = intervalEnd(bucket.start, interval);
    replace(period, h("h2", {}, `${intervalLabel(bucket.start, interval)}: ${bucket.events} events, Goldstein ${bucket.goldstein.toFixed(1)}`), h("div"));
    void eventList(period.lastChild, { dyad: `${a}-${b}`, both: "true", from: bucket.start, to }, ctx.article)
      .catch((e) => period.append(note(e.message, "error")));
  };
  ctx.chart(canvas, chartConfig(tl.buckets, interval, showPeriod));
  const chosen = params.period ? tl.buckets.findIndex((x) => x.start === params.period) : -1;
  if (chosen >= 0) showPeriod(chosen);
}

function chartConfig(buckets, interval, onPick) {
  const quadSets = [1, 2, 3, 4].map((q) => ({
    type: "bar", label: QUADS[q].name, backgroundColor: QUADS[q].color, stack: "events", yAxisID: "y", order: 2,
    data: buckets.map((x) => x.byQuad?.[q] ?? 0),
  }));
  const line = {
    type: "line", label: "Goldstein sum", data: buckets.map((x) => x.goldstein), yAxisID: "score", order: 1,
    borderColor: "#2b3a55", backgroundColor: "#2b3a55", pointRadius: 4, tension: 0.25,
  };
  return {
    data: { labels: buckets.map((x) => intervalLabel(x.start, interval)), datasets: [...quadSets, line] },
    options: {
      animation: false, maintainAspectRatio: false, interaction: { mode: "index", intersect: false },
      scales: {
        x: { stacked: true, grid: { display: false } },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: "events" }, ticks: { precision: 0 } },
        score: { position: "right", title: { display: true, text: "Goldstein" }, grid: { drawOnChartArea: false } },
      },
      plugins: { legend: { position: "bottom" } },
      onClick: (_e, items) => { if (items.length) onPick(items[0].index); },
    },
  };
}
