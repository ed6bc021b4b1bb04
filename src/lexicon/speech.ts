/**
 * Loads data/speech (attribution verbs, reporting verbs, speech nouns, "according to" phrases,
 * clause boundaries) into immutable sets for the quotes stage.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";

const schema = z.object({
  verbs: z.array(z.string().min(1)),
  reporting: z.array(z.string().min(1)),
  nouns: z.array(z.string().min(1)),
  according: z.array(z.string().min(1)),
  boundaries: z.array(z.string().min(1)),
  coordinators: z.array(z.string().min(1)),
  speakerNouns: z.array(z.string().min(1)),
}).strict();

/** Lookups used by the quotes stage; every word is lower case. */
export interface SpeechLexicon {
  /** Lemmas of verbs whose subject is the speaker of a quote in the clause. */
  verbs: ReadonlySet<string>;
  /** Lemmas of verbs whose complement clause is reported speech. */
  reporting: ReadonlySet<string>;
  nouns: ReadonlySet<string>;
  /** "according to" and the like, longest first. */
  according: readonly string[];
  boundaries: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  /** Head nouns of descriptions that can be speakers ("the aide", "the ministry"). */
  speakerNouns: ReadonlySet<string>;
}

/** Loads and validates data/speech/speech.yaml; throws naming the file when it is malformed. */
export function loadSpeechLexicon(dataDir: string): SpeechLexicon {
  const file = join(dataDir, "speech", "speech.yaml");
  const result = schema.safeParse(parse(readFileSync(file, "utf8")));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`lexicon ${file}: ${issue?.path.join(".") || "(root)"}: ${issue?.message}`);
  }
  const d = result.data;
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    verbs: lower(d.verbs),
    reporting: lower(d.reporting),
    nouns: lower(d.nouns),
    according: [...d.according].map((x) => x.toLowerCase()).sort((a, b) => b.length - a.length),
    boundaries: lower(d.boundaries),
    coordinators: lower(d.coordinators),
    speakerNouns: lower(d.speakerNouns),
  };
}
