/** Placeholder for `dyad serve`; replaced by its owner. */
import type { Command } from "commander";
import { DyadError, EXIT } from "../errors.ts";

/** Registers `dyad serve` (placeholder). */
export function registerServe(program: Command): void {
  program.command("serve").description("(not built yet)").allowUnknownOption().action(() => {
    throw new DyadError("serve: not built yet", { exitCode: EXIT.usage });
  });
}
