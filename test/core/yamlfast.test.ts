// The front-matter fast path (src/core/yamlfast.ts) must read exactly what `yaml` reads whenever it
// reads anything, and it must read the front matter résumés commonly have.
import assert from "node:assert/strict";
import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { fastFrontMatter } from "../../src/core/yamlfast.js";
import { generateCorpus } from "../../bench/corpus.mjs";

const yamlOf = (text: string): unknown => {
  try {
    return parseYaml(text, { prettyErrors: false, logLevel: "error" });
  } catch (e) {
    return { threw: String(e) };
  }
};

function frontMatterOf(doc: string): string | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(doc);
  return m?.[1];
}

describe("core/yamlfast", () => {
  it("reads the front matter of the bench résumés, the same as yaml", () => {
    const corpus = generateCorpus({ resumes: 300, packets: 3, series: [] });
    let total = 0;
    let read = 0;
    for (const d of [...corpus.resumes, ...corpus.packets]) {
      const fm = frontMatterOf(d.text);
      if (fm === undefined) continue;
      total++;
      const fast = fastFrontMatter(fm);
      if (fast === undefined) continue;
      read++;
      assert.deepEqual(fast, yamlOf(fm), fm);
    }
    assert.ok(total > 100, `${total} front matters`);
    assert.ok(read / total > 0.9, `read ${read} of ${total}`);
  });

  it("reads a few common forms and leaves the rest to yaml", () => {
    assert.deepEqual(fastFrontMatter('target: EM6\ntitle: "Jane Doe — Résumé"\npermalink: /cv/\n'), { target: "EM6", title: "Jane Doe — Résumé", permalink: "/cv/" });
    assert.deepEqual(fastFrontMatter("title: Ngozi O'Brien\ndate: 2024-06-18\ndraft: false\nladderlint:\n  target: EM6\n  kind: resume"), { title: "Ngozi O'Brien", date: "2024-06-18", draft: false, ladderlint: { target: "EM6", kind: "resume" } });
    for (const t of ["level: 6", "x: 1e3", "x: 0x1F", "x: null", "ladderlint:", "a:\n  b:\n    c: d", "a:\n\tb: c", "a: [1]", "a: b # c", "a: 'it''s'", 'a: "x\\ty"', "a: b\na: c", "  a: b", "a: &x b", "a:\n  - b", "a: ~", "a: .inf"]) {
      assert.equal(fastFrontMatter(t), undefined, t);
    }
  });

  it("agrees with yaml on generated key: value lines", () => {
    const keys = fc.constantFrom("target", "title", "a", "b", "kind", "true", "null", "__proto__", "x-y", "_k", "K9", "ladderlint", "1a", "a b", "é", "?", "-a");
    const values = fc.constantFrom("EM6", "TL 6", "/cv/", "true", "True", "no", "yes", "null", "~", "", " x", "x ", "6", "-3", ".5", "007", "+1", "1e5", "1.", "0o17", "0x1f", "2024-06-18", "12:30", "1_000", "3 teams", "TRUE", "False", "fAlse", "O'Brien", "'x", "x'", "a:b", "a: b", "a #b", "a#b", '"q"', '"a\\nb"', '"a # b"', "'s'", "'it''s'", "[a]", "{a: 1}", "&a x", "*a", "!x y", "|", ">", "%x", "@x", "`x", "a,b", "Résumé", "ǅ x", "v1.2.3", "a\tb", "— dash", "a - b", "𝐀");
    const line = fc.tuple(fc.constantFrom("", "", "", "  ", "    ", " ", "\t"), keys, fc.constantFrom(": ", ":", " : ", ":  "), values).map(([i, k, s, v]) => i + k + s + v);
    fc.assert(
      fc.property(fc.array(fc.oneof(line, fc.constant(""), keys.map((k) => k + ":")), { maxLength: 6 }), (lines) => {
        const text = lines.join("\n");
        const fast = fastFrontMatter(text);
        if (fast !== undefined) assert.deepEqual(fast, yamlOf(text), JSON.stringify(text));
      }),
      { numRuns: 20000 },
    );
  });
});
