/**
 * Bearer-token check for write endpoints. Without a configured token the server is read-only;
 * the comparison hashes both sides so it takes the same time whatever the guess.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { DyadError } from "../errors.ts";

const digest = (s: string): Buffer => createHash("sha256").update(s, "utf8").digest();

/** True when `given` equals `expected`, compared in constant time. */
export function tokenMatches(expected: string, given: string): boolean {
  return timingSafeEqual(digest(expected), digest(given));
}

/** Throws a 403 when writes are disabled, a 401 when the Authorization header is missing or wrong. */
export function requireToken(expected: string | undefined, header: string | undefined): void {
  if (!expected) throw new DyadError("this server is read-only: start it with DYAD_TOKEN set to allow writes", { status: 403 });
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!m || !tokenMatches(expected, m[1])) {
    throw new DyadError("missing or wrong bearer token (Authorization: Bearer <DYAD_TOKEN>)", { status: 401 });
  }
}
