#!/usr/bin/env node
// The GitHub Action's entry (action.yml at the repository root runs it): lints with the CLI, then
//   - annotates the pull request: the `github` format's workflow commands, on standard output;
//   - writes the `markdown` format (counts, findings, coverage table) to $GITHUB_STEP_SUMMARY;
//   - writes SARIF to the `sarif-file` input (for github/codeql-action/upload-sarif);
//   - sets the outputs `errors`, `warnings` and `sarif-file` in $GITHUB_OUTPUT;
//   - fails the step by `fail-on`: error (default), warning or never. A usage, config, baseline or
//     I/O problem (the CLI's exit 2) always fails it, with its message as an error annotation.
// Inputs come as the runner passes them to a composite action's step: INPUT_<NAME> variables (the
// step's env in action.yml). Plain Node, no dependencies: it runs bin/ladderlint.js once per format.
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const env = process.env;
const bin = fileURLToPath(new URL("../bin/ladderlint.js", import.meta.url));
const workspace = env.GITHUB_WORKSPACE || process.cwd();

/** An input: INPUT_FAIL-ON as the runner names it for node actions, or INPUT_FAIL_ON. */
function input(name) {
  const upper = name.toUpperCase();
  return (env[`INPUT_${upper}`] ?? env[`INPUT_${upper.replace(/-/g, "_")}`] ?? "").trim();
}

/** A workflow command's data, escaped as @actions/core does. */
const escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");

function fail(message, code = 2) {
  process.stdout.write(`::error title=ladderlint::${escapeData(message)}\n`);
  process.exitCode = code;
}

function setOutput(name, value) {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}\n`);
}

function run() {
  const failOn = input("fail-on") || "error";
  if (!["error", "warning", "never"].includes(failOn)) return fail(`input 'fail-on' must be error, warning or never, got '${failOn}'`);
  const paths = input("paths").split(/\s+/).filter(Boolean);
  const args = paths.length ? paths : ["."];
  for (const name of ["target", "kind", "config", "baseline"]) {
    const v = input(name);
    if (v) args.push(`--${name}`, v);
  }
  const changed = input("changed");
  if (changed) args.push(changed === "true" ? "--changed=" : `--changed=${changed}`);

  const lint = (format) =>
    spawnSync(process.execPath, [bin, ...args, "--format", format, "--no-color"], { cwd: workspace, encoding: "utf8", maxBuffer: 512 * 1024 * 1024, env: { ...env, NO_COLOR: "1" } });

  // Counts (and any problem with the inputs) from the JSON format.
  const first = lint("json");
  for (const line of (first.stderr || "").split("\n").filter(Boolean)) process.stderr.write(line + "\n");
  if (first.error) return fail(`could not run ladderlint: ${first.error.message}`);
  if (first.status === 2 || first.status === null) {
    const msg = (first.stderr || "").split("\n").filter((l) => l.startsWith("ladderlint: ")).map((l) => l.slice(12));
    return fail(msg.join("; ") || `ladderlint exited with ${first.status ?? first.signal}`);
  }
  let summary;
  try {
    summary = JSON.parse(first.stdout).summary;
  } catch (err) {
    return fail(`could not read ladderlint's JSON output: ${err.message}`);
  }

  // Annotations: the runner reads workflow commands from standard output.
  process.stdout.write(lint("github").stdout);

  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, lint("markdown").stdout + "\n");

  const sarifInput = input("sarif-file");
  let sarifFile = "";
  if (sarifInput) {
    const abs = resolve(workspace, sarifInput);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, lint("sarif").stdout);
    const rel = relative(workspace, abs);
    sarifFile = !rel || rel.startsWith("..") || isAbsolute(rel) ? abs : rel;
  }

  setOutput("errors", summary.errors);
  setOutput("warnings", summary.warnings);
  setOutput("sarif-file", sarifFile);
  const s = (n, w) => `${n} ${w}${n === 1 ? "" : "s"}`;
  process.stdout.write(`ladderlint: ${s(summary.errors, "error")}, ${s(summary.warnings, "warning")}, ${summary.infos} info in ${s(summary.files, "file")} (fail-on: ${failOn})\n`);
  if ((failOn === "error" && summary.errors > 0) || (failOn === "warning" && summary.errors + summary.warnings > 0)) process.exitCode = 1;
}

try {
  run();
} catch (err) {
  fail(`internal error: ${String(err?.message ?? err).split("\n")[0]}`);
}
