/** Placeholder for `dyad stats`; replaced by its owner. */
import type { Command } from "commander";
import { DyadError, EXIT } from "../errors.ts";

/** Registers `dyad stats` (placeholder). */
export function registerStats(program: Command): void {
  program.command("stats").description("(not built yet)").allowUnknownOption().action(() => {
    throw new DyadError("stats: not built yet", { exitCode: EXIT.usage });
  });
}
