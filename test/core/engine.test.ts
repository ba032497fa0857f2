// The engine with small real rules: severities, directives, validation of reports, a throwing rule,
// multi-pass fixes. Real parser throughout.
import assert from "node:assert/strict";
import { lint as lintWithNotes, applyFixes, fixAll, ENGINE_RULE, mergeLayers, BlockCache, type LintOptions } from "../../src/engine/index.js";
import { defineRule, type Rule } from "../../src/core/rule.js";
import { MAX_LINE_CHARS, MAX_NESTING } from "../../src/core/parse.js";

// These tests are about the engine's mechanics on tiny documents of test rules; the engine's own notes on
// a document as a whole (no role read, its language: DESIGN §2b) are tested in language-kind.test.ts.
const isNote = (f: { ruleId: string; severity: string }) => f.ruleId === ENGINE_RULE && f.severity === "info";
function lint(text: string, options?: LintOptions) {
  const r = lintWithNotes(text, options);
  return { ...r, findings: r.findings.filter((f) => !isNote(f)) };
}

// Flags every "TODO" in bullets; a fix replaces it with "done".
const todo = defineRule({
  meta: { id: "t-todo", description: "TODO in a bullet", defaultSeverity: "warning", guidance: "test", scope: ["word"], fixable: ["fix"] },
  check(ctx) {
    for (const b of ctx.doc.bullets) {
      for (const m of b.text.matchAll(/TODO/g)) {
        const start = b.start + m.index!;
        ctx.report({ start, end: start + 4, message: "Replace TODO.", fixes: [{ title: "Replace", kind: "fix", edits: [{ start, end: start + 4, text: "done" }] }] });
      }
    }
  },
});
// Collapses "aa" → "a" one pair at a time: needs several passes.
const pairs = defineRule({
  meta: { id: "t-pairs", description: "double letters", defaultSeverity: "info", guidance: "test", scope: ["word"], fixable: ["fix"] },
  check(ctx) {
    const i = ctx.doc.text.indexOf("xx");
    if (i >= 0) ctx.report({ start: i, end: i + 2, message: "Double x.", fixes: [{ title: "Collapse", kind: "fix", edits: [{ start: i, end: i + 2, text: "x" }] }] });
  },
});
const thrower = defineRule({
  meta: { id: "t-throw", description: "throws", defaultSeverity: "warning", guidance: "test", scope: ["document"], fixable: [] },
  check() {
    throw new Error("boom\nstack");
  },
});
const outOfRange = defineRule({
  meta: { id: "t-range", description: "bad range", defaultSeverity: "warning", guidance: "test", scope: ["document"], fixable: [] },
  check(ctx) {
    ctx.report({ start: 0, end: ctx.doc.text.length + 5, message: "too far" });
    // Inside a surrogate pair.
    const e = ctx.doc.text.indexOf("😀");
    if (e >= 0) ctx.report({ start: e + 1, end: e + 2, message: "half an emoji" });
  },
});
const rules: Rule[] = [todo, pairs];

