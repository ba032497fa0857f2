// The language server's settings and per-document configuration (src/lsp/config.ts), and its
// command arguments (src/lsp/server.ts), on real files in a temporary folder.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LspConfig, parseSettings } from "../../src/lsp/config.js";
import { commandArgs } from "../../src/lsp/server.js";
import { DEFAULT_FILES } from "../../src/extension/select.js";

describe("language server configuration", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "ladderlint-lsp-config-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a client's settings leniently", () => {
    assert.deepEqual(parseSettings(null), { target: "", kind: "auto", rules: {}, ladders: [], confidential: [], files: DEFAULT_FILES });
    const s = parseSettings({ target: " EM6 ", kind: "promo", rules: { "first-person": "off", "long-bullet": "loud" }, ladders: ["a.yaml", 3, ""], files: [] });
    assert.equal(s.target, "EM6");
    assert.equal(s.kind, "promo");
    assert.deepEqual(s.rules, { "first-person": "off" });
    assert.deepEqual(s.ladders, ["a.yaml"]);
    assert.deepEqual(s.files, [], "an empty files list is the user's choice");
  });

  it("merges settings under the nearest .ladderlintrc and reports a bad one with its file and line", () => {
    const cfg = new LspConfig();
    writeFileSync(join(dir, ".ladderlintrc.json"), JSON.stringify({ rules: { "long-bullet": "off" } }));
    const settings = parseSettings({ target: "EM6", rules: { "long-bullet": "error", "first-person": "error" } });
    const ok = cfg.forDocument(join(dir, "resume.md"), dir, settings);
    assert.deepEqual(ok.problems, []);
    assert.equal(ok.base.target, "EM6");
    assert.deepEqual(ok.base.rules, { "long-bullet": "off", "first-person": "error" });

    writeFileSync(join(dir, ".ladderlintrc.json"), '{\n  "rulez": {}\n}\n');
    assert.deepEqual(cfg.forDocument(join(dir, "resume.md"), dir, settings).problems, [], "cached until invalidated");
    cfg.invalidate();
    const bad = cfg.forDocument(join(dir, "resume.md"), dir, settings);
    assert.equal(bad.problems.length, 1);
    assert.equal(bad.problems[0]!.file, join(dir, ".ladderlintrc.json"));
    assert.equal(bad.problems[0]!.line, 2);
  });

  it("loads good ladders and reports a bad one on its own file", () => {
    writeFileSync(join(dir, "bad.ladder.yaml"), "name: Broken\nlevels: 12\n");
    const cfg = new LspConfig().forDocument(join(dir, "resume.md"), dir, parseSettings({ ladders: ["bad.ladder.yaml", "missing.yaml"] }));
    assert.deepEqual(cfg.problems.map((p) => p.file), [join(dir, "bad.ladder.yaml"), join(dir, "missing.yaml")]);
    assert.match(cfg.problems[1]!.message, /cannot read the ladder file \(ENOENT\)/);
    assert.ok(cfg.ladders.resolve("EM6"), "the built-in ladders still load");
  });

  it("reads command arguments as strings in any order or as an object", () => {
    assert.deepEqual(commandArgs(["EM6", "file:///a/resume.md"]), { target: "EM6", uri: "file:///a/resume.md" });
    assert.deepEqual(commandArgs(["file:///a/resume.md", "tl5"]), { target: "tl5", uri: "file:///a/resume.md" });
    assert.deepEqual(commandArgs([{ target: "EM5", uri: "untitled:/x" }]), { target: "EM5", uri: "untitled:/x" });
    assert.deepEqual(commandArgs([null, 3]), {});
  });
});
