/** `dyad stats`: what the store holds — counts, events by type, month and dyad, top cooperation and conflict. */
import type { Command } from "commander";
import { DEFAULT_DB, openStore, type StoreStats } from "../store/store.ts";

/** The human-readable report. */
export function formatStats(s: StoreStats): string {
  const lines = [
    `articles ${s.articles}, sentences ${s.sentences}, events ${s.events} (${s.linkedEvents} after cross-article linking), ` +
      `quotes ${s.quotes}, amounts ${s.amounts}`,
    `coder versions: ${Object.entries(s.coders).map(([k, n]) => `${k || "?"} ${n}`).join(", ") || "-"}`,
    "",
    "events by type:",
    ...Object.entries(s.byType).map(([k, n]) => `  ${k.padEnd(10)} ${n}`),
    "",
    "events by month:",
    ...Object.entries(s.byMonth).map(([k, n]) => `  ${k} ${n}`),
    "",
    "top dyads:",
    ...s.byDyad.slice(0, 10).map((d) => `  ${d.dyad.padEnd(9)} ${d.events}`),
    "",
    "most cooperative dyads (Goldstein sum):",
    ...s.topCooperation.map((d) => `  ${d.dyad.padEnd(9)} ${d.goldstein.toFixed(1).padStart(8)}  (${d.events} events)`),
    "",
    "most conflictual dyads (Goldstein sum):",
    ...s.topConflict.map((d) => `  ${d.dyad.padEnd(9)} ${d.goldstein.toFixed(1).padStart(8)}  (${d.events} events)`),
  ];
  return `${lines.join("\n")}\n`;
}

/** Registers `dyad stats`. */
export function registerStats(program: Command): void {
  program.command("stats").description("counts of what the store holds")
    .option("--db <path|url>", "SQLite file or postgres:// URL", DEFAULT_DB)
    .option("--format <fmt>", "text | json", "text")
    .action(async (flags: { db: string; format: string }) => {
      const store = await openStore(flags.db, { create: false });
      try {
        const s = await store.stats();
        process.stdout.write(flags.format === "json" ? `${JSON.stringify(s)}\n` : formatStats(s));
      } finally {
        await store.close();
      }
    });
}
