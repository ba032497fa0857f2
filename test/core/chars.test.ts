// src/core/chars.ts replaces regular expressions in hot loops; it must give the same answers as the
// regular expressions it replaced, on every string (surrogate pairs cut by a window included).
import assert from "node:assert/strict";
import fc from "fast-check";
import { TOKEN_RE } from "../../src/rules/lib/words.js";
import { WORD } from "../../src/ladders/match.js";
import { collapseSpaces, isJsSpace, isLetterCp, isLetterOrDigitCp, nextWord, runEndAfter, runStartBefore, wordEnd } from "../../src/core/chars.js";

// Characters that exercise every branch: ASCII letters, digits, dots, every kind of JS space,
// non-ASCII letters and digits, astral letters and digits (surrogate pairs), emoji, lone surrogates.
const PIECES = ["a", "Z", "é", "ß", "İ", "ж", "中", "5", "٣", ".", ",", "-", " ", "\t", "\n", "\r", "\u00a0", "\u2003", "\u2028", "\u3000", "\ufeff", "\u200b", "\u180e", "𝐀", "𝟙", "😀", "\ud835", "\udc00", "(", "O"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(""));

describe("core/chars", () => {
  it("isJsSpace is /\\s/ on every UTF-16 code unit", () => {
    for (let c = 0; c < 0x10000; c++) assert.equal(isJsSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });

  it("isLetterCp / isLetterOrDigitCp are \\p{L} / [\\p{L}\\p{N}] on every code point", () => {
    for (let cp = 0; cp < 0x110000; cp += cp < 0x30000 ? 1 : 97) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const s = String.fromCodePoint(cp);
      assert.equal(isLetterCp(cp), /^\p{L}$/u.test(s), `U+${cp.toString(16)}`);
      assert.equal(isLetterOrDigitCp(cp), /^[\p{L}\p{N}]$/u.test(s), `U+${cp.toString(16)}`);
    }
  });

  it("runStartBefore is /([\\p{L}.]+)$/u on the slice, and /([\\p{L}\\p{N}.]+)[\\s\\u00a0]*$/u after a space skip", () => {
    const letterOrDot = (cp: number) => cp === 46 || isLetterCp(cp);
    const wordCp = (cp: number) => cp === 46 || isLetterOrDigitCp(cp);
    fc.assert(
      fc.property(text, fc.nat(60), fc.nat(60), (t, a, b) => {
        const from = Math.min(a, b, t.length);
        const end = Math.min(Math.max(a, b), t.length);
        const s = runStartBefore(t, from, end, letterOrDot);
        assert.equal(s < end ? t.slice(s, end) : undefined, /([\p{L}.]+)$/u.exec(t.slice(from, end))?.[1]);
        let e = end;
        while (e > from && isJsSpace(t.charCodeAt(e - 1))) e--;
        const w = runStartBefore(t, from, e, wordCp);
        assert.equal(w < e ? t.slice(w, e) : undefined, /([\p{L}\p{N}.]+)[\s\u00a0]*$/u.exec(t.slice(from, end))?.[1]);
      }),
      { numRuns: 5000 },
    );
  });

  it("runEndAfter is /^[\\s\\u00a0]*([\\p{L}]+)/u on the slice after a space skip", () => {
    fc.assert(
      fc.property(text, fc.nat(60), fc.nat(60), (t, a, b) => {
        const start = Math.min(a, b, t.length);
        const to = Math.min(Math.max(a, b), t.length);
        let s = start;
        while (s < to && isJsSpace(t.charCodeAt(s))) s++;
        const e = runEndAfter(t, s, to, isLetterCp);
        assert.equal(e > s ? t.slice(s, e) : undefined, /^[\s\u00a0]*([\p{L}]+)/u.exec(t.slice(start, to))?.[1]);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("core/chars nextWord", () => {
  const WORDS = ["a", "Z", "é", "İ", "中", "5", "٣", "𝐀", "𝟙", "😀", "\ud835", "\udc00", "'", "’", ":", ".", "+", "#", " ", "-", "ⅷ", "½"];
  const words = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((a) => a.join(""));
  const scan = (t: string, suffix: boolean) => {
    const out: [number, number][] = [];
    let pos = 0;
    let s: number;
    while ((s = nextWord(t, pos, suffix)) >= 0) {
      out.push([s, wordEnd]);
      pos = wordEnd;
    }
    return out;
  };
  const byRegex = (t: string, re: RegExp) => [...t.matchAll(re)].map((m): [number, number] => [m.index!, m.index! + m[0].length]);
  it("finds the words of the rules' tokenizer and the ladders' tokenizer regular expressions", () => {
    fc.assert(
      fc.property(words, (t) => {
        assert.deepEqual(scan(t, true), byRegex(t, new RegExp(TOKEN_RE)));
        assert.deepEqual(scan(t, false), byRegex(t, new RegExp(WORD)));
      }),
      { numRuns: 20000 },
    );
  });
});

describe("core/chars collapseSpaces", () => {
  it("is text.replace(/\\s+/g, \" \").trim()", () => {
    const t = fc.array(fc.constantFrom("a", "é", " ", "  ", "\t", "\n", "\u00a0", "\u2028", "x y", "𝐀"), { maxLength: 20 }).map((a) => a.join(""));
    fc.assert(fc.property(t, (s) => assert.equal(collapseSpaces(s), s.replace(/\s+/g, " ").trim())), { numRuns: 20000 });
  });
});
