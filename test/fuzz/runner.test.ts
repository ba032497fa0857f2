// `npm run fuzz` itself (scripts/fuzz.ts), spawned as users run it, on a small count: it runs the
// cases it says, prints the counts, and stops a worker that shows no progress, naming it.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "../..");
const run = (args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/fuzz.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });

describe("npm run fuzz (scripts/fuzz.ts)", function () {
  this.timeout(150_000);

  it("runs the number of cases asked for over two worker processes and prints the counts", () => {
    const r = run(["--cases", "60", "--jobs", "2", "--seed", "3"]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^fuzz: 60 cases ran, 0 failed \(seed 3, 2 jobs, target EM6 on 1 case in 4, [\d.]+ s\)$/m);
    const perGenerator = [...r.stdout.matchAll(/^ {2}(\S+)\s+(\d+) ran {2}(\d+) failed$/gm)];
    assert.ok(perGenerator.length >= 6, r.stdout);
    assert.equal(perGenerator.reduce((n, m) => n + Number(m[2]), 0), 60);
  });

  it("stops a worker that shows no progress within --case-timeout, reports it and still prints the counts", () => {
    const r = run(["--cases", "40", "--jobs", "1", "--seed", "3", "--case-timeout", "0.2"]);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /FAILED \[.*\] time-limit/);
    assert.match(r.stdout, /no progress for 0\.2 s/);
    assert.match(r.stdout, /^fuzz: \d+ cases ran, 1 failed/m);
  });
});