describe("engine", () => {
  it("runs rules with their default severity, overridden by config layers", () => {
    const text = "# Me\n\n## Experience\n\n- TODO write this\n";
    let r = lint(text, { rules });
    assert.deepEqual(r.findings.map((f) => [f.ruleId, f.severity, r.doc.lineCol(f.start).line, r.doc.lineCol(f.start).column]), [["t-todo", "warning", 5, 3]]);
    r = lint(text, { rules, base: { rules: { "t-todo": "error" } } });
    assert.equal(r.findings[0]!.severity, "error");
    r = lint(text, { rules, base: { rules: { "t-todo": "error" } }, override: { rules: { "t-todo": "off" } } });
    assert.equal(r.findings.length, 0);
  });

  it("front matter sits between config files and CLI flags", () => {
    const text = "---\nladderlint:\n  rules:\n    t-todo: info\n---\n# Me\n\n- TODO\n";
    assert.equal(lint(text, { rules, base: { rules: { "t-todo": "error" } } }).findings[0]!.severity, "info");
    assert.equal(lint(text, { rules, override: { rules: { "t-todo": "error" } } }).findings[0]!.severity, "error");
    assert.deepEqual(mergeLayers({ target: "EM5", rules: { a: "info" } }, { rules: { b: "off" } }, { target: "EM6" }), { target: "EM6", rules: { a: "info", b: "off" } });
  });

  it("honours disable / enable / disable-next-line and reports unknown ids and unclosed disables", () => {
    const text = [
      "# Me", "", "- TODO one", "", "<!-- ladderlint-disable t-todo -->", "", "- TODO two", "", "<!-- ladderlint-enable t-todo -->", "",
      "- TODO three", "", "<!-- ladderlint-disable-next-line t-todo -->", "- TODO four", "- TODO five", "", "<!-- ladderlint-disable nope -->", "",
      "<!-- ladderlint-disable -->", "- TODO six", "",
    ].join("\n");
    const r = lint(text, { rules });
    const lines = (id: string) => r.findings.filter((f) => f.ruleId === id).map((f) => r.doc.lineCol(f.start).line);
    assert.deepEqual(lines("t-todo"), [3, 11, 15]);
    const engine = r.findings.filter((f) => f.ruleId === ENGINE_RULE).map((f) => f.message);
    assert.equal(engine.length, 2);
    assert.match(engine[0]!, /Unknown rule "nope"/);
    assert.match(engine[1]!, /never re-enabled/);
  });

  it("turns a throwing rule into one finding that names it, and keeps the other rules", () => {
    const r = lint("# Me\n\n- TODO\n", { rules: [thrower, todo] });
    const e = r.findings.filter((f) => f.ruleId === ENGINE_RULE);
    assert.equal(e.length, 1);
    assert.equal(e[0]!.message, "Rule t-throw failed and was skipped: boom");
    assert.equal(r.findings.filter((f) => f.ruleId === "t-todo").length, 1);
  });

  it("does not parse or check a line over MAX_LINE_CHARS, reports it once, and checks the rest", () => {
    const long = "I led *it* " + "*em* _x_ [a](b) ".repeat(Math.ceil(MAX_LINE_CHARS / 16));
    const text = "## Experience\r\n\r\n### Acme — EM (2020)\r\n\r\n- " + long + "\r\n- I led the team\r\n";
    const r = lint(text);
    const start = text.indexOf(long) - 2;
    assert.deepEqual(r.doc.skippedLines, [{ start, end: start + 2 + long.length }]);
    const e = r.findings.filter((f) => f.ruleId === ENGINE_RULE);
    assert.equal(e.length, 1);
    assert.equal(e[0]!.start, start);
    assert.equal(e[0]!.end, start + 2 + long.length, "the range ends before the CR");
    assert.match(e[0]!.message, new RegExp(`Line not checked: its ${long.length + 2} characters are over the limit of ${MAX_LINE_CHARS}`));
    // The skipped line has no bullet and no finding of a rule; the next bullet is checked.
    assert.ok(r.findings.every((f) => f.ruleId === ENGINE_RULE || f.start > start + long.length));
    assert.ok(r.findings.some((f) => f.ruleId === "first-person" && text.slice(f.start, f.end) === "I"));
    assert.deepEqual(r.doc.bullets.map((b) => b.text), ["I led the team"]);
    // At the limit exactly, the line is parsed as usual.
    const atLimit = "- I " + "x".repeat(MAX_LINE_CHARS - 4);
    const ok = lint("## Experience\n\n### Acme — EM (2020)\n\n" + atLimit + "\n");
    assert.equal(ok.doc.skippedLines, undefined);
    assert.equal(ok.doc.bullets.length, 1);
  });

  describe("blocks nested deeper than MAX_NESTING (they overflowed the stack: test/fuzz/FINDINGS.md §14)", () => {
    const head = "# Jane\n\n## Experience\n\n### Acme — EM (2020)\n\n- I led the team\n\n";
    const deep: [string, string][] = [
      ["5 000 block quotes on one line", ">".repeat(5000) + " x"],
      ["2 000 nested list items on one line", "- ".repeat(2000) + "x"],
      ["ordered and bullet lists mixed with quotes", "> 1. - ".repeat(1500) + "x"],
      ["a quote opened 300 deep on each of 50 lines", Array.from({ length: 50 }, () => ">".repeat(300) + " x").join("\n")],
      ["emphasis nested 3 200 deep inside one bullet (short enough to parse)", "- I led " + "*a _b ".repeat(1600) + "x" + "_ b* ".repeat(1600)],
      ["a list nested by indentation, 300 levels", Array.from({ length: 300 }, (_, i) => " ".repeat(2 * i) + "- x").join("\n")],
    ];
    for (const [name, block] of deep) {
      for (const cache of [false, true]) {
        it(`${name}${cache ? " (editor, block cache)" : ""}: not checked, reported once on its range, the rest checked`, () => {
          const text = head + block + "\n\n- I shipped the billing API\n";
          const r = lint(text, { parseCache: cache ? new BlockCache() : undefined });
          const notChecked = r.findings.filter((f) => f.ruleId === ENGINE_RULE && f.message.startsWith("Block not checked"));
          assert.equal(notChecked.length, 1, JSON.stringify(r.findings.map((f) => f.message.slice(0, 60))));
          assert.match(notChecked[0]!.message, new RegExp(`nests more than ${MAX_NESTING} levels deep`));
          const at = text.indexOf(block);
          assert.ok(notChecked[0]!.start >= at && notChecked[0]!.end <= at + block.length + 1, `range ${notChecked[0]!.start}-${notChecked[0]!.end}, block at ${at}`);
          assert.deepEqual(r.doc.skippedBlocks?.length, 1);
          // The bullets before and after are read and checked as usual.
          assert.deepEqual(r.doc.bullets.map((b) => b.text).filter((t) => !t.includes("x")), ["I led the team", "I shipped the billing API"]);
          assert.equal(r.findings.filter((f) => f.ruleId === "first-person").length >= 2, true);
        });
      }
    }

    it("nesting well inside the limit (150 levels) is parsed and checked as usual", () => {
      const text = head + "- ".repeat(150) + "I owned the migration\n";
      const r = lint(text);
      assert.equal(r.doc.skippedBlocks, undefined);
      assert.ok(r.doc.bullets.some((b) => b.text === "I owned the migration"));
    });
  });

  it("front matter `ladderlint.ladders` is an error that says where custom ladders go (it was silently ignored)", () => {
    const r = lint("---\nladderlint:\n  ladders: [acme.yaml]\n  target: EM6\n---\n# Jane\n\n- I led the team\n");
    const e = r.findings.filter((f) => f.ruleId === ENGINE_RULE && f.severity === "error");
    assert.equal(e.length, 1, JSON.stringify(e));
    assert.match(e[0]!.message, /`ladderlint\.ladders` is not read from a document; list custom ladders under `ladders:` in \.ladderlintrc\.json/);
    assert.equal(r.target, "EM6", "the rest of the block still applies");
  });

  it("drops findings with ranges outside the text or inside a surrogate pair", () => {
    const r = lint("# Me 😀\n", { rules: [outOfRange] });
    assert.deepEqual(r.findings.map((f) => f.ruleId), [ENGINE_RULE, ENGINE_RULE]);
    assert.ok(r.findings.every((f) => /invalid finding/.test(f.message)));
  });

  it("applies fixes bottom-up, skipping overlaps, and fixAll repeats until stable", () => {
    const t = "abcdef";
    const out = applyFixes(t, [
      { title: "a", kind: "fix", edits: [{ start: 1, end: 3, text: "X" }] },
      { title: "b", kind: "fix", edits: [{ start: 2, end: 4, text: "Y" }] },
      { title: "c", kind: "fix", edits: [{ start: 5, end: 6, text: "Z" }] },
    ]);
    assert.deepEqual(out, { text: "aXdeZ", applied: 2 });
    const all = fixAll("# Me\n\n- xxxx TODO\n", { rules });
    assert.equal(all.text, "# Me\n\n- x done\n");
    assert.ok(all.passes >= 3);
    assert.equal(all.result.findings.filter((f) => !isNote(f)).length, 0);
  });

  it("reports broken front matter as an error finding, never throws", () => {
    const r = lint("---\nladderlint: [unclosed\n---\n# Me\n", { rules });
    assert.equal(r.findings[0]!.ruleId, ENGINE_RULE);
    assert.equal(r.findings[0]!.severity, "error");
    assert.match(r.findings[0]!.message, /Front matter is not valid YAML/);
    const unclosed = lint("---\ntitle: x\n# Me\n", { rules });
    assert.match(unclosed.findings[0]!.message, /never closed/);
  });
});
