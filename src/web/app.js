/**
 * The dashboard: a hash router over five views sharing one context (cached article, stats and
 * map-data fetches, and the chart instance so a new view can dispose of the old one).
 */
import { articleCache, get, loadScript } from "./lib/api.js";
import { h, note, replace } from "./lib/dom.js";
import { articleView } from "./views/article.js";
import { codeView } from "./views/code.js";
import { dyadView } from "./views/dyad.js";
import { eventsView } from "./views/events.js";
import { mapView } from "./views/map.js";

const VIEWS = { dyad: dyadView, events: eventsView, article: articleView, map: mapView, code: codeView };

function once(fn) {
  let p;
  return () => (p ??= fn());
}

const ctx = {
  article: articleCache(),
  stats: once(() => get("/v1/stats")),
  world: once(() => fetch("/vendor/countries-110m.json").then((r) => r.json())),
  // d3-geo needs d3-array's global first; topojson-client is independent.
  mapLibs: once(() => Promise.all([loadScript("/vendor/d3-array.min.js").then(() => loadScript("/vendor/d3-geo.min.js")),
    loadScript("/vendor/topojson-client.min.js")])),
  iso: once(() => fetch("/geo/iso3.json").then((r) => r.json())),
  current: null,
  chart(canvas, config) {
    this.current?.destroy();
    performance.mark("dyad:chart-start");
    this.current = new globalThis.Chart(canvas, config);
    performance.mark("dyad:chart-end");
    return this.current;
  },
};

/** Parses `#/name/id?k=v` into a view name and parameters. */
function parseHash(hash) {
  const [path, query = ""] = hash.replace(/^#\/?/, "").split("?");
  const [name, ...rest] = path.split("/");
  const params = Object.fromEntries(new URLSearchParams(query));
  if (rest.length) params.id = decodeURIComponent(rest.join("/"));
  return { name: VIEWS[name] ? name : "dyad", params };
}

async function route() {
  const el = document.getElementById("view");
  const { name, params } = parseHash(location.hash);
  for (const a of document.querySelectorAll("nav a")) a.classList.toggle("active", a.dataset.nav === name);
  ctx.current?.destroy();
  ctx.current = null;
  replace(el, note("Loading…"));
  el.dataset.view = name;
  el.dataset.ready = "";
  try {
    await VIEWS[name](el, params, ctx);
  } catch (err) {
    replace(el, h("h1", {}, "Something went wrong"), note(err.message, "error"));
  }
  // The browser test reads these marks to measure how long the dashboard takes to load.
  performance.mark(`dyad:ready:${name}`);
  el.dataset.ready = name;
}

async function header() {
  const s = await ctx.stats();
  replace(document.getElementById("stats"), `${s.articles} articles · ${s.events} events · ${s.quotes} quotes`);
}

window.addEventListener("hashchange", () => void route());
void route();
void header().catch((err) => replace(document.getElementById("stats"), `stats unavailable: ${err.message}`));
