/**
 * Loads data/events: the CAMEO code table (cameo.json), the verb and noun patterns
 * (patterns/*.yaml) and the grammar word lists (frames.yaml). Validated with zod; a malformed
 * file throws at once, naming the file. Patterns are indexed by lemma for constant-time lookup.
 */
import type { NounTagged } from "../noun-tagged.ts";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { PLOVER_TYPES, type PloverType } from "../types.ts";

const ploverType = z.enum(PLOVER_TYPES);

const cameoEntry = z.object({
  name: z.string(),
  goldstein: z.number(),
  quad: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  plover: ploverType.optional(),
  mode: z.string().optional(),
  context: z.array(z.string()).optional(),
  note: z.string().optional(),
});
/** One CAMEO event code with its Goldstein weight, quad class and PLOVER reading. */
export type CameoEntry = z.infer<typeof cameoEntry>;

const pattern = z.object({
  id: z.string(),
  verbs: z.array(z.string()).optional(),
  nouns: z.array(z.string()).optional(),
  code: z.string().regex(/^\d{3,4}$/),
  type: ploverType.optional(),
  mode: z.string().optional(),
  particle: z.string().optional(),
  objects: z.array(z.string()).optional(),
  preps: z.array(z.string()).optional(),
  light: z.array(z.string()).optional(),
  reciprocal: z.boolean().optional(),
  /** Tried before other patterns of the same lemma (higher first). */
  rank: z.number().optional(),
  why: z.string().optional(),
}).refine((p) => (p.verbs?.length ?? 0) + (p.nouns?.length ?? 0) > 0, "needs verbs or nouns");
/** A verb or noun pattern: trigger lemmas plus cues, mapped to a CAMEO code (and PLOVER type). */
export type EventPattern = z.infer<typeof pattern>;

const shift = z.object({ byCode: z.record(z.string(), z.string()).default({}), byType: z.record(z.string(), z.string()) });
const frames = z.object({
  reporting: z.array(z.string()),
  light: z.array(z.string()),
  control: z.object({
    transparent: z.array(z.string()),
    intent: z.array(z.string()),
    threaten: z.array(z.string()),
    refuse: z.array(z.string()),
    request: z.array(z.string()),
  }),
  /** Intent verbs of material readiness ("prepared to attack" is MOBILIZE, not THREATEN). */
  preparation: z.array(z.string()).default([]),
  intentAdjectives: z.array(z.string()),
  intentModals: z.array(z.string()),
  hypotheticalModals: z.array(z.string()),
  obligationModals: z.array(z.string()),
  negators: z.array(z.string()),
  conditionals: z.array(z.string()),
  subordinators: z.array(z.string()),
  relatives: z.array(z.string()),
  /** Verbs whose subject noun is the event ("clashes erupted"); "break out" needs its particle. */
  occurrence: z.object({ verbs: z.array(z.string()), types: z.array(z.string()) }).default({ verbs: [], types: [] }),
  /** Past-tense verbs the tagger reads as nouns ("troops shot dead"), with the shapes that prove a verb. */
  nounTaggedVerbs: z.object({
    forms: z.record(z.string(), z.string()),
    resultatives: z.array(z.string()),
    preps: z.array(z.string()),
    units: z.array(z.string()),
  }).default({ forms: {}, resultatives: [], preps: [], units: [] }),
  /** Participles that remain events after a noun ("students protesting the vote"). */
  reducedRelatives: z.record(z.string(), z.string()).default({}),
  /** Charge words that make a direct quote its speaker's accusation ("an act of aggression"). */
  quoteAccusations: z.array(z.string()).default([]),
  /** Agentless passives whose doer is the reporting institution ("were released, police said"). */
  speakerAgent: z.object({ types: z.array(z.string()), sectors: z.array(z.string()) }).default({ types: [], sectors: [] }),
  /** Nouns that point back to an earlier event ("the veto"), with the PLOVER types (or CAMEO code prefixes) they may name. */
  anaphora: z.record(z.string(), z.array(z.string())),
  shifts: z.object({ intent: shift, threaten: shift, refuse: shift, request: shift }),
});
/** Grammar word lists and the control-verb code shifts. */
export type EventFrames = z.infer<typeof frames>;
/** The kind of control verb ("offered to X", "threatened to X", ...). */
export type ControlKind = keyof EventFrames["control"];

