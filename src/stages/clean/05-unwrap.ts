/**
 * Hard-wrapped text (old wire copy, e-mail, Reuters-21578: every line cut near 70 columns, new
 * paragraphs indented) is rejoined into one line per paragraph, so that "a newline ends a
 * sentence" still holds. Text with long lines is left alone.
 */

/** Longest line allowed in hard-wrapped text. */
const MAX_WRAP = 100;
/** Share of lines that must look wrapped (mid-length, no final punctuation) for unwrapping. */
const MIN_WRAPPED_SHARE = 0.25;
const END = /[.!?"”:]$/;
/** A next line that carries on a sentence: lower-case, a digit or an opening bracket. */
const CONTINUES = /^\s?[\p{Ll}\d(]/u;

/**
 * True when the lines look hard-wrapped: no long line, and many lines break mid-sentence with
 * the next line going on in lower case.
 */
export function isHardWrapped(lines: string[]): boolean {
  const full = lines.map((l) => l.trimEnd()).filter((l) => l.trim());
  if (full.length < 4 || full.some((l) => l.length > MAX_WRAP)) return false;
  let wrapped = 0;
  for (let i = 0; i + 1 < full.length; i++) {
    if (full[i].trim().length >= 40 && !END.test(full[i]) && CONTINUES.test(full[i + 1])) wrapped++;
  }
  return wrapped >= 2 && wrapped / full.length >= MIN_WRAPPED_SHARE;
}

/** Rejoins hard-wrapped lines into paragraphs; returns the lines unchanged otherwise. */
export function unwrap(lines: string[]): string[] {
  if (!isHardWrapped(lines)) return lines;
  const width = Math.max(...lines.map((l) => l.trimEnd().length));
  const out: string[] = [];
  let prev = "";
  for (const line of lines) {
    const t = line.trim();
    const indented = /^(?:\s{2,}|\t)/.test(line);
    const joins = t && prev && !indented && prev.length >= width * 0.6 && out.length > 0;
    if (joins) {
      out[out.length - 1] += ` ${t}`;
    } else {
      out.push(line);
    }
    prev = t ? line.trimEnd() : "";
  }
  return out;
}
