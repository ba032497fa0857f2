// figures.ts runs its before → after expressions only on text holding "from" or an arrow
// (CHANGE_GATE): right only if every match of every expression holds one. Checked on every example,
// fixture and rule doc, the bench corpus and generated text made of the expressions' pieces.
import assert from "node:assert/strict";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { generateCorpus } from "../../bench/corpus.mjs";
import { BEFORE_AFTER, CHANGE_GATE } from "../../src/rules/lib/figures.js";

/** The matches of a fresh copy of each expression (the module's own keep their lastIndex). */
function matches(text: string): string[] {
  return BEFORE_AFTER.flatMap((re) => [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => m[0]));
}

describe("rules/lib/figures: the gate of the before → after expressions", () => {
  it("lets every match on the examples, fixtures, rule docs and bench corpus through", () => {
    const texts: string[] = [];
    for (const dir of ["examples", "test/fixtures", "docs/rules"]) {
      for (const f of readdirSync(dir, { recursive: true }).map(String).filter((x) => x.endsWith(".md"))) texts.push(readFileSync(`${dir}/${f}`, "utf8"));
    }
    const c = generateCorpus({ resumes: 200, packets: 5, series: [] });
    for (const r of [...c.resumes, ...c.packets]) texts.push(r.text);
    let seen = 0;
    for (const t of texts) {
      for (const m of matches(t)) {
        seen++;
        assert.ok(CHANGE_GATE.test(m), `match ${JSON.stringify(m)} does not pass the gate`);
      }
    }
    assert.ok(seen > 20, `only ${seen} matches seen`);
  });

  it("and on generated text of units, counts, arrows and their neighbours", () => {
    const pieces = ["from ", "From ", "FROM ", "fr", "om ", "monthly", "weekly", "days", "hours", "one", "a single", "team", " to ", "multiple", "seven", "3", "4.5", "h", "min", " ", "→", "->", "=>", "⟶", "➝", "➔", "-", ">", "=", "ſ", "x"];
    let seen = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        for (const m of matches(parts.join(""))) {
          seen++;
          assert.ok(CHANGE_GATE.test(m), `match ${JSON.stringify(m)} does not pass the gate`);
        }
      }),
      { numRuns: 20000, seed: 3 },
    );
    assert.ok(seen > 100, `generated text matched only ${seen} times`);
  });
});
