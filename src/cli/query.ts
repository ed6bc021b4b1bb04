/** `dyad query`: events from the store by actor, dyad, type, CAMEO root, quad, status, dates and words. */
import type { Command } from "commander";
import { DyadError, EXIT } from "../errors.ts";
import { allEvents, csvField, FLAT_COLUMNS, flatEvent, type FlatEvent } from "../store/rows.ts";
import { DEFAULT_DB, openStore, type EventFilter } from "../store/store.ts";
import { PLOVER_TYPES, type EventStatus, type PloverType } from "../types.ts";

/** Filter flags shared by `query` and `export`. */
export interface FilterFlags {
  db: string;
  actor?: string;
  recipient?: string;
  dyad?: string;
  both?: boolean;
  type?: string;
  cameo?: string;
  quad?: string;
  status?: string;
  from?: string;
  to?: string;
  text?: string;
  article?: string;
  negated?: boolean;
  hypothetical?: boolean;
  distinct?: boolean;
}

/** Adds the filter flags to a command. */
export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option("--db <path|url>", "SQLite file or postgres:// URL", DEFAULT_DB)
    .option("--actor <code>", "actor: country (RUS) or full code (RUSGOV)")
    .option("--recipient <code>", "recipient: country or full code")
    .option("--dyad <A-B>", "actor A towards recipient B, e.g. RUS-PAK")
    .option("--both", "with --dyad: either direction")
    .option("--type <types>", "PLOVER types, comma-separated (AGREE,ASSAULT)")
    .option("--cameo <root>", "CAMEO root code, two digits (04)")
    .option("--quad <n>", "quad class 1-4 (verbal/material cooperation/conflict)")
    .option("--status <list>", "asserted,intended,negated,hypothetical,historical")
    .option("--from <date>", "first day, YYYY-MM-DD")
    .option("--to <date>", "last day, YYYY-MM-DD")
    .option("--text <words>", "words that must all occur in the evidence sentence")
    .option("--article <id>", "events of one article")
    .option("--negated", "include negated events")
    .option("--hypothetical", "include hypothetical events")
    .option("--distinct", "one row per linked event (the first mention) instead of one per mention");
}

const usage = (msg: string): DyadError => new DyadError(msg, { exitCode: EXIT.usage });
const day = (name: string, v?: string): string | undefined => {
  if (v !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw usage(`${name} must be YYYY-MM-DD, got "${v}"`);
  return v;
};

/** Validates flags into an EventFilter. */
export function filterFromFlags(f: FilterFlags): EventFilter {
  const types = f.type?.split(",").map((t) => t.trim().toUpperCase()).filter(Boolean);
  for (const t of types ?? []) if (!(PLOVER_TYPES as readonly string[]).includes(t)) throw usage(`unknown PLOVER type "${t}"`);
  const quad = f.quad === undefined ? undefined : Number(f.quad);
  if (quad !== undefined && ![1, 2, 3, 4].includes(quad)) throw usage(`--quad must be 1, 2, 3 or 4, got "${f.quad}"`);
  if (f.cameo !== undefined && !/^\d{2}$/.test(f.cameo)) throw usage(`--cameo must be a two-digit root, got "${f.cameo}"`);
  const statuses = f.status?.split(",").map((s) => s.trim()).filter(Boolean) as EventStatus[] | undefined;
  return {
    actor: f.actor, recipient: f.recipient, dyad: f.dyad, both: f.both,
    type: types as PloverType[] | undefined, cameoRoot: f.cameo, quad: quad as EventFilter["quad"],
    status: statuses, from: day("--from", f.from), to: day("--to", f.to), text: f.text, article: f.article,
    includeNegated: f.negated, includeHypothetical: f.hypothetical, distinct: f.distinct,
  };
}

const TABLE: (keyof FlatEvent)[] = ["date", "type", "cameo", "actors", "recipients", "status", "mentions", "evidence"];

/** A fixed-width line for the table format; the evidence column takes what is left of the terminal. */
export function tableLine(cells: string[], width: number): string {
  const widths = [10, 9, 5, 14, 14, 12, 4];
  const fixed = cells.slice(0, -1).map((c, i) => c.slice(0, widths[i]).padEnd(widths[i])).join(" ");
  return `${fixed} ${cells[cells.length - 1].slice(0, Math.max(20, width - fixed.length - 1))}`;
}

/** Registers `dyad query`. */
export function registerQuery(program: Command): void {
  addFilterOptions(program.command("query").description("list stored events, one a line with its evidence sentence"))
    .option("--format <fmt>", "table | jsonl | csv (default: table on a terminal, else jsonl)")
    .option("--limit <n>", "at most this many events (default 50 for tables, all otherwise)")
    .action(async (flags: FilterFlags & { format?: string; limit?: string }) => {
      const format = flags.format ?? (process.stdout.isTTY ? "table" : "jsonl");
      if (!["table", "jsonl", "csv"].includes(format)) throw usage(`--format must be table, jsonl or csv, got "${format}"`);
      const limit = flags.limit !== undefined ? Number(flags.limit) : format === "table" ? 50 : Infinity;
      if (!(limit > 0)) throw usage(`--limit must be a positive number, got "${flags.limit}"`);
      const filter = filterFromFlags(flags);
      const store = await openStore(flags.db, { create: false });
      const out: string[] = [];
      const emit = (line: string): void => {
        out.push(line);
        if (out.length >= 500) process.stdout.write(`${out.splice(0).join("\n")}\n`);
      };
      try {
        if (format === "table") emit(tableLine(TABLE.map(String), process.stdout.columns || 160));
        if (format === "csv") emit(Object.keys(FLAT_COLUMNS).join(","));
        for await (const e of allEvents(store, filter, limit)) {
          const row = flatEvent(e);
          if (format === "jsonl") emit(JSON.stringify(e));
          else if (format === "csv") emit(Object.values(row).map(csvField).join(","));
          else emit(tableLine(TABLE.map((k) => String(row[k] ?? "")), process.stdout.columns || 160));
        }
      } finally {
        await store.close();
      }
      if (out.length) process.stdout.write(`${out.join("\n")}\n`);
    });
}
