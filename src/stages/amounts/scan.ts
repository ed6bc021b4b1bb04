/**
 * Character scans that stand in for end-anchored regular expressions over the text before a
 * number. A regex such as /([\p{L}.']+)\W*$/u is retried from every start position of its
 * input; scanning back from the end reads each character about once. Offsets are UTF-16 code
 * units, and a surrogate pair counts as one character, as under the regex `u` flag.
 */

const LETTER = /^\p{L}$/u;

/** Which characters a word is made of; `from`/`to` bound one code point of `text`. */
type WordChar = (text: string, from: number, to: number) => boolean;

function isLetter(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(to - from === 1 ? text[from] : text.slice(from, to));
}

/** [\p{L}.'] */
const nameChar: WordChar = (text, from, to) => {
  const c = text.charCodeAt(from);
  return c === 46 || c === 39 || isLetter(text, from, to);
};

/** [\p{L}.'’] */
const phraseChar: WordChar = (text, from, to) => text.charCodeAt(from) === 0x2019 || nameChar(text, from, to);

/** Start of the code point that ends at `end`; a pair cut by `floor` counts as its lone low half. */
function pointStart(text: string, end: number, floor: number): number {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end - 2 >= floor) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return end - 2;
  }
  return end - 1;
}

/** End of the code point that starts at `start`; a pair cut by `to` counts as its lone high half. */
function pointEnd(text: string, start: number, to: number): number {
  const high = text.charCodeAt(start);
  if (high >= 0xd800 && high <= 0xdbff && start + 2 <= to) {
    const low = text.charCodeAt(start + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return start + 2;
  }
  return start + 1;
}

/** Start of the run of word characters that ends at `end`, not before `floor`. */
function runStart(text: string, end: number, floor: number, isChar: WordChar): number {
  let i = end;
  while (i > floor) {
    const s = pointStart(text, i, floor);
    if (!isChar(text, s, i)) break;
    i = s;
  }
  return i;
}

/** End of the run of word characters that starts at `start`, not after `to`. */
function runEnd(text: string, start: number, to: number, isChar: WordChar): number {
  let i = start;
  while (i < to) {
    const e = pointEnd(text, i, to);
    if (!isChar(text, i, e)) break;
    i = e;
  }
  return i;
}

/** [A-Za-z0-9_], the `\w` of a regex without the `i` flag. */
function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * The match of /([\p{L}.']+)\W*$/u on text[floor, end): the last word before `end` and where
 * it starts, or undefined. Like the regex, the word may run on over trailing full stops.
 */
export function lastWord(text: string, floor: number, end: number): { word: string; start: number } | undefined {
  // Every code unit of an astral character is \W, so the \W tail can be found unit by unit.
  let tail = end;
  while (tail > floor && !isAsciiWord(text.charCodeAt(tail - 1))) tail--;
  let start: number;
  if (tail > floor && nameChar(text, tail - 1, tail)) {
    start = runStart(text, tail, floor, nameChar);
  } else {
    // Only \W follows, or a digit or "_" ends the \w part: the word is the first one after it.
    start = tail;
    while (start < end) {
      const e = pointEnd(text, start, end);
      if (nameChar(text, start, e)) break;
      start = e;
    }
    if (start >= end) return undefined;
  }
  return { word: text.slice(start, runEnd(text, start, end, nameChar)), start };
}

/**
 * The match of /(?:([\p{L}.'’]+) )?(?:([\p{L}.'’]+) )?([\p{L}.'’]+) $/u on text[floor, end):
 * the one to three words that end one space before `end`, in text order ([] when none).
 */
export function wordsBefore(text: string, floor: number, end: number): string[] {
  const words: string[] = [];
  let space = end - 1;
  while (words.length < 3 && space >= floor && text.charCodeAt(space) === 32) {
    const start = runStart(text, space, floor, phraseChar);
    if (start === space) break;
    words.unshift(text.slice(start, space));
    space = start - 1;
  }
  return words;
}
