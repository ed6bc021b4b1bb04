/**
 * Progress on a terminal: count, rate and ETA redrawn in place on stderr, at most five times a
 * second; nothing at all when stderr is not a TTY (logs and pipes stay clean).
 */
import { closeSync, openSync, readFileSync, readSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { kindOf } from "./walk.ts";

/** A progress display. */
export interface Progress {
  update(done: number): void;
  done(): void;
}

/** Seconds as "1h02m", "3m05s" or "12s". */
export function formatDuration(s: number): string {
  if (!Number.isFinite(s) || s < 0) return "?";
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(Math.floor(s % 60)).padStart(2, "0")}s`;
  return `${Math.round(s)}s`;
}

/** The progress line for `done` of `total` after `seconds`. */
export function progressLine(done: number, total: number | undefined, seconds: number): string {
  const rate = seconds > 0 ? done / seconds : 0;
  const count = total ? `${done}/${total} documents` : `${done} documents`;
  const eta = total && rate > 0 ? `, ETA ${formatDuration((total - done) / rate)}` : "";
  return `ingest: ${count}, ${rate.toFixed(1)}/s${eta}`;
}

/** Progress on `stream` when it is a TTY, else a no-op. */
export function createProgress(total: number | undefined, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  const t0 = Date.now();
  let last = 0;
  return {
    update: (done) => {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      stream.write(`\r${progressLine(done, total, (now - t0) / 1000)}\x1b[K`);
    },
    done: () => stream.write("\r\x1b[K"),
  };
}

/** Lines of a file, read in 1 MB chunks (JSON Lines archives can be larger than memory). */
export function countLines(path: string): number {
  const fd = openSync(path, "r");
  const buf = Buffer.alloc(1 << 20);
  let lines = 0;
  let last = 10;
  try {
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) {
      for (let i = 0; i < n; i++) if (buf[i] === 10) lines += 1;
      last = buf[n - 1];
    }
  } finally {
    closeSync(fd);
  }
  return last === 10 ? lines : lines + 1;
}

/** Cheap estimate of how many documents the paths hold (undefined when a WARC makes it unknowable). */
export function estimateTotal(paths: string[]): number | undefined {
  let total = 0;
  const visit = (p: string): boolean => {
    let st;
    try {
      st = statSync(p);
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === "ENOENT";
    }
    if (st.isDirectory()) return readdirSync(p).filter((n) => !n.startsWith(".")).every((n) => visit(join(p, n)));
    const kind = kindOf(p);
    if (kind === "warc") return false;
    if (kind === "jsonl") total += countLines(p);
    else if (kind === "feed") total += (readFileSync(p, "utf8").match(/<(item|entry)[\s>]/g) ?? []).length;
    else if (kind) total += 1;
    return true;
  };
  return paths.every(visit) ? total : undefined;
}