/** A pattern's cue lists as Sets, for lookups per token in the matcher. */
export interface PatternCues {
  objects?: ReadonlySet<string>;
  preps?: ReadonlySet<string>;
  light?: ReadonlySet<string>;
}

/** Immutable event lexicon handed to the events stage. */
export interface EventLexicon {
  cameo: ReadonlyMap<string, CameoEntry>;
  patterns: readonly EventPattern[];
  byVerb: ReadonlyMap<string, readonly EventPattern[]>;
  byNoun: ReadonlyMap<string, readonly EventPattern[]>;
  /** Each pattern's cue lists as Sets (same contents as the pattern's arrays). */
  cues: ReadonlyMap<EventPattern, PatternCues>;
  /** For each byVerb and byNoun list, every object cue of its patterns (one test rules them all out). */
  listObjects: ReadonlyMap<readonly EventPattern[], ReadonlySet<string>>;
  frames: EventFrames;
  control: ReadonlyMap<string, ControlKind>;
  /** frames.nounTaggedVerbs as lookups: noun-tagged form -> verb lemma, and the word sets that prove a verb. */
  nounTagged: NounTagged;
  sets: {
    reporting: ReadonlySet<string>; light: ReadonlySet<string>; intentAdjectives: ReadonlySet<string>;
    intentModals: ReadonlySet<string>; hypotheticalModals: ReadonlySet<string>; obligationModals: ReadonlySet<string>;
    negators: ReadonlySet<string>; conditionals: ReadonlySet<string>; subordinators: ReadonlySet<string>;
    relatives: ReadonlySet<string>; quoteAccusations: ReadonlySet<string>; reducedRelatives: ReadonlySet<string>; occurrence: ReadonlySet<string>;
    /** Every verb lemma the engine reacts to: pattern verbs, light, reporting and control verbs. */
    verbs: ReadonlySet<string>;
    /** Verb lemmas that can yield an event without a trigger noun: pattern verbs and control verbs. */
    triggers: ReadonlySet<string>;
    /** Verbs whose event may be a noun beside them: light verbs and occurrence verbs (pre-filter). */
    nounVerbs: ReadonlySet<string>;
    /** Verbs of readiness (frames.preparation). */
    preparation: ReadonlySet<string>;
    /** Reporting-body sectors and event types of frames.speakerAgent. */
    speakerAgentTypes: ReadonlySet<string>; speakerAgentSectors: ReadonlySet<string>;
  };
}

