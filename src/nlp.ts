/**
 * The tokenizer/tagger, loaded once and injected into the stages that need it.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** The wink-nlp instance with the English lite model. */
export type Nlp = ReturnType<typeof winkNLP>;

/**
 * Only the annotations dyad reads: sentence boundaries and POS tags (lemmas are derived from
 * POS on demand). wink's default pipe also runs negation, sentiment and its own NER, which we do
 * not use and which cost about 40% of its time.
 */
const PIPE = ["sbd", "pos"];

/** Loads wink-nlp with its English model (about 100 ms). */
export function loadNlp(): Nlp {
  return winkNLP(model, PIPE);
}
