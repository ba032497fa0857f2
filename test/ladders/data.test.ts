import assert from "node:assert/strict";
import { builtinLadderSet, BUILTIN_AXES, ATTRIBUTION } from "../../src/ladders/index.js";
import cues from "../../src/ladders/data/cues.json";

// The level table of the Engineering Ladders framework (README, commit 6055355): step index per axis
// Technology, System, People, Process, Influence.
const VECTORS: Record<string, string> = {
  D1: "1,1,1,1,1", D2: "1,2,2,2,1", D3: "2,2,2,3,2", D4: "3,3,3,3,2", D5: "4,4,3,4,3", D6: "5,5,3,4,4", D7: "5,5,3,4,5",
  TL4: "2,3,4,4,1", TL5: "3,4,4,5,2", TL6: "4,5,4,5,3", TL7: "4,5,4,5,4",
  TPM4: "2,2,4,4,3", TPM5: "2,2,4,5,3", TPM6: "2,3,5,5,4", TPM7: "2,4,5,5,5",
  EM5: "3,3,5,4,2", EM6: "3,4,5,5,2", EM7: "3,4,5,5,3",
};

describe("ladders: built-in data", () => {
  const set = builtinLadderSet();

  it("has the 18 levels with their titles and tracks", () => {
    const levels = set.levels();
    assert.equal(levels.length, 18);
    assert.deepEqual(levels.map((l) => l.id).sort(), Object.keys(VECTORS).sort());
    assert.equal(set.resolve("EM6")!.title, "EM6 - Engineering Manager 6");
    assert.equal(set.resolve("TPM4")!.title, "TPM4 - Technical Program Manager 4");
    assert.equal(set.resolve("D1")!.title, "D1 - Developer 1");
    assert.equal(set.resolve("TL7")!.title, "TL7 - Tech Lead 7");
    for (const l of levels) {
      assert.equal(l.source, "built-in");
      assert.equal(l.track, l.id.replace(/\d+$/, ""));
      assert.match(l.title, new RegExp(`^${l.id} - `));
    }
  });

  it("expects the framework's step on every axis of every level", () => {
    for (const [id, vector] of Object.entries(VECTORS)) {
      const lv = set.level(id)!;
      assert.deepEqual(lv.expectations.map((e) => e.axis), ["Technology", "System", "People", "Process", "Influence"], id);
      assert.equal(lv.expectations.map((e) => e.stepIndex).join(","), vector, id);
    }
  });

  it("carries the framework's exact competency text, including the role-page wording", () => {
    const desc = (id: string, axis: string) => set.level(id)!.expectations.find((e) => e.axis === axis)!.description;
    assert.equal(desc("EM6", "Process"), "defines the right processes for the team's maturity level, balancing agility and discipline");
    assert.equal(desc("EM5", "System"), "owns the production operation and monitoring of the system and is aware of its SLAs");
    assert.equal(desc("EM7", "Influence"), "makes an impact not only on the whole team but also on other teams");
    assert.equal(desc("D1", "Influence"), "makes an impact on one or more subsystems or team pods");
    assert.equal(desc("TPM7", "Influence"), "makes an impact on the tech community");
    assert.match(ATTRIBUTION, /Apache/);
  });

  it("has five cumulative steps per axis, each with cues and an example bullet", () => {
    assert.deepEqual(BUILTIN_AXES.map((a) => a.steps.map((s) => s.name).join(" < ")), [
      "Adopts < Specializes < Evangelizes < Masters < Creates",
      "Enhances < Designs < Owns < Evolves < Leads",
      "Learns < Supports < Mentors < Coordinates < Manages",
      "Follows < Enforces < Challenges < Adjusts < Defines",
      "Subsystem < Team < Multiple Teams < Company < Community",
    ]);
    for (const a of BUILTIN_AXES) {
      for (const s of a.steps) {
        assert.ok(s.cues.length >= 5, `${a.name}: ${s.name} has only ${s.cues.length} cues`);
        assert.ok(s.example && /\$\{1:/.test(s.example), `${a.name}: ${s.name} has no example snippet`);
        assert.ok(s.description && s.description.length > 10);
      }
    }
    // Every axis/step in cues.json exists in the framework (no typo silently dropping cues).
    for (const [axis, steps] of Object.entries(cues.axes)) {
      const a = BUILTIN_AXES.find((x) => x.name === axis);
      assert.ok(a, axis);
      for (const step of Object.keys(steps)) assert.ok(a.steps.some((s) => s.name === step), `${axis}: ${step}`);
    }
  });

  it("'internals' is a Technology: Masters cue only as that word: 'the internal deploy tool' is not mastery (QA sweep, session 12)", () => {
    const cuesIn = (text: string) => set.evidence({ start: 0, end: text.length, text, plain: text }).map((m) => `${m.competency.label} ← ${m.cue}`);
    assert.deepEqual(cuesIn("Worked on the internal deploy tool").filter((c) => c.includes("Masters")), []);
    assert.ok(cuesIn("Learned the database internals to cut p99 latency").some((c) => c.startsWith("Technology: Masters")), "the plural still counts");
  });

  it("resolves level ids case-insensitively with common spellings", () => {
    for (const spelling of ["EM6", "em6", "EM 6", "em-6", "Em6", " em_6 ", "eM 6"]) assert.equal(set.resolve(spelling)?.id, "EM6", spelling);
    assert.equal(set.resolve("tpm 7")?.id, "TPM7");
    assert.equal(set.resolve("d-4")?.id, "D4");
    assert.equal(set.resolve("EM8"), undefined);
    assert.equal(set.resolve("EM"), undefined);
    assert.equal(set.resolve(""), undefined);
  });
});
