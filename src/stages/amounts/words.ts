/**
 * Cheap look-ups of the words right before or after a number, so that every dictionary check
 * is a Map/Set hit on at most three candidate phrases instead of a scan over the dictionary.
 */
import { wordsBefore } from "./scan.ts";

/** A phrase next to a number, lower-cased, and how many characters it spans from the number. */
export interface Near {
  phrase: string;
  /** Characters from the number's edge to the far end of the phrase (the space included). */
  length: number;
}

const ABBREVIATION_END = /\.\p{L}\.$/u;
const AFTER = /^ ([\p{L}.'’$]+)(?: ([\p{L}.'’]+))?(?: ([\p{L}.'’]+))?/u;

/** "46 percent points": [" percent", " percent points", ...] as lower-cased phrases of 1 to 3 words. */
export function phrasesAfter(text: string, end: number): Near[] {
  if (text.charCodeAt(end) !== 32) return [];
  const m = AFTER.exec(text.slice(end, end + 48));
  if (!m) return [];
  const out: Near[] = [];
  let phrase = "";
  let length = 0;
  for (let i = 1; i <= 3 && m[i]; i++) {
    phrase = phrase ? `${phrase} ${m[i]}` : m[i];
    length += m[i].length + 1;
    out.push({ phrase: phrase.toLowerCase(), length });
    // A trailing full stop ends the sentence, not the word ("5 percent."), except in "a.m.".
    if (m[i].endsWith(".") && !ABBREVIATION_END.test(m[i])) out.push({ phrase: phrase.slice(0, -1).toLowerCase(), length: length - 1 });
  }
  return out;
}

/** The one, two and three words ending one space before `start`, lower-cased. */
export function phrasesBefore(text: string, start: number): Near[] {
  const words = wordsBefore(text, Math.max(0, start - 40), start);
  const out: Near[] = [];
  let phrase = "";
  let length = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    phrase = phrase ? `${words[i]} ${phrase}` : words[i];
    length += words[i].length + 1;
    out.push({ phrase: phrase.toLowerCase(), length });
  }
  return out;
}
