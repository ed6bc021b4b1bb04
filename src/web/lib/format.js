/** Labels and colours shared by the views. */

/** CAMEO quad classes: name and colour (cooperation greens, conflict reds). */
export const QUADS = {
  1: { name: "Verbal cooperation", color: "#7fc4a4" },
  2: { name: "Material cooperation", color: "#1b8a5a" },
  3: { name: "Verbal conflict", color: "#f2a35e" },
  4: { name: "Material conflict", color: "#c8402f" },
};

/** PLOVER types in manual order. */
export const PLOVER_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

/** "RUSGOV Russia" style label for a list of actors. */
export function actorsLabel(actors = []) {
  return actors.length ? actors.map((a) => a.code).join(", ") : "—";
}

/** The quad class of an event (CAMEO quad, else guessed from the PLOVER type's side). */
export function quadOf(ev) {
  if (ev.cameo?.quad) return ev.cameo.quad;
  const i = PLOVER_TYPES.indexOf(ev.type);
  if (i < 0) return 1;
  // CAMEO quads: appeal/agree/consult/praise verbal, yield/aid material; protest and force material conflict.
  return i < 3 || i === 7 ? 1 : i < 7 ? 2 : i < 11 ? 3 : 4;
}

/** Last day of the interval that starts on `start` (YYYY-MM-DD). */
export function intervalEnd(start, interval) {
  const d = new Date(`${start}T00:00:00Z`);
  if (interval === "week") d.setUTCDate(d.getUTCDate() + 6);
  else { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
  return d.toISOString().slice(0, 10);
}

/** "Apr 2025" or "Week of 7 Apr 2025". */
export function intervalLabel(start, interval) {
  const d = new Date(`${start}T00:00:00Z`);
  const opts = interval === "week" ? { day: "numeric", month: "short", year: "numeric" } : { month: "short", year: "numeric" };
  const s = d.toLocaleDateString("en-GB", { ...opts, timeZone: "UTC" });
  return interval === "week" ? `wk ${s}` : s;
}
