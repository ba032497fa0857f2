#!/usr/bin/env node
// Runs every test suite and ends with one plain line "N passed, N failed" (read by CI).
//   unit:   mocha over test/**/*.test.ts (real parser, real files; tsx compiles TypeScript)
//   vscode: the integration suite inside a real VS Code (scripts/vscode-test.sh), unless
//           LADDERLINT_SKIP_VSCODE=1 (CI never sets it).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), "ladderlint-test-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;

function suite(name, cmd, args, env = {}) {
  const countsFile = join(tmp, name + ".json");
  console.log(`\n=== ${name}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env, LADDERLINT_COUNTS_FILE: countsFile } });
  let counts;
  try {
    counts = JSON.parse(readFileSync(countsFile, "utf8"));
  } catch {
    counts = { passed: 0, failed: 1, skipped: 0 };
    console.log(`${name}: the suite did not report its counts (exit ${r.status}); counted as one failure`);
  }
  if (r.status !== 0 && counts.failed === 0) {
    counts.failed = 1;
    console.log(`${name}: exited ${r.status} with no failing test; counted as one failure`);
  }
  if (r.status !== 0) exitCode = 1;
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped ?? 0;
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed`);
}

const extraArgs = process.argv.slice(2);
suite("unit", process.execPath, [
  join(root, "node_modules/mocha/bin/mocha.js"),
  "--import=tsx",
  "--reporter", join(root, "scripts/count-reporter.cjs"),
  "--timeout", "60000",
  "test/**/*.test.ts",
  "--ignore", "test/vscode/**",
  ...extraArgs,
]);

if (process.env.LADDERLINT_SKIP_VSCODE !== "1" && existsSync(join(root, "scripts/vscode-test.sh"))) {
  suite("vscode", "bash", [join(root, "scripts/vscode-test.sh")]);
}

rmSync(tmp, { recursive: true, force: true });
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(exitCode);
