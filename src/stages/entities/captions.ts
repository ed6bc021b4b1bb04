/**
 * Roles from removed photo captions: a caption often gives the full title of someone the body
 * names only by surname ("Paraguayan President Rodrigo Benitez Acosta (C) poses ..."). The
 * caption is gone from the text, but what it says about a person still holds.
 */
import type { Ctx } from "./context.ts";
import { normKey } from "./gazetteer.ts";
import { applyRole } from "./person.ts";
import type { Draft } from "./registry.ts";

function words(text: string): string[] {
  return text.split(/\s+/).map((w) => normKey(w.replace(/^[("“']+|[)",.;:”']+$/g, ""))).filter(Boolean);
}

// Where the name's words occur in the caption's words, or -1.
function find(ws: string[], name: string[]): number {
  outer: for (let i = 0; i + name.length <= ws.length; i++) {
    for (let k = 0; k < name.length; k++) if (ws[i + k] !== name[k]) continue outer;
    return i;
  }
  return -1;
}

function fromCaption(ctx: Ctx, d: Draft, name: string[], ws: string[]): boolean {
  const at = find(ws, name);
  if (at < 0) return false;
  // The caption may carry given names the body leaves out: skip back over them.
  let end = at;
  while (end > 0 && at - end < 2 && !ctx.lex.roleLengths.has(ws[end - 1]) && !ctx.lex.roles.has(ws[end - 1]) && !ctx.gaz.countryByAdjective.has(ws[end - 1])) end--;
  if (end === 0) return false;
  for (let n = Math.min(4, end); n >= 1; n--) {
    const role = ws.slice(end - n, end).join(" ");
    const info = ctx.lex.roles.get(role);
    if (!info || info.kind !== "person") continue;
    const before = end - n;
    let country: string | undefined;
    for (let m = Math.min(2, before); m >= 1 && !country; m--) {
      const cue = ws.slice(before - m, before).join(" ");
      country = ctx.gaz.countryByAdjective.get(cue) ?? ctx.gaz.countryByName.get(cue);
    }
    applyRole(d, { role, info, ...(country ? { country } : {}), rule: "entities.caption-role" });
    return true;
  }
  return false;
}

/** Gives people without a stated role the title a removed caption gives them. */
export function readCaptions(ctx: Ctx): void {
  // Captions are split into words only once someone lacks a role: most documents have no one.
  let captions: string[][] | undefined;
  for (const d of ctx.reg.drafts) {
    if (d.entity.kind !== "person" || d.entity.role || d.code) continue;
    captions ??= ctx.doc.removed.filter((r) => r.kind === "boilerplate" || r.kind === "embed").map((r) => words(r.text));
    if (!captions.length) return;
    const name = words(d.entity.name);
    for (const ws of captions) if (fromCaption(ctx, d, name, ws)) break;
  }
}
