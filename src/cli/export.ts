/** `dyad export`: PLOVER JSON Lines, a GDELT-style TSV or Parquet, for R, pandas and friends. */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Command } from "commander";
import { CODER_VERSION } from "../coder.ts";
import { DyadError, EXIT } from "../errors.ts";
import { GDELT_COLUMNS, toGdeltRow } from "../store/export-gdelt.ts";
import { writeParquet } from "../store/export-parquet.ts";
import { toPlover } from "../store/export-plover.ts";
import { allEvents, flatEvent, type FlatEvent } from "../store/rows.ts";
import { openStore, type EventFilter, type Store } from "../store/store.ts";
import { addFilterOptions, filterFromFlags, type FilterFlags } from "./query.ts";

/** Writes lines to a file or stdout, respecting back-pressure; returns the count written. */
async function writeLines(out: string | undefined, lines: AsyncIterable<string>): Promise<number> {
  const stream = out && out !== "-" ? createWriteStream(out) : process.stdout;
  let n = 0;
  for await (const line of lines) {
    if (!stream.write(`${line}\n`)) await once(stream, "drain");
    n += 1;
  }
  if (stream !== process.stdout) {
    stream.end();
    await once(stream, "finish");
  }
  return n;
}

async function* mapEvents<T>(store: Store, filter: EventFilter, fn: (e: Parameters<typeof flatEvent>[0]) => T): AsyncGenerator<T> {
  for await (const e of allEvents(store, filter)) yield fn(e);
}

/** Exports the events matching `filter` in `format`; returns the number of events written. */
export async function exportEvents(store: Store, format: string, filter: EventFilter, out?: string): Promise<number> {
  if (format === "plover") return writeLines(out, mapEvents(store, filter, (e) => JSON.stringify(toPlover(e, `dyad ${CODER_VERSION}`))));
  if (format === "gdelt") {
    // GDELT has one row per event with NumMentions, so linked mentions collapse into their first one.
    const rows = mapEvents(store, { ...filter, distinct: true }, toGdeltRow);
    const withHeader = async function* (): AsyncGenerator<string> {
      yield GDELT_COLUMNS.join("\t");
      yield* rows;
    };
    return (await writeLines(out, withHeader())) - 1;
  }
  if (format === "parquet") {
    if (!out || out === "-") throw new DyadError("export: Parquet needs --out FILE", { exitCode: EXIT.usage });
    return writeParquet(mapEvents<FlatEvent>(store, filter, flatEvent), out);
  }
  throw new DyadError(`export: --format must be plover, gdelt or parquet, got "${format}"`, { exitCode: EXIT.usage });
}

/** Registers `dyad export`. */
export function registerExport(program: Command): void {
  addFilterOptions(program.command("export").description("export events as PLOVER JSON Lines, GDELT-style TSV or Parquet"))
    .requiredOption("--format <fmt>", "plover | gdelt | parquet")
    .option("--out <file>", "output file (default stdout; required for parquet)")
    .action(async (flags: FilterFlags & { format: string; out?: string }) => {
      const filter = filterFromFlags(flags);
      const store = await openStore(flags.db, { create: false });
      try {
        const n = await exportEvents(store, flags.format, filter, flags.out);
        if (flags.out && flags.out !== "-") process.stderr.write(`exported ${n} events to ${flags.out}\n`);
      } finally {
        await store.close();
      }
    });
}
