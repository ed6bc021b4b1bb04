/**
 * Loads data/actors: role words, organisation heads, named organisations, extra country and
 * place names, dated people and non-names. Validated with zod; a bad file throws naming it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";

const Sectors = z.record(z.string().regex(/^[A-Z]{3}$/), z.array(z.string()));
const RolesFile = z.object({
  person: Sectors, group: Sectors, organization: Sectors,
  modifiers: z.array(z.string()), honorifics: z.record(z.string(), z.enum(["m", "f"]).nullable()),
  female: z.array(z.string()), male: z.array(z.string()),
});
const OrgHeadsFile = z.object({ places: z.array(z.string()) }).catchall(z.array(z.string()));
const OrgFile = z.array(z.object({
  name: z.string(), aliases: z.array(z.string()).optional(),
  code: z.string().regex(/^[A-Z]{3,}$/), short: z.string().optional(),
  adjective: z.object({ word: z.string(), before: z.array(z.string()).min(1) }).optional(),
}));
const Iso3 = z.string().regex(/^[A-Z]{3}$/);
const PlacesFile = z.array(z.object({ name: z.string(), country: Iso3, capital: z.boolean().optional(), venue: z.boolean().optional() }));
const CountriesFile = z.object({
  names: z.record(Iso3, z.array(z.string())), adjectives: z.record(Iso3, z.array(z.string())),
  display: z.record(Iso3, z.string()).optional(),
});
const IsoDate = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.date().transform((d) => d.toISOString().slice(0, 10))]);
const PeopleFile = z.array(z.object({
  name: z.string(), aliases: z.array(z.string()).optional(),
  codes: z.array(z.object({ code: z.string().regex(/^[A-Z]{3,}$/), from: IsoDate.optional(), to: IsoDate.optional() })),
}));
const NotNamesFile = z.array(z.string());
const DescriptionsFile = z.record(z.string(), z.array(z.string()));
const NameJoinsFile = z.object({ possessives: z.array(z.string()), "possessive-suffixes": z.array(z.string()), "the-heads": z.array(z.string()) });

/** What a role word says: the sector and the kind of entity it names. */
export interface RoleInfo {
  sector: string;
  kind: "person" | "group" | "organization";
  gender?: "m" | "f";
}

/** A named organisation with a fixed code. */
export type KnownOrg = z.infer<typeof OrgFile>[number];
/** A dated actor entry for a well-known person. */
export type KnownPerson = z.infer<typeof PeopleFile>[number];

/** The validated actor data, as lookups keyed by lower-case phrase unless said otherwise. */
export interface ActorLexicon {
  roles: Map<string, RoleInfo>;
  /** First word of a role phrase -> the most words a role starting with it has ("deputy" -> 4). */
  roleLengths: Map<string, number>;
  modifiers: Set<string>;
  honorifics: Map<string, "m" | "f" | null>;
  orgHeads: Map<string, string>;
  placeHeads: Set<string>;
  /** Keyed by the name or alias exactly as written. */
  orgs: Map<string, KnownOrg>;
  /** An organisation's adjective ("European") -> the organisation and the lower-case words it names it before ("sanctions"). */
  orgAdjectives: Map<string, { org: KnownOrg; before: ReadonlySet<string> }>;
  places: z.infer<typeof PlacesFile>;
  countryNames: Map<string, string>;
  countryAdjectives: Map<string, string>;
  /** ISO3 -> the English name to show when the package's common name is not the news usage. */
  countryDisplay: Map<string, string>;
  /** Keyed by lower-case name or alias. */
  people: Map<string, KnownPerson>;
  /** Lower-case last names shared by no other entry ("putin") -> the person. */
  peopleBySurname: Map<string, KnownPerson>;
  notNames: Set<string>;
  /** Last words that make a person-shaped run a name of a thing ("Consumer Price Index"). */
  thingHeads: Set<string>;
  /** Verb lemmas after which a capital is a place ("visited Beijing"). */
  placeVerbs: Set<string>;
  /** Words whose possessive stays inside a name ("people" in "People's Republic"). */
  namePossessives: Set<string>;
  /** Legal-form words after which any possessive stays inside a name ("Albertson's Inc"). */
  possessiveSuffixes: Set<string>;
  /** Words after which "of the" / "for the" continue a name ("Union for the ..."). */
  theHeads: Set<string>;
  /** Description head ("agency") -> head words of the named bodies it may stand for ("bureau"). */
  describes: Map<string, Set<string>>;
}

