/**
 * Loads data/amounts (currency forms, number words, approximation phrases, units that are
 * not counts) into immutable lookups for the amounts stage.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";

const approxValue = z.enum(["over", "under", "about", "up to"]);
const isoCode = z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code");

const currencySchema = z.object({
  prefixes: z.record(z.string(), isoCode),
  words: z.record(z.string(), isoCode),
  qualified: z.record(z.string(), isoCode),
}).strict();

const numberSchema = z.object({
  units: z.record(z.string(), z.number().int().positive()),
  tens: z.record(z.string(), z.number().int().positive()),
  scales: z.record(z.string(), z.number().positive()),
  percent: z.array(z.string()),
  approx: z.record(z.string(), approxValue),
  timeUnits: z.array(z.string()),
  months: z.array(z.string()),
  measures: z.array(z.string()),
  massNouns: z.array(z.string()),
  notUnits: z.array(z.string()),
  identifierNouns: z.array(z.string()),
}).strict();

/** Lookups used by the amounts stage; keys of word maps are lower-cased. */
export interface AmountLexicon {
  /** Symbols and codes written before a number ("$", "US$", "LE", "SDR") -> ISO code. */
  prefixes: ReadonlyMap<string, string>;
  /** Longest prefix form, in characters. */
  longestPrefix: number;
  /** Last characters of the prefix forms: a number after any other character has no prefix. */
  prefixEnds: ReadonlySet<string>;
  /** Currency words after a number, lower-cased -> ISO code. */
  currencyWords: ReadonlyMap<string, string>;
  /** "Egyptian pounds" style phrases, lower-cased -> ISO code. */
  qualified: ReadonlyMap<string, string>;
  /** Spelled cardinals ("seven", "twenty"), lower-cased -> value. */
  numberWords: ReadonlyMap<string, number>;
  tens: ReadonlySet<string>;
  scales: ReadonlyMap<string, number>;
  percent: ReadonlySet<string>;
  /** Approximation phrases, lower-cased -> approx value. */
  approx: ReadonlyMap<string, "over" | "under" | "about" | "up to">;
  timeUnits: ReadonlySet<string>;
  months: ReadonlySet<string>;
  measures: ReadonlySet<string>;
  massNouns: ReadonlySet<string>;
  notUnits: ReadonlySet<string>;
  /** Words after which a figure is an identifier ("Article 5", "Flight 370"). */
  identifierNouns: ReadonlySet<string>;
}

function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  const text = readFileSync(file, "utf8");
  const result = schema.safeParse(parse(text));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`lexicon ${file}: ${issue?.path.join(".") || "(root)"}: ${issue?.message}`);
  }
  return result.data;
}

const lowerMap = <T>(r: Record<string, T>) => new Map(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v] as const));

// Attributive use takes the singular ("a 5 billion U.S. dollar credit line", "a 10 million Swiss
// franc fine"), so each plural qualified form is also known without its final "s".
const withSingulars = (m: Map<string, string>): Map<string, string> =>
  new Map([...[...m].filter(([k]) => k.endsWith("s")).map(([k, v]) => [k.slice(0, -1), v] as const), ...m]);

/** Loads and validates data/amounts/*.yaml; throws naming the file when one is malformed. */
export function loadAmountLexicon(dataDir: string): AmountLexicon {
  const cur = readYaml(join(dataDir, "amounts", "currencies.yaml"), currencySchema);
  const num = readYaml(join(dataDir, "amounts", "numbers.yaml"), numberSchema);
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    prefixes: new Map(Object.entries(cur.prefixes)),
    longestPrefix: Math.max(...Object.keys(cur.prefixes).map((k) => k.length)),
    prefixEnds: new Set(Object.keys(cur.prefixes).map((k) => k[k.length - 1])),
    currencyWords: lowerMap(cur.words),
    qualified: withSingulars(lowerMap(cur.qualified)),
    numberWords: lowerMap({ ...num.units, ...num.tens }),
    tens: new Set(Object.keys(num.tens)),
    scales: lowerMap(num.scales),
    percent: lower(num.percent),
    approx: lowerMap(num.approx),
    timeUnits: lower(num.timeUnits),
    months: lower(num.months),
    measures: lower(num.measures),
    massNouns: lower(num.massNouns),
    notUnits: lower(num.notUnits),
    identifierNouns: lower(num.identifierNouns),
  };
}
