/**
 * The events stage: sentences -> PLOVER/CAMEO events with actors, recipients, status, date,
 * place, evidence and confidence. One event per (sentence, predicate); duplicates of the same
 * fact in one sentence are merged; background clauses give way to the main clause.
 */
import type { ArticleDoc, Stage } from "../../document.ts";
import type { EventLexicon } from "../../lexicon/events.ts";
import type { Actor, CodedEvent } from "../../types.ts";
import { indexActors, type ActorIndex } from "./actors-in.ts";
import { parseClauses } from "./clauses.ts";
import { codeSentence, type Candidate } from "./code-sentence.ts";
import { mayCode } from "./may-code.ts";
import { quotedAccusations, quotesBySentence } from "./quoted.ts";
import type { RecipientContext } from "./recipients.ts";
import { datedTimes, eventDate, eventPlace, isHistorical, pastYear } from "./when-where.ts";

/** Confidence from how much evidence the rule had. */
function confidence(c: Candidate): number {
  let v = 0.55;
  if (c.cues) v += 0.15;
  if (c.recipients.length) v += 0.1;
  if (!c.subordinate) v += 0.1;
  if (c.fallback) v -= 0.15;
  return Math.round(Math.max(0.05, Math.min(0.95, v)) * 100) / 100;
}

/**
 * One actor per code: "Lavrov" and "his government" both resolve to RUSGOV, and the event
 * names RUSGOV once (the first mention, in text order).
 */
function oncePerCode(list: Actor[]): Actor[] {
  if (list.length < 2) return list;
  const seen = new Set<string>();
  return list.filter((a) => !seen.has(a.code) && !!seen.add(a.code));
}

/** Keeps one candidate per (type, actors) and drops background clauses when a main one exists. */
export function selectCandidates(cands: Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const c of cands) {
    const k = `${c.reading.type}|${[...new Set(c.actors.map((a) => a.code))].sort().join(",")}`;
    const prev = best.get(k);
    if (!prev || confidence(c) > confidence(prev)) best.set(k, c);
  }
  const kept = [...best.values()];
  const main = kept.some((c) => !c.subordinate);
  // A background clause survives beside a main one only with a cue-backed trigger and real actors.
  // A guessed recipient does not disqualify it ("after New Delhi gave assurances"): its actors must be its own.
  // A condition ("unless Baghdad accepted its terms") states no event of its own beside the main one.
  return kept.filter((c) => !main || !c.subordinate || (c.cues && c.ownActors && c.reading.status !== "hypothetical")).sort((a, b) => a.from - b.from);
}

/**
 * The article's most mentioned country outside `homes` (mentioned at least twice). The counts
 * are made on the first question: most articles never ask.
 */
function mainCounterpart(doc: ArticleDoc): (homes: ReadonlySet<string>) => Actor | undefined {
  let ranked: [string, number][] | undefined;
  return (homes) => {
    ranked ??= rankCountries(doc);
    const hit = ranked.find(([c]) => !homes.has(c));
    return hit ? { code: hit[0], country: hit[0], name: hit[0] } : undefined;
  };
}

/** Countries of the article's actors mentioned at least twice, most mentioned first. */
function rankCountries(doc: ArticleDoc): [string, number][] {
  const byId = new Map(doc.entities.map((e) => [e.id, e]));
  const counts = new Map<string, number>();
  for (const m of doc.mentions) {
    const c = byId.get(m.entity)?.actor?.country;
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts.entries()].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]);
}

/** What the recipient fallbacks of one sentence may read. */
class SentenceContext implements RecipientContext {
  readonly prior: readonly CodedEvent[];
  readonly counterpart: RecipientContext["counterpart"];
  readonly #index: ActorIndex;
  readonly #start: number;
  readonly #end: number;
  #actors: Actor[] | undefined;

  constructor(index: ActorIndex, start: number, end: number, prior: readonly CodedEvent[], counterpart: RecipientContext["counterpart"]) {
    this.#index = index;
    this.#start = start;
    this.#end = end;
    this.prior = prior;
    this.counterpart = counterpart;
  }

  // Only a candidate's recipient fallbacks read the sentence's actors: look them up then.
  get sentenceActors(): Actor[] {
    return (this.#actors ??= this.#index.inSpan(this.#start, this.#end));
  }
}

/** Creates the events stage from the event lexicon. */
export function createEvents(lex: EventLexicon, ..._rest: unknown[]): Stage {
  return (doc: ArticleDoc) => {
    if (!doc.sentenceTokens.length) return;
    const actors = indexActors(doc);
    const published = doc.meta.published;
    const toks = doc.tokens;
    const counterpart = mainCounterpart(doc);
    const quotes = quotesBySentence(doc);
    doc.sentences.forEach((sent, s) => {
      const range = doc.sentenceTokens[s];
      if (!range || range[1] <= range[0]) return;
      const quoted = quotes.get(s);
      // Every actor of a predicate's event is mentioned in its sentence (quoted charges aside):
      // over its tokens, or (a nominal reciprocal's parties) over its character span.
      const from = Math.min(sent.start, toks[range[0]].start), to = Math.max(sent.end, toks[range[1] - 1].end);
      const coded = actors.hasActorIn(from, to) && mayCode(lex, toks, range[0], range[1]);
      if (!coded && !quoted) return;
      const ctx = new SentenceContext(actors, sent.start, sent.end, doc.events, counterpart);
      const found = coded ? codeSentence(lex, toks, parseClauses(toks, range[0], range[1], lex, actors), actors, ctx) : [];
      if (quoted) found.push(...quotedAccusations(lex, doc, quoted, range[0], range[1], actors, ctx));
      const cands = selectCandidates(found);
      if (!cands.length) return;
      const times = datedTimes(doc, s);
      for (const c of cands) doc.events.push(toEvent(doc, lex, c, s, times, published, actors));
    });
  };
}

function toEvent(doc: ArticleDoc, lex: EventLexicon, c: Candidate, s: number, times: Parameters<typeof eventDate>[0],
  published: string | undefined, actors: ReturnType<typeof indexActors>): CodedEvent {
  const toks = doc.tokens;
  const start = toks[c.from].start, end = toks[c.to - 1].end;
  const date = eventDate(times, start, published);
  let status = c.reading.status;
  const r = doc.sentenceTokens[s];
  if (status === "asserted" && (isHistorical(date, published) || pastYear(toks, c.from, Math.min(r[1], c.to + 8), published))) status = "historical";
  const entry = lex.cameo.get(c.reading.code);
  const ev: CodedEvent = {
    id: `${doc.id}-e${doc.events.length + 1}`,
    sentence: s,
    type: c.reading.type,
    actors: oncePerCode(c.actors),
    recipients: oncePerCode(c.recipients),
    status,
    evidence: { start, end, trigger: c.triggers.map((t) => toks[t].text).join(" "), rule: c.rule },
    confidence: confidence(c),
  };
  const mode = c.mode ?? entry?.mode;
  if (mode) ev.mode = mode;
  if (entry?.context) ev.context = entry.context;
  if (entry) ev.cameo = { code: c.reading.code, goldstein: entry.goldstein, quad: entry.quad as 1 | 2 | 3 | 4 };
  if (date) ev.date = date;
  const loc = eventPlace(toks, r[0], r[1], actors);
  if (loc) ev.location = loc;
  return ev;
}
