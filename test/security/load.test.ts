import { describe, expect, it } from "vitest";
import { formatLoad, runLoad } from "../../bench/load.ts";

// The short CI variant of `npm run soak`: the real `dyad serve` on 127.0.0.1, reads at
// sustained concurrency for 8 s, then POST /v1/code; every request must succeed.
describe("load on loopback", { timeout: 180_000 }, () => {
  it("serves the read endpoints and POST /v1/code under sustained load with zero errors", async () => {
    const results = await runLoad({ seconds: 8, connections: 16, docs: 150, codeSeconds: 3 });
    console.log(formatLoad(results));
    for (const r of results) {
      expect(r.errors, r.name).toBe(0);
      expect(r.requests, r.name).toBeGreaterThan(0);
    }
  });
});
