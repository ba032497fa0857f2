import assert from "node:assert/strict";
import { classify, CATEGORIES } from "../../src/rules/lib/classify.js";
import { stem, tokenize } from "../../src/rules/lib/words.js";
import { findFigures } from "../../src/rules/lib/figures.js";

describe("classify (bullet classifier)", () => {
  const table: [string, string[]][] = [
    ["Migrated 40 services to Kubernetes, cutting p99 latency by 30%", ["technical"]],
    ["Architected the event-driven billing platform", ["technical"]],
    ["Hired 6 engineers and held weekly 1:1s", ["people"]],
    ["Mentoring, coaching and running performance reviews", ["people"]],
    ["Grew two engineers into tech leads", ["people"]],
    ["Ran quarterly planning and set OKRs; shipped on schedule", ["delivery"]],
    ["Presented the RFC and aligned stakeholders", ["communication", "cross-team"]],
    ["Partnered with product managers and designers on the roadmap", ["delivery", "cross-team"]],
    ["Briefed the VP and two partner teams", ["communication", "cross-team"]],
    ["Wrote code for the ingestion service and debugged flaky tests", ["technical", "hands-on"]],
    ["Refactored the café checkout 🚀 module", ["technical", "hands-on"]],
    ["Processing 2M events a day", []],
    ["I like sailing", []],
  ];
  for (const [text, cats] of table) {
    it(`${text} → ${cats.join(", ") || "(none)"}`, () => assert.deepEqual(classify(text), cats));
  }
  it("hands-on implies technical, and the order is stable", () => {
    assert.deepEqual(classify("Implemented the feature flag service; hired 2 engineers"), ["technical", "people", "hands-on"]);
    assert.deepEqual(CATEGORIES, ["technical", "people", "delivery", "communication", "cross-team", "hands-on"]);
  });
  it("acronyms match only in capitals: 'PM' is a product manager, '5 pm' is a time", () => {
    assert.ok(classify("Worked with our PM on scope").includes("cross-team"));
    assert.ok(!classify("Standup at 5 pm").includes("cross-team"));
    assert.ok(classify("Built 3 APIs").includes("technical"));
  });
  it("word boundaries: 'process' is not 'processing'; 'api' is not in 'capital'", () => {
    assert.ok(classify("Fixed the release process").includes("delivery"));
    assert.ok(!classify("Raised capital").includes("technical"));
  });
});

describe("stem / tokenize", () => {
  it("light stemming gives word families one stem", () => {
    for (const family of [["mentor", "mentors", "mentored", "mentoring"], ["hire", "hired", "hiring", "hires"], ["plan", "planned", "planning"], ["strategy", "strategies"], ["migrate", "migrated", "migration"], ["speed", "speeding", "sped"], ["coach", "coached", "coaches", "coaching"], ["build", "built", "building"]]) {
      assert.equal(new Set(family.map(stem)).size, 1, family.join("/") + " → " + family.map(stem).join("/"));
    }
  });
  it("tokens keep UTF-16 offsets; 1:1s, Node.js, C++ stay whole; hyphens split", () => {
    const t = tokenize("Café 🚀 1:1s, Node.js and C++ cross-team");
    assert.deepEqual(t.map((x) => x.raw), ["Café", "1:1s", "Node.js", "and", "C++", "cross", "team"]);
    assert.deepEqual(t.map((x) => x.start), [0, 8, 14, 22, 26, 30, 36]);
  });
});

describe("figures (what counts as a number of impact)", () => {
  const yes = ["seven engineers", "3x faster", "saved $2M", "cut costs 40%", "200 ms", "12 services", "a team of 8", "10k+ rps", "~1,200 customers", "halved build time", "€1.5m", "20+ clients", "by 30 percent", "tripled revenue"];
  const no = ["in 2019", "2019–2022", "Python 3.11", "v2.1.0", "weekly 1:1s", "O(n) to O(1)", "IPv6 rollout", "S3 and EC2", "p99 latency", "Q3 2021", "24/7 on-call", "March 2021", "1st place", "2FA", "Phase 2", "k8s", "Sev 1", "09/2022"];
  for (const s of yes) it(`"${s}" has a figure`, () => assert.ok(findFigures(s).length > 0));
  for (const s of no) it(`"${s}" has no figure`, () => assert.deepEqual(findFigures(s).map((f) => f.text), []));
});
