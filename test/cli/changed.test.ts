// --changed [REF]: only the Markdown files changed against a git ref, in a real git repository.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { MODES, removeDir, run, tempDir } from "./helpers.js";
import { parseCliArgs } from "../../src/cli/args.js";

const DOC = (n: number) => `# Jane Doe ${n}\n\n## Experience\n\n### Acme — Engineering Manager (2020–2024)\n\n- Led a team of ${n} engineers that cut latency by 40% for 2M users.\n`;

function git(dir: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd: dir, encoding: "utf8", env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", HOME: dir } });
}

/** A repository: main has a.md, b.md, notes.txt; branch `work` changes a.md, stages d.md, leaves c.md untracked. */
function repo(): string {
  const dir = tempDir({ "docs/a.md": DOC(1), "docs/b.md": DOC(2), "notes.txt": "x\n" });
  git(dir, "init", "-q", "-b", "main");
  git(dir, "config", "user.email", "t@example.com");
  git(dir, "config", "user.name", "T");
  git(dir, "add", ".");
  git(dir, "commit", "-qm", "one");
  git(dir, "checkout", "-qb", "work");
  writeFileSync(join(dir, "docs/a.md"), DOC(3));
  git(dir, "commit", "-qam", "two");
  writeFileSync(join(dir, "docs/d.md"), DOC(4));
  git(dir, "add", "docs/d.md");
  writeFileSync(join(dir, "docs/c.md"), DOC(5));
  writeFileSync(join(dir, "notes.txt"), "y\n");
  return dir;
}

const paths = (stdout: string) => (JSON.parse(stdout) as { files: { path: string }[] }).files.map((f) => f.path).sort();

describe("--changed: arguments", () => {
  it("the word after --changed is its REF unless it names files", () => {
    assert.equal(parseCliArgs(["--changed"]).changed, "");
    assert.equal(parseCliArgs(["--changed", "origin/main"]).changed, "origin/main");
    assert.deepEqual(parseCliArgs(["--changed", "origin/main", "docs"]).positionals, ["docs"]);
    assert.equal(parseCliArgs(["--changed=HEAD~2", "docs"]).changed, "HEAD~2");
    for (const p of ["docs/", "resume.md", "docs/**/*.md", "."]) {
      const a = parseCliArgs(["--changed", p]);
      assert.equal(a.changed, "", p);
      assert.deepEqual(a.positionals, [p]);
    }
    assert.deepEqual(parseCliArgs(["--changed", "--target", "EM6"]).target, "EM6");
    assert.equal(parseCliArgs(["--changed", "docs"], (w) => w === "docs").changed, "", "an existing path is a path");
  });
});

for (const mode of MODES) {
  describe(`cli --changed (${mode})`, function () {
    this.timeout(60_000);
    let dir: string;
    before(() => (dir = repo()));
    after(() => removeDir(dir));

    it("default: against the merge base with the default branch (committed, staged and untracked Markdown)", async () => {
      const r = await run(mode, ["--changed", "-f", "json"], { cwd: dir });
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(paths(r.stdout), ["docs/a.md", "docs/c.md", "docs/d.md"]);
    });

    it("with a REF and paths: only changed files under those paths", async () => {
      const r = await run(mode, ["--changed", "main", "docs", "-f", "json"], { cwd: dir });
      assert.deepEqual(paths(r.stdout), ["docs/a.md", "docs/c.md", "docs/d.md"]);
      const head = await run(mode, ["--changed", "HEAD", "-f", "json"], { cwd: dir });
      assert.deepEqual(paths(head.stdout), ["docs/c.md", "docs/d.md"], "against HEAD: the uncommitted ones");
      const one = await run(mode, ["docs/b.md", "docs/a.md", "--changed=main", "-f", "json"], { cwd: dir });
      assert.deepEqual(paths(one.stdout), ["docs/a.md"]);
    });

    it("nothing changed: says so, exit 0", async () => {
      const r = await run(mode, ["docs/b.md", "--changed"], { cwd: dir });
      assert.equal(r.code, 0);
      assert.equal(r.stderr, "ladderlint: --changed: no changed Markdown files\n");
      assert.equal(r.stdout, "");
    });

    it("an unknown ref, or no repository: one line, exit 2", async () => {
      const r = await run(mode, ["--changed", "no-such-branch"], { cwd: dir });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^ladderlint: --changed: unknown git ref 'no-such-branch' \(a branch, tag or commit; a shallow clone may need fetch-depth: 0\)\n$/);
      const outside = tempDir({ "a.md": DOC(1) });
      try {
        const o = await run(mode, ["--changed"], { cwd: outside });
        assert.equal(o.code, 2);
        assert.match(o.stderr, /^ladderlint: --changed: .* is not in a git repository\n$/);
      } finally {
        removeDir(outside);
      }
    });
  });
}
