// Worker-thread entry: registers tsx's loader so the thread can load the TypeScript coder.
import { register } from "tsx/esm/api";

register();
await import("./code-worker.ts");
