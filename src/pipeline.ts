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

/** Builds the stages in order; each line says why it sits where it does. */
export function createPipeline(lex: Lexicon, nlp: Nlp): Stage[] {
  return [
    createExtract(),                  // HTML -> text and page metadata, before anything reads text
    createClean(lex.cleaning),        // boilerplate, embeds, credits, datelines out; fixes doc.text
    createSegment(nlp),               // sentences and tokens with offsets into the cleaned text
    createDates(),                    // publication date, then time words resolved against it
    createEntities(lex.actors),       // names, countries, organisations, titles -> actor codes
    createCoref(lex.actors),          // pronouns and descriptions linked to entities
    createQuotes(lex.speech),         // quoted and reported speech with resolved speakers
    createAmounts(lex.amounts),       // numbers with units and what they count
    createEvents(lex.events, lex.actors), // predicates -> PLOVER/CAMEO events with evidence
  ];
}
