/** Placeholder for `dyad export`; replaced by its owner. */
import type { Command } from "commander";
import { DyadError, EXIT } from "../errors.ts";

/** Registers `dyad export` (placeholder). */
export function registerExport(program: Command): void {
  program.command("export").description("(not built yet)").allowUnknownOption().action(() => {
    throw new DyadError("export: not built yet", { exitCode: EXIT.usage });
  });
}
