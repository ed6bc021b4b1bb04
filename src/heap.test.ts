import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { CODER_THREAD_LIMITS, SEMI_SPACE_MB } from "./heap.ts";

// The thread reports its young generation once it has allocated enough garbage to grow it.
const PROBE = `
const { parentPort } = require("node:worker_threads");
const v8 = require("node:v8");
let keep = [];
for (let i = 0; i < 3e6; i++) { keep.push({ i, s: "x" + i }); if (keep.length > 200000) keep = []; }
const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space");
parentPort.postMessage(space.space_size / 1048576);
`;

const newSpaceMb = (resourceLimits?: typeof CODER_THREAD_LIMITS): Promise<number> =>
  new Promise((resolve, reject) => {
    const w = new Worker(PROBE, { eval: true, resourceLimits });
    w.once("message", (mb: number) => { resolve(mb); void w.terminate(); });
    w.once("error", reject);
  });

describe("coder thread heap limits", () => {
  it("give a coder thread two semi-spaces of SEMI_SPACE_MB, more than a default thread grows to", async () => {
    const tuned = await newSpaceMb(CODER_THREAD_LIMITS);
    const plain = await newSpaceMb();
    expect(tuned).toBe(2 * SEMI_SPACE_MB);
    expect(plain).toBeLessThan(tuned);
  });
});
