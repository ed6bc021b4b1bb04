/** Placeholder for `dyad demo`; replaced by its owner. */
import type { Command } from "commander";
import { DyadError, EXIT } from "../errors.ts";

/** Registers `dyad demo` (placeholder). */
export function registerDemo(program: Command): void {
  program.command("demo").description("(not built yet)").allowUnknownOption().action(() => {
    throw new DyadError("demo: not built yet", { exitCode: EXIT.usage });
  });
}
