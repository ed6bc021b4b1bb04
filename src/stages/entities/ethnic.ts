/**
 * Ethnic groups: "ethnic Albanians" in Macedonia are not Albania. The nationality word names a
 * people, and the group belongs to the country it lives in: the first other country named in
 * its sentence, else the article's home country.
 */
import type { Chunk } from "./chunk.ts";
import { countryOf, type Ctx } from "./context.ts";
import { addMention, draftFor, setCountry } from "./registry.ts";

/** The people a chunk names right after "ethnic" ("ethnic Turks", "Ethnic Albanian"), if any. */
export function ethnicChunk(ctx: Ctx, c: Chunk): { chunk: Chunk; iso: string } | undefined {
  const { tokens } = ctx.doc;
  // Sentence-initial "Ethnic Albanians" comes as one chunk.
  const at = tokens[c.first].lower === "ethnic" ? { ...c, first: c.first + 1, start: tokens[c.first + 1]?.start ?? c.end } : c;
  if (at.last - at.first !== 1 || tokens[at.first - 1]?.lower !== "ethnic") return undefined;
  const nat = countryOf(ctx, at.first, at.last);
  return nat?.demonym ? { chunk: at, iso: nat.iso } : undefined;
}

/** Registers the ethnic groups read by readNames, once every country of the document is known. */
export function addEthnicGroups(ctx: Ctx, home: string | undefined): void {
  const { doc, reg } = ctx;
  for (const { chunk: c, iso } of ctx.ethnic) {
    let where: string | undefined;
    for (const m of doc.mentions) {
      if (m.sentence !== c.sentence || m.start === doc.tokens[c.first].start) continue;
      const e = reg.drafts.find((d) => d.entity.id === m.entity)?.entity;
      if (e?.kind === "country" && e.country && e.country !== iso) { where = e.country; break; }
    }
    where ??= home !== iso ? home : undefined;
    const start = doc.tokens[c.first - 1].start;
    const end = doc.tokens[c.last - 1].end;
    const surface = doc.text.slice(start, end);
    const d = draftFor(reg, `ethnic:${iso}:${where ?? "?"}`, "group", surface);
    // No host country in sight: the people's own country is the best guess left.
    setCountry(d, where ?? iso, true);
    addMention(reg, d, start, end, "description", "entities.ethnic-group", c.sentence);
    ctx.byLastToken[c.last - 1] = d;
  }
}
