import assert from "node:assert/strict";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { parseLadder, createLadderSet, LadderError } from "../../src/ladders/index.js";
import { lint } from "../../src/engine/index.js";

const ACME_PATH = "examples/ladders/acme.yaml";
const acmeText = readFileSync(new URL(`../../${ACME_PATH}`, import.meta.url), "utf8");

function ladderError(text: string, file = "company.yaml"): LadderError {
  try {
    parseLadder(text, file);
  } catch (err) {
    assert.ok(err instanceof LadderError, `not a LadderError: ${String(err)}`);
    return err;
  }
  assert.fail("expected a LadderError");
}

describe("ladders: custom ladder files", () => {
  it("reads examples/ladders/acme.yaml: two tracks, own axes, plain expectations", () => {
    const acme = parseLadder(acmeText, ACME_PATH);
    assert.equal(acme.name, "Acme Engineering Ladder");
    assert.deepEqual(acme.tracks.map((t) => t.id), ["SWE", "MGR"]);
    assert.deepEqual(acme.axes!.map((a) => a.name), ["Craft", "Reach"]);
    const set = createLadderSet([acme]);
    const custom = set.levels().filter((l) => l.source === ACME_PATH);
    assert.deepEqual(custom.map((l) => `${l.id}/${l.track}`), ["SWE1/SWE", "SWE2/SWE", "SWE3/SWE", "MGR1/MGR", "MGR2/MGR"]);
    assert.equal(set.levels().length, 18 + 5, "built-in levels stay available");
    assert.equal(set.resolve("mgr 2")?.title, "MGR2 - Senior Engineering Manager");
    assert.equal(set.resolve("em6")?.source, "built-in");
  });

  it("measures coverage and reads-as on a custom track", () => {
    const set = createLadderSet([parseLadder(acmeText, ACME_PATH)]);
    const doc = [
      "# Sam Lee",
      "",
      "## Experience",
      "",
      "### Engineering Manager — Acme (2021–2024)",
      "",
      "- Hired 6 engineers through a structured interview loop with a 90% offer acceptance rate",
      "- Ran weekly 1:1s and wrote a growth plan for each of my 7 reports",
      "- Raised the team's deploy frequency from weekly to daily",
      "",
    ].join("\n");
    const r1 = lint(doc, { ladders: set, override: { target: "MGR1" } });
    assert.equal(r1.coverage?.target, "MGR1");
    assert.deepEqual(r1.coverage?.axes.map((a) => [a.axis, a.expected, a.found, a.met]), [
      ["Reach", "Team", "Team", true],
      ["Hiring", "shown", "shown", true],
      ["Growth", "shown", "shown", true],
    ]);
    assert.equal(r1.coverage?.readsAs, "MGR1");
    const hiring = r1.coverage!.axes[1]!.evidence[0]!;
    assert.equal(hiring.line, 7);
    assert.equal(doc.slice(hiring.start, hiring.end), "Hired 6 engineers");
    // MGR2 wants cross-team reach, headcount planning, growing managers and an operating model.
    const r2 = lint(doc, { ladders: set, override: { target: "mgr2" } });
    assert.equal(r2.coverage?.readsAs, "MGR1");
    const gaps = r2.findings.filter((f) => f.ruleId === "ladder-coverage").map((f) => f.competency);
    assert.deepEqual(gaps.sort(), ["MGR2 · Growth", "MGR2 · Operating model", "MGR2 · Reach: Org"]);
    // A plain expectation's `shows` says what is missing; one without it keeps the general advice.
    const messages = new Map(r2.findings.filter((f) => f.ruleId === "ladder-coverage").map((f) => [f.competency ?? "", f.message] as const));
    assert.match(messages.get("MGR2 · Operating model")!, /; nothing here states a planning or delivery process you defined for the group outright yet; add a bullet that shows it, with its effect\.$/);
    assert.ok(!messages.get("MGR2 · Growth")!.includes("nothing here states"), String(messages.get("MGR2 · Growth")));
    // MGR2's own "Hiring" cues: "Hired 6 engineers" matches hire + engineer.
    assert.equal(r2.coverage?.axes.find((a) => a.axis === "Hiring")?.met, true);
  });

  it("lets a company file reuse the built-in axes and replace a built-in level", () => {
    const text = [
      "name: Globex",
      "tracks: [{id: EM, name: Engineering Manager}]",
      "levels:",
      "  - id: EM6",
      "    title: EM6 - Globex Senior Manager",
      "    track: EM",
      "    expects: {People: Manages, Influence: multiple teams}",
      "",
    ].join("\n");
    const globex = parseLadder(text, "globex.yaml");
    assert.equal(globex.axes, undefined);
    assert.deepEqual(globex.levels[0]!.expects, { People: "Manages", Influence: "Multiple Teams" });
    const set = createLadderSet([globex]);
    assert.equal(set.resolve("EM6")?.title, "EM6 - Globex Senior Manager");
    assert.equal(set.levels().filter((l) => l.id === "EM6").length, 1);
    const r = lint("# A\n\n## Experience\n\n### Manager — Globex (2020–2024)\n\n- Managed 8 engineers across 3 teams\n", { ladders: set, override: { target: "EM6" } });
    assert.deepEqual(r.coverage?.axes.map((a) => [a.axis, a.found, a.met]), [["People", "Manages", true], ["Influence", "Multiple Teams", true]]);
    assert.equal(r.coverage?.readsAs, "EM6");
  });

  it("reads JSON ladders too", () => {
    const json = JSON.stringify({ name: "J", levels: [{ id: "J1", track: "J", expectations: [{ name: "Ships", cues: ["shipped", { verb: "launch", object: "feature" }] }] }] }, null, 2);
    const set = createLadderSet([parseLadder(json, "j.json")]);
    assert.equal(set.resolve("j1")?.title, "J1 - J 1");
    const r = lint("# A\n\n## Experience\n\n### Software Engineer — J (2020–2024)\n\n- Launched the search feature for 2M users\n", { ladders: set, override: { target: "J1" } });
    assert.equal(r.coverage?.readsAs, "J1");
  });

  it("adds custom cues to per-span evidence", () => {
    const set = createLadderSet([parseLadder(acmeText, ACME_PATH)]);
    const text = "Hired 4 engineers and wrote a design doc";
    const labels = set.evidence({ start: 0, end: text.length, text, plain: text }).map((m) => m.competency.label);
    assert.ok(labels.includes("Hiring"), labels.join());
    assert.ok(labels.includes("Craft: Designs"), labels.join());
    assert.ok(labels.includes("People: Manages"), labels.join()); // built-in cue "hired"
  });

  // file, line, key, what: a bad file never crashes and always says where.
  const BAD: [string, string, number, string, RegExp][] = [
    ["unknown key", "name: x\nlevels:\n  - id: A1\n    track: A\n    expect: {System: Owns}\n", 5, "levels[0].expect", /unknown key \(expected one of: id, title, track, expects/],
    ["unknown step", "name: x\nlevels:\n  - id: A1\n    track: A\n    expects:\n      People: Manages\n      System: Ownz\n", 7, "levels[0].expects.System", /unknown step "Ownz".*Owns, Evolves/],
    ["unknown axis", "name: x\nlevels:\n  - id: A1\n    track: A\n    expects: {Sistem: Owns}\n", 5, "levels[0].expects.Sistem", /unknown axis "Sistem"/],
    ["no expectations", "name: x\nlevels:\n  - id: A1\n    track: A\n", 3, "levels[0].expects", /needs `expects`/],
    ["missing name", "levels:\n  - id: A1\n    track: A\n    expects: {System: Owns}\n", 1, "name", /is required/],
    ["bad cue type", "name: x\nlevels:\n  - id: A1\n    track: A\n    expectations:\n      - name: Q\n        cues:\n          - shipped\n          - 42\n", 9, "levels[0].expectations[0].cues[1]", /phrase .* or a mapping \{verb, object/],
    ["verb without object", "name: x\nlevels:\n  - id: A1\n    track: A\n    expectations:\n      - name: Q\n        cues:\n          - verb: ship\n", 8, "levels[0].expectations[0].cues[0].object", /is required/],
    ["window too wide", "name: x\nlevels:\n  - id: A1\n    track: A\n    expectations:\n      - name: Q\n        cues:\n          - {verb: ship, object: app, window: 50}\n", 8, "levels[0].expectations[0].cues[0].window", /<= 8/],
    ["cue with no words", "name: x\nlevels:\n  - id: A1\n    track: A\n    expectations:\n      - name: Q\n        cues: ['# #']\n", 7, "levels[0].expectations[0].cues[0]", /must contain a letter or digit/],
    ["bad id", "name: x\nlevels:\n  - id: 'A 1!'\n    track: A\n    expects: {System: Owns}\n", 3, "levels[0].id", /not a valid id/],
    ["duplicate level", "name: x\nlevels:\n  - id: A1\n    track: A\n    expects: {System: Owns}\n  - id: a-1\n    track: A\n    expects: {System: Owns}\n", 6, "levels[1].id", /duplicate level id/],
    ["unknown track", "name: x\ntracks: [{id: A, name: A}]\nlevels:\n  - id: A1\n    track: B\n    expects: {System: Owns}\n", 5, "levels[0].track", /unknown track "B"; tracks: A/],
    ["duplicate key", "name: x\nname: y\nlevels: []\n", 2, "(syntax)", /unique/],
    ["broken YAML", "name: x\nlevels: [\n  {id: A1\n", 4, "(syntax)", /./],
    ["not a mapping", "- a\n- b\n", 1, "(root)", /must be a mapping/],
    ["empty file", "", 1, "(root)", /must be a mapping/],
  ];
  for (const [name, text, line, key, what] of BAD) {
    it(`rejects a ladder file with ${name}: file, line and key`, () => {
      const err = ladderError(text);
      assert.equal(err.file, "company.yaml");
      assert.equal(err.key, key, err.message);
      assert.equal(err.line, line, err.message);
      assert.match(err.message, new RegExp(`^company\\.yaml:${line}: ${key.replace(/[[\]().]/g, "\\$&")}: `));
      assert.match(err.message, what);
    });
  }

  it("reports JSON errors with their line", () => {
    const err = ladderError('{\n  "name": "x",\n  "levels": [\n    {"id": "A1", "track": "A", "expects": {"System": "Nope"}}\n  ]\n}\n', "l.json");
    assert.equal(err.line, 4);
    assert.match(err.message, /^l\.json:4: levels\[0\]\.expects\.System: unknown step "Nope"/);
  });

  it("matches a custom ladder's cues in linear time on hostile input (no regular expressions)", () => {
    // Many overlapping cues and a long repetitive text: the matcher walks the tokens once per head.
    const cues = Array.from({ length: 400 }, (_, i) => `a a a a a a a a a b${i}`);
    const ladder = parseLadder(JSON.stringify({ name: "x", levels: [{ id: "X1", track: "X", expectations: [{ name: "Q", cues }] }] }), "x.json");
    const set = createLadderSet([ladder]);
    const text = "a ".repeat(5000) + "b399";
    const ev = set.evidence({ start: 0, end: text.length, text, plain: text });
    assert.deepEqual(ev.filter((m) => m.competency.label === "Q").map((m) => text.slice(m.start, m.end)), ["a a a a a a a a a b399"]);
  });
});

describe("ladders: custom ladder files never crash", () => {
  const onlyLadderErrors = (text: string) => {
    try {
      const l = parseLadder(text, "f.yaml");
      createLadderSet([l]).levels();
    } catch (err) {
      if (!(err instanceof LadderError)) throw err;
      assert.match(err.message, /^f\.yaml:\d+: \S.*: \S/);
    }
  };

  it("arbitrary text and arbitrary JSON values give a result or a LadderError", function () {
    this.timeout(60000);
    fc.assert(fc.property(fc.string({ maxLength: 200 }), onlyLadderErrors), { seed: 7, numRuns: 300 });
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => onlyLadderErrors(JSON.stringify(v))), { seed: 7, numRuns: 300 });
  });

  it("near-valid ladders with a field replaced by any value give a result or a LadderError", function () {
    this.timeout(60000);
    const base = () => ({
      name: "x",
      tracks: [{ id: "A", name: "A" }],
      axes: [{ name: "Craft", steps: [{ name: "Builds", cues: ["shipped", { verb: "build", object: "feature" }] }, { name: "Designs", cues: ["design doc"] }] }],
      levels: [{ id: "A1", track: "A", expects: { Craft: "Builds" }, expectations: [{ name: "Q", cues: ["q"] }] }],
    });
    const paths: (string | number)[][] = [["name"], ["tracks"], ["tracks", 0, "id"], ["axes"], ["axes", 0, "steps"], ["axes", 0, "steps", 0, "cues"], ["axes", 0, "steps", 0, "cues", 1], ["axes", 0, "steps", 0, "cues", 1, "verb"], ["levels"], ["levels", 0], ["levels", 0, "expects"], ["levels", 0, "expects", "Craft"], ["levels", 0, "expectations", 0, "cues"], ["levels", 0, "track"]];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
        const data = base() as unknown as Record<string | number, unknown>;
        let node = data;
        for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
        node[path[path.length - 1]!] = value;
        onlyLadderErrors(JSON.stringify(data, null, 2));
      }),
      { seed: 11, numRuns: 250 },
    );
  });
});
