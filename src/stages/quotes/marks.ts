/**
 * Finds quoted spans: curly “…” pairs and straight "…" pairs, paired within a paragraph.
 * A quote left open at the end of a paragraph is closed there (news style reopens the next
 * paragraph with a new mark). The span is the words inside the marks, without a US-style
 * comma or full stop before the closing mark.
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

/** Quoted spans in text order. */
export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let paraStart = 0;
  while (paraStart < text.length) {
    let paraEnd = text.indexOf("\n", paraStart);
    if (paraEnd < 0) paraEnd = text.length;
    if (hasMark(text, paraStart, paraEnd)) scanParagraph(text, paraStart, paraEnd, out);
    paraStart = paraEnd + 1;
  }
  return out;
}

function hasMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x201c || c === 0x201d) return true;
  }
  return false;
}

function scanParagraph(text: string, from: number, to: number, out: QuoteSpan[]): void {
  const marks = /[“”"]/g;
  marks.lastIndex = from;
  let open: { at: number; mark: string } | undefined;
  for (let m = marks.exec(text); m && m.index < to; m = marks.exec(text)) {
    const mark = m[0];
    if (!open) {
      // A closing curly mark with nothing open is a stray; skip it.
      if (mark !== "”") open = { at: m.index, mark };
      continue;
    }
    const closes = open.mark === '"' ? mark === '"' : mark === "”";
    if (!closes) {
      if (mark === "“") open = { at: m.index, mark };
      continue;
    }
    push(text, open.at, m.index, m.index + 1, "quote.marks.pair", out);
    open = undefined;
  }
  if (open) push(text, open.at, to, to, "quote.marks.open-to-paragraph-end", out);
}

function push(text: string, openAt: number, closeAt: number, after: number, rule: string, out: QuoteSpan[]): void {
  let start = openAt + 1;
  let end = closeAt;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,.]/.test(text[end - 1])) end--;
  if (end <= start || end - start > MAX_QUOTE) return;
  out.push({ start, end, open: openAt, close: after, rule });
}
