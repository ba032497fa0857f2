// CLI behaviour on real documents with the real parser, rules and ladders: output formats, exit codes,
// config precedence, file expansion, stdin, --fix, --cache, outline and report. Each runs in-process
// through main() and as the built bundle, except where a test injects a file system (in-process only).
import assert from "node:assert/strict";
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { MODES, bin, ensureBundle, fixtures, removeDir, run, runInProcess, tempDir } from "./helpers.js";
import { nodeCliFs, type CliFs } from "../../src/cli/io.js";

const resume = readFileSync(join(fixtures, "resume.md"), "utf8");
const promo = readFileSync(join(fixtures, "promo.md"), "utf8");

type JsonOut = {
  version: number;
  files: {
    path: string;
    kind: string;
    target: string | null;
    diagnostics: {
      ruleId: string;
      severity: string;
      message: string;
      line: number;
      column: number;
      endLine: number;
      endColumn: number;
      competency?: string;
      fixes: { title: string; kind: string; edits: { line: number; column: number; endLine: number; endColumn: number; text: string }[] }[];
    }[];
    coverage?: { target: string; readsAs: string | null; axes: { axis: string; expected: string; found: string | null; met: boolean; evidence: { line: number; text: string }[] }[] };
  }[];
  summary: { files: number; errors: number; warnings: number; infos: number };
};
const parse = (s: string) => JSON.parse(s) as JsonOut;

function withDir<T>(files: Record<string, string | Uint8Array>, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = tempDir(files);
  return fn(dir).finally(() => removeDir(dir));
}

