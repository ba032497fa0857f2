// lookbehindFree searches for a pattern's body and tries its opening look-behind only where the body
// matches; it must answer and match exactly as the single expression does (the reader's date-range
// search is checked against the single expression by test/core/parse-fast.test.ts). Checked on generated text (letters
// on both sides of the words, astral letters, lone surrogates, U+0345 which /iu closes into \p{L},
// with and without the u flag), and, for the reader's date test built with it, on every line of the
// fixtures, examples, docs and bench corpus.
import assert from "node:assert/strict";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { lookbehindFree } from "../../src/core/lookbehind.js";
import { DATE_GRAMMAR } from "../../src/core/parse.js";
import { generateCorpus } from "../../bench/corpus.mjs";

const PIECES = ["jan21", "Mai22", "dec.19", "7/21 -", "12/23–", "/", "x7/21-", "now", "NOW", "Now", "present", "Present", "PRÉSENT", "today", "a", "Z", "é", "1", "20", "2021", "'21", " ", "-", ".", "(", "\u0345", "\u03b9", "𝐀", "😀", "\ud835", "\udc00", "н. в.", "Н.", "в.", "сейчас", "по настоящее время", "ſ", "K", "aktuell"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => a.join(""));

describe("core/lookbehind: lookbehindFree", () => {
  for (const [notAfter, body, flags] of [
    ["[\\p{L}]", "(?:now|present|today|pr[ée]sent|н\\.\\s*в\\.)(?![\\p{L}])", "iu"],
    ["[\\p{L}\\p{N}]", "(?:now|\\d{2})", "u"],
    ["[a-z]", "(?:now|present)", "i"],
    ["\\w", "\\W?(?:now|\\d)", ""],
  ] as const) {
    it(`answers as /(?<!${notAfter})${body}/${flags} on generated text`, () => {
      const fast = lookbehindFree(notAfter, body, flags);
      const plain = new RegExp(`(?<!${notAfter})${body}`, flags);
      let yes = 0;
      fc.assert(
        fc.property(text, (t) => {
          const want = plain.test(t);
          if (want) yes++;
          assert.equal(fast.test(t), want, JSON.stringify(t));
        }),
        { numRuns: 6000, seed: 13 },
      );
      assert.ok(yes > 500, `only ${yes} generated texts matched`);
    });

    it(`finds the matches of /(?<!${notAfter})${body}/g${flags} on generated text`, () => {
      const fast = lookbehindFree(notAfter, body, flags);
      const all = new RegExp(`(?<!${notAfter})${body}`, flags + "g");
      fc.assert(
        fc.property(text, (t) => {
          const want = [...t.matchAll(all)].map((m) => [m.index, m[0]]);
          assert.deepEqual(fast.matches(t).map((m) => [m.index, m[0]]), want, JSON.stringify(t));
        }),
        { numRuns: 6000, seed: 19 },
      );
    });
  }
});

describe("core/parse: the date test without its look-behind", () => {
  it("answers as HAS_YEAR_OR_OPEN's expression on every line of the fixtures, examples, docs and bench corpus", () => {
    const texts: string[] = [];
    for (const dir of ["examples", "test/fixtures", "docs"]) {
      for (const f of readdirSync(dir, { recursive: true }).map(String).filter((x) => x.endsWith(".md"))) texts.push(readFileSync(`${dir}/${f}`, "utf8"));
    }
    const c = generateCorpus({ resumes: 200, packets: 5, series: [] });
    for (const r of [...c.resumes, ...c.packets]) texts.push(r.text);
    const { hasYearOrOpen, hasYearOrOpenFast } = DATE_GRAMMAR;
    let lines = 0;
    let open = 0;
    for (const t of texts) {
      for (const line of t.split(/\r?\n/)) {
        lines++;
        const want = hasYearOrOpen.test(line);
        if (want && !/\d/.test(line)) open++;
        assert.equal(hasYearOrOpenFast.test(line), want, JSON.stringify(line));
      }
    }
    assert.ok(lines > 10000 && open >= 10, `${lines} lines, ${open} with an open end and no digit`);
  });

  it("and on generated text", () => {
    const { hasYearOrOpen, hasYearOrOpenFast } = DATE_GRAMMAR;
    fc.assert(fc.property(text, (t) => assert.equal(hasYearOrOpenFast.test(t), hasYearOrOpen.test(t), JSON.stringify(t))), { numRuns: 6000, seed: 17 });
  });
});
