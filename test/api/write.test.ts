/** Coding endpoints, auth, limits and bad input, on a real store (every backend). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCoder } from "../../src/coder.ts";
import { BACKENDS, getJson, harness, type Harness } from "./harness.ts";

const STORY = "ISLAMABAD, March 18 (dyad wire) - Pakistan accused India on Tuesday of violating the ceasefire in Kashmir. " +
  "India rejected the accusation and said its troops had only returned fire.";
const coder = createCoder();

for (const backend of BACKENDS) {
  describe.skipIf(backend.skip)(`coding API on ${backend.name}`, () => {
    let open: Harness;
    let locked: Harness;
    beforeAll(async () => {
      open = await harness(backend, { fill: false, coder });
      locked = await harness(backend, { fill: false, coder, token: "t0ps3cret-token" });
    });
    afterAll(async () => { await open?.close(); await locked?.close(); });

    it("codes a posted story without storing it, every event's evidence inside the text", async () => {
      const res = await open.app.inject({ method: "POST", url: "/v1/code", payload: { text: STORY, published: "2025-03-18" } });
      expect(res.statusCode).toBe(200);
      const a = res.json();
      expect(a.text.length).toBeGreaterThan(0);
      expect(a.sentences.length).toBeGreaterThanOrEqual(2);
      for (const ev of a.events) {
        expect(ev.evidence.start).toBeGreaterThanOrEqual(0);
        expect(ev.evidence.end).toBeLessThanOrEqual(a.text.length);
      }
      expect((await getJson(open.app, "/v1/stats")).body.articles).toBe(0);
    });

    it("codes a text/plain body, an HTML document in JSON and a text/html body", async () => {
      const plain = await open.app.inject({ method: "POST", url: "/v1/code", headers: { "content-type": "text/plain" }, payload: STORY });
      expect(plain.statusCode).toBe(200);
      expect(plain.json().text).toContain("ceasefire");
      const html = await open.app.inject({ method: "POST", url: "/v1/code", payload: { html: `<html><body><article><p>${STORY}</p></article></body></html>` } });
      expect(html.statusCode).toBe(200);
      expect(html.json().text).toContain("Kashmir");
      const page = await open.app.inject({ method: "POST", url: "/v1/code", headers: { "content-type": "text/html; charset=utf-8" },
        payload: `<html><body><article><h1>Border firing</h1><p>${STORY}</p></article></body></html>` });
      expect(page.statusCode).toBe(200);
      expect(page.json().text).toContain("ceasefire");
      expect(page.json().text).not.toContain("<p>");
    });

    it("rejects empty, malformed, oversized and wrongly typed bodies with 4xx JSON errors", async () => {
      const cases: [object, number][] = [
        [{ payload: { text: "   " } }, 400],
        [{ payload: { text: STORY, colour: "red" } }, 400],
        [{ payload: { text: STORY, published: "18/03/2025" } }, 400],
        [{ payload: "{not json", headers: { "content-type": "application/json" } }, 400],
        [{ payload: { text: "x".repeat(600_000) } }, 400],
        [{ payload: { text: "x".repeat(2_200_000) } }, 413],
        [{ payload: "<a/>", headers: { "content-type": "application/xml" } }, 415],
      ];
      for (const [req, status] of cases) {
        const res = await open.app.inject({ method: "POST", url: "/v1/code", ...req });
        expect(res.statusCode, JSON.stringify(req).slice(0, 80)).toBe(status);
        expect(res.json().error.status).toBe(status);
        expect(res.json().error.message).toBeTruthy();
      }
      expect((await open.app.inject({ method: "DELETE", url: "/v1/code" })).statusCode).toBe(404);
    });

    it("refuses writes on a server started without DYAD_TOKEN", async () => {
      const res = await open.app.inject({ method: "POST", url: "/v1/articles", payload: { text: STORY }, headers: { authorization: "Bearer anything" } });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toMatch(/read-only/);
    });

    it("stores a story only with the right bearer token, idempotently", async () => {
      const post = (authorization?: string) => locked.app.inject({
        method: "POST", url: "/v1/articles", payload: { id: "ind-pak-1", text: STORY, published: "2025-03-18" },
        headers: authorization ? { authorization } : {},
      });
      expect((await post()).statusCode).toBe(401);
      expect((await post("Bearer wrong-token")).statusCode).toBe(401);
      expect((await post("Basic dDBwczNjcmV0LXRva2Vu")).statusCode).toBe(401);
      const first = await post("Bearer t0ps3cret-token");
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({ id: "ind-pak-1", inserted: 1 });
      const again = await post("bearer t0ps3cret-token");
      expect(again.json()).toMatchObject({ inserted: 0, skipped: 1 });
      const stored = await getJson(locked.app, "/v1/articles/ind-pak-1");
      expect(stored.status).toBe(200);
      expect(stored.body.text).toContain("ceasefire");
      expect((await getJson(locked.app, "/v1/stats")).body.articles).toBe(1);
    });
  });
}
