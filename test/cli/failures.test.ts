// Inputs that used to end a run with a bare "internal error" or the wrong reason, found by a QA sweep
// of the CLI (test/fuzz/FINDINGS.md §14): each now gets one line naming the file, and the other files
// are still reported.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { lintJob } from "../../src/cli/lint-file.js";
import { MODES, removeDir, run, tempDir } from "./helpers.js";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasSetpriv = spawnSync("setpriv", ["--version"]).status === 0;

describe("cli: one file's unexpected failure", () => {
  it("lintJob turns a throw inside lint() into a failure naming the file, with no findings", () => {
    // A config layer of the wrong type (the validated config never yields one) makes the engine throw.
    const out = lintJob({ text: "# Jane\n\n- I led the team\n", display: "docs/a.md", base: { target: 5 as unknown as string }, override: {}, ladderSources: [], fix: false });
    assert.match(out.failure ?? "", /^docs\/a\.md: internal error while checking this file: /);
    assert.deepEqual(out.file.diagnostics, []);
    assert.equal(out.fixedText, undefined);
  });
});

for (const mode of MODES) {
  describe(`cli: inputs that ended the run (${mode})`, function () {
    this.timeout(60_000);

    it("a document nested 5 000 quotes deep is reported as not checked; the other file is still linted", async () => {
      const dir = tempDir({
        "deep.md": "# J\n\n## Experience\n\n" + ">".repeat(5000) + " x\n",
        "good.md": "# Jane\n\n## Experience\n\n### Acme — EM (2020)\n\n- I led the team\n",
      });
      try {
        const r = await run(mode, ["deep.md", "good.md", "--format", "json"], { cwd: dir });
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stderr, "");
        const files = (JSON.parse(r.stdout) as { files: { path: string; diagnostics: { ruleId: string; message: string; line: number }[] }[] }).files;
        assert.deepEqual(files.map((f) => f.path), ["deep.md", "good.md"]);
        // (The document reads no role either, which the engine also says at info: DESIGN §2b, no silent pass.)
        const deep = files[0]!.diagnostics.filter((d) => d.ruleId === "ladderlint" && !/No role was read/.test(d.message));
        assert.equal(deep.length, 1);
        assert.equal(deep[0]!.line, 5);
        assert.match(deep[0]!.message, /^Block not checked: its Markdown nests more than 200 levels deep/);
        assert.ok(files[1]!.diagnostics.some((d) => d.ruleId === "first-person"));
      } finally {
        removeDir(dir);
      }
    });

    it("an alias bomb in .ladderlintrc.yaml is a config error naming the file", async () => {
      const bomb = ["a: &a [x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]", "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]", "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]", "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]", ""].join("\n");
      const dir = tempDir({ ".ladderlintrc.yaml": bomb, "r.md": "# J\n\n- I led\n" });
      try {
        const r = await run(mode, ["r.md"], { cwd: dir });
        assert.equal(r.code, 2, r.stderr);
        assert.equal(r.stderr, "ladderlint: .ladderlintrc.yaml:1: not valid YAML: Excessive alias count indicates a resource exhaustion attack\n");
        assert.equal(r.stdout, "");
      } finally {
        removeDir(dir);
      }
    });
  });
}

describe("cli: folders it cannot read (real EACCES as an unprivileged user)", function () {
  this.timeout(60_000);

  it("names the folder and says why, instead of 'no Markdown files'; an unreadable sub-folder is named too", function () {
    if (isRoot && !hasSetpriv) {
      console.log("      skipped: running as root (every folder is readable) and setpriv is not available");
      this.skip();
    }
    const dir = tempDir({ "ok.md": "# Jane\n\n- I led the team\n" });
    try {
      mkdirSync(join(dir, "locked"));
      writeFileSync(join(dir, "locked", "a.md"), "# A\n");
      mkdirSync(join(dir, "tree", "inner"), { recursive: true });
      writeFileSync(join(dir, "tree", "b.md"), "# B\n");
      writeFileSync(join(dir, "tree", "inner", "c.md"), "# C\n");
      mkdirSync(join(dir, "tree", ".hidden"));
      chmodSync(join(dir, "locked"), 0o000);
      chmodSync(join(dir, "tree", "inner"), 0o000);
      chmodSync(join(dir, "tree", ".hidden"), 0o000);
      chmodSync(dir, 0o755);
      const prefix = isRoot ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [];
      const bin = join(new URL("../..", import.meta.url).pathname, "bin/ladderlint.js");
      const cli = (args: string[]) => spawnSync(prefix[0] ?? process.execPath, [...prefix.slice(1), ...(prefix.length ? [process.execPath] : []), bin, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
      const a = cli(["ok.md", "locked"]);
      assert.equal(a.status, 2, a.stderr);
      assert.equal(a.stderr, "ladderlint: locked: cannot read this directory: permission denied\n");
      const b = cli(["tree"]);
      assert.equal(b.status, 2, b.stderr);
      // The dot-folder is skipped by design, readable or not; the other is named.
      assert.equal(b.stderr, "ladderlint: tree/inner: cannot read this directory: permission denied\n");
    } finally {
      for (const d of ["locked", "tree/inner", "tree/.hidden"]) chmodSync(join(dir, d), 0o755);
      removeDir(dir);
    }
  });
});
