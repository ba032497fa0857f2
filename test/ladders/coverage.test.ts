import assert from "node:assert/strict";
import { lint } from "../../src/engine/index.js";
import { builtinLadderSet, evidenceSpans } from "../../src/ladders/index.js";
import { parseDocument } from "../../src/core/parse.js";

const RESUME = `# Alex Kim

## Experience

### Engineering Manager — Northwind (2021–present)

- Managed 7 engineers with weekly 1:1s and written growth plans; promoted two engineers to senior
- Owned on-call for the billing platform and cut pages per week from 25 to 5
- Adjusted our sprint cadence after retrospectives, guiding the team through the change
- Ran a proof of concept of Temporal and introduced it to the team

## Skills

- Architecture, SLO design, cross-team leadership
`;

describe("ladders: coverage", () => {
  it("produces the DESIGN §6 coverage shape with evidence lines and cues", () => {
    const r = lint(RESUME, { override: { target: "em6" } });
    const cov = r.coverage!;
    assert.equal(cov.target, "EM6");
    assert.deepEqual(Object.keys(cov).sort(), ["axes", "readsAs", "target"]);
    assert.deepEqual(cov.axes.map((a) => a.axis), ["Technology", "System", "People", "Process", "Influence"]);
    for (const a of cov.axes) {
      for (const k of ["axis", "expected", "found", "met", "evidence"]) assert.ok(k in a, k);
      for (const ev of a.evidence) {
        assert.equal(typeof ev.line, "number");
        assert.equal(typeof ev.text, "string");
        assert.equal(typeof ev.cue, "string");
        assert.ok(ev.start < ev.end);
        assert.equal(r.doc.lineCol(ev.start).line, ev.line);
      }
    }
    const byAxis = Object.fromEntries(cov.axes.map((a) => [a.axis, a]));
    assert.deepEqual([byAxis.System!.expected, byAxis.System!.found, byAxis.System!.met], ["Evolves", "Owns", false]);
    assert.deepEqual([byAxis.Process!.expected, byAxis.Process!.found, byAxis.Process!.met], ["Defines", "Adjusts", false]);
    assert.deepEqual([byAxis.People!.found, byAxis.People!.met], ["Manages", true]);
    assert.deepEqual([byAxis.Technology!.found, byAxis.Technology!.met], ["Evangelizes", true]);
    // Evidence points at the bullet's line and the matched words.
    const owns = byAxis.System!.evidence.find((e) => e.step === "Owns")!;
    assert.equal(owns.line, 8);
    assert.equal(RESUME.slice(owns.start, owns.end), "on-call");
    // The Skills list is not evidence of work.
    assert.ok(cov.axes.every((a) => a.evidence.every((e) => e.line < 12)));
    // All EM5 expectations are shown; EM6's System and Process are one step short.
    assert.equal(cov.readsAs, "EM5");
  });

  it("counts evidence at a higher step for the lower ones (cumulative)", () => {
    const doc = "# A\n\n## Experience\n\n### Engineering Manager — X (2020–2024)\n\n- Defined the team's release process for its maturity\n";
    const set = builtinLadderSet();
    const d = parseDocument(doc);
    // TL4 expects Process: Adjusts; EM6 expects Defines. One Defines bullet meets both.
    assert.equal(set.coverage(d, "TL4").axes.find((a) => a.axis === "Process")!.met, true);
    assert.equal(set.coverage(d, "EM6").axes.find((a) => a.axis === "Process")!.met, true);
    assert.equal(set.coverage(d, "D1").axes.find((a) => a.axis === "Process")!.found, "Defines");
  });

  it("reads as null when not even the track's first level is shown", () => {
    const r = lint("# A\n\n## Experience\n\n### Engineering Manager — X (2020–2024)\n\n- Wrote some code\n", { override: { target: "EM7" } });
    assert.equal(r.coverage?.readsAs, null);
    assert.ok(r.coverage!.axes.every((a) => !a.met));
  });

  it("reads promo prose sentence by sentence, with each sentence's own line", () => {
    const packet = "---\nladderlint:\n  kind: promo\n---\n# Packet\n\n## Impact\n\nI kept the lights on.\nI defined the team's on-call policy and incident process.\n";
    const d = parseDocument(packet);
    const spans = evidenceSpans(d);
    assert.deepEqual(spans.map((s) => [s.line, s.text]), [
      [9, "I kept the lights on."],
      [10, "I defined the team's on-call policy and incident process."],
    ]);
    const r = lint(packet, { override: { target: "EM6" } });
    const process = r.coverage!.axes.find((a) => a.axis === "Process")!;
    assert.equal(process.found, "Defines");
    assert.equal(process.evidence[0]!.line, 10);
  });

  it("throws on an unknown level and lists the built-in ids through the engine", () => {
    assert.throws(() => builtinLadderSet().coverage(parseDocument("# A\n"), "EM9"), /Unknown level/);
    const r = lint("# A\n", { override: { target: "EM9" } });
    assert.equal(r.coverage, undefined);
    const f = r.findings.find((x) => x.ruleId === "ladderlint" && x.severity === "error")!;
    assert.match(f.message, /Unknown target level "EM9"; valid ids: .*EM5, EM6, EM7/);
    assert.deepEqual([f.start, f.end], [0, 3], "no front matter: on the H1");
  });

  it("puts an unknown front-matter target on the target: line, not on the H1", () => {
    const text = "---\nladderlint:\n  target: EM9\n---\n# A\n";
    const f = lint(text).findings.find((x) => x.ruleId === "ladderlint" && /Unknown target/.test(x.message))!;
    assert.equal(text.slice(f.start, f.end), "target: EM9");
    const flow = "---\nladderlint: {target: EM9}\n---\n# A\n";
    const g = lint(flow).findings.find((x) => x.ruleId === "ladderlint" && /Unknown target/.test(x.message))!;
    assert.equal(flow.slice(g.start, g.end), "target: EM9");
  });
});
