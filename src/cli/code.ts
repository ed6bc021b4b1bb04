/**
 * `dyad code FILE|-` and `dyad code --jsonl FILE|-`: the coder's command-line contract (SPEC.md).
 * Nothing but JSON is written to stdout; problems go to stderr as one line.
 *
 * Exit codes (src/errors.ts EXIT):
 *   0  ok: the article(s) were coded. Content problems (an HTML page with no article, a document
 *      over the size limit, every line boilerplate) still give a valid, possibly empty article
 *      whose `messages` say why. With --jsonl, bad lines are reported on stderr as
 *      "line N: reason" and skipped; the run still exits 0.
 *   2  usage: unknown option or bad arguments, or no FILE given while stdin is a terminal.
 *   3  unreadable: the file is missing, a directory, or not permitted.
 *   4  bad input: the single document is empty, binary, not valid UTF-8, or over the read limit.
 *   70 internal: a bug (the message is printed; DYAD_DEBUG=1 adds the stack).
 */
import { existsSync, statSync } from "node:fs";
import type { Command } from "commander";
import { createCoder, type Coder } from "../coder.ts";
import { DyadError, EXIT } from "../errors.ts";
import { readJsonl } from "./jsonl.ts";
import { readDocument } from "./read-input.ts";

/** Writes a line to stdout, waiting when the pipe is full so memory stays flat. */
async function writeLine(s: string): Promise<void> {
  if (!process.stdout.write(`${s}\n`)) await new Promise<void>((resolve) => process.stdout.once("drain", resolve));
}

/** Codes JSON Lines in order; returns how many lines were coded and how many skipped. */
export async function codeJsonl(coder: Coder, file: string | undefined): Promise<{ coded: number; skipped: number }> {
  let coded = 0;
  let skipped = 0;
  for await (const item of readJsonl(file)) {
    if ("error" in item) {
      process.stderr.write(`line ${item.line}: ${item.error}\n`);
      skipped++;
      continue;
    }
    let out: string;
    try {
      out = JSON.stringify(coder.code(item.doc));
    } catch (err) {
      process.stderr.write(`line ${item.line}: internal error: ${(err as Error).message.split("\n")[0]}\n`);
      skipped++;
      continue;
    }
    await writeLine(out);
    coded++;
  }
  return { coded, skipped };
}

function checkFile(file: string | undefined): void {
  if (!file && process.stdin.isTTY) throw new DyadError("code: give a FILE, or - to read stdin", { exitCode: EXIT.usage });
  if (!file || file === "-") return;
  if (!existsSync(file)) throw new DyadError(`${file}: cannot read: no such file`, { exitCode: EXIT.unreadable });
  if (statSync(file).isDirectory()) throw new DyadError(`${file}: is a directory, not a file`, { exitCode: EXIT.unreadable });
}

/** Registers `dyad code`. */
export function registerCode(program: Command): void {
  program.command("code [file]").description("code one document (text or HTML; - for stdin) and print a CodedArticle as JSON")
    .option("--jsonl", "read JSON Lines of documents, write JSON Lines of coded articles in the same order")
    .action(async (file: string | undefined, opts: { jsonl?: boolean }) => {
      if (opts.jsonl) {
        checkFile(file);
        await codeJsonl(createCoder(), file);
        return;
      }
      checkFile(file);
      const input = readDocument(file);
      await writeLine(JSON.stringify(createCoder().code(input)));
    });
}
