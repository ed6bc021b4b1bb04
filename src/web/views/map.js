/**
 * World map: countries shaded by how many events name them as actor or recipient under the
 * current filter. Offline: world-atlas TopoJSON and d3-geo, drawn as SVG; no tile server.
 */
import { get } from "../lib/api.js";
import { h, replace } from "../lib/dom.js";
import { PLOVER_TYPES, QUADS } from "../lib/format.js";

const SVG = "http://www.w3.org/2000/svg";
const svg = (tag, attrs = {}) => {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
};

/** Colour for a count on a log scale from pale to deep blue. */
function shade(n, max) {
  if (!n) return "#eef1f5";
  const t = Math.log1p(n) / Math.log1p(max);
  const light = 88 - t * 58;
  return `hsl(214 60% ${light}%)`;
}

/** Renders the map for `params` {type, quad, from, to}. */
export async function mapView(el, params, ctx) {
  // Filters from the event list (actor, dyad, words...) carry over; the form edits the common ones.
  const { id: _id, ...filter } = params;
  if (filter.dyad) filter.both = "true";
  const carried = Object.entries(filter).filter(([k]) => !["type", "quad", "from", "to", "both"].includes(k));
  const select = (name, values, labels = values) => h("select", { name },
    h("option", { value: "" }, "any"), values.map((v, i) => h("option", { value: v, selected: String(params[name] ?? "") === String(v) }, labels[i])));
  const form = h("form", { class: "filters" }, h("label", {}, "Type", select("type", PLOVER_TYPES)),
    h("label", {}, "Quad", select("quad", [1, 2, 3, 4], [1, 2, 3, 4].map((q) => QUADS[q].name))),
    h("label", {}, "From", h("input", { type: "date", name: "from", value: params.from ?? "" })),
    h("label", {}, "To", h("input", { type: "date", name: "to", value: params.to ?? "" })), h("button", { type: "submit" }, "Apply"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const p = new URLSearchParams(carried);
    for (const [k, v] of new FormData(form)) if (v) p.set(k, String(v));
    location.hash = `#/map?${p}`;
  });
  const box = h("div", { class: "map", "data-testid": "map" });
  const caption = h("p", { class: "summary" });
  const also = carried.length ? h("p", { class: "count" }, `Also filtered by ${carried.map(([k, v]) => `${k}=${v}`).join(", ")} · `, h("a", { href: "#/map" }, "clear")) : null;
  replace(el, h("h1", {}, "Events by country"), form, also, caption, box);
  const [world, iso, counts] = await Promise.all([ctx.world(), ctx.iso(), get("/v1/countries", filter), ctx.mapLibs()]);
  const byIso = new Map(counts.items.map((c) => [c.country, c.events]));
  const max = Math.max(1, ...counts.items.map((c) => c.events));
  const width = 960, height = 500;
  const features = globalThis.topojson.feature(world, world.objects.countries).features;
  const projection = globalThis.d3.geoNaturalEarth1().fitSize([width, height], { type: "Sphere" });
  const path = globalThis.d3.geoPath(projection);
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "world map of event counts" });
  root.append(svg("path", { d: path({ type: "Sphere" }), class: "sphere" }));
  for (const f of features) {
    const code = iso[f.id];
    const n = byIso.get(code) ?? 0;
    const p = svg("path", { d: path(f), fill: shade(n, max), class: n ? "country hit" : "country", "data-iso": code ?? "" });
    const title = svg("title");
    title.textContent = `${f.properties?.name ?? code}: ${n} event${n === 1 ? "" : "s"}`;
    p.append(title);
    if (n && code) p.addEventListener("click", () => { location.hash = `#/events?actor=${code}`; });
    root.append(p);
  }
  box.append(root);
  replace(caption, `${counts.items.length} countries, ${counts.items.reduce((s, c) => s + c.events, 0)} country mentions${counts.truncated ? " (first 20,000 events)" : ""}. `,
    counts.items.slice(0, 8).map((c) => `${c.country} ${c.events}`).join(" · "));
}
