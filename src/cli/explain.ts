/**
 * `dyad explain FILE|-`: codes one document and prints it for a reader: removed lines,
 * headings, entities with actor codes, coreference links, time words, events, quotes and
 * amounts, each with the rule id that produced it. Same input checks and exit codes as
 * `dyad code` (see src/cli/code.ts).
 */
import type { Command } from "commander";
import { createCoder } from "../coder.ts";
import { renderExplain } from "./explain-render.ts";
import { readDocument } from "./read-input.ts";

/** Registers `dyad explain`. */
export function registerExplain(program: Command): void {
  program.command("explain [file]").description("code one document and show every decision with its rule id")
    .option("--color", "force ANSI colour")
    .option("--plain", "no colour even on a terminal")
    .action((file: string | undefined, opts: { color?: boolean; plain?: boolean }) => {
      const doc = createCoder().run(readDocument(file));
      const color = opts.color === true || (process.stdout.isTTY === true && !process.env.NO_COLOR && !opts.plain);
      process.stdout.write(renderExplain(doc, { color }));
    });
}
