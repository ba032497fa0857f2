// confidential finds the tokens it reads (URLs, hosts, addresses) from their dots, slashes, @ and
// colons outward instead of matching TOKEN_RE on every word: that is only right if it finds exactly
// TOKEN_RE's matches that hold one of those characters. Checked on every example, fixture and rule
// doc, the bench corpus and generated text built from the delimiters and their neighbours.
import assert from "node:assert/strict";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { generateCorpus } from "../../bench/corpus.mjs";
import { ISSUE_KEY_GATE, ISSUE_KEY_RE, LINKISH_RE, TOKEN_RE, linkishTokens } from "../../src/rules/confidential.js";

/** The regular expressions' answer: [start, end) of every token match holding a link character. */
function byRegExp(text: string): number[] {
  return [...text.matchAll(new RegExp(TOKEN_RE.source, TOKEN_RE.flags))].filter((m) => LINKISH_RE.test(m[0])).flatMap((m) => [m.index, m.index + m[0].length]);
}

describe("rules/confidential: link tokens found from their link characters", () => {
  it("are TOKEN_RE's matches with . / @ or : on the examples, fixtures, rule docs and bench corpus", () => {
    const texts: string[] = [];
    for (const dir of ["examples", "test/fixtures", "docs/rules"]) {
      for (const f of readdirSync(dir, { recursive: true }).map(String).filter((x) => /\.(md|json|ya?ml)$/.test(x))) texts.push(readFileSync(`${dir}/${f}`, "utf8"));
    }
    const c = generateCorpus({ resumes: 100, packets: 2, series: [] });
    for (const r of [...c.resumes, ...c.packets]) texts.push(r.text);
    let tokens = 0;
    for (const t of texts) {
      const want = byRegExp(t);
      assert.deepEqual(linkishTokens(t), want);
      tokens += want.length / 2;
    }
    assert.ok(tokens > 1000, `only ${tokens} link tokens seen`);
  });

  it("and on generated text of delimiters, spaces, link characters and letters", () => {
    const pieces = [..." \t\n\r\v\f\u00a0\u2003\u2028\u3000\ufeff<>\"'`()[]{}|\\^,;!*./@:_~?-#%+=&", "a", "Z", "é", "1", "😀", "\ud83d", "http://", "go/x", "a@b.co", "10.0.0.1", "x.corp", "mailto:"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const t = parts.join("");
        assert.deepEqual(linkishTokens(t), byRegExp(t));
      }),
      { numRuns: 10000, seed: 7 },
    );
  });
});

describe("rules/confidential: the issue-key gate", () => {
  const keys = (text: string): string[] => [...text.matchAll(new RegExp(ISSUE_KEY_RE.source, ISSUE_KEY_RE.flags))].map((m) => m[0]);
  it("lets every issue-key match through, on the examples, fixtures, rule docs and bench corpus and on generated text", () => {
    const texts: string[] = [];
    for (const dir of ["examples", "test/fixtures", "docs/rules"]) {
      for (const f of readdirSync(dir, { recursive: true }).map(String).filter((x) => x.endsWith(".md"))) texts.push(readFileSync(`${dir}/${f}`, "utf8"));
    }
    let seen = 0;
    for (const t of texts) for (const k of keys(t)) {
      seen++;
      assert.ok(ISSUE_KEY_GATE.test(k), k);
    }
    const pieces = ["ABC-12", "KAFKA-1234", "Z9-99", "ABC", "A", "_", "-", "1", "0", "12", "2024", "x", "é", " ", " ", ".", "/", "#", "ĀB"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (parts) => {
        for (const k of keys(parts.join(""))) {
          seen++;
          assert.ok(ISSUE_KEY_GATE.test(k), k);
        }
      }),
      { numRuns: 10000, seed: 9 },
    );
    assert.ok(seen > 500, `only ${seen} issue keys seen`);
  });
});
