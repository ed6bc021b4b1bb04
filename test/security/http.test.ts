import { spawn } from "node:child_process";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tokenMatches } from "../../src/api/auth.ts";
import { SECURITY_HEADERS } from "../../src/api/security.ts";
import { createApp } from "../../src/api/index.ts";
import { createFixture, TOKEN, type Fixture } from "./fixture.ts";
import { LEAK_MARKERS, TRAVERSALS } from "./payloads.ts";

const SEED = "ISLAMABAD: Russia will supply 50,000 doses of Sputnik V to Pakistan, Foreign Minister Sergei Lavrov said on Wednesday.";

let fx: Fixture;
beforeAll(async () => {
  fx = await createFixture({ token: TOKEN });
});
afterAll(async () => {
  await fx?.close();
});

const post = (headers: Record<string, string>, url = "/v1/articles") =>
  fx.app.inject({ method: "POST", url, headers: { "content-type": "application/json", ...headers }, payload: { text: SEED, id: "w1" } });

/**
 * A raw HTTP request on loopback, for limits that only a real socket enforces. Node answers an
 * oversized head with 431 and closes the socket, which the client may see as a reset (-1).
 */
function raw(port: number, path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port, path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", (err: NodeJS.ErrnoException) => resolve(err.code === "ECONNRESET" || err.code === "EPIPE" ? -1 : 0));
    req.end();
  });
}

describe("path traversal", () => {
  it("serves no file outside the dashboard for any of 30 traversal paths", async () => {
    const leaks: string[] = [];
    for (const url of TRAVERSALS) {
      const res = await fx.app.inject({ method: "GET", url });
      const leaked = LEAK_MARKERS.find((m) => m.test(res.body));
      if (leaked || res.statusCode >= 500) leaks.push(`${url} -> ${res.statusCode} ${leaked ?? ""}`);
      if (res.statusCode === 200) leaks.push(`${url} -> 200 (${res.body.length} bytes)`);
    }
    expect(leaks).toEqual([]);
  });
});

describe("write endpoints", () => {
  it("refuse a request without a token, with a wrong one, or with the token in the wrong place", async () => {
    const tries: Record<string, string>[] = [
      {}, { authorization: "Bearer wrong" }, { authorization: `Bearer ${TOKEN}x` }, { authorization: `Bearer ${TOKEN.slice(0, -1)}` },
      { authorization: TOKEN }, { authorization: `Basic ${Buffer.from(`dyad:${TOKEN}`).toString("base64")}` },
      { "x-api-key": TOKEN }, { authorization: "Bearer " }, { authorization: `Bearer ${TOKEN} extra` },
    ];
    for (const headers of tries) expect((await post(headers)).statusCode, JSON.stringify(headers)).toBe(401);
    expect((await post({}, `/v1/articles?token=${TOKEN}`)).statusCode).toBe(401);
    expect((await fx.store.getArticle("w1"))).toBeUndefined();
  });

  it("accept the right bearer token and store the article", async () => {
    expect((await post({ authorization: `Bearer ${TOKEN}` })).statusCode).toBe(201);
    expect((await fx.store.getArticle("w1"))?.id).toBe("w1");
  });

  it("are closed altogether when the server has no token", async () => {
    const app = await createApp({ store: fx.store, coder: fx.coder, dashboard: false });
    const res = await app.inject({ method: "POST", url: "/v1/articles", headers: { authorization: "Bearer " }, payload: { text: SEED } });
    expect(res.statusCode).toBe(403);
    await app.close();
  });

  it("compare tokens in constant time whatever their lengths", () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    expect(tokenMatches(TOKEN, "")).toBe(false);
    expect(tokenMatches(TOKEN, TOKEN.repeat(100))).toBe(false);
  });

  it("offer no other method on stored data", async () => {
    for (const method of ["PUT", "DELETE", "PATCH"] as const) {
      const res = await fx.app.inject({ method, url: "/v1/articles/a0-0", headers: { authorization: `Bearer ${TOKEN}` } });
      expect([404, 405]).toContain(res.statusCode);
    }
    expect((await fx.store.getArticle("a0-0"))?.id).toBe("a0-0");
  });
});

describe("CORS and security headers", () => {
  it("sends no CORS header to a foreign origin, on a request or a preflight", async () => {
    const origin = { origin: "https://evil.example" };
    const get = await fx.app.inject({ method: "GET", url: "/v1/events", headers: origin });
    const pre = await fx.app.inject({ method: "OPTIONS", url: "/v1/articles",
      headers: { ...origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization" } });
    for (const res of [get, pre]) {
      expect(Object.keys(res.headers).filter((h) => h.startsWith("access-control-"))).toEqual([]);
    }
  });

  it("sets the security headers on successes, errors and the dashboard", async () => {
    for (const url of ["/v1/events", "/v1/events?quad=9", "/v1/articles/nope", "/", "/healthz"]) {
      const res = await fx.app.inject({ method: "GET", url });
      for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(res.headers[k], `${url} ${k}`).toBe(v);
    }
  });
});

describe("request limits", { timeout: 60_000 }, () => {
  it("refuses a body over 2 MiB with 413, as JSON or plain text", async () => {
    const big = "Lavrov met Qureshi. ".repeat(110_000);
    const json = await fx.app.inject({ method: "POST", url: "/v1/code", headers: { "content-type": "application/json" }, payload: JSON.stringify({ text: big }) });
    const text = await fx.app.inject({ method: "POST", url: "/v1/code", headers: { "content-type": "text/plain" }, payload: big });
    expect([json.statusCode, text.statusCode]).toEqual([413, 413]);
  });

  it("refuses oversized query values and page sizes with 400", async () => {
    for (const url of [`/v1/events?text=${"a".repeat(201)}`, "/v1/events?limit=100000", `/v1/events?cursor=${"x".repeat(501)}`,
      `/v1/actors?q=${"b".repeat(101)}`, `/v1/articles/${"c".repeat(201)}`]) {
      expect([400, 404, 414], url).toContain((await fx.app.inject({ method: "GET", url })).statusCode);
    }
  });

  it("refuses a 100 KB URL and 100 KB of headers on a real socket", async () => {
    const address = await fx.app.listen({ host: "127.0.0.1", port: 0 });
    const port = Number(new URL(address).port);
    expect([400, 414, 431, -1]).toContain(await raw(port, `/v1/events?text=${"a".repeat(100_000)}`));
    expect([431, -1]).toContain(await raw(port, "/v1/events", { "x-junk": "j".repeat(100_000) }));
    expect(await raw(port, "/healthz")).toBe(200);
  });
});

describe("bind address", { timeout: 60_000 }, () => {
  it("dyad serve listens on 127.0.0.1 unless told otherwise", async () => {
    const child = spawn(process.execPath, ["bin/dyad.js", "serve", "--db", `${fx.dir}/dyad.db`, "--port", "0"],
      { env: { ...process.env, DYAD_TOKEN: "" }, stdio: ["ignore", "pipe", "pipe"] });
    const line = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        if (out.includes("\n")) resolve(out);
      });
      child.on("exit", (code) => reject(new Error(`serve exited ${code}`)));
    });
    child.kill("SIGTERM");
    expect(line).toMatch(/serving http:\/\/127\.0\.0\.1:\d+\//);
  });
});
