/**
 * `npm run soak`: the full load test, 60 s of reads at 32 connections on loopback, then 20 s of
 * POST /v1/code. Exits non-zero on any error.
 */
import { formatLoad, runLoad } from "./load.ts";

const results = await runLoad({ seconds: 60, connections: 32, docs: 1000, codeSeconds: 20 });
console.log(formatLoad(results));
if (results.some((r) => r.errors)) process.exitCode = 1;
