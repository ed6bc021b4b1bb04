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
}).strict();

/** Lookups used by the amounts stage; keys of word maps are lower-cased. */
export interface AmountLexicon {
  /** Symbols and codes written before a number, longest first. */
  prefixes: readonly (readonly [string, string])[];
  /** Currency words after a number, lower-cased -> ISO code. */
  currencyWords: ReadonlyMap<string, string>;
  /** "Egyptian pounds" style phrases, lower-cased -> ISO code. */
  qualified: ReadonlyMap<string, string>;
  /** Spelled cardinals ("seven", "twenty"), lower-cased -> value. */
  numberWords: ReadonlyMap<string, number>;
  tens: ReadonlySet<string>;
  scales: ReadonlyMap<string, number>;
  percent: readonly string[];
  /** Approximation phrases, longest first. */
  approx: readonly (readonly [string, "over" | "under" | "about" | "up to"])[];
  timeUnits: readonly string[];
  months: ReadonlySet<string>;
  measures: readonly string[];
  massNouns: ReadonlySet<string>;
  notUnits: ReadonlySet<string>;
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

const byLength = <T>(a: readonly [string, T], b: readonly [string, T]) => b[0].length - a[0].length;
const lowerMap = <T>(r: Record<string, T>) => new Map(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v] as const));

/** Loads and validates data/amounts/*.yaml; throws naming the file when one is malformed. */
export function loadAmountLexicon(dataDir: string): AmountLexicon {
  const cur = readYaml(join(dataDir, "amounts", "currencies.yaml"), currencySchema);
  const num = readYaml(join(dataDir, "amounts", "numbers.yaml"), numberSchema);
  const longestFirst = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);
  return {
    prefixes: Object.entries(cur.prefixes).sort(byLength),
    currencyWords: lowerMap(cur.words),
    qualified: lowerMap(cur.qualified),
    numberWords: lowerMap({ ...num.units, ...num.tens }),
    tens: new Set(Object.keys(num.tens)),
    scales: lowerMap(num.scales),
    percent: longestFirst(num.percent),
    approx: Object.entries(num.approx).sort(byLength),
    timeUnits: longestFirst(num.timeUnits.map((t) => t.toLowerCase())),
    months: new Set(num.months),
    measures: longestFirst(num.measures.map((m) => m.toLowerCase())),
    massNouns: new Set(num.massNouns),
    notUnits: new Set(num.notUnits),
  };
}
