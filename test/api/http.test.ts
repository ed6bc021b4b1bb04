/** HTTP behaviour that does not depend on the backend: headers, CORS, OpenAPI, dashboard files. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, harness, type Harness } from "./harness.ts";

describe("HTTP surface", () => {
  let h: Harness;
  beforeAll(async () => { h = await harness(BACKENDS[0]); });
  afterAll(async () => { await h?.close(); });

  it("says it is healthy and which store and coder it runs", async () => {
    const res = await h.app.inject({ method: "GET", url: "/healthz" });
    expect(res.json()).toMatchObject({ status: "ok", store: "sqlite", writable: false });
  });

  it("sends security headers and no CORS headers, even to a foreign origin", async () => {
    const res = await h.app.inject({ method: "GET", url: "/v1/stats", headers: { origin: "https://evil.example" } });
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-frame-options"]).toBe("DENY");
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["access-control-allow-origin"]).toBeUndefined();
    const pre = await h.app.inject({ method: "OPTIONS", url: "/v1/events", headers: { origin: "https://evil.example", "access-control-request-method": "GET" } });
    expect(pre.statusCode).toBe(404);
    expect(pre.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("describes every endpoint in /openapi.json with parameters and a bearer scheme for writes", async () => {
    const doc = (await h.app.inject({ method: "GET", url: "/openapi.json" })).json();
    expect(doc.openapi).toBe("3.1.0");
    for (const p of ["/v1/code", "/v1/articles", "/v1/events", "/v1/events/{id}", "/v1/articles/{id}", "/v1/quotes",
      "/v1/actors", "/v1/dyads/{a}/{b}/timeline", "/v1/stats", "/healthz"]) expect(Object.keys(doc.paths)).toContain(p);
    const list = doc.paths["/v1/events"].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["dyad", "type", "cursor", "limit"]));
    expect(doc.paths["/v1/articles"].post.security).toEqual([{ bearer: [] }]);
    expect(doc.paths["/v1/dyads/{a}/{b}/timeline"].get.parameters.find((p: { name: string }) => p.name === "a").in).toBe("path");
  });

  it("serves the dashboard and its browser libraries, and nothing outside them", async () => {
    const index = await h.app.inject({ method: "GET", url: "/" });
    expect(index.statusCode).toBe(200);
    expect(index.headers["content-type"]).toMatch(/text\/html/);
    expect(index.body).toContain('src="/app.js"');
    const chart = await h.app.inject({ method: "GET", url: "/vendor/chart.umd.min.js" });
    expect(chart.statusCode).toBe(200);
    expect(chart.headers["content-type"]).toMatch(/javascript/);
    const iso = (await h.app.inject({ method: "GET", url: "/geo/iso3.json" })).json();
    expect(iso["586"]).toBe("PAK");
    for (const url of ["/vendor/../package.json", "/../package.json", "/%2e%2e/package.json", "/lib/../../api/app.ts"]) {
      expect((await h.app.inject({ method: "GET", url })).statusCode, url).toBe(404);
    }
  });
});
