/**
 * Tiny DOM helpers: h() builds elements from a tag, attributes and children; text is always
 * inserted as text nodes, never as HTML, so article content cannot inject markup.
 */

/** Creates an element. `attrs` keys starting with "on" add listeners; `class` and `data-*` are set as attributes. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (k === "value") el.value = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  append(el, children);
  return el;
}

/** Appends children (nested arrays, strings, numbers, nodes; null skipped). */
export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Empties an element and fills it with new children. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** A short "Loading…" / error line. */
export function note(text, cls = "note") {
  return h("p", { class: cls }, text);
}
