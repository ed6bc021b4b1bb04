import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DyadError, EXIT } from "../../src/errors.ts";
import { openStore } from "../../src/store/store.ts";
import { tempSqlite } from "./helpers.ts";
import { storeSuite } from "./suite.ts";

describe("SQLite store", () => {
  storeSuite(async () => {
    const tmp = tempSqlite();
    return { store: await openStore(tmp.path), cleanup: async () => tmp.drop() };
  });

  it("refuses a corrupt database file with a store error and leaves the file as it was", async () => {
    const tmp = tempSqlite();
    const junk = Buffer.from("SQLite format 3\0 but then this is not a database at all ".repeat(200));
    writeFileSync(tmp.path, junk);
    const err = await openStore(tmp.path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DyadError);
    expect((err as DyadError).exitCode).toBe(EXIT.store);
    expect((err as DyadError).message).toMatch(/not a usable dyad database/);
    expect(readFileSync(tmp.path).equals(junk)).toBe(true);
    tmp.drop();
  });

  it("says there is no database rather than creating one when asked not to create", async () => {
    const tmp = tempSqlite();
    await expect(openStore(tmp.path, { create: false })).rejects.toThrow(/no database at/);
    tmp.drop();
  });

  it("records applied migrations and reopens an existing store without redoing them", async () => {
    const tmp = tempSqlite();
    const first = await openStore(tmp.path);
    await first.close();
    const again = await openStore(tmp.path, { create: false });
    expect((await again.stats()).articles).toBe(0);
    await again.close();
    tmp.drop();
  });
});
