/**
 * Coding in parallel: a pool of worker threads, each with its own coder, fed small chunks;
 * results come back in input order so a run's store does not depend on thread timing.
 * One worker codes in the calling thread (no copying, no start-up cost).
 */
import { Worker } from "node:worker_threads";
import { CODER_THREAD_LIMITS } from "../heap.ts";
import { createCoder, type Coder } from "../coder.ts";
import type { CodedArticle, DocInput } from "../types.ts";

/** A coded document, or why it could not be coded. */
export type CodeResult = { article: CodedArticle } | { error: string };

/** Message to a worker. */
export interface CodeRequest {
  id: number;
  inputs: DocInput[];
}

/** Message from a worker. */
export interface CodeResponse {
  id: number;
  results: CodeResult[];
}

/** Codes documents, in order. */
export interface CoderPool {
  readonly version: string;
  code(inputs: DocInput[]): Promise<CodeResult[]>;
  close(): Promise<void>;
}

/** Codes one document; a coder exception becomes an error result (the run goes on). */
export function codeOne(coder: Coder, input: DocInput): CodeResult {
  try {
    return { article: coder.code(input) };
  } catch (err) {
    return { error: `coder failed: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}` };
  }
}

/** Codes in the calling thread. */
export function createInlinePool(coder: Coder = createCoder()): CoderPool {
  return {
    version: coder.version,
    code: async (inputs) => inputs.map((input) => codeOne(coder, input)),
    close: async () => undefined,
  };
}

interface Slot {
  worker: Worker;
  pending?: { resolve: (r: CodeResult[]) => void; reject: (e: Error) => void };
}

/** Starts `n` worker threads and waits until each has loaded its coder. */
export async function createWorkerPool(n: number, chunk = 4): Promise<CoderPool> {
  let version = "";
  const slots: Slot[] = await Promise.all(Array.from({ length: n }, () => new Promise<Slot>((resolve, reject) => {
    const slot: Slot = { worker: new Worker(new URL("./code-worker.mjs", import.meta.url), { resourceLimits: CODER_THREAD_LIMITS }) };
    slot.worker.on("message", (msg: CodeResponse | { ready: true; version: string }) => {
      if ("ready" in msg) {
        version = msg.version;
        resolve(slot);
        return;
      }
      const p = slot.pending;
      slot.pending = undefined;
      p?.resolve(msg.results);
    });
    slot.worker.on("error", (err) => {
      reject(err);
      slot.pending?.reject(err);
    });
    slot.worker.on("exit", (code) => {
      const err = new Error(`coder thread exited (code ${code})`);
      reject(err);
      slot.pending?.reject(err);
      slot.pending = undefined;
    });
  })));
  let nextId = 0;
  const send = (slot: Slot, inputs: DocInput[]): Promise<CodeResult[]> => new Promise((resolve, reject) => {
    slot.pending = { resolve, reject };
    slot.worker.postMessage({ id: nextId++, inputs } satisfies CodeRequest);
  });
  return {
    get version() {
      return version;
    },
    code: async (inputs) => {
      const chunks: DocInput[][] = [];
      for (let i = 0; i < inputs.length; i += chunk) chunks.push(inputs.slice(i, i + chunk));
      const out: CodeResult[][] = new Array(chunks.length);
      let next = 0;
      // Each slot pulls the next chunk when it finishes one, so a slow document does not stall the others.
      await Promise.all(slots.map(async (slot) => {
        while (next < chunks.length) {
          const i = next++;
          out[i] = await send(slot, chunks[i]);
        }
      }));
      return out.flat();
    },
    close: async () => {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
