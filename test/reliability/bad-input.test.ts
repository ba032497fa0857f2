// The bad-input matrix through the spawned CLI (node bin/ladderlint.js → dist/cli.cjs). Each row sets up
// a fresh directory, runs the CLI there and asserts: the exit code (2 for usage, config, ladder and I/O
// errors), one line on stderr naming the culprit, no stack trace or Node warning, and that no file in
// the directory changed (a digest of paths, modes, inodes and contents before and after). Rows that can
// write pass a fixable résumé plus --fix, so "nothing written" is tested where it could go wrong.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ruleById } from "../../src/rules/index.js";
import { FIXABLE_RESUME, ensureBuilt, hashTree, looksLikeCrash, makeTmp, removeTmp, runCli, stderrLines, type CliRun } from "./helpers.js";

interface Row {
  name: string;
  /** Write the fixture files into `dir`; return the CLI arguments (and optionally how to run it). */
  setup(dir: string): string[] | { args: string[]; prefix?: string[]; skip?: string };
  /** Expected exit code (or the codes allowed when the row is about something else). */
  code: number | number[];
  /** Text stderr must contain (the culprit), case-insensitive; undefined: stderr must be empty. */
  culprit?: (string | RegExp)[];
  /** Lines allowed on stderr (default 1 when a culprit is expected). */
  lines?: number;
  timeoutMs?: number;
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasSetpriv = spawnSync("setpriv", ["--version"], { encoding: "utf8" }).status === 0;

function good(dir: string, name = "good.md"): string {
  writeFileSync(join(dir, name), FIXABLE_RESUME);
  return name;
}

const ROWS: Row[] = [
  {
    name: "binary file",
    setup: (d) => {
      writeFileSync(join(d, "photo.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8]));
      return [good(d), "photo.md", "--fix"];
    },
    code: 2,
    culprit: ["photo.md", "binary"],
  },
  {
    name: "missing path",
    setup: (d) => [good(d), "missing.md", "--fix"],
    code: 2,
    culprit: ["missing.md", "no such file"],
  },
  {
    name: "directory with no Markdown",
    setup: (d) => {
      mkdirSync(join(d, "docs"));
      writeFileSync(join(d, "docs", "notes.txt"), "not markdown\n");
      return [good(d), "docs", "--fix"];
    },
    code: 2,
    culprit: ["docs", "no Markdown"],
  },
  {
    name: "a directory where a file is named (docs.md/)",
    setup: (d) => {
      mkdirSync(join(d, "cv.md"));
      return [good(d), "cv.md", "--fix"];
    },
    code: 2,
    culprit: ["cv.md"],
  },
  {
    name: "permission denied (chmod 000)",
    setup: (d) => {
      writeFileSync(join(d, "secret.md"), FIXABLE_RESUME);
      chmodSync(join(d, "secret.md"), 0o000);
      if (!isRoot) return ["secret.md", "--fix"];
      // root reads a mode-000 file without EACCES: run the CLI as nobody instead.
      if (!hasSetpriv) return { args: [], skip: "running as root and setpriv is not available, so EACCES cannot happen" };
      chmodSync(d, 0o755);
      return { args: ["secret.md", "--fix"], prefix: ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] };
    },
    code: 2,
    culprit: ["secret.md", "permission denied"],
  },
  {
    name: "FIFO in place of a file (must not hang)",
    setup: (d) => {
      const r = spawnSync("mkfifo", [join(d, "pipe.md")]);
      if (r.status !== 0) return { args: [], skip: "mkfifo is not available" };
      return [good(d), "pipe.md", "--fix"];
    },
    code: 2,
    culprit: ["pipe.md"],
    timeoutMs: 15_000,
  },
  {
    name: "invalid UTF-8",
    setup: (d) => {
      writeFileSync(join(d, "latin1.md"), Buffer.concat([Buffer.from("# Jos"), Buffer.from([0xe9]), Buffer.from("\n\n- Led the team\n")]));
      return [good(d), "latin1.md", "--fix"];
    },
    code: 2,
    culprit: ["latin1.md", "UTF-8"],
  },
  {
    name: "UTF-16 file",
    setup: (d) => {
      writeFileSync(join(d, "utf16.md"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("# Jane\n- I led the team\n", "utf16le")]));
      return [good(d), "utf16.md", "--fix"];
    },
    code: 2,
    culprit: ["utf16.md", "UTF-16"],
  },
  {
    name: "empty file",
    setup: (d) => {
      writeFileSync(join(d, "empty.md"), "");
      return ["empty.md", "--fix"];
    },
    code: 0,
    // The CLI may say it found nothing to check; one line at most, naming the file.
    culprit: ["empty.md"],
  },
  {
    name: "10 MB file",
    setup: (d) => {
      const line = "- I led the payments team and cut latency by 40% across 12 services with product and design\n";
      writeFileSync(join(d, "huge.md"), "# Jane\n\n## Experience\n\n### Acme — EM (2020)\n\n" + line.repeat(Math.ceil((10 * 1024 * 1024) / line.length)));
      return ["huge.md", "--fix"];
    },
    code: 2,
    culprit: ["huge.md", "too large"],
    timeoutMs: 60_000,
  },
  {
    name: "broken config (.ladderlintrc.json)",
    setup: (d) => {
      writeFileSync(join(d, ".ladderlintrc.json"), '{\n  "target": "EM6",\n  "rules": {\n    "first-person": "off"\n');
      return [good(d), "--fix"];
    },
    code: 2,
    culprit: [".ladderlintrc.json"],
  },
  {
    name: "config with an unknown rule",
    setup: (d) => {
      writeFileSync(join(d, ".ladderlintrc.yaml"), "rules:\n  first-persn: off\n");
      return [good(d), "--fix"];
    },
    code: 2,
    culprit: [".ladderlintrc.yaml", "first-persn"],
  },
  {
    name: "broken custom ladder (YAML syntax)",
    setup: (d) => {
      writeFileSync(join(d, "acme-ladder.yaml"), "name: Acme\nlevels:\n  - id: [\n");
      return [good(d), "--ladder", "acme-ladder.yaml", "--fix"];
    },
    code: 2,
    culprit: ["acme-ladder.yaml"],
  },
  {
    name: "broken custom ladder (schema)",
    setup: (d) => {
      writeFileSync(join(d, "acme-ladder.json"), JSON.stringify({ levels: "EM9" }));
      return [good(d), "--ladder", "acme-ladder.json", "--fix"];
    },
    code: 2,
    culprit: ["acme-ladder.json"],
  },
  {
    name: "missing custom ladder",
    setup: (d) => [good(d), "--ladder", "nowhere.yaml", "--fix"],
    code: 2,
    culprit: ["nowhere.yaml"],
  },
  {
    name: "unknown target",
    setup: (d) => [good(d), "--target", "XX9", "--fix"],
    code: 2,
    culprit: ["XX9", "EM6"],
  },
  {
    name: "unknown rule in --rule",
    setup: (d) => [good(d), "--rule", "frist-person=off", "--fix"],
    code: 2,
    culprit: ["frist-person"],
  },
  {
    name: "bad severity in --rule",
    setup: (d) => [good(d), "--rule", "first-person=loud", "--fix"],
    code: 2,
    culprit: ["loud"],
  },
  {
    name: "unknown format",
    setup: (d) => [good(d), "--format", "xml", "--fix"],
    code: 2,
    culprit: ["xml"],
  },
  {
    name: "unknown option",
    setup: (d) => [good(d), "--frobnicate", "--fix"],
    code: 2,
    culprit: ["--frobnicate"],
  },
  {
    name: "no paths at all",
    setup: () => [],
    code: 2,
    culprit: ["no files"],
  },
  {
    name: "front matter with an unknown YAML tag (no Node warning leaks)",
    setup: (d) => {
      writeFileSync(join(d, "tagged.md"), "---\nlayout: resume\nfn: !!js/function 'function(){}'\nbin: !!binary aGVsbG8=\n---\n\n# Jane\n\n## Experience\n\n### Acme — EM (2020)\n\n- Led 8 engineers and cut latency by 40%\n");
      return ["tagged.md", "--format", "json"];
    },
    // Lint findings may or may not be errors; the row is about stderr staying clean.
    code: [0, 1],
    culprit: undefined,
  },
  {
    name: "broken front matter + --fix: the file is not touched",
    setup: (d) => {
      writeFileSync(join(d, "broken-fm.md"), "---\nladderlint: [unclosed\n---\n" + FIXABLE_RESUME);
      return ["broken-fm.md", "--fix", "--format", "json"];
    },
    code: 1,
    // It may say why it did not fix; that line names the file.
    culprit: ["broken-fm.md"],
  },
];

describe("reliability: bad-input matrix through the spawned CLI", function () {
  this.timeout(120_000);
  before(() => ensureBuilt());

  it("control: --fix on the fixable résumé does change it (so 'no file changed' below means something)", function () {
    if (!ruleById.has("first-person")) {
      console.log("      skipped: the first-person rule is not registered yet");
      this.skip();
    }
    const dir = makeTmp();
    try {
      const name = good(dir);
      const before = hashTree(dir);
      const r = runCli([name, "--fix"], dir);
      assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
      assert.notEqual(hashTree(dir), before, "--fix did not write the fixable résumé");
      assert.ok(!readFileSync(join(dir, name), "utf8").includes("- I led"), "the leading pronoun is still there");
    } finally {
      removeTmp(dir);
    }
  });

  for (const row of ROWS) {
    it(`${row.name} → exit ${Array.isArray(row.code) ? row.code.join("|") : row.code}${row.culprit ? ", one line naming the culprit" : ", stderr empty"}, nothing changed`, function () {
      const dir = makeTmp();
      try {
        const s = row.setup(dir);
        const spec = Array.isArray(s) ? { args: s } : s;
        if ("skip" in spec && spec.skip) {
          console.log(`      skipped: ${spec.skip}`);
          this.skip();
        }
        const before = hashTree(dir);
        const r: CliRun = runCli(spec.args, dir, { prefix: "prefix" in spec ? spec.prefix : undefined, timeoutMs: row.timeoutMs });
        const where = `\n  args: ${spec.args.join(" ")}\n  exit: ${r.code}${r.timedOut ? " (timed out, killed)" : ""}\n  stderr: ${r.stderr}\n  stdout: ${r.stdout.slice(0, 500)}`;
        assert.ok(!r.timedOut, `the CLI did not finish within ${(row.timeoutMs ?? 30_000) / 1000} s${where}`);
        if (Array.isArray(row.code)) assert.ok(row.code.includes(r.code ?? -1), `exit code ${r.code} not in ${row.code.join("|")}${where}`);
        else assert.equal(r.code, row.code, `exit code${where}`);
        assert.doesNotMatch(r.stdout, /failed and was skipped/, `a rule crashed${where}`);
        const crash = looksLikeCrash(r.stderr) ?? looksLikeCrash(r.stdout);
        assert.equal(crash, undefined, `output contains a ${crash}${where}`);
        const lines = stderrLines(r.stderr);
        if (row.culprit) {
          assert.ok(lines.length >= (row.code === 0 || Array.isArray(row.code) ? 0 : 1) && lines.length <= (row.lines ?? 1), `expected ${row.code === 0 ? "at most" : "exactly"} ${row.lines ?? 1} line on stderr${where}`);
          if (lines.length) for (const c of row.culprit) assert.ok(typeof c === "string" ? r.stderr.toLowerCase().includes(c.toLowerCase()) : c.test(r.stderr), `stderr does not name ${c}${where}`);
          for (const l of lines) assert.match(l, /^ladderlint: /, `stderr line is not a ladderlint message${where}`);
        } else {
          assert.deepEqual(lines, [], `stderr should be empty${where}`);
        }
        assert.equal(hashTree(dir), before, `a file in the directory changed${where}`);
      } finally {
        chmodSync(dir, 0o700);
        removeTmp(dir);
      }
    });
  }
});

export const MATRIX_ROWS = ROWS.length;
