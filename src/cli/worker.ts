/** Placeholder for `dyad worker`; replaced by its owner. */
import type { Command } from "commander";
import { DyadError, EXIT } from "../errors.ts";

/** Registers `dyad worker` (placeholder). */
export function registerWorker(program: Command): void {
  program.command("worker").description("(not built yet)").allowUnknownOption().action(() => {
    throw new DyadError("worker: not built yet", { exitCode: EXIT.usage });
  });
}
