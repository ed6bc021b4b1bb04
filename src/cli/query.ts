/** Placeholder for `dyad query`; replaced by its owner. */
import type { Command } from "commander";
import { DyadError, EXIT } from "../errors.ts";

/** Registers `dyad query` (placeholder). */
export function registerQuery(program: Command): void {
  program.command("query").description("(not built yet)").allowUnknownOption().action(() => {
    throw new DyadError("query: not built yet", { exitCode: EXIT.usage });
  });
}
