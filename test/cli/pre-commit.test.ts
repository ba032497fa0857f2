// The pre-commit hooks (.pre-commit-hooks.yaml). Always: each hook's entry run as pre-commit runs it
// (entry, then args, then the staged files its `files` pattern selects) on a passing and a failing
// file. With LADDERLINT_PRE_COMMIT=1 and Debian's `pre-commit` installed: the real thing, `pre-commit
// install` in a temporary git repository pointed at this checkout, a commit that passes and one that
// the hook stops (its first run installs the hook environment: npm install from the registry and a
// build, a few minutes; PRE_COMMIT_HOME is kept when set, so a second run reuses it).
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { bin, ensureBundle, removeDir, root, tempDir } from "./helpers.js";

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
}
const hooks = parse(readFileSync(join(root, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];

/** pre-commit's `files` is a Python regular expression; ours uses only (?i) beyond what JS shares. */
function filesPattern(h: Hook): RegExp {
  const m = /^\(\?i\)(.*)$/.exec(h.files);
  return m ? new RegExp(m[1]!, "i") : new RegExp(h.files);
}

const CLEAN = `# Jane Doe

## Experience

### Acme — Engineering Manager (2020–2024)

- Led a team of 8 engineers that cut checkout latency by 40% for 2M users.
- Partnered with product and design to ship the new onboarding flow, lifting activation by 12%.
`;
const FAILING = CLEAN + "- Owned the TODO list for the billing migration with finance.\n";

/** Runs a hook's entry the way pre-commit does: `entry` split on spaces, the `ladderlint` bin, then the files. */
function runHook(h: Hook, cwd: string, files: string[]): { code: number; out: string } {
  const [cmd, ...args] = h.entry.split(" ");
  assert.equal(cmd, "ladderlint", "the entry is the package's bin");
  const r = spawnSync(process.execPath, [bin, ...args, ...files.filter((f) => filesPattern(h).test(f))], { cwd, encoding: "utf8" });
  return { code: r.status ?? -1, out: r.stdout + r.stderr };
}

describe("pre-commit hooks", function () {
  this.timeout(60_000);

  it("two node hooks, ladderlint and ladderlint-fix, on résumé and packet file names", () => {
    assert.deepEqual(hooks.map((h) => h.id), ["ladderlint", "ladderlint-fix"]);
    for (const h of hooks) {
      assert.equal(h.language, "node");
      const re = filesPattern(h);
      for (const yes of ["resume.md", "docs/promo/Jane-Resume.markdown", "CV.md", "team/2024-brag-document.md", "self-review-h1.md", "promo/packet.md"]) assert.ok(re.test(yes), `${h.id} takes ${yes}`);
      for (const no of ["README.md", "docs/resume/notes.md", "resume.txt", "curriculum.md", "promo.md.bak"]) assert.ok(!re.test(no), `${h.id} leaves ${no}`);
    }
    assert.equal(hooks[1]!.entry, "ladderlint --fix");
  });

  it("the entry passes a clean résumé, fails one with an error, and leaves other Markdown alone", () => {
    ensureBundle();
    const dir = tempDir({ "resume.md": CLEAN, "docs/promo-packet.md": FAILING, "README.md": "# TODO\n" });
    try {
      const h = hooks[0]!;
      assert.equal(runHook(h, dir, ["resume.md", "README.md"]).code, 0);
      const bad = runHook(h, dir, ["resume.md", "docs/promo-packet.md", "README.md"]);
      assert.equal(bad.code, 1);
      assert.match(bad.out, /docs\/promo-packet\.md\n\s+9:\d+\s+error\s+Placeholder "TODO"/);
      assert.doesNotMatch(bad.out, /README/);
    } finally {
      removeDir(dir);
    }
  });

  it("the --fix hook rewrites the file (pre-commit then fails the commit on the change)", () => {
    ensureBundle();
    const dir = tempDir({ "resume.md": CLEAN.replace("ship the new", "ship the the new") });
    try {
      const r = runHook(hooks[1]!, dir, ["resume.md"]);
      assert.equal(r.code, 0, r.out);
      assert.equal(readFileSync(join(dir, "resume.md"), "utf8"), CLEAN);
    } finally {
      removeDir(dir);
    }
  });

  it("real pre-commit: a clean commit goes through, one with an error is stopped", function () {
    if (process.env["LADDERLINT_PRE_COMMIT"] !== "1" || spawnSync("pre-commit", ["--version"]).status !== 0) this.skip();
    this.timeout(900_000);
    const rev = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
    const dir = tempDir({ ".pre-commit-config.yaml": `repos:\n  - repo: ${root}\n    rev: ${rev}\n    hooks:\n      - id: ladderlint\n`, "resume.md": CLEAN });
    const home = process.env["PRE_COMMIT_HOME"] ?? join(dir, ".pre-commit-home");
    const env = { ...process.env, PRE_COMMIT_HOME: home, HOME: process.env["HOME"] ?? dir };
    const git = (...a: string[]) => spawnSync("git", a, { cwd: dir, encoding: "utf8", env });
    try {
      git("init", "-q");
      git("config", "user.email", "t@example.com");
      git("config", "user.name", "T");
      assert.equal(spawnSync("pre-commit", ["install"], { cwd: dir, env }).status, 0);
      git("add", ".");
      const ok = git("commit", "-qm", "clean résumé");
      assert.equal(ok.status, 0, ok.stdout + ok.stderr);
      writeFileSync(join(dir, "resume.md"), FAILING);
      git("add", ".");
      const stopped = git("commit", "-qm", "résumé with a placeholder");
      assert.equal(stopped.status, 1, stopped.stdout + stopped.stderr);
      assert.match(stopped.stdout + stopped.stderr, /ladderlint\.+Failed[\s\S]*resume\.md\n\s+9:\d+\s+error\s+Placeholder "TODO"/);
      assert.equal(git("rev-list", "--count", "HEAD").stdout.trim(), "1", "the second commit was not made");
    } finally {
      removeDir(dir);
    }
  });
});
