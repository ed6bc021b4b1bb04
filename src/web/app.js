/**
 * The dashboard: a hash router over five views sharing one context (cached article, stats and
 * map-data fetches, and the chart instance so a new view can dispose of the old one).
 */
import { articleCache, get } from "./lib/api.js";
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

const whenLoaded = new Promise((resolve) => {
  if (document.readyState === "complete") resolve();
  else window.addEventListener("load", () => resolve(), { once: true });
});

const ctx = {
  article: articleCache(),
  stats: once(() => get("/v1/stats")),
  world: once(() => fetch("/vendor/countries-110m.json").then((r) => r.json())),
  iso: once(() => fetch("/geo/iso3.json").then((r) => r.json())),
  current: null,
  chart(canvas, config) {
    this.current?.destroy();
    this.current = new globalThis.Chart(canvas, config);
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
    await whenLoaded;
    await VIEWS[name](el, params, ctx);
  } catch (err) {
    replace(el, h("h1", {}, "Something went wrong"), note(err.message, "error"));
  }
  el.dataset.ready = name;
}

async function header() {
  const s = await ctx.stats();
  replace(document.getElementById("stats"), `${s.articles} articles · ${s.events} events · ${s.quotes} quotes`);
}

window.addEventListener("hashchange", () => void route());
void route();
void header().catch((err) => replace(document.getElementById("stats"), `stats unavailable: ${err.message}`));
