/**
 * The coder: turns one input document into a CodedArticle by running the pipeline.
 */
import { createHash } from "node:crypto";
import { createDoc, toCodedArticle, type ArticleDoc } from "./document.ts";
import { loadLexicon, type Lexicon } from "./lexicon/index.ts";
import { loadNlp, type Nlp } from "./nlp.ts";
import { createPipeline } from "./pipeline.ts";
import { resolveLimits, runStages, type Limits } from "./limits.ts";
import type { CodedArticle, DocInput } from "./types.ts";

/** Version of the coding rules; stored with every article so recoding can replace old rows. */
export const CODER_VERSION = "0.1.0";

export interface CoderOptions {
  dataDir?: string;
  lexicon?: Lexicon;
  nlp?: Nlp;
  /** Per-document limits (size, sentences, time); unset fields come from DYAD_* env vars or defaults. */
  limits?: Partial<Limits>;
}

export interface Coder {
  readonly version: string;
  /** Runs the pipeline and returns the working document (for explain and tests). */
  run(input: DocInput): ArticleDoc;
  /** Runs the pipeline and returns the public record. */
  code(input: DocInput): CodedArticle;
}

/** A stable id for a document without one: a hash of its content. */
export function contentId(input: DocInput): string {
  const h = createHash("sha256");
  h.update(input.html ?? input.text ?? "");
  return h.digest("hex").slice(0, 16);
}

/** Loads the lexicon and model once and returns a coder that can be called many times. */
export function createCoder(options: CoderOptions = {}): Coder {
  const lexicon = options.lexicon ?? loadLexicon(options.dataDir);
  const nlp = options.nlp ?? loadNlp();
  const stages = createPipeline(lexicon, nlp);
  const limits = resolveLimits(options.limits, process.env);
  const run = (input: DocInput): ArticleDoc => {
    const doc = createDoc(input, input.id ?? contentId(input));
    runStages(doc, stages, limits);
    return doc;
  };
  return {
    version: CODER_VERSION,
    run,
    code: (input) => toCodedArticle(run(input), CODER_VERSION),
  };
}
