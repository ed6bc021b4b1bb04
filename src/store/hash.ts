/** Content hashing: the key that makes ingest idempotent. */
import { createHash } from "node:crypto";
import type { DocInput } from "../types.ts";

/** sha256 hex of a document's content (HTML if given, else text); metadata does not count. */
export function contentHash(input: DocInput): string {
  return createHash("sha256").update(input.html ?? input.text ?? "").digest("hex");
}
