/** Placeholder for `dyad explain`; replaced by its owner. */
import type { Command } from "commander";
import { DyadError, EXIT } from "../errors.ts";

/** Registers `dyad explain` (placeholder). */
export function registerExplain(program: Command): void {
  program.command("explain").description("(not built yet)").allowUnknownOption().action(() => {
    throw new DyadError("explain: not built yet", { exitCode: EXIT.usage });
  });
}
