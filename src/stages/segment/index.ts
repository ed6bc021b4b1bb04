/**
 * The segment stage: tokens (offsets, POS, lemma) and sentences over the cleaned text.
 * The text is read by wink-nlp once, never per sentence, to keep the coder fast.
 */
import type { Stage } from "../../document.ts";
import type { Nlp } from "../../nlp.ts";
import { createLemmaMemo } from "./lemmas.ts";
import { tokenize } from "./tokens.ts";
import { segmentTokens } from "./sentences.ts";

/** Creates the segment stage around an injected wink-nlp instance. */
export function createSegment(nlp: Nlp): Stage {
  const lemmas = createLemmaMemo();
  return (doc) => {
    const { tokens, sentenceStarts } = tokenize(nlp, doc.text, lemmas);
    const { sentences, sentenceTokens } = segmentTokens(doc.text, tokens, sentenceStarts, doc.headings);
    doc.tokens = tokens;
    doc.sentences = sentences;
    doc.sentenceTokens = sentenceTokens;
  };
}
