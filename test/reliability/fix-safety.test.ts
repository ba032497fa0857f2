// Fix safety: --fix writes through a temp file + rename, never leaves a temp file, never loses the
// original when a write fails half way, never overwrites a file that changed on disk after it was read,
// and changes nothing but the fixed ranges (BOM and every line ending kept). Uses the spawned CLI on
// the real file system, and main() with an injected file system (src/cli/io.ts CliFs) for failures.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { main } from "../../src/cli/main.js";
import { nodeCliFs, type CliFs } from "../../src/cli/io.js";
import { fixAll } from "../../src/engine/index.js";
import { ruleById } from "../../src/rules/index.js";
import { resumeArb } from "../fuzz/arbitraries.js";
import { FIXABLE_RESUME, ensureBuilt, hashTree, makeTmp, removeTmp, runCli } from "./helpers.js";

async function runMain(argv: string[], cwd: string, fs?: CliFs): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main({ argv, cwd, fs, env: { NO_COLOR: "1" }, stdout: { write: (s: string) => ((stdout += s), true) }, stderr: { write: (s: string) => ((stderr += s), true) } });
  return { code, stdout, stderr };
}

function errno(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasSetpriv = spawnSync("setpriv", ["--version"]).status === 0;

/**
 * The command prefix that runs the CLI as `nobody` when this process is root (root writes anything,
 * so EACCES needs another user), after giving `dir` the mode that user needs; skips the test when
 * that is impossible. Not root: no prefix.
 */
function unprivileged(test: Mocha.Context, dir: string, dirMode: number): string[] | undefined {
  if (!isRoot) return undefined;
  if (!hasSetpriv) {
    console.log("      skipped: running as root (no EACCES on write) and setpriv is not available");
    test.skip();
  }
  chmodSync(dir, dirMode);
  return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"];
}

describe("reliability: fix safety", function () {
  this.timeout(120_000);

  before(function () {
    if (!ruleById.has("first-person")) {
      console.log("      skipped: the first-person rule (the fix these tests apply) is not registered yet");
      this.skip();
    }
    ensureBuilt();
  });

  it("spawned --fix replaces the file by rename (new inode), keeps its mode, leaves no temp file", () => {
    const dir = makeTmp();
    try {
      const file = join(dir, "resume.md");
      writeFileSync(file, FIXABLE_RESUME);
      chmodSync(file, 0o640);
      const before = statSync(file);
      const r = runCli(["resume.md", "--fix"], dir);
      assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
      const after = statSync(file);
      const text = readFileSync(file, "utf8");
      assert.notEqual(text, FIXABLE_RESUME, "nothing was fixed");
      assert.ok(!/^- I /m.test(text), "a leading pronoun is still there");
      assert.notEqual(after.ino, before.ino, "same inode: the file was rewritten in place, not renamed over");
      assert.equal(after.mode & 0o777, 0o640, "file mode not kept");
      assert.deepEqual(readdirSync(dir), ["resume.md"], "a temp file was left behind");
    } finally {
      removeTmp(dir);
    }
  });

  it("spawned --fix with nothing to fix does not touch the file (same inode, same bytes)", () => {
    const dir = makeTmp();
    try {
      writeFileSync(join(dir, "clean.md"), "# Jane\n\n## Skills\n\nGo, Kubernetes, PostgreSQL\n");
      const before = hashTree(dir);
      const r = runCli(["clean.md", "--fix"], dir);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(hashTree(dir), before);
    } finally {
      removeTmp(dir);
    }
  });

  // Real EACCES as an unprivileged user: a read-only directory (the rename needs it), and a read-only
  // file in a directory that user may write in (the rename alone would have replaced it).
  const readOnly: { name: string; setup: (dir: string) => { cwd: string; dirMode: number; lock: () => void } }[] = [
    {
      name: "read-only directory",
      setup: (dir) => {
        const sub = join(dir, "ro");
        mkdirSync(sub);
        writeFileSync(join(sub, "resume.md"), FIXABLE_RESUME);
        chmodSync(join(sub, "resume.md"), 0o644);
        return { cwd: sub, dirMode: 0o755, lock: () => chmodSync(sub, 0o555) };
      },
    },
    {
      name: "a read-only file in a writable directory",
      setup: (dir) => {
        writeFileSync(join(dir, "resume.md"), FIXABLE_RESUME);
        return { cwd: dir, dirMode: 0o777, lock: () => chmodSync(join(dir, "resume.md"), 0o444) };
      },
    },
  ];
  for (const c of readOnly) {
    it(`${c.name} (real EACCES as an unprivileged user): exit 2, original intact, no temp file`, function () {
      const dir = makeTmp();
      try {
        const { cwd, dirMode, lock } = c.setup(dir);
        const prefix = unprivileged(this, dir, dirMode);
        lock();
        const before = hashTree(dir);
        const r = runCli(["resume.md", "--fix"], cwd, { prefix });
        assert.equal(r.code, 2, `exit ${r.code}: ${r.stderr}`);
        assert.match(r.stderr, /^ladderlint: resume\.md: cannot write: permission denied$/m);
        assert.equal(hashTree(dir), before, "a file or the directory changed");
      } finally {
        chmodSync(dir, 0o700);
        removeTmp(dir);
      }
    });
  }

  it("--fix through a symbolic link fixes the file it points to and keeps the link", () => {
    const dir = makeTmp();
    try {
      mkdirSync(join(dir, "real"));
      writeFileSync(join(dir, "real", "resume.md"), FIXABLE_RESUME);
      symlinkSync(join("real", "resume.md"), join(dir, "link.md"));
      const r = runCli(["link.md", "--fix"], dir);
      assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
      assert.ok(lstatSync(join(dir, "link.md")).isSymbolicLink(), "the link was replaced by a file");
      const fixed = readFileSync(join(dir, "real", "resume.md"), "utf8");
      assert.notEqual(fixed, FIXABLE_RESUME, "the file the link points to was not fixed");
      assert.ok(!/^- I /m.test(fixed), "a leading pronoun is still there");
      assert.deepEqual(readdirSync(join(dir, "real")), ["resume.md"], "a temp file was left behind");
    } finally {
      removeTmp(dir);
    }
  });

  it("--fix on a file with two hard links rewrites it in place: both names show the fix, one inode", () => {
    const dir = makeTmp();
    try {
      writeFileSync(join(dir, "a.md"), FIXABLE_RESUME);
      linkSync(join(dir, "a.md"), join(dir, "b.md"));
      const ino = statSync(join(dir, "a.md")).ino;
      const r = runCli(["a.md", "--fix"], dir);
      assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
      const a = readFileSync(join(dir, "a.md"), "utf8");
      assert.notEqual(a, FIXABLE_RESUME, "nothing was fixed");
      assert.equal(readFileSync(join(dir, "b.md"), "utf8"), a, "the links no longer share the file");
      assert.equal(statSync(join(dir, "a.md")).ino, ino);
      assert.equal(statSync(join(dir, "b.md")).nlink, 2);
      assert.deepEqual(readdirSync(dir).sort(), ["a.md", "b.md"], "a temp file was left behind");
    } finally {
      removeTmp(dir);
    }
  });

  const failures: { name: string; fs: (dir: string) => CliFs; message: RegExp }[] = [
    {
      name: "the file itself may not be written (EACCES from the permission check, before any write)",
      fs: () => ({ ...nodeCliFs, canWrite: () => { throw errno("EACCES"); }, writeFile: () => { throw new Error("written although refused"); } }),
      message: /^ladderlint: resume\.md: cannot write: permission denied$/m,
    },
    {
      name: "the temp-file write throws (ENOSPC) before writing anything",
      fs: () => ({ ...nodeCliFs, writeFile: () => { throw errno("ENOSPC"); } }),
      message: /resume\.md: cannot write: no space left on device/,
    },
    {
      name: "the temp-file write dies half way (partial temp file on disk)",
      fs: () => ({
        ...nodeCliFs,
        writeFile: (p, d, o) => {
          nodeCliFs.writeFile(p, d.slice(0, Math.floor(d.length / 2)), o);
          throw errno("EIO");
        },
      }),
      message: /resume\.md: cannot write/,
    },
    {
      name: "the rename throws (EXDEV)",
      fs: () => ({ ...nodeCliFs, rename: () => { throw errno("EXDEV"); } }),
      message: /resume\.md: cannot write/,
    },
    {
      name: "the rename throws after the temp file is complete (EACCES)",
      fs: () => ({ ...nodeCliFs, rename: () => { throw errno("EACCES"); } }),
      message: /resume\.md: cannot write: permission denied/,
    },
  ];
  for (const f of failures) {
    it(`${f.name}: exit 2, one message, original intact, no temp file`, async () => {
      const dir = makeTmp();
      try {
        const file = join(dir, "resume.md");
        writeFileSync(file, FIXABLE_RESUME);
        const r = await runMain(["resume.md", "--fix"], dir, f.fs(dir));
        assert.equal(r.code, 2, r.stderr);
        assert.match(r.stderr, f.message);
        assert.equal(r.stderr.trim().split("\n").length, 1, `one line on stderr: ${r.stderr}`);
        assert.equal(readFileSync(file, "utf8"), FIXABLE_RESUME, "the original was changed");
        assert.deepEqual(readdirSync(dir), ["resume.md"], "a temp file was left behind");
      } finally {
        removeTmp(dir);
      }
    });
  }

  it("a file edited on disk after it was read (during the lint) is not overwritten", async () => {
    const dir = makeTmp();
    try {
      const file = join(dir, "resume.md");
      writeFileSync(file, FIXABLE_RESUME);
      const userEdit = FIXABLE_RESUME + "- I added this line in the editor meanwhile\n";
      let reads = 0;
      const fs: CliFs = {
        ...nodeCliFs,
        readFile: (p) => {
          const bytes = nodeCliFs.readFile(p);
          // The user saves right after ladderlint read the file for linting.
          if (p === file && reads++ === 0) writeFileSync(file, userEdit);
          return bytes;
        },
      };
      const r = await runMain(["resume.md", "--fix"], dir, fs);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /resume\.md: changed on disk/);
      assert.equal(readFileSync(file, "utf8"), userEdit, "the user's edit was overwritten");
      assert.deepEqual(readdirSync(dir), ["resume.md"], "a temp file was left behind");
    } finally {
      removeTmp(dir);
    }
  });

  it("two files, the second's write fails: the first is fixed, the second intact, exit 2", async () => {
    const dir = makeTmp();
    try {
      writeFileSync(join(dir, "a.md"), FIXABLE_RESUME);
      writeFileSync(join(dir, "b.md"), FIXABLE_RESUME);
      const fs: CliFs = {
        ...nodeCliFs,
        rename: (from, to) => {
          if (to.endsWith("b.md")) throw errno("EIO");
          nodeCliFs.rename(from, to);
        },
      };
      const r = await runMain(["a.md", "b.md", "--fix"], dir, fs);
      assert.equal(r.code, 2, r.stderr);
      assert.notEqual(readFileSync(join(dir, "a.md"), "utf8"), FIXABLE_RESUME, "a.md was not fixed");
      assert.equal(readFileSync(join(dir, "b.md"), "utf8"), FIXABLE_RESUME, "b.md was changed");
      assert.deepEqual(readdirSync(dir).sort(), ["a.md", "b.md"]);
    } finally {
      removeTmp(dir);
    }
  });

  it("--fix writes exactly BOM + the engine's fixAll text: every line ending (CRLF, LF, CR, mixed) kept (generated résumés)", async () => {
    const dir = makeTmp();
    try {
      const file = join(dir, "resume.md");
      let fixedSome = 0;
      await fc.assert(
        fc.asyncProperty(resumeArb, async (doc) => {
          // Only what a text file can hold: well-formed UTF-16 (lone surrogates become U+FFFD in
          // UTF-8) and no NUL (the CLI refuses NUL bytes as binary; a bad-input row covers that).
          const text = doc.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\0/g, "\uFFFD");
          writeFileSync(file, text);
          const bom = text.startsWith("\uFEFF");
          const body = bom ? text.slice(1) : text;
          const expected = fixAll(body, {});
          const fm = expected.result.doc.frontMatter;
          const r = await runMain(["resume.md", "--fix", "--format", "json"], dir);
          assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
          const written = readFileSync(file, "utf8");
          if (fm?.error) {
            assert.equal(written, text, "a file whose front matter does not parse was changed");
          } else {
            if (expected.text !== body) fixedSome++;
            assert.equal(JSON.stringify(written), JSON.stringify((bom ? "\uFEFF" : "") + expected.text), "the written file is not BOM + fixAll(text)");
          }
          assert.deepEqual(readdirSync(dir), ["resume.md"]);
        }),
        { seed: 4242, numRuns: 60 },
      );
      console.log(`      60 generated résumés; ${fixedSome} were changed by --fix`);
      assert.ok(fixedSome >= 5, `only ${fixedSome}/60 generated résumés had something to fix`);
    } finally {
      removeTmp(dir);
    }
  });
});
