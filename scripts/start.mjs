#!/usr/bin/env node
// `npm start`: build, then lint the bundled examples against EM6, as a user would in CI.
// The examples contain real problems on purpose (a leftover TODO is an error), so the linter exits 1;
// this demo says so and exits 0 instead of looking like a broken install.
import { spawnSync } from "node:child_process";

const build = spawnSync(process.execPath, ["esbuild.js"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);
const args = process.argv.slice(2);
const run = spawnSync(process.execPath, ["bin/ladderlint.js", ...(args.length ? args : ["examples/", "--target", "EM6"])], { stdio: "inherit" });
if (run.status === 1 && !args.length) {
  console.log("\nladderlint exited 1 because the examples contain errors (a TODO placeholder); in CI that fails the build.");
  console.log("Try: node bin/ladderlint.js examples/resume.md --fix   or   node bin/ladderlint.js report examples/promo-packet.md --target EM6 --out report.html");
  process.exit(0);
}
process.exit(run.status ?? 1);
