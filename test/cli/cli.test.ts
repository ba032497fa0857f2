// The CLI contract (DESIGN §5, §6): one table of cases, each run in-process through main() and as the
// built bundle (node bin/ladderlint.js). Every case runs in a fresh temp directory as cwd.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MODES, copyFixture, fixtures, removeDir, root, run, tempDir, type Mode, type RunResult } from "./helpers.js";

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
const fixture = (name: string) => readFileSync(join(fixtures, name), "utf8");

interface Case {
  name: string;
  argv: string[];
  /** Files to create in the temp cwd: text, bytes, or "@fixture-name" to copy a fixture. */
  files?: Record<string, string | Uint8Array>;
  stdin?: string;
  code: number;
  /** Exact text, a pattern, or a check. */
  stdout?: string | RegExp | ((out: string, dir: string) => void);
  stderr?: string | RegExp | ((err: string, dir: string) => void);
}

function check(label: string, actual: string, expected: Case["stdout"], dir: string): void {
  if (expected === undefined) return;
  if (typeof expected === "string") assert.equal(actual, expected, label);
  else if (expected instanceof RegExp) assert.match(actual, expected, label);
  else expected(actual, dir);
}

function json(out: string) {
  return JSON.parse(out) as {
    version: number;
    files: { path: string; kind: string; target: string | null; diagnostics: { ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number; fixes: { kind: string }[] }[]; coverage?: { target: string; readsAs: string | null; axes: unknown[] } }[];
    summary: { files: number; errors: number; warnings: number; infos: number };
  };
}

const oneLine = (s: string) => assert.equal(s.trimEnd().split("\n").length, 1, `expected one line, got:\n${s}`);
const noStack = (s: string) => assert.doesNotMatch(s, /\n\s+at .+:\d+:\d+/, "a stack trace was printed");

