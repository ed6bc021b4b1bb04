/**
 * The entities stage: names (capitalised chunks), countries and nationality adjectives,
 * organisations, places and people, with CAMEO actor codes read from the article itself;
 * then common-noun actors ("police", "the government").
 */
import type { ArticleDoc, Stage, Token } from "../../document.ts";
import type { ActorLexicon } from "../../lexicon/actors.ts";
import type { NounTagged } from "../../noun-tagged.ts";
import { prefixSet, suffixSet } from "./affixes.ts";
import { readCaptions } from "./captions.ts";
import type { ChunkOptions } from "./chunk.ts";
import type { Ctx } from "./context.ts";
import { buildGazetteer, normKey, type Gazetteer } from "./gazetteer.ts";
import { addEthnicGroups } from "./ethnic.ts";
import { homeCountry } from "./home.ts";
import { addDateline } from "./known.ts";
import { readNames } from "./names.ts";
import { readNominals } from "./nominals.ts";
import { createRegistry, publish, setCountry } from "./registry.ts";

export { buildGazetteer, normKey, type Gazetteer } from "./gazetteer.ts";
export { homeCountry } from "./home.ts";
export { actorOf } from "./registry.ts";

function chunkOptions(lex: ActorLexicon, gaz: Gazetteer): ChunkOptions {
  // A sentence-initial capital that is not tagged PROPN still opens a name when it starts a
  // known phrase: "Foreign Minister X", "Russian ...", "Central Bank ...".
  const opens = new Set<string>();
  for (const p of [...lex.roles.keys(), ...gaz.countryByAdjective.keys(), ...gaz.countryByName.keys(), ...lex.orgHeads.keys(), ...lex.honorifics.keys()]) {
    opens.add(p.split(" ")[0]);
  }
  for (const m of lex.modifiers) opens.add(m);
  for (const det of ["the", "a", "an"]) opens.delete(det);
  const theHeads = new Set([...lex.theHeads, ...[...lex.orgHeads.keys()].filter((h) => !h.includes(" "))]);
  return { notNames: lex.notNames, opensName: (t: Token) => opens.has(t.lower), possessives: lex.namePossessives, possessiveSuffixes: lex.possessiveSuffixes, theHeads };
}

/** Creates the entities stage; the gazetteer is built once, on the first document. */
export function createEntities(lex: ActorLexicon, nounTagged?: NounTagged): Stage {
  let gaz: Gazetteer | undefined;
  let opts: ChunkOptions | undefined;
  const orgHeadSuffixes = suffixSet([...lex.orgHeads.keys(), ...[...lex.roles].filter(([, r]) => r.kind === "organization").map(([k]) => k)]);
  const orgPrefixes = prefixSet(lex.orgs.keys());
  return (doc: ArticleDoc) => {
    gaz ??= buildGazetteer(lex);
    opts ??= chunkOptions(lex, gaz);
    const reg = createRegistry(doc);
    // Every field present from the start: one object shape, so the per-token reads stay monomorphic.
    const ctx: Ctx = { doc, lex, gaz, reg, byLastToken: new Array(doc.tokens.length), inChunk: new Uint8Array(doc.tokens.length), surnames: new Map(), orgHeadSuffixes, orgPrefixes, keys: new Map(), roleMemo: new Map(), ethnic: [], nounTagged, lastRole: undefined, pendingTitle: undefined };
    for (let s = 0; s < doc.sentences.length; s++) readNames(ctx, s, opts);
    if (doc.meta.dateline) addDateline(ctx, normKey(doc.meta.dateline));
    readCaptions(ctx);
    const home = homeCountry(doc, gaz, reg.drafts.map((d) => d.entity));
    addEthnicGroups(ctx, home);
    readNominals(ctx, home);
    for (const d of reg.drafts) {
      const k = d.entity.kind;
      const wants = k === "place" || k === "group" || (k === "organization" && !d.code) || (k === "person" && !!d.sector && !d.code);
      if (wants) setCountry(d, home, false);
    }
    publish(reg);
  };
}