function read<T>(dataDir: string, file: string, schema: z.ZodType<T>): T {
  const path = join(dataDir, "actors", file);
  const parsed = schema.safeParse(parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`lexicon: ${path}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}

function byPhrase(target: Map<string, string>, groups: Record<string, string[]>): void {
  for (const [key, list] of Object.entries(groups)) for (const p of list) target.set(p.toLowerCase(), key);
}

function nameJoins(f: z.infer<typeof NameJoinsFile>): Pick<ActorLexicon, "namePossessives" | "possessiveSuffixes" | "theHeads"> {
  return { namePossessives: new Set(f.possessives), possessiveSuffixes: new Set(f["possessive-suffixes"]), theHeads: new Set(f["the-heads"]) };
}

/** Loads and validates data/actors; throws an error naming the file when one is malformed. */
export function loadActorLexicon(dataDir: string): ActorLexicon {
  const roleFile = read(dataDir, "roles.yaml", RolesFile);
  const roles = new Map<string, RoleInfo>();
  for (const kind of ["organization", "group", "person"] as const) {
    for (const [sector, list] of Object.entries(roleFile[kind])) for (const p of list) roles.set(p, { sector, kind });
  }
  for (const [list, gender] of [[roleFile.female, "f"], [roleFile.male, "m"]] as const) {
    for (const p of list) { const r = roles.get(p); if (r) roles.set(p, { ...r, gender }); }
  }
  const { places: placeHeads, ...heads } = read(dataDir, "org-heads.yaml", OrgHeadsFile);
  const orgHeads = new Map<string, string>();
  byPhrase(orgHeads, heads);
  const orgs = new Map<string, KnownOrg>();
  const orgAdjectives = new Map<string, { org: KnownOrg; before: ReadonlySet<string> }>();
  for (const o of read(dataDir, "organizations.yaml", OrgFile)) {
    for (const n of [o.name, ...(o.aliases ?? [])]) orgs.set(n, o);
    if (o.adjective) orgAdjectives.set(o.adjective.word, { org: o, before: new Set(o.adjective.before) });
  }
  const countries = read(dataDir, "countries.yaml", CountriesFile);
  const countryNames = new Map<string, string>();
  const countryAdjectives = new Map<string, string>();
  byPhrase(countryNames, countries.names);
  byPhrase(countryAdjectives, countries.adjectives);
  const people = new Map<string, KnownPerson>();
  const surnames = new Map<string, KnownPerson | null>();
  for (const p of read(dataDir, "people.yaml", PeopleFile)) {
    for (const n of [p.name, ...(p.aliases ?? [])]) {
      people.set(n.toLowerCase(), p);
      const last = n.toLowerCase().split(" ").pop() ?? "";
      surnames.set(last, surnames.has(last) && surnames.get(last) !== p ? null : p);
    }
  }
  const roleLengths = new Map<string, number>();
  for (const phrase of roles.keys()) {
    const words = phrase.split(" ");
    roleLengths.set(words[0], Math.max(roleLengths.get(words[0]) ?? 0, words.length));
  }
  const peopleBySurname = new Map([...surnames].filter((e): e is [string, KnownPerson] => e[1] !== null));
  return {
    roles, roleLengths, modifiers: new Set(roleFile.modifiers),
    honorifics: new Map(Object.entries(roleFile.honorifics)),
    orgHeads, placeHeads: new Set(placeHeads), orgs, orgAdjectives,
    places: read(dataDir, "places.yaml", PlacesFile),
    countryNames, countryAdjectives, people, peopleBySurname, countryDisplay: new Map(Object.entries(countries.display ?? {})),
    notNames: new Set(read(dataDir, "not-names.yaml", NotNamesFile)),
    thingHeads: new Set(read(dataDir, "thing-heads.yaml", NotNamesFile)),
    placeVerbs: new Set(read(dataDir, "place-verbs.yaml", NotNamesFile)),
    ...nameJoins(read(dataDir, "name-joins.yaml", NameJoinsFile)),
    describes: new Map(Object.entries(read(dataDir, "descriptions.yaml", DescriptionsFile)).map(([k, v]) => [k, new Set(v)])),
  };
}
