// splitSentences gives a sentence that is all of its span the span's `plain` instead of collapsing the
// text again: that relies on every span's plain being collapseSpaces(span.text). Checked on every span
// the parser makes for the example documents and for generated ones.
import assert from "node:assert/strict";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { parseDocument } from "../../src/core/parse.js";
import { collapseSpaces } from "../../src/core/chars.js";
import type { Doc } from "../../src/core/types.js";

function checkDoc(doc: Doc): number {
  let n = 0;
  for (const span of [...doc.bullets, ...doc.proseBlocks]) {
    assert.equal(span.plain, collapseSpaces(span.text), span.text);
    for (const s of doc.sentences(span)) {
      assert.equal(s.plain, collapseSpaces(s.text), s.text);
      n++;
    }
  }
  return n;
}

const LINES = ["# Ana — Engineering Manager", "## Experience", "### Staff Engineer, Acme (2019–2022)", "- Led the migration.  Cut costs by 40%; shipped weekly.", "- I built it.\u00a0 We grew\tthe team", "  continued on the next line.", "Paragraph text. Another sentence! e.g. this one", "> quoted line. Two.", "", "* Mentored 4 engineers", "1. Drove the  roadmap .", "\t- nested item"];

describe("core/parse: sentences read as their text collapsed", () => {
  it("on the example documents", () => {
    let n = 0;
    for (const dir of ["examples", "test/fixtures"]) {
      for (const f of readdirSync(dir, { recursive: true }).map(String).filter((x) => x.endsWith(".md"))) n += checkDoc(parseDocument(readFileSync(`${dir}/${f}`, "utf8")));
    }
    assert.ok(n > 100, `only ${n} sentences`);
  });

  it("on generated documents", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 14 }), (ls) => void checkDoc(parseDocument(ls.join("\n")))), { numRuns: 400 });
  });
});