for (const mode of MODES) {
  describe(`cli lint (${mode})`, function () {
    this.timeout(60_000);

    it("--format json: the DESIGN §6 shape, key by key, on a real résumé", () =>
      withDir({ "docs/resume.md": resume }, async (dir) => {
        const r = await run(mode, ["docs/resume.md", "--format", "json", "--target", "EM6"], { cwd: dir });
        const out = parse(r.stdout);
        assert.deepEqual(Object.keys(out), ["version", "files", "summary"]);
        assert.equal(out.version, 1);
        assert.equal(out.files.length, 1);
        const f = out.files[0]!;
        assert.deepEqual(Object.keys(f).slice(0, 4), ["path", "kind", "target", "diagnostics"]);
        assert.equal(f.path, "docs/resume.md");
        assert.equal(f.kind, "resume");
        assert.equal(f.target, "EM6");
        assert.ok(f.diagnostics.length >= 4, "expected findings on the fixture");
        for (const d of f.diagnostics) {
          const keys = Object.keys(d);
          assert.deepEqual(keys.filter((k) => k !== "competency"), ["ruleId", "severity", "message", "line", "column", "endLine", "endColumn", "fixes"]);
          assert.ok(["error", "warning", "info", "hint"].includes(d.severity));
          for (const k of ["line", "column", "endLine", "endColumn"] as const) assert.ok(Number.isInteger(d[k]) && d[k] >= 1, `${k} is 1-based`);
          assert.ok(d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column));
          for (const x of d.fixes) {
            assert.deepEqual(Object.keys(x), ["title", "kind", "edits"]);
            for (const e of x.edits) assert.deepEqual(Object.keys(e), ["line", "column", "endLine", "endColumn", "text"]);
          }
          assert.doesNotMatch(d.message, /failed and was skipped/, `a rule crashed: ${d.message}`);
        }
        // The placeholder on line 11 ("TODO"): exact range.
        const ph = f.diagnostics.find((d) => d.ruleId === "placeholder")!;
        const line11 = resume.split("\n")[10]!;
        assert.deepEqual([ph.line, ph.column, ph.endLine, ph.endColumn], [11, line11.indexOf("TODO") + 1, 11, line11.indexOf("TODO") + 5]);
        assert.equal(ph.severity, "error");
        // Coverage, present because a target is set.
        assert.ok(f.coverage);
        assert.deepEqual(Object.keys(f.coverage), ["target", "readsAs", "axes", "short", "verdict"]); // DESIGN §6 keys first; short and verdict added (DESIGN §4)
        assert.equal(f.coverage.target, "EM6");
        assert.deepEqual(f.coverage.axes.map((a) => a.axis), ["Technology", "System", "People", "Process", "Influence"]);
        for (const a of f.coverage.axes) assert.deepEqual(Object.keys(a), ["axis", "expected", "found", "met", "evidence"]);
        const counted = { errors: 0, warnings: 0, infos: 0 };
        for (const d of f.diagnostics) d.severity === "error" ? counted.errors++ : d.severity === "warning" ? counted.warnings++ : counted.infos++;
        assert.deepEqual(out.summary, { files: 1, ...counted });
        assert.equal(r.code, 1, "the placeholder is an error");
      }));

    it("columns are UTF-16 code units (an emoji counts 2)", () =>
      withDir({ "cv.md": "# Résumé\n\n## Experience\n\n### Acme — Engineer (2019–2022)\n\n- 🚀🚀 Shipped the app, TODO add numbers\n" }, async (dir) => {
        const r = await run(mode, ["cv.md", "--format", "json"], { cwd: dir });
        const d = parse(r.stdout).files[0]!.diagnostics.find((x) => x.ruleId === "placeholder")!;
        const line = "- 🚀🚀 Shipped the app, TODO add numbers";
        assert.equal(d.column, line.indexOf("TODO") + 1);
        assert.equal(d.column, [...line.slice(0, line.indexOf("TODO"))].length + 3, "two astral characters before it");
        assert.equal(d.endColumn, d.column + 4);
      }));

    it("no target: no coverage key, target null", () =>
      withDir({ "resume.md": resume }, async (dir) => {
        const out = parse((await run(mode, ["resume.md", "--format", "json"], { cwd: dir })).stdout);
        assert.equal(out.files[0]!.target, null);
        assert.equal("coverage" in out.files[0]!, false);
      }));

    it("exit codes: errors → 1; --rule off → 0; --max-warnings; --quiet shows errors only", () =>
      withDir({ "resume.md": resume }, async (dir) => {
        const base = parse((await run(mode, ["resume.md", "--format", "json"], { cwd: dir })).stdout).summary;
        assert.ok(base.errors >= 1 && base.warnings >= 2);
        const off = await run(mode, ["resume.md", "--rule", "placeholder=off"], { cwd: dir });
        assert.equal(off.code, 0, off.stdout + off.stderr);
        const tooMany = await run(mode, ["resume.md", "--rule", "placeholder=off", "--max-warnings", String(base.warnings - 1)], { cwd: dir });
        assert.equal(tooMany.code, 1);
        assert.equal(tooMany.stderr, `ladderlint: too many warnings (${base.warnings}; --max-warnings ${base.warnings - 1})\n`);
        const enough = await run(mode, ["resume.md", "--rule", "placeholder=off", "--max-warnings", String(base.warnings)], { cwd: dir });
        assert.equal(enough.code, 0);
        const quiet = parse((await run(mode, ["resume.md", "--quiet", "--format", "json"], { cwd: dir })).stdout);
        assert.ok(quiet.files[0]!.diagnostics.length >= 1);
        assert.ok(quiet.files[0]!.diagnostics.every((d) => d.severity === "error"));
        const raised = parse((await run(mode, ["resume.md", "--rule", "first-person=error", "--format", "json"], { cwd: dir })).stdout);
        assert.ok(raised.files[0]!.diagnostics.filter((d) => d.ruleId === "first-person").every((d) => d.severity === "error"));
      }));

    it("config precedence: CLI flags > front matter > nearest rc > defaults", () =>
      withDir(
        {
          ".ladderlintrc.yaml": "target: EM5\nrules:\n  placeholder: off\n",
          "docs/.ladderlintrc.json": '{ "target": "TL5", "rules": { "placeholder": "warning" } }',
          "docs/resume.md": resume,
          "top.md": resume,
          "docs/promo.md": promo, // front matter: target EM6
        },
        async (dir) => {
          const t = async (argv: string[]) => parse((await run(mode, [...argv, "--format", "json"], { cwd: dir })).stdout);
          const sev = (o: JsonOut, i = 0) => o.files[i]!.diagnostics.find((d) => d.ruleId === "placeholder")?.severity;
          // Nearest rc wins over the one above it.
          const nested = await t(["docs/resume.md"]);
          assert.equal(nested.files[0]!.target, "TL5");
          assert.equal(sev(nested), "warning");
          const top = await t(["top.md"]);
          assert.equal(top.files[0]!.target, "EM5");
          assert.equal(sev(top), undefined, "rc turned placeholder off");
          // Front matter beats the rc.
          assert.equal((await t(["docs/promo.md"])).files[0]!.target, "EM6");
          // CLI flags beat front matter and rc.
          const cli = await t(["docs/promo.md", "docs/resume.md", "--target", "EM7", "--rule", "placeholder=error"]);
          assert.deepEqual(cli.files.map((f) => f.target), ["EM7", "EM7"]);
          assert.equal(sev(cli, 1), "error");
          // --config replaces discovery.
          writeFileSync(join(dir, "other.json"), '{ "target": "D4" }');
          assert.equal((await t(["docs/resume.md", "--config", "other.json"])).files[0]!.target, "D4");
        },
      ));

    it("directories expand to *.md / *.markdown, skipping node_modules and dot-folders; globs expand", () =>
      withDir(
        {
          "tree/a.md": "# A\n",
          "tree/sub/b.markdown": "# B\n",
          "tree/sub/C.MD": "# C\n",
          "tree/notes.txt": "x\n",
          "tree/node_modules/pkg/readme.md": "# N\n",
          "tree/.hidden/h.md": "# H\n",
          "tree/sub/.git/x.md": "# G\n",
        },
        async (dir) => {
          symlinkSync("..", join(dir, "tree/sub/up")); // a link loop: no hang, no file twice
          const dirRun = parse((await run(mode, ["tree", "--format", "json"], { cwd: dir })).stdout);
          assert.deepEqual(dirRun.files.map((f) => f.path).sort(), ["tree/a.md", "tree/sub/C.MD", "tree/sub/b.markdown"]);
          const globRun = parse((await run(mode, ["tree/**/*.md", "--format", "json"], { cwd: dir })).stdout);
          assert.deepEqual(globRun.files.map((f) => f.path), ["tree/a.md"]);
          // An explicitly named file is linted whatever its extension, and only once.
          const named = parse((await run(mode, ["tree/notes.txt", "tree/a.md", "tree", "--format", "json"], { cwd: dir })).stdout);
          assert.deepEqual(named.files.map((f) => f.path), ["tree/notes.txt", "tree/a.md", "tree/sub/C.MD", "tree/sub/b.markdown"]);
        },
      ));

    it("--stdin and --stdin-filename (config looked up from the given name)", () =>
      withDir({ "cv/.ladderlintrc.yaml": "target: EM6\n" }, async (dir) => {
        const plain = await run(mode, ["--stdin", "--format", "json"], { cwd: dir, stdin: resume });
        const a = parse(plain.stdout);
        assert.equal(a.files[0]!.path, "<stdin>");
        assert.equal(a.files[0]!.target, null);
        assert.ok(a.files[0]!.diagnostics.some((d) => d.ruleId === "placeholder"));
        assert.equal(plain.code, 1);
        const named = parse((await run(mode, ["--stdin", "--stdin-filename", "cv/resume.md", "--format", "json"], { cwd: dir, stdin: resume })).stdout);
        assert.equal(named.files[0]!.path, "cv/resume.md");
        assert.equal(named.files[0]!.target, "EM6");
        const both = await run(mode, ["--stdin", "x.md"], { cwd: dir, stdin: resume });
        assert.equal(both.code, 2);
        assert.equal(both.stderr, "ladderlint: --stdin cannot be combined with file paths\n");
        const fix = await run(mode, ["--stdin", "--fix"], { cwd: dir, stdin: resume });
        assert.equal(fix.code, 2);
        const binary = await run(mode, ["--stdin"], { cwd: dir, stdin: "# a\u0000b\n" });
        assert.equal(binary.code, 2);
        assert.equal(binary.stderr, "ladderlint: <stdin>: binary file (NUL byte at offset 3); ladderlint reads Markdown text\n");
      }));

    it("--format sarif and github on real results agree with json", () =>
      withDir({ "resume.md": resume }, async (dir) => {
        const j = parse((await run(mode, ["resume.md", "--format", "json"], { cwd: dir })).stdout).files[0]!.diagnostics;
        const s = JSON.parse((await run(mode, ["resume.md", "--format", "sarif"], { cwd: dir })).stdout);
        assert.equal(s.version, "2.1.0");
        const results = s.runs[0].results as { ruleId: string; ruleIndex: number; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[];
        assert.equal(results.length, j.length);
        const rules = s.runs[0].tool.driver.rules as { id: string; help: { text: string }; helpUri: string }[];
        for (const r of rules) assert.ok(r.help.text.length > 10 && /^https:\/\//.test(r.helpUri), r.id);
        results.forEach((r, i) => {
          assert.equal(r.ruleId, j[i]!.ruleId);
          assert.equal(rules[r.ruleIndex]!.id, r.ruleId);
          assert.equal(r.locations[0]!.physicalLocation.artifactLocation.uri, "resume.md");
          assert.equal(r.locations[0]!.physicalLocation.region.startLine, j[i]!.line);
          assert.equal(r.locations[0]!.physicalLocation.region.startColumn, j[i]!.column);
        });
        const g = (await run(mode, ["resume.md", "--format", "github"], { cwd: dir })).stdout.trimEnd().split("\n");
        assert.equal(g.length, j.length);
        g.forEach((line, i) => {
          const d = j[i]!;
          const cmd = d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "notice";
          assert.ok(line.startsWith(`::${cmd} file=resume.md,line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${d.ruleId}::`), line);
          assert.doesNotMatch(line.slice(2), /\n/);
        });
      }));

    it("--format stylish: no colour when stdout is not a terminal; markdown format", () =>
      withDir({ "resume.md": resume }, async (dir) => {
        const r = await run(mode, ["resume.md"], { cwd: dir });
        assert.doesNotMatch(r.stdout, /\x1b\[/);
        assert.match(r.stdout, /^resume\.md\n/);
        assert.match(r.stdout, /\n\s+11:\d+\s+error\s+.*placeholder\n/);
        const md = await run(mode, ["resume.md", "--format", "markdown"], { cwd: dir });
        assert.match(md.stdout, /^### ladderlint: \d+ errors?, \d+ warnings?, \d+ info in 1 file\n/);
        assert.match(md.stdout, /\| 11:\d+ \| ❌ error \| `placeholder` \|/);
      }));

    it("--fix applies only fix-kind fixes, preserves BOM and CRLF, writes only changed files", () =>
      withDir(
        {
          "lf.md": resume,
          "crlf.md": "\ufeff" + resume.replace(/\n/g, "\r\n"),
          "clean.md": "# Notes\n\nNothing to fix here.\n",
          "bad-fm.md": "---\ntitle: [unclosed\n---\n\n## Experience\n\n### Acme — Engineer (2019–2022)\n\n- I built the billing service\n",
        },
        async (dir) => {
          const p = (n: string) => join(dir, n);
          const old = new Date(Math.floor(Date.now() / 1000) * 1000 - 3600_000);
          for (const n of ["clean.md", "bad-fm.md"]) utimesSync(p(n), old, old);
          const ino = (n: string) => statSync(p(n)).ino;
          const inodes = { clean: ino("clean.md"), bad: ino("bad-fm.md"), lf: ino("lf.md") };
          const before = parse((await run(mode, ["lf.md", "--format", "json"], { cwd: dir })).stdout).files[0]!.diagnostics;
          const fixable = before.filter((d) => d.fixes.some((x) => x.kind === "fix"));
          assert.ok(fixable.some((d) => d.ruleId === "first-person"), "the fixture has a first-person fix");
          const nonFix = before.filter((d) => d.fixes.length && d.fixes.every((x) => x.kind !== "fix"));

          const r = await run(mode, ["lf.md", "crlf.md", "clean.md", "bad-fm.md", "--fix", "--format", "json"], { cwd: dir });
          const lf = readFileSync(p("lf.md"), "utf8");
          assert.match(lf, /\n- Led a team of 9 engineers 🚀/);
          assert.doesNotMatch(lf, /- I led/);
          // Only the pronoun changed: same text elsewhere.
          assert.equal(lf, resume.replace("- I led a team", "- Led a team"));
          const crlf = readFileSync(p("crlf.md"), "utf8");
          assert.ok(crlf.startsWith("\ufeff# Ana"), "BOM kept");
          assert.equal(crlf, "\ufeff" + resume.replace("- I led a team", "- Led a team").replace(/\n/g, "\r\n"));
          assert.equal(Math.round(statSync(p("clean.md")).mtimeMs), old.getTime(), "an unchanged file is not rewritten");
          assert.equal(ino("clean.md"), inodes.clean);
          assert.equal(Math.round(statSync(p("bad-fm.md")).mtimeMs), old.getTime(), "a file whose front matter does not parse is not touched");
          assert.equal(ino("bad-fm.md"), inodes.bad);
          assert.notEqual(ino("lf.md"), inodes.lf, "a fixed file is replaced by rename");
          assert.match(r.stderr, /ladderlint: bad-fm\.md: front matter does not parse; not fixed\n/);
          // The output shows what remains; suggestions and snippets are still offered, never applied.
          const after = parse(r.stdout).files[0]!.diagnostics;
          assert.ok(!after.some((d) => d.ruleId === "first-person"));
          assert.equal(after.filter((d) => d.fixes.length && d.fixes.every((x) => x.kind !== "fix")).length, nonFix.length);
          // No temp files left behind.
          assert.deepEqual(readdirSync(dir).filter((n) => /ladderlint-tmp/.test(n)), []);
        },
      ));

    it("outline: roles with title, employer, dates, line and bullets with categories and competencies", () =>
      withDir({ "resume.md": resume }, async (dir) => {
        const r = await run(mode, ["outline", "resume.md", "--format", "json"], { cwd: dir });
        assert.equal(r.code, 0, r.stderr);
        const o = JSON.parse(r.stdout) as { kind: string; roles: { title: string; employer: string; dates: string; line: number; bullets: { line: number; categories: string[]; competencies: string[] }[] }[] };
        assert.equal(o.kind, "resume");
        assert.equal(o.roles.length, 2);
        const [fjord, nordlys] = o.roles;
        assert.deepEqual([fjord!.title, fjord!.employer, fjord!.line, fjord!.bullets.length], ["Engineering Manager", "Fjord Payments", 5, 5]);
        assert.match(fjord!.dates, /2021/);
        assert.deepEqual([nordlys!.title, nordlys!.employer, nordlys!.line, nordlys!.bullets.length], ["Senior Software Engineer", "Nordlys AS", 13, 2]);
        assert.deepEqual(fjord!.bullets.map((b) => b.line), [7, 8, 9, 10, 11]);
        assert.ok(fjord!.bullets[0]!.categories.includes("technical"), "migration to Postgres is technical");
        assert.ok(fjord!.bullets[1]!.categories.includes("cross-team"), "product and design");
        assert.ok(o.roles.flatMap((x) => x.bullets).some((b) => b.competencies.length > 0), "some bullet evidences a competency");
        const text = await run(mode, ["outline", "resume.md"], { cwd: dir });
        assert.match(text.stdout, /^resume\.md: résumé · 2 roles\n\s+5  Engineering Manager @ Fjord Payments/);
      }));

    it("outline: a document with no roles says what a role looks like (no pointer to internal docs)", () =>
      withDir({ "notes.md": "# Notes\n\nSome text about the quarter.\n" }, async (dir) => {
        const text = await run(mode, ["outline", "notes.md"], { cwd: dir });
        assert.equal(text.code, 0, text.stderr);
        assert.match(text.stdout, /· 0 roles\n  no roles recognised: a role is a heading or line with a title and a company or dates/);
        assert.doesNotMatch(text.stdout, /DESIGN/);
      }));

    it("report: HTML to --out (atomically), Markdown to stdout", () =>
      withDir({ "promo.md": promo }, async (dir) => {
        const r = await run(mode, ["report", "promo.md", "--target", "EM6", "--out", "out/report.html"], { cwd: dir });
        assert.equal(r.code, 2, "out/ does not exist");
        mkdirSync(join(dir, "out"));
        const ok = await run(mode, ["report", "promo.md", "--target", "EM6", "--out", "out/report.html"], { cwd: dir });
        assert.equal(ok.code, 0, ok.stderr);
        assert.equal(ok.stdout, "");
        const html = readFileSync(join(dir, "out/report.html"), "utf8");
        assert.match(html, /^<!doctype html>/i);
        assert.match(html, /EM6/);
        assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+href="https?:/i, "no remote resources");
        const md = await run(mode, ["report", "promo.md", "--format", "markdown"], { cwd: dir });
        assert.equal(md.code, 0, md.stderr);
        assert.match(md.stdout, /EM6/, "the target comes from front matter");
        assert.doesNotMatch(md.stdout, /<html/i);
      }));

    it("report: --out naming the document itself (or a link to it) is refused, and the document is left as it was", () =>
      withDir({ "promo.md": promo }, async (dir) => {
        symlinkSync("promo.md", join(dir, "link.md"));
        for (const out of ["promo.md", "./promo.md", "link.md"]) {
          const r = await run(mode, ["report", "promo.md", "--target", "EM6", "--out", out], { cwd: dir });
          assert.equal(r.code, 2, r.stderr);
          assert.equal(r.stderr, `ladderlint: report: --out ${out} is the document being reported on; the report would replace it (choose another file, e.g. report.html)\n`);
          assert.equal(readFileSync(join(dir, "promo.md"), "utf8"), promo);
        }
      }));

    it("a ladder file that is binary says a ladder is YAML or JSON text, not Markdown", () =>
      withDir({ "resume.md": resume, "acme.yaml": "name: x\u0000" }, async (dir) => {
        const r = await run(mode, ["resume.md", "--ladder", "acme.yaml"], { cwd: dir });
        assert.equal(r.code, 2, r.stderr);
        assert.equal(r.stderr, "ladderlint: ladder acme.yaml: binary file (NUL byte at offset 7); ladderlint reads YAML or JSON text\n");
      }));

    it("--cache: the second run reuses results; an edit invalidates them", () =>
      withDir({ "resume.md": resume }, async (dir) => {
        const first = await run(mode, ["resume.md", "--cache", "--format", "json"], { cwd: dir });
        assert.ok(existsSync(join(dir, ".ladderlintcache")));
        const cache = JSON.parse(readFileSync(join(dir, ".ladderlintcache"), "utf8"));
        assert.ok(cache.entries["resume.md"]);
        const second = await run(mode, ["resume.md", "--cache", "--format", "json"], { cwd: dir });
        assert.equal(second.stdout, first.stdout);
        assert.equal(second.code, first.code);
        writeFileSync(join(dir, "resume.md"), resume.replace("TODO", "4"));
        const third = parse((await run(mode, ["resume.md", "--cache", "--format", "json"], { cwd: dir })).stdout);
        assert.ok(!third.files[0]!.diagnostics.some((d) => d.ruleId === "placeholder"));
        // A different flag is a different key.
        const flagged = parse((await run(mode, ["resume.md", "--cache", "--rule", "first-person=off", "--format", "json"], { cwd: dir })).stdout);
        assert.ok(!flagged.files[0]!.diagnostics.some((d) => d.ruleId === "first-person"));
      }));
  });
}

describe("cli lint (injected file system, streams, permissions)", function () {
  this.timeout(60_000);

  it("an unreadable file (EACCES) is one line, exit 2", () =>
    withDir({ "secret.md": resume, "ok.md": resume }, async (dir) => {
      const fs: CliFs = {
        ...nodeCliFs,
        readFile: (p) => {
          if (p.endsWith("secret.md")) throw Object.assign(new Error("EACCES: permission denied, open 'secret.md'"), { code: "EACCES" });
          return nodeCliFs.readFile(p);
        },
      };
      const r = await runInProcess(["ok.md", "secret.md"], { cwd: dir, fs });
      assert.equal(r.code, 2);
      assert.equal(r.stdout, "");
      assert.equal(r.stderr, "ladderlint: secret.md: permission denied\n");
    }));

  it("an unreadable file (EACCES) through the spawned bundle, as an unprivileged user", function () {
    // Root reads every file, so the real permission check needs another user (setpriv, util-linux).
    if (process.getuid?.() !== 0 || spawnSync("setpriv", ["--version"]).status !== 0) this.skip();
    ensureBundle();
    const dir = tempDir({ "secret.md": resume, "ok.md": resume });
    try {
      chmodSync(dir, 0o755);
      chmodSync(join(dir, "ok.md"), 0o644);
      chmodSync(join(dir, "secret.md"), 0o600);
      const r = spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, bin, "ok.md", "secret.md"], { cwd: dir, encoding: "utf8" });
      assert.equal(r.status, 2, r.stderr);
      assert.equal(r.stdout, "");
      assert.equal(r.stderr, "ladderlint: secret.md: permission denied\n");
    } finally {
      removeDir(dir);
    }
  });

  it("--fix does not overwrite a file that changed on disk since it was read", () =>
    withDir({ "resume.md": resume }, async (dir) => {
      const target = join(dir, "resume.md");
      const edited = resume + "\n- Added by the user while ladderlint ran\n";
      const fs: CliFs = {
        ...nodeCliFs,
        writeFile: (p, d, o) => {
          nodeCliFs.writeFile(p, d, o);
          writeFileSync(target, edited); // the user saves in the editor meanwhile
        },
      };
      const r = await runInProcess(["resume.md", "--fix"], { cwd: dir, fs });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^ladderlint: resume\.md: changed on disk while ladderlint was working on it; not written\n$/m);
      assert.equal(readFileSync(target, "utf8"), edited);
      assert.deepEqual(readdirSync(dir).filter((n) => n !== "resume.md"), [], "temp file removed");
    }));

  it("a failed rename leaves the original intact and no temp file", () =>
    withDir({ "resume.md": resume }, async (dir) => {
      const fs: CliFs = {
        ...nodeCliFs,
        rename: () => {
          throw Object.assign(new Error("EXDEV"), { code: "ENOSPC" });
        },
      };
      const r = await runInProcess(["resume.md", "--fix"], { cwd: dir, fs });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /ladderlint: resume\.md: cannot write: no space left on device\n/);
      assert.equal(readFileSync(join(dir, "resume.md"), "utf8"), resume);
      assert.deepEqual(readdirSync(dir), ["resume.md"]);
    }));

  it("colour only on a TTY and when NO_COLOR is unset", () =>
    withDir({ "resume.md": resume }, async (dir) => {
      assert.match((await runInProcess(["resume.md"], { cwd: dir, tty: true })).stdout, /\x1b\[/);
      assert.doesNotMatch((await runInProcess(["resume.md"], { cwd: dir, tty: true, env: { NO_COLOR: "1" } })).stdout, /\x1b\[/);
      assert.doesNotMatch((await runInProcess(["resume.md"], { cwd: dir, tty: false })).stdout, /\x1b\[/);
    }));

  it("an unexpected exception is one 'internal error' line, exit 2, no stack", async () => {
    let stderr = "";
    const { main } = await import("../../src/cli/main.js");
    const code = await main({
      argv: ["--version"],
      cwd: fixtures,
      stdout: {
        write: () => {
          throw new TypeError("stream exploded\n    at somewhere (x.js:1:1)");
        },
      },
      stderr: { write: (s: string) => (stderr += s) },
    });
    assert.equal(code, 2);
    assert.equal(stderr, "ladderlint: internal error: stream exploded\n");
  });
});
