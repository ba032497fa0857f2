// Baselines (--baseline, --baseline-write, --baseline-prune, `baseline:` in config) and SARIF
// partialFingerprints, on real documents through main() and the built bundle.
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MODES, removeDir, run, runInProcess, tempDir } from "./helpers.js";
import { nodeCliFs, type CliFs } from "../../src/cli/io.js";
import { fingerprinter, normaliseForFingerprint, parseBaseline, applyBaseline, BaselineError } from "../../src/engine/baseline.js";
import { lint } from "../../src/engine/index.js";

const RESUME = `# Jane Doe

## Experience

### Acme — Engineering Manager (2020–2024)

- Significantly improved the on-call experience for the payments teams.
- Responsible for managing the relationship with our acquiring bank.
- Led a team of 8 engineers that cut checkout latency by 40% for 2M users.
- Partnered with product and design to ship the new onboarding flow, lifting activation by 12%.
- Owned the TODO list for the billing migration with finance.
`;

interface Json {
  files: { path: string; diagnostics: { ruleId: string; line: number; severity: string }[] }[];
  summary: { errors: number; warnings: number; infos: number };
  baseline?: { files: string[]; baselined: number; stale: { path: string; ruleId: string; count: number; line?: number; gone?: boolean }[]; pruned?: number };
}
const json = (s: string) => JSON.parse(s) as Json;
const allFindings = (j: Json) => j.files.flatMap((f) => f.diagnostics.map((d) => `${f.path}:${d.line} ${d.ruleId}`));

async function withDir(files: Record<string, string>, fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = tempDir(files);
  try {
    await fn(dir);
  } finally {
    removeDir(dir);
  }
}

describe("baseline: fingerprints", () => {
  it("normalises case, punctuation, spacing and Unicode forms", () => {
    assert.equal(normaliseForFingerprint("  Cut   COSTS by 40% —  for the **team**!  "), "cut costs by 40 for the team");
    assert.equal(normaliseForFingerprint("Café"), normaliseForFingerprint("Cafe\u0301"));
  });

  it("a finding's fingerprint is its bullet's text: the same after lines move, another after a rewrite", () => {
    const moved = RESUME.replace("## Experience\n", "## Experience\n\nIntro paragraph added later.\n\nAnother one.\n");
    const rewritten = RESUME.replace("Significantly improved the on-call experience", "Greatly improved the on-call rota");
    const fps = (text: string) => {
      const r = lint(text, {});
      const of = fingerprinter(r.doc);
      return r.findings.filter((f) => f.ruleId === "vague-quantity").map((f) => of(f));
    };
    const [a] = fps(RESUME);
    const [b] = fps(moved);
    const [c] = fps(rewritten);
    assert.match(a!, /^[0-9a-f]{14}$/);
    assert.equal(a, b);
    assert.notEqual(a, c);
  });

  it("counts: two findings of one rule in one bullet need an entry of count 2", () => {
    const f = (line: number) => ({ ruleId: "vague-quantity", fingerprint: "00000000000001", line });
    const m = applyBaseline([f(3), f(3), f(9)], [{ rule: "vague-quantity", fingerprint: "00000000000001", count: 2 }]);
    assert.equal(m.baselined, 2);
    assert.deepEqual(m.kept.map((k) => k.line), [9]);
    assert.deepEqual(m.stale, []);
    const m2 = applyBaseline([f(3)], [{ rule: "vague-quantity", fingerprint: "00000000000001", count: 2 }]);
    assert.deepEqual(m2.stale.map((s) => s.count), [1]);
    assert.deepEqual(m2.used.map((s) => s.count), [1]);
  });

  it("parseBaseline refuses what is not a baseline, naming the file", () => {
    assert.throws(() => parseBaseline("{", "b.json"), (e: Error) => e instanceof BaselineError && /^b\.json: not a ladderlint baseline: not valid JSON/.test(e.message));
    assert.throws(() => parseBaseline('{"version":1}', "b.json"), /: b\.json: not a ladderlint baseline: the top level: must have required property 'files'$/);
    assert.throws(() => parseBaseline('{"version":1,"files":{"a.md":[{"rule":"x","fingerprint":"00000000000001","count":0}]}}', "b.json"), /: b\.json: not a ladderlint baseline: files › a\.md › 0 › count: must be >= 1$/);
    assert.throws(() => parseBaseline('{"version":7,"files":{}}', "b.json"), /: b\.json: written by a newer ladderlint \(baseline format 7; this version reads format 1\)/);
    assert.deepEqual(parseBaseline('{"version":1,"files":{}}', "b.json"), { version: 1, files: {} });
  });
});

