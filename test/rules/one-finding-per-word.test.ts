// One finding per word across rules (issue 26): where vague-quantity, prose/weasel and prose/adverb would
// flag the same word, the engine keeps only the most specific one (RuleMeta.supersedes), through the
// real parser and the whole registry.
import assert from "node:assert/strict";
import { lint, oneFindingPerWord } from "../../src/engine/index.js";
import type { Finding } from "../../src/core/types.js";
import { rules } from "../../src/rules/index.js";
import { resume } from "./tester.js";

const WORD_RULES = new Set(["vague-quantity", "prose/weasel", "prose/adverb"]);

function wordFindings(text: string, override: { rules?: Record<string, "off"> } = {}): string[] {
  const r = lint(text, { override });
  return r.findings.filter((f) => WORD_RULES.has(f.ruleId)).map((f) => `${text.slice(f.start, f.end)}:${f.ruleId}`);
}

describe("engine: one finding per word across rules", () => {
  it("vague-quantity wins over prose/weasel and prose/adverb on the same word", () => {
    // "significantly" is a vague quantity, a weasel word and an adverb; "many" and "various" vague and weasel.
    assert.deepEqual(wordFindings(resume(["Significantly cut cost for many teams across various regions."])), [
      "Significantly:vague-quantity",
      "many:vague-quantity",
      "various:vague-quantity",
    ]);
  });

  it("prose/weasel and prose/adverb read different words (hedges; fillers)", () => {
    assert.deepEqual(wordFindings("# Jane\n\n## Summary\n\nAn extremely calm and really hands-on lead.\n"), ["extremely:prose/weasel", "really:prose/adverb"]);
  });

  it("a count of what no reader would count is left by both vague-quantity and prose/weasel (issue 26's judged draws)", () => {
    const text = resume(["Wrote the earliest modules and many critical portions of the codebase.", "Assisted partners with a wide range of build-tooling challenges."]);
    assert.deepEqual(wordFindings(text), []);
    assert.deepEqual(wordFindings(text, { rules: { "vague-quantity": "off" } }), []);
    // The same words before a unit a reader counts are still flagged.
    assert.deepEqual(wordFindings(resume(["Wrote many critical services of the platform."])), ["many:vague-quantity"]);
  });

  it("a vague size in an early-career role is left by both vague-quantity and prose/weasel (issue 26's judged draw after-9)", () => {
    const text = "# Jane Doe\n\n## Experience\n\n### Acme — Engineering Manager (2019–Present)\n- Cut p99 40%.\n\n### Beta — Consultant (1998–2001)\n- Juggled many installation projects at once.\n";
    assert.deepEqual(wordFindings(text), []);
    // In the recent role the same words are flagged.
    assert.deepEqual(wordFindings(text.replace("Cut p99 40%.", "Juggled many installation projects at once.")), ["many:vague-quantity"]);
  });

  it("with the more specific rule off, the next one reports the word", () => {
    assert.deepEqual(wordFindings(resume(["Significantly cut cost."]), { rules: { "vague-quantity": "off" } }), ["Significantly:prose/weasel"]);
    // prose/adverb reads only filler adverbs ("successfully", "very"), not a vague size.
    assert.deepEqual(wordFindings(resume(["Significantly cut cost."]), { rules: { "vague-quantity": "off", "prose/weasel": "off" } }), []);
  });

  it("an inline disable of the more specific rule brings the next one back on that line", () => {
    const text = "# Jane Doe\n\n## Experience\n\n### Acme — Engineering Manager (2020–Present)\n<!-- ladderlint-disable-next-line vague-quantity -->\n- Significantly cut cost, by 30%.\n";
    assert.deepEqual(wordFindings(text), ["Significantly:prose/weasel"]);
  });

  it("a word vague-quantity excepts is not handed on to prose/weasel or prose/adverb (issue 26's judged draw)", () => {
    // A difference between two things is no size; "many times over" is still a vague multiplier for the weasel check.
    assert.deepEqual(wordFindings(resume(["Rewrote the report in a language that differs significantly from SQL."])), []);
    assert.deepEqual(wordFindings(resume(["Grew the mailing list many times over in a year."])), ["many:prose/weasel"]);
    assert.deepEqual(wordFindings(resume(["Kept the release scripts for our various build agents in one repository with its tests."])), []);
  });

  it("different words in one bullet are each reported", () => {
    const got = wordFindings(resume(["Built a fairly robust API for numerous teams."]));
    assert.deepEqual(got, ["fairly:prose/weasel", "numerous:vague-quantity"]);
  });

  it("oneFindingPerWord keeps findings of unrelated rules and non-overlapping ranges", () => {
    const f = (ruleId: string, start: number, end: number): Finding => ({ ruleId, severity: "info", message: "m", start, end, fixes: [] });
    const input = [f("prose/adverb", 0, 5), f("prose/weasel", 0, 5), f("prose/adverb", 10, 15), f("vague-quantity", 20, 28), f("prose/weasel", 22, 26), f("first-person", 20, 21)];
    assert.deepEqual(
      oneFindingPerWord(input, rules).map((x) => `${x.ruleId}@${x.start}`),
      ["prose/weasel@0", "prose/adverb@10", "vague-quantity@20", "first-person@20"],
    );
  });
});
