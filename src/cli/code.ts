/** `dyad code FILE|-` and `dyad code --jsonl FILE|-` (minimal version; its owner extends it). */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { createCoder } from "../coder.ts";

/** Registers `dyad code`. */
export function registerCode(program: Command): void {
  program.command("code [file]").description("code one document (or JSON Lines with --jsonl) and print JSON")
    .option("--jsonl", "read JSON Lines of documents, write JSON Lines of coded articles")
    .action((file: string | undefined, opts: { jsonl?: boolean }) => {
      const input = readFileSync(file && file !== "-" ? file : 0, "utf8");
      const coder = createCoder();
      if (opts.jsonl) {
        const out: string[] = [];
        for (const line of input.split("\n")) {
          if (!line.trim()) continue;
          out.push(JSON.stringify(coder.code(JSON.parse(line))));
        }
        process.stdout.write(out.join("\n") + "\n");
      } else {
        const isHtml = /\.html?$/i.test(file ?? "");
        process.stdout.write(JSON.stringify(coder.code(isHtml ? { html: input } : { text: input })) + "\n");
      }
    });
}