for (const mode of MODES) {
  describe(`cli baseline (${mode})`, function () {
    this.timeout(60_000);

    it("--baseline-write records every finding; --baseline then reports none and says how many were baselined", () =>
      withDir({ "docs/resume.md": RESUME }, async (dir) => {
        const before = json((await run(mode, ["docs", "-f", "json"], { cwd: dir })).stdout);
        const n = allFindings(before).length;
        assert.ok(n >= 4, `the résumé has findings (${n})`);
        assert.equal(before.summary.errors, 1, "the TODO placeholder");

        const w = await run(mode, ["docs", "--baseline-write", "ladderlint-baseline.json"], { cwd: dir });
        assert.equal(w.code, 0, w.stderr);
        assert.match(w.stderr, new RegExp(`ladderlint: wrote ladderlint-baseline\\.json: ${n} findings accepted in 1 file`));
        assert.match(w.stdout, new RegExp(`${n} findings baselined \\(ladderlint-baseline\\.json\\)`));
        const file = JSON.parse(readFileSync(join(dir, "ladderlint-baseline.json"), "utf8")) as { version: number; files: Record<string, { rule: string; count: number }[]> };
        assert.equal(file.version, 1);
        assert.deepEqual(Object.keys(file.files), ["docs/resume.md"]);
        assert.equal(file.files["docs/resume.md"]!.reduce((k, e) => k + e.count, 0), n);

        const r = await run(mode, ["docs", "--baseline", "ladderlint-baseline.json", "-f", "json"], { cwd: dir });
        assert.equal(r.code, 0, "the baselined error no longer fails the run");
        const out = json(r.stdout);
        assert.deepEqual(allFindings(out), []);
        assert.deepEqual(out.summary, { files: 1, errors: 0, warnings: 0, infos: 0 });
        assert.deepEqual(out.baseline, { files: ["ladderlint-baseline.json"], baselined: n, stale: [] });
      }));

    it("entries survive moved lines and edits elsewhere; a rewritten bullet's findings are new, its old entries stale", () =>
      withDir({ "resume.md": RESUME }, async (dir) => {
        assert.equal((await run(mode, ["resume.md", "--baseline-write", "b.json"], { cwd: dir })).code, 0);
        const edited = RESUME.replace("## Experience\n", "## Experience\n\nIntro paragraph.\n\n")
          .replace("Responsible for managing the relationship with our acquiring bank.", "Responsible for managing the relationship  with our acquiring bank!")
          .replace("Significantly improved the on-call experience", "Greatly improved the on-call rota");
        writeFileSync(join(dir, "resume.md"), edited);
        const r = await run(mode, ["resume.md", "--baseline", "b.json", "-f", "json"], { cwd: dir });
        const out = json(r.stdout);
        // Only the rewritten bullet (now on line 10) is reported; the weak opener re-punctuated is still baselined.
        assert.deepEqual(allFindings(out).sort(), ["resume.md:10 quantified-impact", "resume.md:10 vague-quantity"]);
        assert.deepEqual(out.baseline!.stale.map((s) => `${s.path}:${s.line} ${s.ruleId} ${s.count}`).sort(), ["resume.md:7 quantified-impact 1", "resume.md:7 vague-quantity 1"]);
        const text = await run(mode, ["resume.md", "--baseline", "b.json"], { cwd: dir });
        assert.match(text.stdout, /2 baseline entries no longer match; remove them with --baseline-prune:\n {4}resume\.md:7 {2}quantified-impact {2}no longer found/);
        assert.equal(r.code, 0);
      }));

    it("--baseline-prune removes stale entries (and a gone file's), keeps the rest; nothing stale after", () =>
      withDir({ "resume.md": RESUME, "old/brag.md": RESUME, "other/cv.md": RESUME }, async (dir) => {
        assert.equal((await run(mode, ["resume.md", "old", "other", "--baseline-write", "b.json"], { cwd: dir })).code, 0);
        const written = JSON.parse(readFileSync(join(dir, "b.json"), "utf8")) as { files: Record<string, unknown[]> };
        assert.deepEqual(Object.keys(written.files), ["old/brag.md", "other/cv.md", "resume.md"]);
        writeFileSync(join(dir, "resume.md"), RESUME.replace("Significantly improved the on-call experience for the payments teams.", "Cut pages per on-call week from 30 to 4 for the payments teams."));
        unlinkSync(join(dir, "old/brag.md"));
        // other/cv.md exists but is not linted: its entries are neither used nor stale.
        const r = await run(mode, ["resume.md", "--baseline", "b.json", "-f", "json"], { cwd: dir });
        const stale = json(r.stdout).baseline!.stale;
        assert.ok(stale.some((s) => s.path === "old/brag.md" && s.gone));
        assert.ok(stale.some((s) => s.path === "resume.md" && s.ruleId === "vague-quantity"));
        assert.ok(!stale.some((s) => s.path === "other/cv.md"));

        const p = await run(mode, ["resume.md", "--baseline", "b.json", "--baseline-prune"], { cwd: dir });
        assert.equal(p.code, 0, p.stderr);
        assert.match(p.stderr, /ladderlint: pruned b\.json: \d+ stale findings removed, \d+ left/);
        const pruned = JSON.parse(readFileSync(join(dir, "b.json"), "utf8")) as { files: Record<string, { rule: string }[]> };
        assert.deepEqual(Object.keys(pruned.files), ["other/cv.md", "resume.md"]);
        assert.deepEqual(pruned.files["other/cv.md"], written.files["other/cv.md"]);
        assert.ok(!pruned.files["resume.md"]!.some((e) => e.rule === "vague-quantity"));
        const after = json((await run(mode, ["resume.md", "--baseline", "b.json", "-f", "json"], { cwd: dir })).stdout);
        assert.deepEqual(after.baseline!.stale, []);
        assert.deepEqual(allFindings(after), []);
      }));

    it("baseline: in the config applies (relative to the config file); --baseline overrides it", () =>
      withDir({ "team/packets/resume.md": RESUME, "team/.ladderlintrc.yaml": "baseline: accepted.json\n" }, async (dir) => {
        // Written by path from cwd; the config names it relative to itself.
        assert.equal((await run(mode, ["team", "--baseline-write", "team/accepted.json"], { cwd: dir })).code, 0);
        const file = JSON.parse(readFileSync(join(dir, "team/accepted.json"), "utf8")) as { files: Record<string, unknown> };
        assert.deepEqual(Object.keys(file.files), ["packets/resume.md"], "paths relative to the baseline's folder");
        const r = await run(mode, ["team", "-f", "json"], { cwd: dir });
        const out = json(r.stdout);
        assert.equal(r.code, 0);
        assert.deepEqual(allFindings(out), []);
        assert.deepEqual(out.baseline!.files, ["team/accepted.json"]);
        // From another working directory the same config finds the same baseline.
        const inner = json((await run(mode, ["resume.md", "-f", "json"], { cwd: join(dir, "team/packets") })).stdout);
        assert.deepEqual(allFindings(inner), []);
        // An empty baseline named on the command line wins over the config's.
        writeFileSync(join(dir, "none.json"), '{"version":1,"files":{}}\n');
        const over = json((await run(mode, ["team", "--baseline", "none.json", "-f", "json"], { cwd: dir })).stdout);
        assert.ok(allFindings(over).length >= 4);
      }));

    it("a new finding fails the run even with a baseline; a baselined error does not", () =>
      withDir({ "resume.md": RESUME }, async (dir) => {
        assert.equal((await run(mode, ["resume.md", "--baseline-write", "b.json"], { cwd: dir })).code, 0);
        assert.equal((await run(mode, ["resume.md", "--baseline", "b.json"], { cwd: dir })).code, 0);
        writeFileSync(join(dir, "resume.md"), RESUME + "- Shipped the TBD dashboard for support with 3 teams.\n");
        const r = await run(mode, ["resume.md", "--baseline", "b.json", "-f", "json"], { cwd: dir });
        assert.equal(r.code, 1);
        assert.deepEqual(json(r.stdout).files[0]!.diagnostics.filter((d) => d.severity === "error").map((d) => d.line), [12]);
      }));

    for (const [what, content, message] of [
      ["missing", undefined, /^ladderlint: b\.json: cannot read baseline: no such file or directory\n$/],
      ["malformed", '{"version": 1, "files": ', /^ladderlint: b\.json: not a ladderlint baseline: not valid JSON \(.*\)\n$/],
      ["not a baseline", '{"version": 1, "files": {"a.md": "nope"}}', /^ladderlint: b\.json: not a ladderlint baseline: files › a\.md: must be array\n$/],
      ["newer", '{"version": 2, "files": {}}', /^ladderlint: b\.json: written by a newer ladderlint \(baseline format 2; this version reads format 1\); upgrade ladderlint, or write the baseline again with --baseline-write\n$/],
    ] as const) {
      it(`a ${what} baseline: one line naming it, exit 2, nothing written (not even with --fix or --baseline-prune)`, () =>
        withDir({ "resume.md": RESUME.replace("teams.", "the the teams.") }, async (dir) => {
          if (content !== undefined) writeFileSync(join(dir, "b.json"), content);
          const doc = readFileSync(join(dir, "resume.md"));
          for (const extra of [[], ["--fix"], ["--baseline-prune"], ["-f", "sarif"]]) {
            const r = await run(mode, ["resume.md", "--baseline", "b.json", ...extra], { cwd: dir });
            assert.equal(r.code, 2, `${extra.join(" ")}: ${r.stderr}`);
            assert.match(r.stderr, message);
            assert.equal(r.stdout, "");
          }
          assert.deepEqual(readFileSync(join(dir, "resume.md")), doc, "--fix wrote nothing");
          if (content !== undefined) assert.equal(readFileSync(join(dir, "b.json"), "utf8"), content);
          else assert.ok(!existsSync(join(dir, "b.json")));
          assert.deepEqual(readdirSync(dir).sort(), content !== undefined ? ["b.json", "resume.md"] : ["resume.md"]);
        }));
    }

    it("a bad baseline named in the config: the error says where it was named", () =>
      withDir({ "resume.md": RESUME, ".ladderlintrc.json": '{"baseline": "b.json"}', "b.json": "[]" }, async (dir) => {
        const r = await run(mode, ["resume.md"], { cwd: dir });
        assert.equal(r.code, 2);
        assert.equal(r.stderr, "ladderlint: b.json: not a ladderlint baseline: the top level: must be object (named in .ladderlintrc.json)\n");
      }));

    it("--baseline alone writes nothing", () =>
      withDir({ "resume.md": RESUME }, async (dir) => {
        assert.equal((await run(mode, ["resume.md", "--baseline-write", "b.json"], { cwd: dir })).code, 0);
        writeFileSync(join(dir, "resume.md"), RESUME.replace("Significantly improved", "Greatly improved"));
        const text = readFileSync(join(dir, "b.json"), "utf8");
        const mtime = statSync(join(dir, "b.json")).mtimeMs;
        const r = await run(mode, ["resume.md", "--baseline", "b.json"], { cwd: dir });
        assert.match(r.stdout, /no longer match/);
        assert.equal(readFileSync(join(dir, "b.json"), "utf8"), text);
        assert.equal(statSync(join(dir, "b.json")).mtimeMs, mtime);
        assert.deepEqual(readdirSync(dir).sort(), ["b.json", "resume.md"]);
      }));

    it("--baseline-write keeps the entries of files it did not lint", () =>
      withDir({ "a/resume.md": RESUME, "b/resume.md": RESUME }, async (dir) => {
        assert.equal((await run(mode, ["a", "b", "--baseline-write", "b.json"], { cwd: dir })).code, 0);
        writeFileSync(join(dir, "a/resume.md"), "# Jane\n\n## Experience\n\n### Acme — EM (2020–2024)\n\n- Led 8 engineers that cut latency by 40% for 2M users.\n");
        assert.equal((await run(mode, ["a", "--baseline-write", "b.json"], { cwd: dir })).code, 0);
        const file = JSON.parse(readFileSync(join(dir, "b.json"), "utf8")) as { files: Record<string, unknown[]> };
        assert.ok(file.files["b/resume.md"]!.length >= 4);
        assert.ok((file.files["a/resume.md"] ?? []).length < file.files["b/resume.md"]!.length);
      }));

    it("usage errors: --baseline with --baseline-write; --baseline-prune with no baseline", () =>
      withDir({ "resume.md": RESUME }, async (dir) => {
        const both = await run(mode, ["resume.md", "--baseline", "a.json", "--baseline-write", "b.json"], { cwd: dir });
        assert.equal(both.code, 2);
        assert.match(both.stderr, /^ladderlint: use --baseline FILE to check against a baseline, or --baseline-write FILE to record one, not both\n$/);
        const prune = await run(mode, ["resume.md", "--baseline-prune"], { cwd: dir });
        assert.equal(prune.code, 2);
        assert.match(prune.stderr, /^ladderlint: --baseline-prune needs a baseline: --baseline FILE, or baseline: in the config\n$/);
      }));

    it("SARIF results carry partialFingerprints that survive moved lines and change with a rewritten bullet", () =>
      withDir({ "resume.md": RESUME }, async (dir) => {
        type Sarif = { runs: { results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[]; partialFingerprints?: Record<string, string> }[] }[] };
        const sarifOf = async () => (JSON.parse((await run(mode, ["resume.md", "-f", "sarif"], { cwd: dir })).stdout) as Sarif).runs[0]!.results;
        const before = await sarifOf();
        assert.ok(before.length >= 4);
        for (const r of before) assert.match(r.partialFingerprints?.["ladderlintBullet/v1"] ?? "", /^[0-9a-f]{14}:\d+$/);
        const fp = (rs: Sarif["runs"][0]["results"], rule: string) => rs.find((r) => r.ruleId === rule)!.partialFingerprints!["ladderlintBullet/v1"];
        writeFileSync(join(dir, "resume.md"), RESUME.replace("## Experience\n", "## Experience\n\nIntro.\n\n"));
        const moved = await sarifOf();
        assert.notEqual(moved.find((r) => r.ruleId === "weak-opener")!.locations[0]!.physicalLocation.region.startLine, before.find((r) => r.ruleId === "weak-opener")!.locations[0]!.physicalLocation.region.startLine);
        assert.equal(fp(moved, "weak-opener"), fp(before, "weak-opener"));
        writeFileSync(join(dir, "resume.md"), RESUME.replace("Responsible for managing the relationship with our acquiring bank.", "Responsible for the acquiring-bank relationship."));
        assert.notEqual(fp(await sarifOf(), "weak-opener"), fp(before, "weak-opener"));
      }));
  });
}