const cases: Case[] = [
  // --- usage -------------------------------------------------------------------------------------
  { name: "--version prints the package version", argv: ["--version"], code: 0, stdout: `${pkg.version}\n`, stderr: "" },
  { name: "--help prints usage", argv: ["--help"], code: 0, stdout: /^Usage: ladderlint \[paths or globs…\]/, stderr: "" },
  { name: "unknown option: one line, exit 2", argv: ["resume.md", "--foo"], files: { "resume.md": "@resume.md" }, code: 2, stdout: "", stderr: "ladderlint: unknown option '--foo'\n" },
  { name: "option without its value", argv: ["resume.md", "--target"], code: 2, stdout: "", stderr: "ladderlint: option '--target' needs a value\n" },
  { name: "unknown format", argv: ["resume.md", "--format", "xml"], files: { "resume.md": "@resume.md" }, code: 2, stdout: "", stderr: "ladderlint: option '--format' must be one of stylish, json, sarif, github, markdown, got 'xml'\n" },
  { name: "an option value that looks like an option", argv: ["resume.md", "--max-warnings", "-1"], code: 2, stderr: "ladderlint: option '--max-warnings' needs a value (for a value starting with '-', write --max-warnings=VALUE)\n" },
  { name: "a boolean option given a value", argv: ["resume.md", "--fix=yes"], code: 2, stderr: "ladderlint: option '--fix' does not take a value\n" },
  { name: "--max-warnings needs a number", argv: ["resume.md", "--max-warnings", "lots"], code: 2, stderr: "ladderlint: option '--max-warnings' needs a whole number of 0 or more, got 'lots'\n" },
  { name: "--rule with an unknown rule id", argv: ["resume.md", "--rule", "first-persn=off"], files: { "resume.md": "@resume.md" }, code: 2, stdout: "", stderr: /^ladderlint: option '--rule': unknown rule 'first-persn'; did you mean 'first-person'\?.*\n$/ },
  { name: "--rule with a bad severity", argv: ["resume.md", "--rule", "first-person=loud"], files: { "resume.md": "@resume.md" }, code: 2, stderr: "ladderlint: option '--rule': severity for 'first-person' must be off, info, warning or error, got 'loud'\n" },
  { name: "--rule without =", argv: ["resume.md", "--rule", "first-person"], files: { "resume.md": "@resume.md" }, code: 2, stderr: /^ladderlint: option '--rule' expects ID=SEVERITY/ },
  { name: "--kind must be resume, promo or auto", argv: ["resume.md", "--kind", "cv"], files: { "resume.md": "@resume.md" }, code: 2, stderr: "ladderlint: option '--kind' must be resume, promo or auto, got 'cv'\n" },
  { name: "no files given", argv: [], code: 2, stdout: "", stderr: /^ladderlint: no files given/ },
  { name: "unknown target lists the valid ids", argv: ["resume.md", "--target", "EM9"], files: { "resume.md": "@resume.md" }, code: 2, stdout: "", stderr: (e) => {
      assert.match(e, /^ladderlint: unknown target 'EM9'; valid ids: [A-Z0-9, ]+\n$/);
      for (const id of ["D1", "D7", "TL4", "TL7", "TPM4", "TPM7", "EM5", "EM6", "EM7"]) assert.match(e, new RegExp(`\\b${id}\\b`), id);
    } },
  { name: "--target is case-insensitive", argv: ["resume.md", "--target", "em6", "--format", "json"], files: { "resume.md": "@resume.md" }, code: 1, stdout: (o) => assert.equal(json(o).files[0]!.target, "EM6") },

  // --- bad input (issue 2 item 7) ------------------------------------------------------------------
  { name: "missing path", argv: ["nope.md"], code: 2, stdout: "", stderr: "ladderlint: nope.md: no such file or directory\n" },
  { name: "a directory with no Markdown", argv: ["notes"], files: { "notes/a.txt": "x\n" }, code: 2, stdout: "", stderr: "ladderlint: notes: no Markdown files (*.md, *.markdown) in this directory\n" },
  { name: "a glob that matches nothing", argv: ["docs/**/*.md"], code: 2, stderr: "ladderlint: docs/**/*.md: no files match this pattern\n" },
  { name: "binary file", argv: ["photo.md"], files: { "photo.md": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) }, code: 2, stdout: "", stderr: "ladderlint: photo.md: binary file (NUL byte at offset 8); ladderlint reads Markdown text\n" },
  { name: "invalid UTF-8 names the line", argv: ["latin1.md"], files: { "latin1.md": new Uint8Array([...Buffer.from("# CV\n\n- Built the caf"), 0xe9, ...Buffer.from(" ordering app\n")]) }, code: 2, stdout: "", stderr: "ladderlint: latin1.md: not valid UTF-8 (invalid byte 0xe9 on line 3); save it as UTF-8\n" },
  { name: "UTF-16 file", argv: ["u16.md"], files: { "u16.md": new Uint8Array([0xff, 0xfe, 0x23, 0x00, 0x20, 0x00]) }, code: 2, stderr: "ladderlint: u16.md: UTF-16 encoded; save it as UTF-8\n" },
  { name: "a 5 MB single line is refused, quickly, with one line", argv: ["huge.md"], files: { "huge.md": "- " + "word ".repeat(1_000_000) }, code: 2, stdout: "", stderr: "ladderlint: huge.md: too large for a résumé or packet (4.8 MiB; ladderlint reads files up to 1 MiB)\n" },
  { name: "empty file: a note, exit 0", argv: ["empty.md"], files: { "empty.md": "" }, code: 0, stdout: "", stderr: "ladderlint: empty.md: empty file, nothing to check\n" },
  {
    name: "broken front matter is a lint error (exit 1) reported on line 1",
    argv: ["bad-fm.md", "--format", "json"],
    files: { "bad-fm.md": "@broken-frontmatter.md" },
    code: 1,
    stdout: (o) => {
      const d = json(o).files[0]!.diagnostics.find((x) => x.ruleId === "ladderlint")!;
      assert.ok(d, "no ladderlint finding");
      assert.equal(d.severity, "error");
      assert.equal(d.line, 1);
    },
  },
  { name: "several I/O problems: one line each, nothing linted", argv: ["nope.md", "resume.md", "gone/"], files: { "resume.md": "@resume.md" }, code: 2, stdout: "", stderr: "ladderlint: nope.md: no such file or directory\nladderlint: gone/: no such file or directory\n" },

  // --- config and ladders --------------------------------------------------------------------------
  { name: "invalid rc: file, line and key", argv: ["resume.md"], files: { "resume.md": "@resume.md", ".ladderlintrc.yaml": "target: EM6\nkind: cv\n" }, code: 2, stdout: "", stderr: "ladderlint: .ladderlintrc.yaml:2: kind: must be one of resume, promo, auto\n" },
  { name: "rc with an unknown target", argv: ["docs/resume.md"], files: { "docs/resume.md": "@resume.md", ".ladderlintrc.json": '{\n  "kind": "resume",\n  "target": "XX9"\n}\n' }, code: 2, stderr: /^ladderlint: \.ladderlintrc\.json:3: target: unknown level "XX9"; valid ids: .*EM6/ },
  { name: "--config with a missing file", argv: ["resume.md", "--config", "nope.json"], files: { "resume.md": "@resume.md" }, code: 2, stderr: "ladderlint: nope.json: cannot read config: no such file or directory\n" },
  { name: "custom ladder error: file:line: key", argv: ["resume.md", "--ladder", "broken.yaml"], files: { "resume.md": "@resume.md", "broken.yaml": "@ladders/broken.yaml" }, code: 2, stdout: "", stderr: /^ladderlint: broken\.yaml:8: levels\[0\]\.colour: unknown key.*\n$/ },
  { name: "missing ladder file", argv: ["resume.md", "--ladder", "acme.yaml"], files: { "resume.md": "@resume.md" }, code: 2, stderr: "ladderlint: acme.yaml: cannot read ladder file: no such file or directory\n" },
  { name: "a ladder listed in the rc resolves next to the rc", argv: ["docs/resume.md", "--format", "json"], files: { "docs/resume.md": "@resume.md", "docs/.ladderlintrc.yaml": "target: ACM2\nladders: [../l/acme.yaml]\n", "l/acme.yaml": "@ladders/acme.yaml" }, code: 1, stdout: (o) => assert.equal(json(o).files[0]!.target, "ACM2") },
  { name: "--target of a custom ladder", argv: ["resume.md", "--ladder", "acme.yaml", "--target", "acm1", "--format", "json"], files: { "resume.md": "@resume.md", "acme.yaml": "@ladders/acme.yaml" }, code: 1, stdout: (o) => assert.equal(json(o).files[0]!.coverage!.target, "ACM1") },

  // --- subcommands ---------------------------------------------------------------------------------
  {
    name: "targets lists every built-in level with its title",
    argv: ["targets"],
    code: 0,
    stdout: (o) => {
      const lines = o.trimEnd().split("\n");
      assert.equal(lines.length, 18);
      for (const id of ["EM5", "EM6", "EM7", "TL4", "TL7", "D1", "D7", "TPM4", "TPM7"]) assert.ok(lines.some((l) => l.startsWith(id + " - ")), id);
      assert.ok(lines.includes("EM6 - Engineering Manager 6"));
    },
  },
  { name: "targets with --ladder adds the custom levels", argv: ["targets", "--ladder", "acme.yaml"], files: { "acme.yaml": "@ladders/acme.yaml" }, code: 0, stdout: /\nACM1 - Acme Manager 1  \(acme\.yaml\)\nACM2 - Acme Manager 2  \(acme\.yaml\)\n$/ },
  { name: "targets includes the ladders of the config in the working directory", argv: ["targets", "--format", "json"], files: { ".ladderlintrc.yaml": "ladders: [l/acme.yaml]\n", "l/acme.yaml": "@ladders/acme.yaml" }, code: 0, stdout: (o) => {
      const levels = JSON.parse(o) as { id: string; title: string; track: string; source: string }[];
      assert.equal(levels.length, 20);
      assert.deepEqual(levels.find((l) => l.id === "EM6"), { id: "EM6", title: "EM6 - Engineering Manager 6", track: "EM", source: "built-in" });
      assert.deepEqual(levels.find((l) => l.id === "ACM2"), { id: "ACM2", title: "ACM2 - Acme Manager 2", track: "ACM", source: "l/acme.yaml" });
    } },
  { name: "explain an unknown rule", argv: ["explain", "no-such-rule"], code: 2, stdout: "", stderr: /^ladderlint: unknown rule 'no-such-rule'; rules: .*first-person/ },
  {
    name: "explain a rule prints its doc",
    argv: ["explain", "placeholder"],
    code: 0,
    stdout: (o) => {
      const doc = join(root, "docs/rules/placeholder.md");
      if (existsSync(doc)) assert.equal(o.replace(/\n+$/, ""), readFileSync(doc, "utf8").replace(/\r\n?/g, "\n").replace(/\n+$/, ""));
      else assert.match(o, /^# placeholder\n\n.+\n\nDefault severity: error\n/);
    },
  },
  { name: "outline needs a file", argv: ["outline"], code: 2, stderr: "ladderlint: outline needs a FILE (ladderlint outline FILE)\n" },
  { name: "report without a target", argv: ["report", "resume.md"], files: { "resume.md": "@resume.md" }, code: 2, stderr: "ladderlint: report needs a target level: --target ID, or target: in the front matter or config\n" },
];

