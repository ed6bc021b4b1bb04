/** Placeholder for `dyad ingest`; replaced by its owner. */
import type { Command } from "commander";
import { DyadError, EXIT } from "../errors.ts";

/** Registers `dyad ingest` (placeholder). */
export function registerIngest(program: Command): void {
  program.command("ingest").description("(not built yet)").allowUnknownOption().action(() => {
    throw new DyadError("ingest: not built yet", { exitCode: EXIT.usage });
  });
}
