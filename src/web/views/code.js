/** "Code this text": paste a story, see it coded by POST /v1/code; nothing is stored. */
import { post } from "../lib/api.js";
import { h, note, replace } from "../lib/dom.js";
import { renderArticle } from "./article.js";

/** Renders the code box. */
export async function codeView(el) {
  const text = h("textarea", { name: "text", rows: 10, placeholder: "Paste a news story here…", "data-testid": "code-text", required: true });
  const published = h("input", { type: "date", name: "published", "aria-label": "publication date" });
  const out = h("div", { "data-testid": "code-result" });
  const button = h("button", { type: "submit" }, "Code it");
  const form = h("form", { class: "code-box" }, text, h("div", { class: "row" }, h("label", {}, "Published ", published), button,
    h("small", {}, "Coded on the server and shown here; nothing is stored.")));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    button.disabled = true;
    replace(out, note("Coding…"));
    try {
      const a = await post("/v1/code", { text: text.value, ...(published.value ? { published: published.value } : {}) });
      replace(out);
      renderArticle(out, a);
    } catch (err) {
      replace(out, note(err.message, "error"));
    } finally {
      button.disabled = false;
    }
  });
  replace(el, h("h1", {}, "Code a text"), form, out);
}
