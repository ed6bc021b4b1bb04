/**
 * The quotes stage: quoted words with their speaker (doc.quotes, direct: true), and reported
 * speech "X said that …" (doc.speech, direct: false). Speakers come from the attribution
 * verb's subject, resolved through the entities and coreference stages' mentions.
 */
import type { ArticleDoc, Stage } from "../../document.ts";
import type { SpeechLexicon } from "../../lexicon/speech.ts";
import type { Quote } from "../../types.ts";
import { findQuotes, type QuoteSpan } from "./marks.ts";
import { speakerAccording, speakerAfter, speakerBefore, speechActSpeaker, type Attribution } from "./attribute.ts";
import { reportedSpeech } from "./reported.ts";
import { resolveSpeaker, type SpokenBefore } from "./continuation.ts";
import type { Speaker } from "./speaker.ts";

/** Creates the quotes stage over the speech lexicon. */
export function createQuotes(lex: SpeechLexicon): Stage {
  return (doc) => {
    if (!doc.sentences.length || !doc.tokens.length) return;
    const byId = new Map(doc.entities.map((e) => [e.id, e] as const));
    const mentions = [...doc.mentions].sort((x, y) => x.start - y.start);
    const spans = findQuotes(doc.text);
    const speech: Quote[] = [];
    const history: SpokenBefore[] = [];
    const genders = new Map<string, "m" | "f">();
    let next = 0;
    let quotedUntil = 0;
    doc.sentences.forEach((s, i) => {
      const [first, last0] = doc.sentenceTokens[i] ?? [0, 0];
      if (first >= last0) return;
      const mine: QuoteSpan[] = [];
      while (next < spans.length && spans[next].open < s.end) mine.push(spans[next++]);
      const lastSentence = mine.reduce((x, q) => Math.max(x, sentenceAt(doc, q.close - 1, i)), i);
      const last = doc.sentenceTokens[lastSentence]?.[1] ?? last0;
      const a: Attribution = { v: { doc, first, last, quoted: mine.map((q) => [q.open, q.close]) }, lex, byId, mentions };
      let previous: Speaker | undefined;
      for (const q of mine) {
        const found = attribute(a, q, s.start, previous);
        const speaker = resolveSpeaker(found, history, i, doc.text, q.open, genders);
        if (speaker) {
          previous = speaker;
          history.push({ speaker, start: q.start, sentence: i, trusted: !!speaker.entity });
        }
        doc.quotes.push(withSpeaker(toQuote(doc, q, i), speaker));
      }
      for (const q of mine) quotedUntil = Math.max(quotedUntil, q.close);
      if (mine.length || s.start < quotedUntil) return;
      // With no quote in the sentence, `a` already covers exactly its own tokens.
      const before = history.length;
      for (const r of reportedSpeech(a, i)) {
        const speaker = r.speaker && resolveSpeaker(r.speaker, history, i, doc.text, r.quote.start, genders);
        speech.push(withSpeaker(r.quote, speaker));
        if (speaker?.entity) history.push({ speaker, start: r.quote.start, sentence: i, trusted: true });
      }
      if (history.length > before) return;
      // A speech act without reported words ("X called for a recount") still sets who spoke last.
      const act = speechActSpeaker(a);
      const speaker = act && resolveSpeaker(act, history, i, doc.text, s.start, genders);
      if (speaker?.entity) history.push({ speaker, start: s.start, sentence: i, trusted: true });
    });
    doc.speech = speech;
  };
}

const LEADING = /^[\s“"‘'(—-]*$/;

function attribute(a: Attribution, q: QuoteSpan, sentenceStart: number, previous: Speaker | undefined): Speaker | undefined {
  const leading = LEADING.test(a.v.doc.text.slice(sentenceStart, q.open));
  const found = leading ? speakerAfter(a, q.close) ?? speakerBefore(a, q.open) : speakerBefore(a, q.open) ?? speakerAfter(a, q.close);
  return found ?? speakerAccording(a) ?? (previous && { ...previous, rule: `quote.speaker.same-sentence+${previous.rule}` });
}

/** Adds the speaker to a quote record made for this call (updated in place; keys keep their order). */
function withSpeaker(q: Quote, s: Speaker | undefined): Quote {
  if (!s) return q;
  // An unresolved "he"/"she" names nobody: keep only the rule that found it.
  if (!(s.pronoun && !s.entity)) {
    if (s.entity) q.speaker = s.entity.id;
    q.speakerName = s.name;
  }
  q.rule = `${q.rule}|${s.rule}`;
  return q;
}

function sentenceAt(doc: ArticleDoc, offset: number, from: number): number {
  let i = from;
  while (i + 1 < doc.sentences.length && doc.sentences[i + 1].start <= offset) i++;
  return i;
}

function toQuote(doc: ArticleDoc, q: QuoteSpan, sentence: number): Quote {
  return {
    text: doc.text.slice(q.start, q.end),
    start: q.start,
    end: q.end,
    direct: true,
    sentence,
    rule: q.rule,
  };
}
