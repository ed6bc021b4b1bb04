/**
 * Finds quoted spans: curly “…”, straight "…" and «…» pairs. A quote left open at the end of
 * a paragraph is closed there (news style reopens the next paragraph with a new mark); a line
 * break inside a sentence (wire copy wrapped at 70 columns) does not end it. The span is the
 * words inside the marks, without a US-style comma or full stop before the closing mark.
 */

/** One quoted span: `start`/`end` are the words, `open`/`close` the marks' offsets. */
export interface QuoteSpan {
  start: number;
  end: number;
  open: number;
  /** Offset just after the closing mark (or the paragraph end when it was left open). */
  close: number;
  rule: string;
}

const MAX_QUOTE = 2000;
/** A quote still open after this many characters at a line break ends there. */
const MAX_WRAPPED = 600;

/** Quoted spans in text order. */
export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  if (!hasMark(text)) return out;
  const marks = /[“”"«»\n]/g;
  let open: { at: number; mark: string } | undefined;
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    const mark = m[0];
    if (mark === "\n") {
      if (open && endsParagraph(text, m.index, open.at)) {
        push(text, open.at, m.index, m.index, "quote.marks.open-to-paragraph-end", out);
        open = undefined;
      }
      continue;
    }
    if (!open) {
      // A closing mark with nothing open is a stray; skip it.
      if (CLOSER[mark]) open = { at: m.index, mark };
      continue;
    }
    if (mark !== CLOSER[open.mark]) {
      if (mark === "“" || mark === "«") open = { at: m.index, mark };
      continue;
    }
    push(text, open.at, m.index, m.index + 1, "quote.marks.pair", out);
    open = undefined;
  }
  if (open) push(text, open.at, text.length, text.length, "quote.marks.open-to-paragraph-end", out);
  return out;
}

function hasMark(text: string): boolean {
  return text.includes("\"") || text.includes("“") || text.includes("«");
}

/** The closing mark for each opening one (straight quotes close themselves). */
const CLOSER: Readonly<Record<string, string>> = { "“": "”", '"': '"', "«": "»" };

/**
 * Whether a line break ends the open quote: news style reopens the next paragraph with a mark,
 * and a blank line or a very long span ends it too; otherwise the break only wraps a line.
 */
function endsParagraph(text: string, at: number, openAt: number): boolean {
  let k = at + 1;
  while (k < text.length && (text[k] === " " || text[k] === "\t")) k++;
  const next = text[k];
  let b = at - 1;
  while (b > openAt && (text[b] === " " || text[b] === "\r")) b--;
  const sentenceEnded = /[.!?:]/.test(text[b]);
  return next === undefined || next === "\n" || next === "“" || next === '"' || next === "«" || sentenceEnded || at - openAt > MAX_WRAPPED;
}

function push(text: string, openAt: number, closeAt: number, after: number, rule: string, out: QuoteSpan[]): void {
  let start = openAt + 1;
  let end = closeAt;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,.]/.test(text[end - 1])) end--;
  if (end <= start || end - start > MAX_QUOTE) return;
  out.push({ start, end, open: openAt, close: after, rule });
}