describe("cli baseline (in-process only)", () => {
  it("an unreadable baseline: one line naming it, exit 2", () =>
    withDir({ "resume.md": RESUME, "b.json": '{"version":1,"files":{}}' }, async (dir) => {
      const fs: CliFs = {
        ...nodeCliFs,
        readFile: (p) => {
          if (p.endsWith("b.json")) throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
          return nodeCliFs.readFile(p);
        },
      };
      const r = await runInProcess(["resume.md", "--baseline", "b.json"], { cwd: dir, fs });
      assert.equal(r.code, 2);
      assert.equal(r.stderr, "ladderlint: b.json: cannot read baseline: permission denied\n");
    }));

  it("a baseline that cannot be written: exit 2, the message names it", () =>
    withDir({ "resume.md": RESUME }, async (dir) => {
      const fs: CliFs = {
        ...nodeCliFs,
        writeFile: (p, d, o) => {
          if (p.includes("b.json")) throw Object.assign(new Error("ENOSPC"), { code: "ENOSPC" });
          nodeCliFs.writeFile(p, d, o);
        },
      };
      const r = await runInProcess(["resume.md", "--baseline-write", "b.json"], { cwd: dir, fs });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /ladderlint: b\.json: cannot write: no space left on device\n$/);
      assert.ok(!existsSync(join(dir, "b.json")));
    }));
});
