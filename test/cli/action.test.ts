// The GitHub Action, run the way the runner runs it: action.yml's steps, with `${{ inputs.* }}`
// replaced by the inputs (or their defaults) and the runner's environment variables (GITHUB_WORKSPACE,
// GITHUB_ACTION_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) pointing at temporary files. The build step
// runs too: dist/ is there, so it builds nothing.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { ensureBundle, removeDir, root, tempDir } from "./helpers.js";

interface Step {
  id: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
}
const action = parse(readFileSync(join(root, "action.yml"), "utf8")) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
};

const RESUME = `# Jane Doe

## Experience

### Acme — Engineering Manager (2020–2024)

- Significantly improved the on-call experience for the payments teams.
- Led a team of 8 engineers that cut checkout latency by 40% for 2M users.
- Partnered with product and design to ship the new onboarding flow, lifting activation by 12%.
- Owned the TODO list for the billing migration with finance.
`;

interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Runs every step of action.yml in `workspace` as the runner would, with these inputs. */
function runAction(workspace: string, inputs: Record<string, string>): ActionRun {
  for (const k of Object.keys(inputs)) assert.ok(k in action.inputs, `action.yml has no input ${k}`);
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(action.inputs)) values[k] = inputs[k] ?? v.default ?? "";
  const outputFile = join(workspace, "..", `${workspace.split("/").pop()}.output`);
  const summaryFile = join(workspace, "..", `${workspace.split("/").pop()}.summary`);
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const expand = (s: string) => s.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_m, name: string) => values[name] ?? "");
  let last = { code: 0, stdout: "", stderr: "" };
  for (const step of action.runs.steps) {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith("INPUT_")) env[k] = v;
    Object.assign(env, { GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: workspace, GITHUB_ACTION_PATH: root, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, RUNNER_TEMP: join(workspace, "..") });
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = expand(v);
    assert.equal(step.shell, "bash");
    const r = spawnSync("bash", ["-e", "-c", step.run], { cwd: workspace, env, encoding: "utf8" });
    last = { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
    if (last.code !== 0) break;
  }
  const outputs: Record<string, string> = {};
  for (const line of readFileSync(outputFile, "utf8").split("\n").filter(Boolean)) {
    const i = line.indexOf("=");
    outputs[line.slice(0, i)] = line.slice(i + 1);
  }
  return { ...last, outputs, summary: readFileSync(summaryFile, "utf8") };
}

describe("GitHub Action (action.yml)", function () {
  this.timeout(120_000);
  let dir: string;
  let ws: string;
  before(() => {
    ensureBundle();
    dir = tempDir({ "ws/docs/promo/resume.md": RESUME, "ws/README.md": "# Team docs\n" });
    ws = join(dir, "ws");
  });
  after(() => removeDir(dir));

  it("declares the inputs and outputs of the issue, as a composite action", () => {
    assert.equal(action.runs.using, "composite");
    assert.deepEqual(Object.keys(action.inputs).sort(), ["baseline", "changed", "config", "fail-on", "kind", "paths", "sarif-file", "target"]);
    assert.deepEqual(Object.keys(action.outputs).sort(), ["errors", "sarif-file", "warnings"]);
    assert.equal(action.inputs["fail-on"]!.default, "error");
  });

  it("annotates, writes the job summary and SARIF, sets the outputs, fails on the error", () => {
    const r = runAction(ws, { paths: "docs", target: "EM6" });
    assert.equal(r.code, 1, r.stderr);
    // Annotations: workflow commands on standard output, one per finding.
    assert.match(r.stdout, /^::error file=docs\/promo\/resume\.md,line=10,col=\d+,endLine=10,endColumn=\d+,title=placeholder::Placeholder "TODO"/m);
    assert.match(r.stdout, /^::warning file=docs\/promo\/resume\.md,line=7,col=3,.*title=vague-quantity::/m);
    assert.match(r.stdout, /^ladderlint: 1 error, \d+ warnings, \d+ info in 1 file \(fail-on: error\)$/m);
    // Job summary: the markdown format, with its counts and the EM6 coverage table.
    assert.match(r.summary, /^### ladderlint: 1 error, \d+ warnings, \d+ info in 1 file$/m);
    assert.match(r.summary, /^\| Axis \| EM6 expects \| Found \| Met \|$/m);
    assert.match(r.summary, /\| `placeholder` \|/);
    // Outputs.
    assert.equal(r.outputs["errors"], "1");
    assert.ok(Number(r.outputs["warnings"]) >= 2);
    assert.equal(r.outputs["sarif-file"], "ladderlint.sarif");
    const sarif = JSON.parse(readFileSync(join(ws, "ladderlint.sarif"), "utf8")) as { version: string; runs: { results: { ruleId: string; partialFingerprints: Record<string, string> }[] }[] };
    assert.equal(sarif.version, "2.1.0");
    assert.ok(sarif.runs[0]!.results.some((x) => x.ruleId === "placeholder"));
    assert.ok(sarif.runs[0]!.results.every((x) => /^[0-9a-f]{14}:\d+$/.test(x.partialFingerprints["ladderlintBullet/v1"]!)));
  });

  it("fail-on: warning fails on warnings alone; never passes; an invalid value is an error annotation", () => {
    const clean = RESUME.replace("- Owned the TODO list for the billing migration with finance.\n", "");
    writeFileSync(join(ws, "docs/promo/resume.md"), clean);
    try {
      assert.equal(runAction(ws, { paths: "docs" }).code, 0, "warnings only, fail-on error");
      const w = runAction(ws, { paths: "docs", "fail-on": "warning", "sarif-file": "" });
      assert.equal(w.code, 1);
      assert.equal(w.outputs["sarif-file"], "");
      assert.equal(runAction(ws, { paths: "docs", "fail-on": "never" }).code, 0);
      const bad = runAction(ws, { paths: "docs", "fail-on": "sometimes" });
      assert.equal(bad.code, 2);
      assert.match(bad.stdout, /^::error title=ladderlint::input 'fail-on' must be error, warning or never, got 'sometimes'$/m);
    } finally {
      writeFileSync(join(ws, "docs/promo/resume.md"), RESUME);
    }
  });

  it("a baseline input: baselined findings are neither annotated nor counted; the summary says so", () => {
    const w = spawnSync(process.execPath, [join(root, "bin/ladderlint.js"), "docs", "--baseline-write", "ladderlint-baseline.json"], { cwd: ws, encoding: "utf8" });
    assert.equal(w.status, 0, w.stderr);
    try {
      const r = runAction(ws, { paths: "docs", baseline: "ladderlint-baseline.json" });
      assert.equal(r.code, 0, r.stdout);
      assert.equal(r.outputs["errors"], "0");
      assert.equal(r.outputs["warnings"], "0");
      assert.doesNotMatch(r.stdout, /^::(error|warning) file=docs/m);
      assert.match(r.stdout, /^::notice title=ladderlint baseline::\d+ findings baselined \(ladderlint-baseline\.json\)$/m);
      assert.match(r.summary, /\d+ findings baselined \(ladderlint-baseline\.json\)\./);
    } finally {
      removeDir(join(ws, "ladderlint-baseline.json"));
    }
  });

  it("a problem with the inputs (exit 2 of the CLI) fails the step with its message as an error annotation", () => {
    const r = runAction(ws, { paths: "docs", baseline: "missing.json" });
    assert.equal(r.code, 2);
    assert.match(r.stdout, /^::error title=ladderlint::missing\.json: cannot read baseline: no such file or directory$/m);
    assert.ok(!existsSync(join(ws, "missing.json")));
  });
});
