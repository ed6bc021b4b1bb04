/**
 * Reads one input document for the CLI: a file or stdin, checked to be UTF-8 text, and sniffed
 * as HTML or plain text. Unreadable or non-text input throws a DyadError with a one-line message.
 */
import { readFileSync, statSync } from "node:fs";
import { DyadError, EXIT } from "../errors.ts";
import type { DocInput } from "../types.ts";

/** Largest file the CLI reads at all; the coder's own (smaller) limit then applies per document. */
export const MAX_READ_BYTES = 512 * 1024 * 1024;

/** Reads a whole file (or stdin for "-" / undefined) as bytes. */
export function readBytes(file: string | undefined): Buffer {
  const path = file && file !== "-" ? file : undefined;
  try {
    if (path) {
      const st = statSync(path);
      if (st.isDirectory()) throw new DyadError(`${path}: is a directory, not a file`, { exitCode: EXIT.unreadable });
      if (st.size > MAX_READ_BYTES) throw new DyadError(`${path}: ${st.size} bytes, over the ${MAX_READ_BYTES}-byte read limit`, { exitCode: EXIT.badInput });
    }
    return readFileSync(path ?? 0);
  } catch (err) {
    if (err instanceof DyadError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "is a directory, not a file" : (err as Error).message;
    throw new DyadError(`${path ?? "stdin"}: cannot read: ${why}`, { exitCode: EXIT.unreadable, cause: err });
  }
}

/** Why `bytes` is not a text document (binary, invalid UTF-8), or undefined when it is fine. */
export function notText(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return "binary data (NUL bytes), not a text document";
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  if (head.length && control / head.length > 0.1) return "binary data (control bytes), not a text document";
  return undefined;
}

/** Decodes strict UTF-8 (BOM dropped); throws a badInput DyadError naming `what` otherwise. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  const binary = notText(bytes);
  if (binary) throw new DyadError(`${what}: ${binary}`, { exitCode: EXIT.badInput });
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (err) {
    throw new DyadError(`${what}: not valid UTF-8 text`, { exitCode: EXIT.badInput, cause: err });
  }
}

/** True when text is certainly a whole HTML page (doctype or <html> first). */
export function isHtmlPage(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || (head.startsWith("<?xml") && head.includes("<html"));
}

/** True when text looks like an HTML page or fragment rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return isHtmlPage(text) || /^<(?:head|body|article|div|p|meta|title)[\s>]/.test(text.slice(0, 2048).trimStart().toLowerCase());
}

/** Reads FILE (or stdin) into a document: HTML by extension or by sniffing, else plain text. */
export function readDocument(file: string | undefined): DocInput {
  const what = file && file !== "-" ? file : "stdin";
  const text = decodeUtf8(readBytes(file), what);
  if (!text.trim()) throw new DyadError(`${what}: the input is empty`, { exitCode: EXIT.badInput });
  // A .txt file is HTML only when it is plainly a saved page; other names are sniffed.
  const html = /\.x?html?$/i.test(file ?? "") || (/\.txt$/i.test(file ?? "") ? isHtmlPage(text) : looksLikeHtml(text));
  return html ? { html: text } : { text };
}