function materialise(dir: string, files: Case["files"]): void {
  for (const [name, content] of Object.entries(files ?? {})) {
    if (typeof content === "string" && content.startsWith("@")) copyFixture(content.slice(1), dir, name);
    else tempDirWrite(dir, name, content);
  }
}

import { mkdirSync, writeFileSync } from "node:fs";
function tempDirWrite(dir: string, name: string, content: string | Uint8Array) {
  mkdirSync(join(dir, name, ".."), { recursive: true });
  writeFileSync(join(dir, name), content);
}

async function runCase(mode: Mode, c: Case): Promise<{ r: RunResult; dir: string }> {
  const dir = tempDir();
  materialise(dir, c.files);
  const r = await run(mode, c.argv, { cwd: dir, ...(c.stdin !== undefined ? { stdin: c.stdin } : {}) });
  return { r, dir };
}

for (const mode of MODES) {
  describe(`cli (${mode})`, function () {
    this.timeout(60_000);
    for (const c of cases) {
      it(c.name, async () => {
        const { r, dir } = await runCase(mode, c);
        try {
          const ctx = `argv: ${c.argv.join(" ")}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`;
          assert.equal(r.code, c.code, `exit code\n${ctx}`);
          check(`stdout\n${ctx}`, r.stdout, c.stdout, dir);
          check(`stderr\n${ctx}`, r.stderr, c.stderr, dir);
          noStack(r.stderr);
          if (c.code === 2) oneLinePerProblem(r.stderr);
        } finally {
          removeDir(dir);
        }
      });
    }
  });
}

function oneLinePerProblem(stderr: string): void {
  for (const line of stderr.trimEnd().split("\n")) assert.match(line, /^ladderlint: \S/, `stderr line without the ladderlint: prefix: ${line}`);
}

export { oneLine, fixture };
