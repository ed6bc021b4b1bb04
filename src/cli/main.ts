/**
 * The dyad command line: a thin shell that parses flags and calls the library.
 * Each command lives in its own file and registers itself on the program.
 */
import { Command, CommanderError } from "commander";
import { DyadError, EXIT } from "../errors.ts";
import { CODER_VERSION } from "../coder.ts";
import { registerCode } from "./code.ts";
import { registerExplain } from "./explain.ts";
import { registerIngest } from "./ingest.ts";
import { registerWorker } from "./worker.ts";
import { registerQuery } from "./query.ts";
import { registerExport } from "./export.ts";
import { registerStats } from "./stats.ts";
import { registerServe } from "./serve.ts";
import { registerDemo } from "./demo.ts";

/** Builds the program with every command registered. */
export function buildProgram(): Command {
  const program = new Command("dyad")
    .description("Code international news into political event data (PLOVER and CAMEO).")
    .version(CODER_VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of [registerCode, registerExplain, registerIngest, registerWorker, registerQuery,
    registerExport, registerStats, registerServe, registerDemo]) register(program);
  return program;
}

/** Runs the CLI; prints one line and sets the exit code on any failure, never a stack trace. */
export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : EXIT.usage;
    } else if (err instanceof DyadError) {
      process.stderr.write(`dyad: ${err.message}\n`);
      process.exitCode = err.exitCode;
    } else {
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(`dyad: internal error: ${message.split("\n")[0]}\n`);
      if (process.env.DYAD_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
      process.exitCode = EXIT.internal;
    }
  }
}
