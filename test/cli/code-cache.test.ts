// bin/ladderlint.js runs dist/cli.cjs through a V8 code cache (the comment at its top says how): the
// first run writes one file of V8's compiled code, later runs hand it to V8 and leave it alone, a
// damaged file is never used (and is replaced), and a cache directory that cannot be written changes
// nothing but speed. The output is the same every time.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fixtures, removeDir, root, tempDir } from "./helpers.js";
import { VERSION } from "../../src/cli/main.js";

const BIN = join(root, "bin/ladderlint.js");
const ARGS = [BIN, join(fixtures, "resume.md"), "--target", "EM6", "--format", "json"];

/** This process's environment without any cache setting of its own, plus `extra`. */
function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ["LADDERLINT_CODE_CACHE", "LADDERLINT_CODE_CACHE_DIR", "NODE_DISABLE_COMPILE_CACHE", "XDG_CACHE_HOME"]) delete e[k];
  return { ...e, ...extra };
}

function run(extra: Record<string, string>) {
  const r = spawnSync(process.execPath, ARGS, { env: env(extra), encoding: "utf8", cwd: root });
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  assert.equal(r.stderr, "");
  return r;
}

const cacheFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => /^cli-[0-9a-f]+\.v8$/.test(f)) : []);
const validFile = (p: string) => {
  const raw = readFileSync(p);
  return raw.length > 32 && createHash("sha256").update(raw.subarray(32)).digest().equals(raw.subarray(0, 32));
};

describe("cli code cache", function () {
  this.timeout(60_000);
  let reference: string;
  before(() => {
    reference = run({ LADDERLINT_CODE_CACHE: "0" }).stdout;
    assert.equal(JSON.parse(reference).files.length, 1);
  });

  it("the first run writes one cache file; the next run uses it and leaves it as it is", () => {
    const dir = tempDir();
    try {
      assert.equal(run({ LADDERLINT_CODE_CACHE_DIR: dir }).stdout, reference);
      const files = cacheFiles(dir);
      assert.equal(files.length, 1, readdirSync(dir).join(", "));
      const p = join(dir, files[0]!);
      assert.ok(validFile(p), "SHA-256 header");
      const before = statSync(p);
      const bytes = readFileSync(p);
      assert.equal(run({ LADDERLINT_CODE_CACHE_DIR: dir }).stdout, reference);
      const after = statSync(p);
      // Rewritten only when absent or refused by V8: the same inode and time mean V8 took it.
      assert.equal(after.ino, before.ino);
      assert.equal(after.mtimeMs, before.mtimeMs);
      assert.ok(readFileSync(p).equals(bytes));
      assert.deepEqual(readdirSync(dir), files, "no temp file left behind");
    } finally {
      removeDir(dir);
    }
  });

  it("a damaged cache file is not used, the output is the same, and the file is written again", () => {
    const dir = tempDir();
    try {
      run({ LADDERLINT_CODE_CACHE_DIR: dir });
      const p = join(dir, cacheFiles(dir)[0]!);
      const raw = readFileSync(p);
      raw[raw.length >> 1] ^= 0xff;
      writeFileSync(p, raw);
      assert.ok(!validFile(p));
      assert.equal(run({ LADDERLINT_CODE_CACHE_DIR: dir }).stdout, reference);
      assert.ok(validFile(p), "replaced by a good file");
      // A truncated file too.
      writeFileSync(p, readFileSync(p).subarray(0, 40));
      assert.equal(run({ LADDERLINT_CODE_CACHE_DIR: dir }).stdout, reference);
      assert.ok(validFile(p));
    } finally {
      removeDir(dir);
    }
  });

  it("a changed bundle of the same length does not run the old code (V8 checks only the length)", () => {
    // A copy of bin/ + dist/cli.cjs whose version string is changed, length kept.
    const copy = tempDir({ "package.json": '{"type":"module"}' });
    const cache = tempDir();
    try {
      mkdirSync(join(copy, "bin"));
      mkdirSync(join(copy, "dist"));
      copyFileSync(BIN, join(copy, "bin/ladderlint.js"));
      copyFileSync(join(root, "dist/cli.cjs"), join(copy, "dist/cli.cjs"));
      const version = (extra: Record<string, string>) => spawnSync(process.execPath, [join(copy, "bin/ladderlint.js"), "--version"], { env: env(extra), encoding: "utf8" }).stdout.trim();
      assert.equal(version({ LADDERLINT_CODE_CACHE_DIR: cache }), VERSION);
      assert.equal(cacheFiles(cache).length, 1);
      const other = VERSION.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
      const bundle = readFileSync(join(copy, "dist/cli.cjs"), "utf8");
      assert.ok(bundle.includes(`"${VERSION}"`));
      writeFileSync(join(copy, "dist/cli.cjs"), bundle.replace(`"${VERSION}"`, `"${other}"`));
      assert.equal(version({ LADDERLINT_CODE_CACHE_DIR: cache }), other);
      assert.equal(cacheFiles(cache).length, 2, "a file of its own for the changed bundle");
    } finally {
      removeDir(copy);
      removeDir(cache);
    }
  });

  it("LADDERLINT_CODE_CACHE=0 and NODE_DISABLE_COMPILE_CACHE=1 write nothing", () => {
    const dir = tempDir();
    try {
      assert.equal(run({ LADDERLINT_CODE_CACHE_DIR: dir, LADDERLINT_CODE_CACHE: "0" }).stdout, reference);
      assert.equal(run({ LADDERLINT_CODE_CACHE_DIR: dir, NODE_DISABLE_COMPILE_CACHE: "1" }).stdout, reference);
      assert.deepEqual(readdirSync(dir), []);
    } finally {
      removeDir(dir);
    }
  });

  it("a cache directory that cannot be made changes nothing else", () => {
    const dir = tempDir({ "not-a-dir": "x" });
    try {
      assert.equal(run({ LADDERLINT_CODE_CACHE_DIR: join(dir, "not-a-dir", "cache") }).stdout, reference);
      assert.deepEqual(readdirSync(dir), ["not-a-dir"]);
    } finally {
      removeDir(dir);
    }
  });

  it("goes to $XDG_CACHE_HOME/ladderlint by default on Linux, keeping the 4 newest files", function () {
    if (process.platform !== "linux") this.skip();
    const xdg = tempDir();
    const dir = join(xdg, "ladderlint");
    try {
      run({ XDG_CACHE_HOME: xdg });
      assert.equal(cacheFiles(dir).length, 1);
      const current = cacheFiles(dir)[0]!;
      // Files of other builds, older; and the current one removed so that this run writes.
      for (let i = 0; i < 5; i++) {
        const p = join(dir, `cli-${String(i).repeat(32)}.v8`);
        writeFileSync(p, "old");
        utimesSync(p, new Date(2020, 0, 1 + i), new Date(2020, 0, 1 + i));
      }
      removeDir(join(dir, current));
      run({ XDG_CACHE_HOME: xdg });
      const left = cacheFiles(dir).sort();
      assert.equal(left.length, 4, left.join(", "));
      assert.ok(left.includes(current), "the file just written is kept");
      assert.ok(!left.includes(`cli-${"0".repeat(32)}.v8`) && !left.includes(`cli-${"1".repeat(32)}.v8`), "the oldest went");
    } finally {
      removeDir(xdg);
    }
  });
});
