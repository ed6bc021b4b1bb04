#!/usr/bin/env -S node --max-semi-space-size=64
// The flag gives coding a larger young generation (see src/heap.ts); `env -S` passes it on.
// The dyad command: loads the TypeScript CLI through tsx's loader (no build step).
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
await main(process.argv.slice(2));
