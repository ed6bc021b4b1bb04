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
  const [actors, tl] = await Promise.all([get("/v1/actors", { limit: 200 }), get(`/v1/dyads/${a}/${b}/timeline`, { interval })]);
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
  const chips = h("p", { class: "chips" });
  void ctx.stats().then((st) => replace(chips, "Most reported: ", topDyads(st.byDyad ?? []).map(([pair, n]) => {
    const [x, y] = pair.split("-");
    return h("a", { class: `chip${(x === a && y === b) || (x === b && y === a) ? " on" : ""}`, href: `#/dyad?a=${x}&b=${y}&interval=${interval}` }, `${x}–${y} `, h("small", {}, String(n)));
  })), (err) => replace(chips, note(err.message, "error")));
  const summary = h("p", { class: "summary" });
  const canvas = h("canvas", { "data-testid": "timeline", "aria-label": `timeline of ${a}–${b} events` });
  const period = h("section", { class: "period", "data-testid": "period" });
  replace(el, h("div", { class: "head" }, title, form), chips, summary, h("div", { class: "chart" }, canvas), period);

  if (!tl.buckets.length) {
    replace(summary, `No events between ${a} and ${b} yet.`);
    return;
  }
  tl.buckets = fillGaps(tl.buckets, interval);
  const total = tl.buckets.reduce((n, x) => n + x.events, 0);
  const score = tl.buckets.reduce((n, x) => n + x.goldstein, 0);
  replace(summary, `${total} events in ${tl.buckets.length} ${interval}s · Goldstein sum `, h("strong", { class: score >= 0 ? "pos" : "neg" }, score.toFixed(1)),
    " · click a bar to list its events");
  const showPeriod = (i) => {
    const bucket = tl.buckets[i];
    // Keep the chosen period in the address so the view can be shared or reloaded as it is.
    history.replaceState(null, "", `#/dyad?a=${a}&b=${b}&interval=${interval}&period=${bucket.start}`);
    const to = intervalEnd(bucket.start, interval);
    const n = `${bucket.events} event${bucket.events === 1 ? "" : "s"}`;
    replace(period, h("h2", {}, `${intervalLabel(bucket.start, interval)}: ${n}, Goldstein ${bucket.goldstein.toFixed(1)}`), h("div"));
    void eventList(period.lastChild, { dyad: `${a}-${b}`, both: "true", from: bucket.start, to }, ctx.article)
      .catch((e) => period.append(note(e.message, "error")));
  };
  ctx.chart(canvas, chartConfig(tl.buckets, interval, showPeriod));
  const chosen = params.period ? tl.buckets.findIndex((x) => x.start === params.period) : -1;
  if (chosen >= 0) showPeriod(chosen);
}

/** Dyads by events, both directions merged ("CHN-PHL" and "PHL-CHN"), top eight. */
function topDyads(byDyad) {
  const merged = new Map();
  for (const { dyad, events } of byDyad) {
    const key = dyad.split("-").sort().join("-");
    merged.set(key, (merged.get(key) ?? 0) + events);
  }
  return [...merged].sort((x, y) => y[1] - x[1]).slice(0, 8);
}

/** Adds empty intervals between the first and the last bucket so gaps show as gaps. */
function fillGaps(buckets, interval) {
  const byStart = new Map(buckets.map((x) => [x.start, x]));
  const out = [];
  const d = new Date(`${buckets[0].start}T00:00:00Z`);
  const last = buckets[buckets.length - 1].start;
  for (let i = 0; i < 520; i++) {
    const start = d.toISOString().slice(0, 10);
    if (start > last) break;
    out.push(byStart.get(start) ?? { start, events: 0, goldstein: 0, byType: {}, byQuad: { 1: 0, 2: 0, 3: 0, 4: 0 } });
    if (interval === "week") d.setUTCDate(d.getUTCDate() + 7);
    else d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return out;
}

/** Cooperation stacks up from zero, conflict down, so the balance of a period reads at a glance. */
function chartConfig(buckets, interval, onPick) {
  const quadSets = [1, 2, 3, 4].map((q) => ({
    type: "bar", label: QUADS[q].name, backgroundColor: QUADS[q].color, stack: "events", yAxisID: "y", order: 2,
    data: buckets.map((x) => (q >= 3 ? -1 : 1) * (x.byQuad?.[q] ?? 0)),
  }));
  const line = {
    // Empty periods have no score rather than a zero score: the line bridges them.
    type: "line", label: "Goldstein sum", data: buckets.map((x) => (x.events ? x.goldstein : null)), yAxisID: "score", order: 1, spanGaps: true,
    borderColor: "#2b3a55", backgroundColor: "#2b3a55", pointRadius: 4, borderWidth: 2,
  };
  const up = Math.max(1, ...buckets.map((x) => (x.byQuad?.[1] ?? 0) + (x.byQuad?.[2] ?? 0)));
  const down = Math.max(1, ...buckets.map((x) => (x.byQuad?.[3] ?? 0) + (x.byQuad?.[4] ?? 0)));
  const ev = Math.max(up, down);
  const sc = Math.ceil(Math.max(1, ...buckets.map((x) => Math.abs(x.goldstein))) * 1.1 / 5) * 5;
  return {
    data: { labels: buckets.map((x) => intervalLabel(x.start, interval)), datasets: [...quadSets, line] },
    options: {
      animation: false, maintainAspectRatio: false, interaction: { mode: "index", intersect: false },
      scales: {
        x: { stacked: true, grid: { display: false } },
        // Both axes symmetric around zero so the score line's zero meets the bars' baseline.
        y: { stacked: true, min: -ev, max: ev, title: { display: true, text: "← conflict · events · cooperation →" },
          ticks: { precision: 0, callback: (v) => Math.abs(v) } },
        score: { position: "right", min: -sc, max: sc, title: { display: true, text: "Goldstein sum" }, grid: { drawOnChartArea: false } },
      },
      plugins: {
        legend: { position: "bottom" },
        tooltip: { callbacks: {
          label: (c) => `${c.dataset.label}: ${c.dataset.yAxisID === "y" ? Math.abs(c.raw) : (c.raw ?? 0).toFixed(1)}`,
          footer: (items) => Object.entries(buckets[items[0]?.dataIndex]?.byType ?? {}).map(([t, n]) => `${t} ${n}`).join(" · "),
        } },
      },
      onClick: (_e, items) => { if (items.length) onPick(items[0].index); },
    },
  };
}
