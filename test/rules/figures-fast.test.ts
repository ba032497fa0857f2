// hasFigure stops at the first figure instead of collecting them all (quantified-impact asks it of every
// achievement bullet); it must say exactly whether findFigures finds one, on any text.
import assert from "node:assert/strict";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { findFigures, hasFigure } from "../../src/rules/lib/figures.js";
import { parseDocument } from "../../src/core/parse.js";

// Pieces of every kind of figure and non-figure: numbers with units, money, years, versions, 1:1s,
// O(n), names with digits, number words, frequencies, months.
const PIECES = [
  "40", "%", "$", "2", "M", "k", "x", "×", "3.11", "1.2.3", "2019", "20", "-", "–", "ms", " ", " ", "\u00a0", ".", ",", ":", "/",
  "1:1s", "24/7", "O(", "n)", "S3", "EC2", "p99", "v", "version ", "python ", "jan ", "March ", "st", "nd", "from ", "monthly",
  " to ", "weekly", "seven", "hundreds", "doubled", "engineers", "Reduced", "latency", "by", "+", "a", "é", "中", "٣", "😀",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(""));

describe("rules/lib/figures: hasFigure", () => {
  it("is findFigures(text).length > 0 on generated texts", () => {
    fc.assert(fc.property(text, (t) => assert.equal(hasFigure(t), findFigures(t).length > 0, JSON.stringify(t))), { numRuns: 5000 });
  });

  it("is findFigures(text).length > 0 on every bullet of the example documents", () => {
    let n = 0;
    for (const dir of ["examples", "test/fixtures"]) {
      let files: string[] = [];
      try {
        files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".md"));
      } catch {
        continue;
      }
      for (const f of files) {
        for (const b of parseDocument(readFileSync(`${dir}/${f}`, "utf8")).bullets) {
          assert.equal(hasFigure(b.text), findFigures(b.text).length > 0, b.text);
          n++;
        }
      }
    }
    assert.ok(n > 50, `only ${n} bullets read`);
  });
});
