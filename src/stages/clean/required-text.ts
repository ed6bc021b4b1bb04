/**
 * Text a pattern cannot match without, read from the regex source once at load, so that a
 * line lacking it skips the pattern. Most caption and credit rules end in `\s*$` without a
 * start anchor, and V8 tries them at every position of every body line.
 *
 * The reading is conservative: whatever it does not follow (classes with ranges, escapes such
 * as \w, lookarounds, backreferences) requires nothing, so a line the pattern matches always
 * passes and the rule that fires never changes.
 */

/** Strings of which a matching line contains at least one. */
export type Clause = readonly string[];

/** Most clauses tested per pattern. */
const MAX_CLAUSES = 2;
/** Shortest string worth a scan in a clause of words: short ones ("ic", "by") are met by most lines. */
const MIN_WORD = 4;

/**
 * Quick tests to pass before trying `re`: one per clause, each a plain alternation of literals
 * with the pattern's own flags (V8 scans for those far faster than for a pattern with classes
 * and an end anchor). None when the pattern is anchored at the start: it fails at once on most
 * lines, sooner than any scan.
 */
export function prefilter(re: RegExp): RegExp[] {
  if (branches(re.source).every((b) => b.startsWith("^"))) return [];
  // A clause of single characters (brackets, slashes) is one fast scan for rare characters.
  const useful = (c: Clause): boolean => c.every((s) => s.length === 1) || strength(c) >= MIN_WORD;
  return requiredText(re).filter(useful).slice(0, MAX_CLAUSES).map((c) => new RegExp(c.map(escapeRe).join("|"), re.flags));
}

/** Clauses a match of `re` meets, the strongest first (see the module comment). */
export function requiredText(re: RegExp): Clause[] {
  if (re.flags.includes("m") || !re.flags.includes("u")) return [];
  const cur: Cursor = { src: re.source, at: 0 };
  const clauses = alternation(cur);
  // Anything unread (a parse this reader does not follow) voids the result.
  if (cur.at !== cur.src.length) return [];
  // Longer strings first, then fewer: the likelier to be missing, which ends the test.
  return clauses.sort((a, b) => strength(b) - strength(a) || a.length - b.length);
}

/** True when `text` passes every quick test from `prefilter`. */
export function passes(needs: readonly RegExp[], text: string): boolean {
  for (const re of needs) if (!re.test(text)) return false;
  return true;
}

const escapeRe = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");

