/**
 * The coding pipeline: the ordered list of stages one document passes through.
 */
import type { Stage } from "./document.ts";

import type { Lexicon } from "./lexicon/index.ts";
import type { Nlp } from "./nlp.ts";
import { createExtract } from "./stages/extract/index.ts";
import { createClean } from "./stages/clean/index.ts";
import { createSegment } from "./stages/segment/index.ts";
import { createDates } from "./stages/dates/index.ts";
import { createEntities } from "./stages/entities/index.ts";
import { createCoref } from "./stages/coref/index.ts";
import { createQuotes } from "./stages/quotes/index.ts";
import { createAmounts } from "./stages/amounts/index.ts";
import { createEvents } from "./stages/events/index.ts";

/** A stage with the name used in timings and messages. */
export interface NamedStage {
  name: string;
  run: Stage;
}

/** Builds the stages in order; each line says why it sits where it does. */
export function createPipeline(lex: Lexicon, nlp: Nlp): NamedStage[] {
  const stages: [string, Stage][] = [
    ["extract", createExtract()], // HTML -> text and page metadata, before anything reads text
    ["clean", createClean(lex.cleaning)], // boilerplate, embeds, credits, datelines out; fixes doc.text
    ["segment", createSegment(nlp)], // sentences and tokens with offsets into the cleaned text
    ["dates", createDates()], // publication date, then time words resolved against it
    ["entities", createEntities(lex.actors, lex.events.nounTagged)], // names, countries, organisations, titles -> actor codes
    ["coref", createCoref(lex.actors)], // pronouns and descriptions linked to entities
    ["quotes", createQuotes(lex.speech)], // quoted and reported speech with resolved speakers
    ["amounts", createAmounts(lex.amounts)], // numbers with units and what they count
    ["events", createEvents(lex.events, lex.actors)], // predicates -> PLOVER/CAMEO events with evidence
  ];
  return stages.map(([name, run]) => ({ name, run }));
}
