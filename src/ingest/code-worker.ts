/** Worker thread: loads the coder once, then codes the batches the pool sends. */
import { parentPort } from "node:worker_threads";
import { createCoder } from "../coder.ts";
import { codeOne, type CodeRequest, type CodeResponse } from "./pool.ts";

const port = parentPort;
if (!port) throw new Error("code-worker.ts must run in a worker thread");
const coder = createCoder();
port.on("message", (req: CodeRequest) => {
  const res: CodeResponse = { id: req.id, results: req.inputs.map((input) => codeOne(coder, input)) };
  port.postMessage(res);
});
port.postMessage({ ready: true, version: coder.version });
