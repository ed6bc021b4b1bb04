/** Event list view: the `dyad query` filters as a form, results as expandable rows. */
import { h, replace } from "../lib/dom.js";
import { PLOVER_TYPES, QUADS } from "../lib/format.js";
import { eventList } from "./event-list.js";

const FIELDS = ["actor", "recipient", "dyad", "type", "quad", "status", "from", "to", "text"];
const CODES = new Set(["actor", "recipient", "dyad"]);

/** Renders the filter form and the matching events. */
export async function eventsView(el, params, ctx) {
  const input = (name, attrs = {}) => h("input", { name, value: params[name] ?? "", ...attrs });
  const select = (name, values, labels = values) => h("select", { name },
    h("option", { value: "" }, "any"), values.map((v, i) => h("option", { value: v, selected: String(params[name] ?? "") === String(v) }, labels[i])));
  const form = h("form", { class: "filters", "data-testid": "event-filters" },
    h("label", {}, "Actor", input("actor", { placeholder: "e.g. RUS", size: 8 })),
    h("label", {}, "Recipient", input("recipient", { placeholder: "e.g. PAK", size: 8 })),
    h("label", {}, "Dyad", input("dyad", { placeholder: "e.g. RUS-PAK", size: 11 })),
    h("label", {}, "Type", select("type", PLOVER_TYPES)),
    h("label", {}, "Quad", select("quad", [1, 2, 3, 4], [1, 2, 3, 4].map((q) => QUADS[q].name))),
    h("label", {}, "Status", select("status", ["asserted", "intended", "negated", "hypothetical", "historical"])),
    h("label", {}, "From", input("from", { type: "date" })),
    h("label", {}, "To", input("to", { type: "date" })),
    h("label", { class: "wide" }, "Words in evidence", input("text", { placeholder: "e.g. water cannon" })),
    h("button", { type: "submit" }, "Filter"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const f = new FormData(form);
    const p = new URLSearchParams();
    for (const k of FIELDS) {
      const v = String(f.get(k) ?? "").trim();
      if (v) p.set(k, CODES.has(k) ? v.toUpperCase() : v);
    }
    location.hash = `#/events?${p}`;
  });
  const list = h("div");
  const here = new URLSearchParams(Object.entries(params).filter(([k]) => FIELDS.includes(k)));
  replace(el, h("div", { class: "head" }, h("h1", {}, "Events"), h("a", { href: `#/map?${here}` }, "Show these on the map →")), form, list);
  const query = {};
  for (const k of FIELDS) if (params[k]) query[k] = params[k];
  if (query.dyad) query.both = "true";
  await eventList(list, query, ctx.article);
}
