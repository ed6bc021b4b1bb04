import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countLines, createProgress, estimateTotal, formatDuration, progressLine } from "./progress.ts";

describe("progress", () => {
  it("shows count, rate and time left once the total is known", () => {
    expect(progressLine(250, 1000, 10)).toBe("ingest: 250/1000 documents, 25.0/s, ETA 30s");
    expect(progressLine(40, undefined, 8)).toBe("ingest: 40 documents, 5.0/s");
    expect(formatDuration(3725)).toBe("1h02m");
    expect(formatDuration(185)).toBe("3m05s");
  });

  it("writes nothing when the stream is not a terminal", () => {
    let written = "";
    const stream = { isTTY: false, write: (s: string) => ((written += s), true) } as unknown as NodeJS.WriteStream;
    const p = createProgress(10, stream);
    p.update(5);
    p.done();
    expect(written).toBe("");
  });

  it("estimates the documents in a folder of text, JSON Lines and feeds, but not of a WARC", () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-progress-"));
    writeFileSync(join(dir, "a.txt"), "Iran and Iraq signed a border accord.");
    writeFileSync(join(dir, "b.jsonl"), '{"text":"one"}\n{"text":"two"}\n{"text":"three"}');
    writeFileSync(join(dir, "c.rss"), "<rss><channel><item><title>x</title></item><item><title>y</title></item></channel></rss>");
    expect(countLines(join(dir, "b.jsonl"))).toBe(3);
    expect(estimateTotal([dir])).toBe(6);
    writeFileSync(join(dir, "d.warc"), "WARC/1.1\r\n");
    expect(estimateTotal([dir])).toBeUndefined();
    rmSync(dir, { recursive: true, force: true });
  });
});
