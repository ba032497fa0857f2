// The worker pool, the embedded rule docs, and `explain` for every rule of the registry.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { rules } from "../../src/rules/index.js";
import { availableParallelism } from "node:os";
import { plannedWorkers, poolThreshold, POOL_THRESHOLD, POOL_THRESHOLD_2_CORES } from "../../src/cli/pool.js";
import { ruleDocs } from "../../src/cli/generated/docs.js";
import { fixtures, removeDir, root, run, runInProcess, tempDir } from "./helpers.js";

describe("cli worker pool", function () {
  this.timeout(120_000);

  it("plans no workers for small runs, one per core (≤ 8) for large ones, and honours an explicit count", () => {
    assert.equal(plannedWorkers(POOL_THRESHOLD, {}, 4), 0);
    assert.equal(plannedWorkers(POOL_THRESHOLD + 1, {}, 4), 4);
    assert.equal(plannedWorkers(POOL_THRESHOLD + 1, {}, 16), 8);
    // Two cores: the pool only for large runs.
    assert.equal(plannedWorkers(1000, {}, 2), 0);
    assert.equal(plannedWorkers(POOL_THRESHOLD_2_CORES, {}, 2), 0);
    assert.equal(plannedWorkers(POOL_THRESHOLD_2_CORES + 1, {}, 2), 2);
    const here = plannedWorkers(poolThreshold(availableParallelism()) + 1);
    assert.ok(here >= 1 && here <= 8);
    assert.equal(plannedWorkers(10, { workers: 3 }), 3);
    assert.equal(plannedWorkers(2, { workers: 3 }), 2);
  });

  it("the bundle's worker threads give exactly the single-thread results, fixes included", () => {
    const resume = readFileSync(join(fixtures, "resume.md"), "utf8");
    const promo = readFileSync(join(fixtures, "promo.md"), "utf8");
    const files: Record<string, string> = {};
    for (let i = 0; i < 6; i++) {
      files[`r${i}.md`] = resume.replace("9 engineers", `${9 + i} engineers`);
      files[`p${i}.md`] = promo;
    }
    const a = tempDir(files);
    const b = tempDir(files);
    try {
      return Promise.all([
        run("spawned", [".", "--format", "json", "--target", "EM6", "--fix"], { cwd: a, env: { LADDERLINT_WORKERS: "0" } }),
        run("spawned", [".", "--format", "json", "--target", "EM6", "--fix"], { cwd: b, env: { LADDERLINT_WORKERS: "3", LADDERLINT_DEBUG_POOL: "1" } }),
      ]).then(([single, pooled]) => {
        assert.equal(single.code, pooled.code);
        assert.equal(pooled.stderr, single.stderr + "ladderlint: pool: 3 workers linted 12 of 12 files\n");
        assert.equal(pooled.stdout, single.stdout);
        assert.equal(JSON.parse(pooled.stdout).files.length, 12);
        for (const name of Object.keys(files)) assert.equal(readFileSync(join(b, name), "utf8"), readFileSync(join(a, name), "utf8"), name);
        assert.notEqual(readFileSync(join(b, "r0.md"), "utf8"), files["r0.md"], "--fix wrote through the pool");
      });
    } finally {
      setTimeout(() => (removeDir(a), removeDir(b)), 0);
    }
  });
});

describe("cli rule docs", function () {
  this.timeout(60_000);

  it("src/cli/generated/docs.ts is current with docs/rules (npm run build regenerates it)", () => {
    const r = spawnSync(process.execPath, ["scripts/gen-docs.mjs", "--check"], { cwd: root, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
  });

  it("every embedded doc belongs to a registered rule", () => {
    const keys = new Set(rules.map((r) => r.meta.id.replace("/", "-")));
    for (const k of Object.keys(ruleDocs)) assert.ok(keys.has(k), `docs/rules/${k}.md has no rule`);
  });

  for (const r of rules) {
    it(`explain ${r.meta.id}`, async () => {
      const out = await runInProcess(["explain", r.meta.id]);
      assert.equal(out.code, 0, out.stderr);
      const file = join(root, "docs/rules", r.meta.id.replace("/", "-") + ".md");
      if (existsSync(file)) assert.equal(out.stdout.trimEnd(), readFileSync(file, "utf8").replace(/\r\n?/g, "\n").trimEnd());
      else assert.ok(out.stdout.includes(r.meta.description));
    });
  }

  it("explain with no rule lists every rule", async () => {
    const out = await runInProcess(["explain"]);
    assert.equal(out.code, 0);
    const ids = out.stdout.trimEnd().split("\n").map((l) => l.split(/\s+/)[0]);
    assert.deepEqual(ids, [...rules.map((r) => r.meta.id), "ladderlint"]);
  });
});
