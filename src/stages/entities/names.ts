/**
 * Reads the name chunks of one sentence: classifies each, then applies the roles written
 * around them ("the Russian companies Gazprom and Novatek", "X, Egypt's finance minister").
 */
import { chunkSentence, type Chunk, type ChunkOptions } from "./chunk.ts";
import { classifyRange } from "./classify.ts";
import { isLower, possessiveOwner, roleAt, roleEndingAt, type Ctx } from "./context.ts";
import { ethnicChunk } from "./ethnic.ts";
import { applyRole } from "./person.ts";
import { initialRoleWord, locative, pendingTitleFor, placeDescription, titleOnly } from "./cues.ts";
import type { Draft } from "./registry.ts";

function open(d: Draft | undefined): d is Draft {
  return !!d && (d.entity.kind === "person" || d.entity.kind === "other" || (d.entity.kind === "organization" && !d.code && !d.metonym));
}

/** The draft before a possessive "'s" at token i ("China's"). */
function owned(ctx: Ctx, i: number): Draft | undefined {
  const t = ctx.doc.tokens[i];
  return t && (t.lower === "'s" || t.lower === "’s") ? ctx.byLastToken[i - 1] : undefined;
}

// Role words just before a name: "opposition leader X", "IMF mission chief X", "Russian companies X".
function leftRole(ctx: Ctx, c: Chunk, d: Draft): void {
  const { tokens } = ctx.doc;
  let floor = c.first;
  while (floor > ctx.doc.sentenceTokens[c.sentence][0] && ctx.inChunk[floor - 1] !== 1) floor--;
  const prev = tokens[c.first - 1];
  // "Venezuela's ambassador, Jorge Salcedo": the role may stand before a comma.
  const at = prev?.text === "," && c.first - 1 > floor ? c.first - 1 : c.first;
  const r = at > floor ? roleEndingAt(ctx, at, floor) : undefined;
  if (!r) {
    const last = ctx.lastRole;
    if (last && prev && (prev.lower === "and" || prev.text === ",") && last.lastToken === c.first - 2) {
      if (d.entity.kind === "other") d.entity.kind = last.info.kind === "person" ? "person" : "organization";
      applyRole(d, { role: last.role, info: last.info, affiliation: last.affiliation, rule: "entities.coordinated-role" });
      last.lastToken = c.last - 1;
    }
    return;
  }
  if (r.info.kind !== "person" && d.entity.kind === "person") {
    // "the companies Misr Steel and Delta Shipping": a name that only looked like a person's.
    if (d.entity.role || d.entity.mentions.length > 1) return;
    d.entity.kind = "organization";
  }
  // Lower-case nouns may sit between the affiliation and the role: "Myanmar junta spokesman";
  // so may adjectives after a possessive: "Iran's top diplomat", "Russia's former envoy".
  let k = r.start - 1;
  while (k > r.start - 3 && tokens[k] && ctx.inChunk[k] !== 1 && (tokens[k].pos === "NOUN" || tokens[k].pos === "ADJ") && isLower(tokens[k].text)) k--;
  const affiliation = ctx.byLastToken[k] ?? owned(ctx, k);
  // "China's UN ambassador": the possessive country is the nationality, not the UN.
  let first = k;
  while (first > 0 && ctx.inChunk[first - 1] === 1) first--;
  const owner = affiliation ? owned(ctx, first - 1) : undefined;
  const country = owner?.entity.kind === "country" ? owner.entity.country : undefined;
  const role = ctx.doc.text.slice(tokens[r.start].start, tokens[at - 1].end);
  if (d.entity.kind === "other") d.entity.kind = r.info.kind === "person" ? "person" : "organization";
  const cue = country && affiliation?.code ? { country } : { affiliation, ...(country ? { country } : {}) };
  applyRole(d, { role, info: r.info, ...cue, rule: "entities.role-before" });
  ctx.lastRole = { lastToken: c.last - 1, role, info: r.info, affiliation };
}

const STOP = new Set([",", ".", ";", "(", ")", "\"", "“", "”"]);

// "Sherif El-Naggar, Egypt's finance minister, said": the apposition after a person's name.
function apposition(ctx: Ctx, c: Chunk, d: Draft): void {
  const { tokens } = ctx.doc;
  if (tokens[c.last]?.text !== "," || d.entity.kind !== "person" || (d.entity.role && d.entity.country)) return;
  const end = ctx.doc.sentenceTokens[c.sentence][1];
  let stop = c.last + 1;
  while (stop < end && stop < c.last + 14 && !STOP.has(tokens[stop].text) && tokens[stop].pos !== "VERB" && tokens[stop].pos !== "AUX") stop++;
  let found: { at: number; end: number; info: NonNullable<ReturnType<typeof roleAt>>["info"] } | undefined;
  for (let i = c.last + 1; i < stop && !found; i++) {
    if (ctx.inChunk[i] === 1 && ctx.byLastToken[i] === undefined) continue;
    const r = roleAt(ctx, i, stop);
    if (r && r.info.kind === "person") found = { at: i, end: r.end, info: r.info };
  }
  if (!found) return;
  let affiliation: Draft | undefined;
  for (let i = c.last + 1; i < stop; i++) {
    const a = ctx.byLastToken[i];
    if (a && a !== d && (!affiliation || Math.abs(i - found.at) < 3)) affiliation = a;
  }
  const role = ctx.doc.text.slice(tokens[found.at].start, tokens[found.end - 1].end);
  applyRole(d, { role, info: found.info, affiliation, rule: "entities.apposition" });
}

/** Finds, classifies and annotates the names in sentence s. */
export function readNames(ctx: Ctx, s: number, opts: ChunkOptions): void {
  const chunks = chunkSentence(ctx.doc, s, opts);
  const done: [Chunk, Draft][] = [];
  for (const c of chunks) {
    if (initialRoleWord(ctx, c)) continue;
    for (let i = c.first; i < c.last; i++) ctx.inChunk[i] = 1;
    const title = titleOnly(ctx, c);
    if (title) { ctx.pendingTitle = title; continue; }
    const people = ethnicChunk(ctx, c);
    if (people) { ctx.ethnic.push(people); continue; }
    const d = classifyRange(ctx, c.first, c.last, possessiveOwner(ctx, c.first));
    if (!d) continue;
    ctx.byLastToken[c.last - 1] = d;
    const pending = d.entity.kind === "person" ? pendingTitleFor(ctx, c) : undefined;
    if (pending) applyRole(d, { role: pending.role, info: pending.info, ...(pending.country ? { country: pending.country } : {}), rule: "entities.title-before" });
    if (open(d)) leftRole(ctx, c, d);
    done.push([c, d]);
  }
  for (const [c, d] of done) apposition(ctx, c, d);
  for (const [c, d] of done) { locative(ctx, c, d); placeDescription(ctx, c, d); }
}
