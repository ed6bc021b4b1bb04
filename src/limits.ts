/**
 * Limits on one document: size, sentence count and time. A document over a limit is not an
 * error: the coder returns a valid empty or partial record with a message saying why, so ingest
 * can record it as skipped and go on. A stage that throws becomes a message too.
 */
import { report, type ArticleDoc } from "./document.ts";
import { breakLongRuns, capSentences, htmlDepth, splitLongSentences } from "./limits-text.ts";
import type { NamedStage } from "./pipeline.ts";
import type { DocInput } from "./types.ts";

/** Per-document limits; every field is configurable through `CoderOptions.limits` or the environment. */
export interface Limits {
  /** Largest input (HTML or text) in UTF-8 bytes. */
  maxBytes: number;
  /** Most sentences coded; later sentences are cut off the text. */
  maxSentences: number;
  /** Wall-clock budget in ms; checked between stages, so one slow stage can overrun it once. */
  timeBudgetMs: number;
  /** Longest run of non-space characters tokenised as is; longer runs are broken with spaces. */
  maxRunChars: number;
  /** Most tokens in one sentence; longer "sentences" (lists, run-on junk) are split. */
  maxSentenceTokens: number;
  /** Deepest HTML element nesting accepted; Readability is quadratic in depth (200 deep: 1.2 s). */
  maxHtmlDepth: number;
}

/** Defaults: a long feature article is ~60 KB and ~400 sentences; these leave room for that. */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxBytes: 2_000_000,
  maxSentences: 2_000,
  timeBudgetMs: 10_000,
  maxRunChars: 256,
  maxSentenceTokens: 300,
  maxHtmlDepth: 160,
});

export { breakLongRuns, capSentences, htmlDepth, splitLongSentences } from "./limits-text.ts";

/** The stage name used on messages about limits. */
export const LIMITS_STAGE = "limits";

const ENV_KEYS: Record<keyof Limits, string> = {
  maxBytes: "DYAD_MAX_BYTES",
  maxSentences: "DYAD_MAX_SENTENCES",
  timeBudgetMs: "DYAD_TIME_BUDGET_MS",
  maxRunChars: "DYAD_MAX_RUN_CHARS",
  maxSentenceTokens: "DYAD_MAX_SENTENCE_TOKENS",
  maxHtmlDepth: "DYAD_MAX_HTML_DEPTH",
};

/** Merges overrides (then environment variables) over the defaults; throws on a nonsense value. */
export function resolveLimits(overrides: Partial<Limits> = {}, env: NodeJS.ProcessEnv = {}): Limits {
  const out: Limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(ENV_KEYS) as (keyof Limits)[]) {
    const raw = env[ENV_KEYS[key]];
    const value = overrides[key] ?? (raw === undefined || raw === "" ? undefined : Number(raw));
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value <= 0) {
      throw new Error(`limits: ${key} must be a positive number, got ${String(raw ?? value)}`);
    }
    out[key] = value;
  }
  return out;
}

/** The reason an input is refused before coding, with its rule id, or undefined when it is within limits. */
export function inputOverLimit(input: DocInput, limits: Limits): { rule: string; text: string } | undefined {
  const body = input.html ?? input.text ?? "";
  // Cheap bound first: a UTF-8 byte is at most 3 per UTF-16 unit, at least 1.
  const bytes = body.length <= limits.maxBytes / 3 ? 0 : Buffer.byteLength(body, "utf8");
  if (bytes > limits.maxBytes) {
    return { rule: "limits.max-bytes", text: `document is ${bytes} bytes, over the limit of ${limits.maxBytes}; skipped` };
  }
  const depth = input.html !== undefined && input.text === undefined ? htmlDepth(input.html) : 0;
  if (depth > limits.maxHtmlDepth) {
    return { rule: "limits.max-html-depth", text: `HTML nested ${depth} elements deep, over the limit of ${limits.maxHtmlDepth}; skipped` };
  }
  return undefined;
}

/**
 * Removes NUL characters from every string field of the input: PostgreSQL text cannot hold
 * them, so one NUL would make a whole ingest batch fail to store, and no news text needs one.
 */
export function dropNul(doc: ArticleDoc): void {
  const entries = Object.entries(doc.input);
  if (!entries.some(([, v]) => typeof v === "string" && v.includes("\u0000"))) return;
  doc.input = Object.fromEntries(entries.map(([k, v]) => [k, typeof v === "string" ? v.replaceAll("\u0000", "") : v]));
  report(doc, LIMITS_STAGE, "NUL characters removed from the input", "warn", "limits.nul");
}

/**
 * Runs the stages with the limits applied: refuses an oversized input, caps sentences after
 * segmentation, stops when the time budget is spent, and turns a throwing stage into a message.
 */
export function runStages(doc: ArticleDoc, stages: NamedStage[], limits: Limits, now: () => number = Date.now): void {
  const refused = inputOverLimit(doc.input, limits);
  if (refused) {
    report(doc, LIMITS_STAGE, refused.text, "error", refused.rule);
    return;
  }
  dropNul(doc);
  const started = now();
  for (const [i, stage] of stages.entries()) {
    const spent = now() - started;
    if (i > 0 && spent > limits.timeBudgetMs) {
      const skipped = stages.slice(i).map((s) => s.name).join(", ");
      report(doc, LIMITS_STAGE, `time budget of ${limits.timeBudgetMs} ms spent after ${spent} ms; skipped ${skipped}`,
        "error", "limits.time-budget");
      return;
    }
    try {
      stage.run(doc);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      report(doc, stage.name, `stage failed: ${message.split("\n")[0]}`, "error", "limits.stage-error");
    }
    if (stage.name === "clean") breakLongRuns(doc, limits.maxRunChars);
    if (stage.name === "segment") {
      splitLongSentences(doc, limits.maxSentenceTokens);
      capSentences(doc, limits.maxSentences);
    }
  }
}

/** Why a coded record was skipped or cut short by a limit, or undefined when it was not. */
export function limitReason(messages: readonly { stage: string; text: string; level: string }[] = []): string | undefined {
  return messages.find((m) => m.stage === LIMITS_STAGE && m.level === "error")?.text;
}
