import { describe, expect, it } from "vitest";
import { DyadError } from "../errors.ts";
import { requireToken, tokenMatches } from "./auth.ts";

describe("bearer token check", () => {
  it("matches only the exact token, whatever the lengths involved", () => {
    expect(tokenMatches("s3cret-token", "s3cret-token")).toBe(true);
    expect(tokenMatches("s3cret-token", "s3cret-toke")).toBe(false);
    expect(tokenMatches("s3cret-token", "s3cret-token-and-more")).toBe(false);
    expect(tokenMatches("s3cret-token", "")).toBe(false);
  });

  it("answers 403 when the server has no token, 401 for a missing or wrong header", () => {
    const status = (expected: string | undefined, header: string | undefined) => {
      try {
        requireToken(expected, header);
        return 200;
      } catch (err) {
        if (err instanceof DyadError) return err.status;
        throw err;
      }
    };
    expect(status(undefined, "Bearer anything")).toBe(403);
    expect(status("tok", undefined)).toBe(401);
    expect(status("tok", "Bearer nope")).toBe(401);
    expect(status("tok", "Token tok")).toBe(401);
    expect(status("tok", "Bearer tok")).toBe(200);
    expect(status("tok", "bearer   tok ")).toBe(200);
  });
});
