import { describe, expect, it } from "vitest";
import { EventListQuery, toEventFilter } from "./filters.ts";

describe("event filters from a query string", () => {
  it("maps the dyad query options onto the store's filter, upper-casing codes", () => {
    const q = EventListQuery.parse({ dyad: "rus-pak", both: "true", type: "accuse, threaten", cameo: "11", quad: "3",
      status: "asserted,Negated", from: "2025-01-01", to: "2025-06-30", text: "water cannon", negated: "0", limit: "20" });
    const { limit, cursor, ...rest } = q;
    expect(limit).toBe(20);
    expect(cursor).toBeUndefined();
    expect(toEventFilter(rest)).toEqual({
      dyad: "RUS-PAK", both: true, type: ["ACCUSE", "THREATEN"], cameoRoot: "11", quad: 3, status: ["asserted", "negated"],
      from: "2025-01-01", to: "2025-06-30", text: "water cannon", includeNegated: false,
    });
  });

  it("reads 'false' as false rather than as a non-empty string", () => {
    expect(toEventFilter(EventListQuery.parse({ hypothetical: "false", distinct: "1" }))).toEqual({ includeHypothetical: false, distinct: true });
  });

  it("defaults to 50 events a page and refuses more than 500", () => {
    expect(EventListQuery.parse({}).limit).toBe(50);
    expect(EventListQuery.safeParse({ limit: "501" }).success).toBe(false);
  });

  it("rejects unknown types, parameters and malformed codes", () => {
    expect(EventListQuery.safeParse({ type: "ACCUSE,GOSSIP" }).success).toBe(false);
    expect(EventListQuery.safeParse({ country: "RUS" }).success).toBe(false);
    expect(EventListQuery.safeParse({ actor: "Russia's government" }).success).toBe(false);
    expect(EventListQuery.safeParse({ cameo: "4" }).success).toBe(false);
  });
});
