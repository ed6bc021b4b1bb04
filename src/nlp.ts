/**
 * The tokenizer/tagger, loaded once and injected into the stages that need it.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** The wink-nlp instance with the English lite model. */
export type Nlp = ReturnType<typeof winkNLP>;

/** Loads wink-nlp with its English model (about 100 ms). */
export function loadNlp(): Nlp {
  return winkNLP(model);
}
