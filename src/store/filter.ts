/**
 * Turns an EventFilter into a SQL WHERE clause over `events e` (shared by both backends).
 */
import { DyadError, EXIT } from "../errors.ts";
import type { SqlDb } from "./sql.ts";
import type { EventFilter } from "./store.ts";

/** A WHERE clause and its parameters. */
export interface Where {
  sql: string;
  params: unknown[];
}

const WORDS = /[\p{L}\p{N}]+/gu;

const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Condition that an actor with this code (or 3-letter head) plays `role` in event e. */
function actorCond(code: string, role: "a" | "r", params: unknown[]): string {
  const c = code.trim().toUpperCase();
  if (!/^[A-Z0-9]{3,}$/.test(c)) throw new DyadError(`query: bad actor code "${code}"`, { exitCode: EXIT.usage, status: 400 });
  params.push(c, role);
  const col = c.length === 3 ? "head" : "code";
  return `EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.${col} = ? AND x.role = ?)`;
}

/** Splits "RUS-PAK" into its two codes. */
export function parseDyad(dyad: string): [string, string] {
  const m = /^\s*([A-Za-z0-9]{3,})\s*[-_/]\s*([A-Za-z0-9]{3,})\s*$/.exec(dyad);
  if (!m) throw new DyadError(`query: bad dyad "${dyad}" (expected like RUS-PAK)`, { exitCode: EXIT.usage, status: 400 });
  return [m[1], m[2]];
}

/** FTS condition: plain words ANDed, punctuation dropped so user text cannot break the syntax. */
function textCond(db: SqlDb, text: string, params: unknown[]): string | undefined {
  const words = text.toLowerCase().match(WORDS) ?? [];
  if (!words.length) return undefined;
  if (db.dialect === "sqlite") {
    params.push(words.map((w) => `"${w}"`).join(" "));
    return "e.seq IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)";
  }
  params.push(words.join(" "));
  return "e.tsv @@ plainto_tsquery('english', ?)";
}

/** Builds the WHERE clause for a filter. */
export function eventWhere(db: SqlDb, f: EventFilter = {}): Where {
  const conds: string[] = [];
  const params: unknown[] = [];
  if (f.actor) conds.push(actorCond(f.actor, "a", params));
  if (f.recipient) conds.push(actorCond(f.recipient, "r", params));
  if (f.dyad) {
    const [a, b] = parseDyad(f.dyad);
    const fwd = `(${actorCond(a, "a", params)} AND ${actorCond(b, "r", params)})`;
    if (f.both) conds.push(`(${fwd} OR (${actorCond(b, "a", params)} AND ${actorCond(a, "r", params)}))`);
    else conds.push(fwd);
  }
  const types = list(f.type);
  if (types.length) {
    conds.push(`e.type IN (${types.map(() => "?").join(", ")})`);
    params.push(...types.map((t) => t.toUpperCase()));
  }
  if (f.cameoRoot) {
    conds.push("e.cameo_root = ?");
    params.push(f.cameoRoot.padStart(2, "0").slice(0, 2));
  }
  if (f.quad) {
    conds.push("e.quad = ?");
    params.push(Number(f.quad));
  }
  const statuses = list(f.status);
  if (statuses.length) {
    conds.push(`e.status IN (${statuses.map(() => "?").join(", ")})`);
    params.push(...statuses);
  } else {
    const excluded = [...(f.includeNegated ? [] : ["negated"]), ...(f.includeHypothetical ? [] : ["hypothetical"])];
    if (excluded.length) {
      conds.push(`e.status NOT IN (${excluded.map(() => "?").join(", ")})`);
      params.push(...excluded);
    }
  }
  if (f.from) {
    conds.push("e.day >= ?");
    params.push(f.from);
  }
  if (f.to) {
    conds.push("e.day <> '' AND e.day <= ?");
    params.push(f.to);
  }
  if (f.article) {
    conds.push("e.article_id = ?");
    params.push(f.article);
  }
  if (f.text) {
    const c = textCond(db, f.text, params);
    if (c) conds.push(c);
  }
  if (f.distinct) conds.push("e.id = (SELECT l.rep FROM links l WHERE l.id = e.link_id)");
  return { sql: conds.length ? conds.join(" AND ") : "1 = 1", params };
}