function readData<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    const text = readFileSync(file, "utf8");
    raw = file.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new Error(`lexicon: cannot read ${file}: ${(err as Error).message}`, { cause: err });
  }
  const res = schema.safeParse(raw);
  if (!res.success) {
    const issue = res.error.issues[0];
    throw new Error(`lexicon: ${file}: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return res.data;
}

function index(patterns: EventPattern[], key: "verbs" | "nouns"): Map<string, EventPattern[]> {
  const map = new Map<string, EventPattern[]>();
  for (const p of patterns) for (const w of p[key] ?? []) map.set(w, [...(map.get(w) ?? []), p]);
  // More specific patterns (with cues) are tried first; file order breaks ties.
  const cues = (p: EventPattern) => (p.objects ? 2 : 0) + (p.particle ? 2 : 0) + (p.preps ? 1 : 0);
  for (const list of map.values()) list.sort((a, b) => (b.rank ?? 0) - (a.rank ?? 0) || cues(b) - cues(a));
  return map;
}

/** The PLOVER type of a pattern: its own override, else the CAMEO table's reading. */
export function patternType(lex: Pick<EventLexicon, "cameo">, p: EventPattern): PloverType | undefined {
  return p.type ?? lex.cameo.get(p.code)?.plover;
}

/** Loads and validates data/events; throws naming the file on any problem. */
export function loadEventLexicon(dataDir: string): EventLexicon {
  const dir = join(dataDir, "events");
  const cameoFile = join(dir, "cameo.json");
  const cameo = new Map(Object.entries(readData(cameoFile, z.record(z.string(), cameoEntry))));
  const patDir = join(dir, "patterns");
  const patterns: EventPattern[] = [];
  for (const f of readdirSync(patDir).filter((n) => n.endsWith(".yaml")).sort()) {
    const file = join(patDir, f);
    for (const p of readData(file, z.array(pattern))) {
      if (!cameo.has(p.code)) throw new Error(`lexicon: ${file}: pattern ${p.id}: unknown CAMEO code ${p.code}`);
      if (!p.type && !cameo.get(p.code)?.plover) throw new Error(`lexicon: ${file}: pattern ${p.id}: code ${p.code} has no PLOVER type; set type`);
      patterns.push(p);
    }
  }
  const fr = readData(join(dir, "frames.yaml"), frames);
  for (const [verb, id] of Object.entries(fr.reducedRelatives)) {
    if (!patterns.some((p) => p.id === id && p.verbs?.includes(verb))) throw new Error(`lexicon: frames.yaml: reducedRelatives.${verb}: no verb pattern ${id} with ${verb}`);
  }
  const control = new Map<string, ControlKind>();
  for (const [kind, words] of Object.entries(fr.control)) for (const w of words) control.set(w, kind as ControlKind);
  const set = (a: string[]) => new Set(a);
  const cues = new Map<EventPattern, PatternCues>();
  for (const p of patterns) {
    cues.set(p, { objects: p.objects && set(p.objects), preps: p.preps && set(p.preps), light: p.light && set(p.light) });
  }
  const byVerb = index(patterns, "verbs");
  const byNoun = index(patterns, "nouns");
  for (const [form, lemma] of Object.entries(fr.nounTaggedVerbs.forms)) {
    if (!byVerb.has(lemma)) throw new Error(`lexicon: frames.yaml: nounTaggedVerbs.forms.${form}: no verb pattern with ${lemma}`);
  }
  const listObjects = new Map<readonly EventPattern[], ReadonlySet<string>>();
  for (const list of [...byVerb.values(), ...byNoun.values()]) listObjects.set(list, set(list.flatMap((p) => p.objects ?? [])));
  // A verb a noun pattern names as its light verb ("speeded up the withdrawal") is light too.
  const lightVerbs = [...fr.light, ...patterns.flatMap((p) => p.light ?? [])];
  // "broke out" is read at its first word.
  const occurrenceHeads = fr.occurrence.verbs.map((w) => w.split(" ")[0]);
  return {
    cameo, patterns, byVerb, byNoun, cues, listObjects, frames: fr, control,
    nounTagged: {
      forms: new Map(Object.entries(fr.nounTaggedVerbs.forms)), resultatives: set(fr.nounTaggedVerbs.resultatives),
      preps: set(fr.nounTaggedVerbs.preps), units: set(fr.nounTaggedVerbs.units),
    },
    sets: {
      reporting: set(fr.reporting),
      light: set(lightVerbs), intentAdjectives: set(fr.intentAdjectives),
      intentModals: set(fr.intentModals), hypotheticalModals: set(fr.hypotheticalModals),
      obligationModals: set(fr.obligationModals), negators: set(fr.negators), conditionals: set(fr.conditionals),
      subordinators: set(fr.subordinators), relatives: set(fr.relatives),
      quoteAccusations: set(fr.quoteAccusations), reducedRelatives: set(Object.keys(fr.reducedRelatives)), occurrence: set(fr.occurrence.verbs),
      verbs: set([...patterns.flatMap((p) => p.verbs ?? []), ...lightVerbs, ...fr.reporting, ...control.keys(), ...occurrenceHeads]),
      triggers: set([...byVerb.keys(), ...control.keys()]),
      nounVerbs: set([...lightVerbs, ...occurrenceHeads]),
      preparation: set(fr.preparation),
      speakerAgentTypes: set(fr.speakerAgent.types), speakerAgentSectors: set(fr.speakerAgent.sectors),
    },
  };
}
