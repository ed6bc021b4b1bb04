/** Fetches from the dyad API; errors carry the server's message. */

/** Builds a query string from an object, skipping empty values. */
export function qs(params = {}) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : "";
}

async function handle(res) {
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  return body;
}

/** GET a JSON resource. */
export async function get(path, params) {
  return handle(await fetch(path + qs(params), { headers: { accept: "application/json" } }));
}

/** POST JSON and read JSON back. */
export async function post(path, body) {
  return handle(await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));
}

/** Caches article fetches for the session (expanding many rows of one article). */
export function articleCache() {
  const cache = new Map();
  return (id) => {
    if (!cache.has(id)) cache.set(id, get(`/v1/articles/${encodeURIComponent(id)}`));
    return cache.get(id);
  };
}

/** Loads a classic script once (the map's libraries are only fetched when the map is opened). */
export function loadScript(src) {
  const existing = document.querySelector(`script[src="${src}"]`);
  if (existing?.dataset.loaded) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const el = existing ?? document.head.appendChild(Object.assign(document.createElement("script"), { src }));
    el.addEventListener("load", () => { el.dataset.loaded = "1"; resolve(); }, { once: true });
    el.addEventListener("error", () => reject(new Error(`cannot load ${src}`)), { once: true });
  });
}
