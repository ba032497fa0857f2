// Character tests by code, for the hot loops that used to call a one-character regular expression
// (/\s/.test(c)) or anchor a pattern at the end of a slice (/([\p{L}.]+)$/u). Same sets as those
// regular expressions, without allocating a string or a match per character. Pure: no vscode, no fs.

/** JavaScript's `\s` (WhiteSpace and LineTerminator), by UTF-16 code unit. */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const LETTER = /^\p{L}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** `\p{L}` for one code point (ASCII by range, the rest by the Unicode property). */
export function isLetterCp(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER.test(String.fromCodePoint(cp));
}

/** `[\p{L}\p{N}]` for one code point. */
export function isLetterOrDigitCp(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/**
 * Start of the longest run of code points satisfying `test` that ends at `end`, reading no further
 * back than `from` (as a `u` regular expression would on `text.slice(from, end)`: a surrogate pair cut
 * by `from` is a lone surrogate there, which no property matches). Returns `end` for an empty run.
 */
export function runStartBefore(text: string, from: number, end: number, test: (cp: number) => boolean): number {
  let i = end;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= from) {
      const h = text.charCodeAt(i - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        if (!test((h - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000)) break;
        i -= 2;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) break; // a lone surrogate is in no property
    if (!test(c)) break;
    i--;
  }
  return i;
}

/** Code units of the code point at `i` (read no further than `to`) when `test` accepts it, else 0; a lone surrogate is in no property. */
function widthIf(text: string, i: number, to: number, test: (cp: number) => boolean): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    if (c <= 0xdbff && i + 1 < to) {
      const l = text.charCodeAt(i + 1);
      if (l >= 0xdc00 && l <= 0xdfff) return test((c - 0xd800) * 0x400 + (l - 0xdc00) + 0x10000) ? 2 : 0;
    }
    return 0;
  }
  return test(c) ? 1 : 0;
}

/** End of the longest run of code points satisfying `test` that starts at `start`, reading no further than `to`. */
export function runEndAfter(text: string, start: number, to: number, test: (cp: number) => boolean): number {
  let i = start;
  let w: number;
  while (i < to && (w = widthIf(text, i, to, test))) i += w;
  return i;
}

/** End of the last word found by `nextWord`. */
export let wordEnd = 0;

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 58 || c === 46; // ' ’ : .
}

/** widthIf(…, isLetterOrDigitCp) with the ASCII test inline: the tokenizers' hot loop (a call per character cost 7 %). */
function letterOrDigitAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  return widthIf(text, i, to, isLetterOrDigitCp);
}

/**
 * The next word at or after `from`, as the global `u` regular expression
 * /[\p{L}\p{N}]+(?:['’:.][\p{L}\p{N}]+)*(?:\+\+|#)?/gu would find it (the suffix only with `suffix`):
 * returns its start and sets `wordEnd`, or returns -1. A scan by character code with an ASCII fast
 * path: tokenizing was among the hottest functions of a lint, mostly in the regular expression.
 */
export function nextWord(text: string, from: number, suffix: boolean): number {
  const n = text.length;
  let i = from;
  while (i < n && !letterOrDigitAt(text, i, n)) i++;
  if (i >= n) return -1;
  const start = i;
  for (;;) {
    let w: number;
    while (i < n && (w = letterOrDigitAt(text, i, n))) i += w;
    if (i + 1 < n && isJoiner(text.charCodeAt(i)) && letterOrDigitAt(text, i + 1, n)) i++;
    else break;
  }
  if (suffix) {
    if (text.charCodeAt(i) === 43 && text.charCodeAt(i + 1) === 43) i += 2;
    else if (text.charCodeAt(i) === 35) i++;
  }
  wordEnd = i;
  return start;
}

/** text.replace(/\s+/g, " ").trim(), returning `text` itself (no copy) when it is already so. */
export function collapseSpaces(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  let clean = text.charCodeAt(0) !== 32 && text.charCodeAt(n - 1) !== 32;
  for (let i = 0; clean && i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) clean = text.charCodeAt(i + 1) !== 32;
    else if (isJsSpace(c)) clean = false;
  }
  return clean ? text : text.replace(/\s+/g, " ").trim();
}

/** `s` as a regular expression that matches it literally ("B.S." → "B\.S\."). */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
