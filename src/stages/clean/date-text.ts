/**
 * Finds calendar dates written in news furniture ("Thursday, 26 June 2025", "Aug 11, 2025",
 * "2025-07-04", "July 4") and normalises them to YYYY-MM-DD, or --MM-DD without a year.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})\\b`, "i");
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s*,?\\s*(\\d{4})\\b`, "i");
/** 12.03.2024, 12/03/2024 (day first, as outside the US, unless only month-first is a date) and 2024/03/12. */
const NUMERIC = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/;
const YMD_SLASH = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/;
const MD = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\b`, "i");
const DM = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\b`, "i");

/** A date found in a string: normalised value plus where it was. */
export interface FoundDate {
  date: string;
  index: number;
  length: number;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const monthOf = (word: string): number => MONTHS[word.toLowerCase().slice(0, word.toLowerCase().startsWith("sept") ? 4 : 3)] ?? MONTHS[word.toLowerCase().slice(0, 3)];

function valid(y: number | undefined, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  if (y === undefined) return true;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && y >= 1900 && y <= 2100;
}

/** The first full date (with a year) in `s`. */
export function findFullDate(s: string): FoundDate | undefined {
  const hits: FoundDate[] = [];
  const iso = ISO.exec(s);
  if (iso && valid(+iso[1], +iso[2], +iso[3])) hits.push({ date: `${iso[1]}-${iso[2]}-${iso[3]}`, index: iso.index, length: iso[0].length });
  const mdy = MDY.exec(s);
  if (mdy) {
    const m = monthOf(mdy[1]);
    if (valid(+mdy[3], m, +mdy[2])) hits.push({ date: `${mdy[3]}-${pad(m)}-${pad(+mdy[2])}`, index: mdy.index, length: mdy[0].length });
  }
  const dmy = DMY.exec(s);
  if (dmy) {
    const m = monthOf(dmy[2]);
    if (valid(+dmy[3], m, +dmy[1])) hits.push({ date: `${dmy[3]}-${pad(m)}-${pad(+dmy[1])}`, index: dmy.index, length: dmy[0].length });
  }
  const num = NUMERIC.exec(s);
  if (num) {
    const [a, b, y] = [+num[1], +num[2], +num[3]];
    const [d, m] = valid(y, b, a) ? [a, b] : [b, a];
    if (valid(y, m, d)) hits.push({ date: `${y}-${pad(m)}-${pad(d)}`, index: num.index, length: num[0].length });
  }
  const ymd = YMD_SLASH.exec(s);
  if (ymd && valid(+ymd[1], +ymd[2], +ymd[3])) hits.push({ date: `${ymd[1]}-${pad(+ymd[2])}-${pad(+ymd[3])}`, index: ymd.index, length: ymd[0].length });
  return hits.sort((a, b) => a.index - b.index)[0];
}

/** A month and day without a year ("July 4", "4 July") as --MM-DD. */
export function findMonthDay(s: string): FoundDate | undefined {
  const md = MD.exec(s);
  if (md && valid(undefined, monthOf(md[1]), +md[2])) return { date: `--${pad(monthOf(md[1]))}-${pad(+md[2])}`, index: md.index, length: md[0].length };
  const dm = DM.exec(s);
  if (dm && valid(undefined, monthOf(dm[2]), +dm[1])) return { date: `--${pad(monthOf(dm[2]))}-${pad(+dm[1])}`, index: dm.index, length: dm[0].length };
  return undefined;
}

/** A YYMMDD story-id date ("250617") as YYYY-MM-DD, when it is a real date. */
export function fromYymmdd(s: string): string | undefined {
  const m = /^(\d{2})(\d{2})(\d{2})$/.exec(s);
  if (!m) return undefined;
  const y = 2000 + +m[1];
  return valid(y, +m[2], +m[3]) ? `${y}-${m[2]}-${m[3]}` : undefined;
}

/** Every full date in `s`, left to right (used to blank dates out of a timestamp line). */
export function allFullDates(s: string): FoundDate[] {
  const out: FoundDate[] = [];
  let rest = s;
  let offset = 0;
  for (let found = findFullDate(rest); found; found = findFullDate(rest)) {
    out.push({ ...found, index: found.index + offset });
    offset += found.index + found.length;
    rest = s.slice(offset);
  }
  return out;
}
