/**
 * Loads data/cleaning/*.yaml: boilerplate line rules, embed signatures, datelines, timestamp
 * labels and heading limits. Validates with zod and compiles every pattern once; a bad file
 * throws naming the file and the rule.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import type { RemovedKind } from "../types.ts";

const KINDS = ["read-more", "embed", "credit", "boilerplate"] as const;

const patternFields = { id: z.string().min(1), pattern: z.string().min(1), flags: z.string().regex(/^[im]*$/).optional(), note: z.string().optional() };

const LinesFile = z.object({
  rules: z.array(z.object({
    ...patternFields,
    kind: z.enum(KINDS),
    outlet: z.number().int().min(1).max(9).optional(),
    date: z.enum(["published", "updated", "id"]).optional(),
    block: z.boolean().optional(),
  }).strict()).min(1),
}).strict();
const EmbedsFile = z.object({
  precedingLines: z.number().int().min(0).max(5),
  signatures: z.array(z.object(patternFields).strict()).min(1),
  inline: z.array(z.object(patternFields).strict()),
}).strict();
const DatelinesFile = z.object({
  searchLines: z.number().int().min(1).max(10),
  notPlaces: z.array(z.string()),
  patterns: z.array(z.object(patternFields).strict()).min(1),
}).strict();
const TimestampsFile = z.object({
  maxResidueWords: z.number().int().min(0),
  maxChars: z.number().int().min(10),
  labels: z.array(z.string()),
  updatedLabels: z.array(z.string()),
}).strict();
const HeadingsFile = z.object({
  maxWords: z.number().int().min(1),
  minWords: z.number().int().min(1),
  maxChars: z.number().int().min(1),
  sentenceEnds: z.string(),
  questionMaxWords: z.number().int().min(0),
}).strict();
const MacrosFile = z.record(z.string().regex(/^[A-Z]{2,}$/), z.string());

/** A compiled pattern with the id recorded on what it removes. */
export interface Pattern {
  id: string;
  re: RegExp;
}

/** A whole-line rule (see data/cleaning/lines.yaml). */
export interface LineRule extends Pattern {
  kind: RemovedKind;
  outletRank?: number;
  date?: "published" | "updated" | "id";
  block: boolean;
}

/** Everything the clean stage needs, compiled. */
export interface CleaningLexicon {
  lines: readonly LineRule[];
  embeds: { precedingLines: number; signatures: readonly Pattern[]; inline: readonly Pattern[] };
  datelines: { searchLines: number; notPlaces: ReadonlySet<string>; patterns: readonly Pattern[] };
  timestamps: { maxResidueWords: number; maxChars: number; labels: readonly string[]; updatedLabels: readonly string[] };
  headings: { maxWords: number; minWords: number; maxChars: number; sentenceEnds: string; questionMaxWords: number };
}

function readYaml<T>(dir: string, name: string, schema: z.ZodType<T>): T {
  const file = join(dir, "cleaning", name);
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new Error(`lexicon: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`lexicon: ${file}: ${issue.path.join(".")}: ${issue.message}`);
  }
  return result.data;
}

/** Compiles one pattern after splicing in {MACRO}s; names the file and rule on failure. */
function compile(file: string, p: { id: string; pattern: string; flags?: string }, macros: Record<string, string>): RegExp {
  const source = p.pattern.replace(/(?<!\\[pP])\{([A-Z]{2,})\}/g, (whole, name: string) => {
    if (!(name in macros)) throw new Error(`lexicon: data/cleaning/${file}: rule ${p.id}: unknown macro {${name}}`);
    return macros[name];
  });
  try {
    return new RegExp(source, `${p.flags ?? ""}u`);
  } catch (err) {
    throw new Error(`lexicon: data/cleaning/${file}: rule ${p.id}: bad pattern: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Loads and validates data/cleaning. */
export function loadCleaningLexicon(dataDir: string): CleaningLexicon {
  const macros = readYaml(dataDir, "macros.yaml", MacrosFile);
  const lines = readYaml(dataDir, "lines.yaml", LinesFile);
  const embeds = readYaml(dataDir, "embeds.yaml", EmbedsFile);
  const datelines = readYaml(dataDir, "datelines.yaml", DatelinesFile);
  const timestamps = readYaml(dataDir, "timestamps.yaml", TimestampsFile);
  const headings = readYaml(dataDir, "headings.yaml", HeadingsFile);
  const pat = (file: string) => (p: { id: string; pattern: string; flags?: string }): Pattern => ({ id: p.id, re: compile(file, p, macros) });
  return {
    lines: lines.rules.map((r) => {
      const re = compile("lines.yaml", r, macros);
      if (r.outlet !== undefined && !re.source.includes("(?<outlet>")) {
        throw new Error(`lexicon: data/cleaning/lines.yaml: rule ${r.id}: outlet rank given but no (?<outlet>) group`);
      }
      return { id: r.id, re, kind: r.kind, outletRank: r.outlet, date: r.date, block: r.block ?? false };
    }),
    embeds: { precedingLines: embeds.precedingLines, signatures: embeds.signatures.map(pat("embeds.yaml")), inline: embeds.inline.map(pat("embeds.yaml")) },
    datelines: { searchLines: datelines.searchLines, notPlaces: new Set(datelines.notPlaces), patterns: datelines.patterns.map(pat("datelines.yaml")) },
    timestamps,
    headings,
  };
}
