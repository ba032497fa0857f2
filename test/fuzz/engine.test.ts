// Property-based tests through the real engine (bounded for CI; `npm run fuzz` runs 100 000 cases).
// Seeded so CI is reproducible; FUZZ_SEED=<n> picks another seed, FUZZ_SCALE=<x> multiplies the runs.
import assert from "node:assert/strict";
import fc from "fast-check";
import { lint } from "../../src/engine/index.js";
import { rules } from "../../src/rules/index.js";
import { builtinLadderSet } from "../../src/ladders/index.js";
import { GENERATORS, hugeLineArb, resumeArb } from "./arbitraries.js";
import { checkDocument } from "./properties.js";

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261123;
const SCALE = process.env.FUZZ_SCALE ? Number(process.env.FUZZ_SCALE) : 1;
/** Cases per generator in CI (GENERATORS[].ci, about 900 documents in total), times FUZZ_SCALE. */
const runsFor = (ci: number) => Math.max(5, Math.round(ci * SCALE));

function hasEM6(): boolean {
  try {
    return builtinLadderSet().resolve("EM6") !== undefined;
  } catch {
    return false;
  }
}

/** Minimised inputs of bugs the fuzzers found (test/fuzz/FINDINGS.md); each must keep passing. */
const REGRESSIONS: { name: string; text: string }[] = [
  { name: "first-person fix split a surrogate pair (FINDINGS 8)", text: "## Experience\n\n### Acme — EM (2020)\n\n- I 𝐥ed the team\n" },
  {
    name: "first-person fix split a surrogate pair, as found (FINDINGS 8)",
    text: "---\nladderlint: [unclosed\n---\n\n# Jane Doe\n\n## Experience\n\n### Acme\n**Engineering Manager**  \n*2019–2022*\n- Responsible for . I 𝐚\n\n## Experience\n",
  },
  { name: "mixed line endings around a fix (FINDINGS 2)", text: "# Jane Doe\n\r\n## Experience\r\n- the the I" },
  { name: "unknown YAML tags in front matter (FINDINGS 4)", text: "---\nfn: !!js/function 'function(){}'\nbin: !!binary aGVsbG8=\n---\n\n## Experience\n\n- I led the team\n" },
  { name: "a run of backticks (FINDINGS 5)", text: "## Experience\n\n### Acme — EM (2020)\n\n- " + "`".repeat(4000) + " I led it\n" },
  // FINDINGS 9: a line of "[" made the block splitter's definition check quadratic (minutes at 512 K).
  { name: "a long line of [ (FINDINGS 9)", text: "# Jane\n## Experience\n### Acme — EM (2020)\n\nBoosted 0 sprint " + "[".repeat(19_000) + "\n\n- Worked on it\n" },
  // FINDINGS 10: placeholder's overlap check was quadratic in the number of placeholders.
  { name: "40 000 TODO on one line (FINDINGS 10)", text: "# Jane\n## Experience\n### Acme — EM (2020)\n\n- I migrat" + "TODO ".repeat(40_000) + "\n- I led the team\n" },
  // FINDINGS 11: a directive after ">" and a tab got offsets from the tab-expanded html value.
  { name: "directive in a blockquote after a tab (FINDINGS 11)", text: ">\t<!-- ladderlint-disable-next-line we-not-me -->" },
  // FINDINGS 12: a second byte order mark was dropped by micromark, so every offset was one short.
  {
    name: "two byte order marks (FINDINGS 12)",
    text: "\uFEFF\uFEFFéé---\nladderlint: [unclosed\n---\n\r\n# Jürgen Müller — Engineering Manager\n\n## Experience\n\n### 株式会社テスト\ré\n**TPM**  \n*2021*\n\n**Senior Software Engineer**  \n*2015–2019*\r\n\nmy ǆoined team team customers\n\n- various\n   \r\n\n10. My sped up Go services é huge a Kubernetes migration 2.5× <br>\n",
  },
  // FINDINGS 9: lines over MAX_LINE_CHARS are not parsed (micromark is super-linear on them).
  { name: "a 300 000-character line of inline Markdown (FINDINGS 9)", text: "## Experience\n\n### Acme — EM (2020)\n\n- I led *it* " + "*em* _x_ [a](b) <br> ".repeat(15_000) + "\n- We shipped 3 releases\n" },
];

describe("fuzz: engine properties over generated documents", function () {
  this.timeout(120_000);

  for (const r of REGRESSIONS) {
    it(`regression: ${r.name}`, () => {
      checkDocument(r.text);
      checkDocument(r.text, { override: { target: "EM6" } });
    });
  }

  for (const g of GENERATORS) {
    it(`${g.name}: lint never throws, ranges valid, fixes apply and converge, output deterministic`, () => {
      fc.assert(
        fc.property(g.arb, (text) => {
          checkDocument(text);
        }),
        { seed: SEED, numRuns: runsFor(g.ci) },
      );
    });
  }

  it("résumé-shaped and unicode documents with --target EM6 (override {target: 'EM6'})", function () {
    if (!hasEM6()) {
      console.log("      skipped: the built-in ladders do not resolve EM6 yet");
      this.skip();
    }
    for (const g of GENERATORS.filter((x) => ["resume-shaped", "unicode", "broken-front-matter"].includes(x.name))) {
      fc.assert(
        fc.property(g.arb, (text) => {
          checkDocument(text, { override: { target: "EM6" } });
        }),
        { seed: SEED + 1, numRuns: Math.max(5, Math.round(runsFor(g.ci) / 4)) },
      );
    }
  });

  it("a 1 MB line of plain prose: lint never throws, ranges valid", () => {
    fc.assert(
      fc.property(hugeLineArb(false), (text) => {
        assert.ok(text.length >= (1 << 20) - 1);
        checkDocument(text, { model: false });
      }),
      { seed: SEED, numRuns: Math.max(1, Math.round(1 * SCALE)) },
    );
  });

  it("a 1 MB line of inline Markdown, front matter or a heading (over MAX_LINE_CHARS: reported, not parsed): lint never throws, ranges valid", () => {
    fc.assert(
      fc.property(hugeLineArb(true), (text) => {
        checkDocument(text, { model: false });
        assert.ok(lint(text).findings.some((f) => f.ruleId === "ladderlint" && f.message.startsWith("Line not checked")));
      }),
      { seed: SEED, numRuns: Math.max(1, Math.round(3 * SCALE)) },
    );
  });

  it("the résumé generator makes rules fire and fixes occur (the properties are not vacuous)", function () {
    if (!rules.length) {
      console.log("      skipped: no rules registered yet");
      this.skip();
    }
    const docs = fc.sample(resumeArb, { seed: SEED, numRuns: 200 });
    let withFindings = 0;
    let withFixKind = 0;
    const ruleIds = new Set<string>();
    for (const d of docs) {
      const r = lint(d);
      if (r.findings.length) withFindings++;
      if (r.findings.some((f) => f.fixes.some((x) => x.kind === "fix"))) withFixKind++;
      for (const f of r.findings) ruleIds.add(f.ruleId);
    }
    console.log(`      200 résumés: ${withFindings} with findings, ${withFixKind} with fix-kind fixes; rules seen: ${[...ruleIds].sort().join(", ")}`);
    assert.ok(withFindings >= 100, `only ${withFindings}/200 generated résumés had any finding`);
    if (rules.some((r) => r.meta.fixable.includes("fix"))) {
      assert.ok(withFixKind >= 20, `only ${withFixKind}/200 generated résumés had a fix-kind fix`);
    }
  });
});
