import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
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
    // DESIGN §6's keys, plus the added short, readsAsMet and verdict (DESIGN §4).
    assert.deepEqual(Object.keys(cov).sort(), ["axes", "readsAs", "readsAsMet", "short", "target", "verdict"]);
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

  it("the verdict: the highest level most axes meet, the axes short of it, in words (DESIGN §4)", () => {
    // Meets EM6 on System, People, Process and Influence; no Technology evidence (the example).
    const doc = "# A\n\n## Experience\n\n### Engineering Manager — X (2020–2024)\n\n- Hired 6 engineers and ran weekly 1:1s for a team of 9.\n- Redesigned the payments architecture, evolving it to event sourcing over 18 months.\n- Defined the on-call process and the incident review process for the org.\n- Partnered with product and design on the quarterly roadmap.\n";
    const cov = lint(doc, { override: { target: "EM6" } }).coverage!;
    const met = cov.axes.filter((a) => a.met).map((a) => a.axis);
    assert.ok(met.length >= 3 && met.length < 5, JSON.stringify(cov.axes.map((a) => [a.axis, a.found, a.met])));
    assert.equal(cov.readsAs, "EM6");
    assert.equal(cov.readsAsMet, met.length);
    assert.deepEqual(cov.short!.map((s) => s.axis), cov.axes.filter((a) => !a.met).map((a) => a.axis));
    assert.match(cov.verdict!, new RegExp(`^reads as EM6 on ${met.length} of 5 axes; `));
    for (const s of cov.short!) assert.ok(cov.verdict!.includes(s.found ? `${s.axis} reaches ${s.found}, EM6 expects ${s.expected}` : `${s.axis} shows no evidence yet`), cov.verdict ?? "");
    assert.ok(!/no level/.test(cov.verdict!));
  });

  it("an EM5 packet does not read as EM6 when only the axes EM5 and EM6 share are met", () => {
    const cov = lint(readFileSync(new URL("../fixtures/calibration/em5-packet.md", import.meta.url), "utf8"), { override: { target: "EM6" } }).coverage!;
    assert.equal(cov.readsAs, "EM5");
    assert.equal(cov.verdict, "reads as EM5 on 5 of 5 axes");
  });

  it("climbs the track past an axis already short of its first level (issue 26: a staff engineer read as TL4 misled)", () => {
    // Meets TL7 on Technology, System, People and Influence; no Process evidence at any level.
    const doc = "# A\n\n## Experience\n\n### Staff Engineer — X (2019–2024)\n\n- Designed and created a testing framework now used by 14 teams across the company.\n- Created the disaster recovery plan for the ledger and ran quarterly game days.\n- Tech lead for a team of 6 engineers; moderated our design discussions and gave written feedback on every design doc.\n- Drove an org-wide migration to the new event bus, adopted across the engineering organization.\n";
    const cov = lint(doc, { override: { target: "TL6" } }).coverage!;
    assert.deepEqual(cov.axes.filter((a) => !a.met).map((a) => a.axis), ["Process"], JSON.stringify(cov.axes.map((a) => [a.axis, a.found])));
    assert.equal(cov.readsAs, "TL7");
    assert.equal(cov.verdict, "reads as TL7 on 4 of 5 axes; Process shows no evidence yet");
    // A document that meets TL4 on every axis does not climb to a level it newly falls short of.
    const tl4 = "# A\n\n## Experience\n\n### Tech Lead — X (2019–2024)\n\n- Owned on-call for the search service and wrote its runbooks.\n- Became the go-to person for Elasticsearch on the team.\n- Tech lead for a team of 5 engineers, moderating our design discussions.\n- Adjusted our sprint cadence after retrospectives, guiding the team through the change.\n- Improved the indexing pipeline module, cutting its error rate by 40%.\n";
    const low = lint(tl4, { override: { target: "TL6" } }).coverage!;
    assert.equal(low.readsAs, "TL4", JSON.stringify(low.axes.map((a) => [a.axis, a.found])));
    assert.equal(low.verdict, "reads as TL4 on 5 of 5 axes");
  });

  it("reads designing and building features as adopting the team's technology (issue 26: 'Technology shows no evidence yet' for people who built whole systems)", () => {
    const doc = "# A\n\n## Experience\n\n### Engineering Manager — X (2020–2024)\n\n- Designed and implemented the payments API for the checkout team.\n- Hired 6 engineers and ran weekly 1:1s for a team of 9.\n";
    const cov = lint(doc, { override: { target: "EM6" } }).coverage!;
    const tech = cov.axes.find((a) => a.axis === "Technology")!;
    assert.equal(tech.found, "Adopts");
    assert.equal(tech.met, false);
    assert.equal(tech.evidence[0]!.line, 7);
    assert.match(tech.evidence[0]!.cue, /\(System: Designs\)$/);
    assert.ok(cov.verdict!.includes("Technology reaches Adopts, "), cov.verdict!);
    // Shipping a feature (System: Enhances) is not enough to say the stack was adopted.
    const enh = lint(doc.replace("Designed and implemented the payments API", "Shipped the payments page"), { override: { target: "EM6" } }).coverage!;
    assert.equal(enh.axes.find((a) => a.axis === "Technology")!.found, null);
  });

  it("reads as null when not even the track's first level is shown", () => {
    const r = lint("# A\n\n## Experience\n\n### Engineering Manager — X (2020–2024)\n\n- Wrote some code\n", { override: { target: "EM7" } });
    assert.equal(r.coverage?.readsAs, null);
    assert.ok(r.coverage!.axes.every((a) => !a.met));
    assert.match(r.coverage!.verdict!, /^shows EM5 on 0 of 5 axes, fewer than most; Technology shows no evidence yet/);
  });

  it("reads supporting the career growth of the team as managing it (a cue widened on real documents, issue 26)", () => {
    const doc = "# A\n\n## Experience\n\n### Engineering Manager — X (2020–2024)\n\nLeading two teams of ten engineers and owning the career growth of team members.\n";
    const people = lint(doc, { override: { target: "EM6" } }).coverage!.axes.find((a) => a.axis === "People")!;
    assert.equal(people.found, "Manages");
    const mentoring = lint(doc.replace("the career growth of team members", "a junior engineer's career growth"), { override: { target: "EM6" } }).coverage!.axes.find((a) => a.axis === "People")!;
    assert.notEqual(mentoring.found, "Manages");
  });

  it("reads leading the team's standards as defining process, and overhauling the front-end tooling as bringing in technology (issue 26's judged draw)", () => {
    const doc = "# A\n\n## Experience\n\n### Engineering Manager — X (2020–2024)\n\n- Led coding norms and team processes, including a tech-debt process and testing guidance.\n- Led the effort to overhaul our front end tooling, making room for modern CSS.\n";
    const axes = lint(doc, { override: { target: "EM6" } }).coverage!.axes;
    assert.equal(axes.find((a) => a.axis === "Process")!.found, "Defines");
    assert.ok(["Evangelizes", "Masters", "Creates"].includes(axes.find((a) => a.axis === "Technology")!.found!), JSON.stringify(axes.find((a) => a.axis === "Technology")));
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