/** The top-level alternatives of a pattern source. */
function branches(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

interface Cursor {
  src: string;
  at: number;
}

/** A parsed atom: a literal character, or clauses it requires. */
type Atom = { char: string } | { clauses: Clause[] };

const CLASS_ESCAPES = new Set(["d", "D", "w", "W", "s", "S", "p", "P"]);

/** The smallest string length in a clause: longer strings filter better. */
const strength = (c: Clause): number => Math.min(...c.map((s) => s.length));

function alternation(cur: Cursor): Clause[] {
  const branches: Clause[][] = [sequence(cur)];
  while (cur.src[cur.at] === "|") {
    cur.at++;
    branches.push(sequence(cur));
  }
  if (branches.length === 1) return branches[0];
  // One alternative suffices, so only a clause every alternative has survives: their union.
  const union: string[] = [];
  for (const b of branches) {
    if (!b.length) return [];
    const best = b.reduce((x, y) => (strength(y) > strength(x) ? y : x));
    union.push(...best);
  }
  return [union];
}

function sequence(cur: Cursor): Clause[] {
  const out: Clause[] = [];
  let run = "";
  const flush = (): void => {
    if (run) out.push([run]);
    run = "";
  };
  while (cur.at < cur.src.length && cur.src[cur.at] !== "|" && cur.src[cur.at] !== ")") {
    const a = atom(cur);
    const { min, repeats } = quantifier(cur);
    if (a && "char" in a && min >= 1) {
      run += a.char;
      // A repeated character may be followed by more of itself: the run ends here.
      if (repeats) flush();
      continue;
    }
    flush();
    if (a && "clauses" in a && min >= 1) out.push(...a.clauses);
  }
  flush();
  return out;
}

/** Reads an optional quantifier: the fewest repetitions it allows and whether it allows more than one. */
function quantifier(cur: Cursor): { min: number; repeats: boolean } {
  const c = cur.src[cur.at];
  let q: { min: number; repeats: boolean };
  if (c === "?" || c === "*" || c === "+") {
    cur.at++;
    q = { min: c === "+" ? 1 : 0, repeats: c !== "?" };
  } else if (c === "{") {
    const m = /^\{(\d+)(,\d*)?\}/.exec(cur.src.slice(cur.at));
    if (!m) throw new Error(`required-text: bad quantifier in ${cur.src}`);
    cur.at += m[0].length;
    q = { min: Number(m[1]), repeats: m[2] !== undefined || Number(m[1]) > 1 };
  } else {
    return { min: 1, repeats: false };
  }
  // A lazy quantifier matches the same strings.
  if (cur.src[cur.at] === "?") cur.at++;
  return q;
}

/** Reads one atom; undefined for one that requires nothing known (\w, ., ^, lookarounds). */
function atom(cur: Cursor): Atom | undefined {
  const { src } = cur;
  const c = src[cur.at];
  if (c === "(") return group(cur);
  if (c === "[") return charClass(cur);
  if (c === "\\") return escape(cur);
  cur.at++;
  if (c === "." || c === "^" || c === "$") return undefined;
  return { char: c };
}

function escape(cur: Cursor): Atom | undefined {
  const e = cur.src[cur.at + 1];
  cur.at += 2;
  if (e === "p" || e === "P" || e === "u" || e === "x" || e === "k") {
    // \p{..}, \u{..}, \k<..>: skip the braces or name; none is read as a literal.
    const close = e === "k" ? ">" : "}";
    if (cur.src[cur.at] === "{" || cur.src[cur.at] === "<") cur.at = cur.src.indexOf(close, cur.at) + 1;
    else if (e === "x") cur.at += 2;
    else if (e === "u") cur.at += 4;
    return undefined;
  }
  if (/[A-Za-z0-9]/.test(e)) return undefined;
  return { char: e };
}

function charClass(cur: Cursor): Atom | undefined {
  const { src } = cur;
  cur.at++;
  const chars: string[] = [];
  let known = src[cur.at] !== "^";
  while (src[cur.at] !== "]") {
    let c = src[cur.at++];
    if (c === "\\") {
      c = src[cur.at++];
      if (CLASS_ESCAPES.has(c) || /[A-Za-z0-9]/.test(c)) {
        known = false;
        if ((c === "p" || c === "P") && src[cur.at] === "{") cur.at = src.indexOf("}", cur.at) + 1;
        continue;
      }
    } else if (c === "-" && chars.length && src[cur.at] !== "]") {
      known = false;
    }
    chars.push(c);
  }
  cur.at++;
  return known && chars.length ? { clauses: [chars] } : undefined;
}

function group(cur: Cursor): Atom | undefined {
  const { src } = cur;
  cur.at++;
  let look = false;
  if (src[cur.at] === "?") {
    const head = /^\?(?::|=|!|<=|<!|<[A-Za-z]\w*>)/.exec(src.slice(cur.at));
    if (!head) throw new Error(`required-text: unknown group in ${src}`);
    // A lookaround (?= ?! ?<= ?<!) requires nothing of the text it stands in; a group (?: ?<name>) does.
    look = /^\?(?:=|!|<=|<!)/.test(head[0]);
    cur.at += head[0].length;
  }
  const clauses = alternation(cur);
  if (src[cur.at] !== ")") throw new Error(`required-text: unclosed group in ${src}`);
  cur.at++;
  return look || !clauses.length ? undefined : { clauses };
}
