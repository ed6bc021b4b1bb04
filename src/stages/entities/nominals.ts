/**
 * Common-noun actors: "police", "protesters", "the government", "rebels", "the army".
 * Each becomes a group or organisation entity whose country is the nearest nationality cue
 * in its noun phrase ("Malagasy police", "Pakistan's army", "the government of Egypt"),
 * else the article's home country.
 */
import { nounTaggedLemma } from "../../noun-tagged.ts";
import { isLower, roleAt, type Ctx } from "./context.ts";
import { addMention, draftFor, setCountry, type Draft } from "./registry.ts";

// Organisation words that name a state body on their own; "the ministry" and "the court" are
// left to coreference, which looks for the named body they stand for.
const STATE_WORDS = new Set(["government", "authorities", "administration", "regime", "cabinet", "parliament", "legislature", "judiciary", "presidency"]);

const OWNERS = new Set(["his", "her", "their", "its", "our", "my", "your"]);

function cueBefore(ctx: Ctx, i: number): Draft | undefined {
  const t = ctx.doc.tokens[i - 1];
  if (!t) return undefined;
  if (/^['’]s$/.test(t.lower)) return ctx.byLastToken[i - 2];
  return ctx.byLastToken[i - 1];
}

// The name starting at token j; names are filed by their last token, and "Sao Paulo" or
// "South Sudan" end one or more tokens after the one they start at.
function nameFrom(ctx: Ctx, j: number): Draft | undefined {
  if (ctx.inChunk[j] !== 1) return ctx.byLastToken[j];
  for (let k = j; k < j + 5; k++) {
    const d = ctx.byLastToken[k];
    if (d || ctx.inChunk[k + 1] !== 1) return d;
  }
  return undefined;
}

function cueAfter(ctx: Ctx, end: number): Draft | undefined {
  const { tokens } = ctx.doc;
  // "demonstrators in Baghdad": where a group is can say whose it is.
  if (tokens[end]?.lower === "in") return nameFrom(ctx, end + 1);
  if (tokens[end]?.lower !== "of") return undefined;
  return nameFrom(ctx, tokens[end + 1]?.lower === "the" ? end + 2 : end + 1);
}

/** Finds common-noun actors in every sentence and links them to group entities. */
export function readNominals(ctx: Ctx, home: string | undefined): void {
  const { doc } = ctx;
  for (let s = 0; s < doc.sentenceTokens.length; s++) {
    const span = doc.sentenceTokens[s];
    const first = span[0];
    const end = span[1];
    for (let i = first; i < end; i++) {
      const t = doc.tokens[i];
      if (!ctx.lex.roleLengths.has(t.lower)) continue;
      // Capitalised only when it opens the sentence ("Police said ...").
      if (ctx.inChunk[i] === 1 || (!isLower(t.text) && i !== first)) continue;
      const r = roleAt(ctx, i, end);
      if (!r || !(r.info.kind === "group" || STATE_WORDS.has(doc.tokens[i].lower))) continue;
      // "his government", "their army": coreference ties these to the owner's country.
      if (OWNERS.has(doc.tokens[i - 1]?.lower ?? "")) continue;
      const next = doc.tokens[r.end];
      // "police station" is no actor; "troops shot dead ..." is (the tagger's noun "shot" is the verb)
      if (next && next.sentence === s && (ctx.inChunk[r.end] === 1 || next.pos === "NOUN"
        && !(ctx.nounTagged && nounTaggedLemma(doc.tokens, r.end, first, end, ctx.nounTagged)))) { i = r.end - 1; continue; }
      const cue = cueBefore(ctx, i) ?? cueAfter(ctx, r.end);
      // "ethnic Albanian guerrillas": an ethnic group's host country, like a nationality.
      const country = cue?.entity.kind === "country" || cue?.entity.kind === "place" || cue?.key.startsWith("ethnic:") ? cue.entity.country : undefined;
      const iso = country ?? home;
      const kind = r.info.kind === "group" ? "group" : "organization";
      const start = t.start;
      const stop = doc.tokens[r.end - 1].end;
      const d = draftFor(ctx.reg, `${kind}:${r.info.sector}:${iso ?? "?"}`, kind, doc.text.slice(start, stop));
      d.sector = r.info.sector;
      setCountry(d, iso, country !== undefined);
      addMention(ctx.reg, d, start, stop, "description", country ? "entities.nominal-with-nationality" : "entities.nominal-home-country", s);
      ctx.byLastToken[r.end - 1] = d;
      i = r.end - 1;
    }
  }
}
