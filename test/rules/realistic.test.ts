// Scenario tests over whole, realistic documents (test/fixtures/realistic, examples/):
// - the guidance rules report exactly the findings judged correct when the documents were read by
//   hand (test/fixtures/realistic/expected-findings.json, see PRECISION.md): a word-list change that
//   adds a false alarm or loses a true finding fails here;
// - fix-all removes every `fix`-kind finding, and text outside the fixed ranges is kept.
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fixAll, lint } from "../../src/engine/index.js";
import type { Finding } from "../../src/core/types.js";

const root = new URL("../..", import.meta.url).pathname;
const dir = join(root, "test/fixtures/realistic");
const expected = JSON.parse(readFileSync(join(dir, "expected-findings.json"), "utf8")) as Record<string, string[]>;
/** Rules owned elsewhere (ladders) and engine findings are not part of this measurement. */
const NOT_MEASURED = new Set(["ladder-coverage", "hands-on-heavy", "ladderlint"]);

const realistic = readdirSync(dir).filter((f) => f.endsWith(".md") && f !== "PRECISION.md").sort();
const documents = [...realistic.map((f) => join(dir, f)), join(root, "examples/resume.md"), join(root, "examples/promo-packet.md")];

function describeFinding(text: string, f: Finding, lineCol: (o: number) => { line: number; column: number }): string {
  const lc = lineCol(f.start);
  return `${lc.line}:${lc.column} ${f.ruleId} ${JSON.stringify(text.slice(f.start, f.end).split("\n")[0]!.slice(0, 40))}`;
}

describe("realistic documents", () => {
  it("there are at least 6 realistic fixtures in different layouts, each with an expectation", () => {
    assert.ok(realistic.length >= 6, `only ${realistic.length} fixtures`);
    assert.deepEqual(Object.keys(expected).sort(), realistic);
  });

  for (const file of realistic) {
    it(`${file}: exactly the findings judged correct`, () => {
      const text = readFileSync(join(dir, file), "utf8");
      const r = lint(text);
      const got = r.findings.filter((f) => !NOT_MEASURED.has(f.ruleId)).map((f) => describeFinding(text, f, r.doc.lineCol));
      assert.deepEqual(got, expected[file]);
    });
  }

  for (const path of documents) {
    const name = path.slice(root.length);
    it(`${name}: no rule crashes, and the structure is read (roles or an impact section)`, () => {
      const text = readFileSync(path, "utf8");
      const r = lint(text);
      const engineErrors = r.findings.filter((f) => f.ruleId === "ladderlint" && f.severity === "error");
      assert.deepEqual(engineErrors.map((f) => f.message), []);
      if (r.kind === "resume") assert.ok(r.doc.roles.length >= 2, `${name}: only ${r.doc.roles.length} roles read`);
      else assert.ok(r.doc.bullets.filter((b) => b.achievement).length >= 3, `${name}: too few achievement bullets read`);
    });

    it(`${name}: fix-all leaves no \`fix\` behind and keeps every line it did not fix`, () => {
      const text = readFileSync(path, "utf8");
      const before = lint(text);
      const edits = before.findings.flatMap((f) => f.fixes.filter((x) => x.kind === "fix").flatMap((x) => x.edits));
      const fixed = fixAll(text);
      const remaining = fixed.result.findings.filter((f) => f.fixes.some((x) => x.kind === "fix"));
      assert.deepEqual(remaining.map((f) => describeFinding(fixed.text, f, fixed.result.doc.lineCol)), []);
      assert.equal(fixed.fixed > 0, edits.length > 0, "fix-all applied fixes exactly when there were some");
      // Lines that no edit touches must come through unchanged and in order.
      const lines = text.split("\n");
      let offset = 0;
      const untouched: string[] = [];
      for (const line of lines) {
        const start = offset;
        const end = offset + line.length;
        offset = end + 1;
        if (!edits.some((e) => e.start <= end + 1 && e.end >= start)) untouched.push(line);
      }
      const out = fixed.text.split("\n");
      let j = 0;
      for (const line of untouched) {
        while (j < out.length && out[j] !== line) j++;
        assert.ok(j < out.length, `line lost or changed by fix-all: ${JSON.stringify(line)}`);
        j++;
      }
      // Nothing structural was lost.
      assert.equal(fixed.result.doc.roles.length, before.doc.roles.length, "roles");
      assert.equal(fixed.result.doc.bullets.length, before.doc.bullets.length, "bullets");
      assert.ok(fixed.text.length <= text.length, "the mechanical fixes only delete");
    });
  }
});
