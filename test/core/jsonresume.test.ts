// JSON Resume input (issue 23): resume.json / resume.yaml read into the document model with offsets
// inside the strings, schema and syntax errors as findings, fixes that keep the file valid, and the
// CLI's folder expansion, outline and --fix on such files. Invented résumés in test/fixtures/jsonresume.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";
import fc from "fast-check";
import { fixAll, lint } from "../../src/engine/index.js";
import { jsonResumeBody, readJsonResume, resumeFormatOf } from "../../src/core/jsonresume.js";
import type { Rule } from "../../src/core/rule.js";
import type { Doc } from "../../src/core/types.js";
import { expandInputs } from "../../src/cli/files.js";
import { removeDir, root, runInProcess, tempDir } from "../cli/helpers.js";

const dir = join(root, "test/fixtures/jsonresume");
const read = (name: string) => readFileSync(join(dir, name), "utf8");

/** The 1-based line of the first occurrence of `needle` in `text`. */
const lines = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;

/** Every span's text is as long as its source slice and equal to it wherever it is not masked. */
function assertSpansMapToSource(doc: Doc): void {
  for (const s of [...doc.bullets, ...doc.proseBlocks]) {
    const src = doc.text.slice(s.start, s.end);
    assert.equal(s.text.length, src.length, `span at ${s.start}`);
    for (let i = 0; i < src.length; i++) if (s.text[i] !== " ") assert.equal(s.text[i], src[i], `span at ${s.start}, index ${i}`);
  }
}

describe("JSON Resume input", () => {
  it("tells the format by file name", () => {
    assert.equal(resumeFormatOf("resume.json"), "json");
    assert.equal(resumeFormatOf("docs/Wren.Resume.JSON"), "json");
    assert.equal(resumeFormatOf("C:\\cv\\resume.yml"), "yaml");
    assert.equal(resumeFormatOf("resume.yaml"), "yaml");
    assert.equal(resumeFormatOf("resume.md"), undefined);
    assert.equal(resumeFormatOf("package.json"), undefined);
  });

  it("reads work and volunteer entries as roles, highlights as bullets, summaries as paragraphs (JSON)", () => {
    const text = read("resume.json");
    const { doc, problems } = readJsonResume(text, "json");
    assert.deepEqual(problems, []);
    assert.deepEqual(
      doc.roles.map((r) => [r.title, r.employer, r.dates, r.bullets.length, text.slice(r.titleStart, r.titleEnd)]),
      [
        ["Engineering Manager", "Lanternfish Logistics", "2021-03 – Present", 5, "Engineering Manager"],
        ["Senior Software Engineer", "Brindle & Sons", "2017-06-01 – 2021-02-28", 2, "Senior Software Engineer"],
        ["Mentor", "Harbour Code Club", "2019 – Present", 1, "Mentor"],
      ],
    );
    const first = doc.roles[0]!.bullets;
    assert.equal(first[0]!.paragraph, true);
    // The escaped quotes are masked, the words around them kept at their offsets.
    assert.equal(first[0]!.plain, "Led the Atlas routing group of 9 engineers across two time zones.");
    assert.equal(text.slice(first[0]!.start, first[0]!.end), 'Led the \\"Atlas\\" routing group of 9 engineers across two time zones.');
    assert.equal(first[1]!.plain, "I hired and onboarded 6 engineers, cutting time to first deploy from 3 weeks to 4 days");
    assert.equal(first[1]!.paragraph, false);
    assert.equal(first[1]!.line, 16);
    assert.ok(doc.roles[1]!.bullets[1]!.plain.endsWith("tech leads team anchors"), "a \\\\ escape is masked");
    // basics.summary and the project's description are prose; the project highlight is a bullet, not an achievement.
    const prose = doc.proseBlocks.map((p) => p.plain);
    assert.ok(prose.includes("Engineering manager who grows teams and ships reliable platforms."));
    assert.ok(prose.includes("An open-source scheduler for batch jobs."));
    assert.ok(prose.includes("Given for the routing rewrite."));
    const project = doc.bullets.find((b) => b.plain === "Reached 1,200 stars on GitHub")!;
    assert.equal(project.achievement, false);
    assert.equal(project.section.kind, "projects");
    assert.equal(doc.kind, "resume");
    assert.equal(doc.frontMatter, undefined);
    assert.equal(doc.text.slice(doc.docAnchor.start, doc.docAnchor.end), "Wren Quillfeather");
    assertSpansMapToSource(doc);
  });

  it("reads the same from YAML: plain, quoted, single-quoted and block scalars", () => {
    const text = read("resume.yaml");
    const { doc, problems } = readJsonResume(text, "yaml");
    assert.deepEqual(problems, []);
    assert.deepEqual(doc.roles.map((r) => [r.title, r.employer, r.dates, r.bullets.length]), [
      ["Engineering Manager", "Lanternfish Logistics", "2021-03 – Present", 4],
      ["Senior Software Engineer", "Brindle & Sons", "2017-06-01 – 2021-02-28", 1],
    ]);
    assert.deepEqual(doc.roles[0]!.bullets.map((b) => b.plain), [
      "Led the Atlas routing group of 9 engineers.",
      "I hired and onboarded 6 engineers, cutting time to first deploy from 3 weeks to 4 days",
      "Responsible for the the on-call rotation and its runbooks",
      "Improved the café ordering service significantly",
    ]);
    assert.ok(doc.proseBlocks.some((p) => p.plain === "Engineering manager who grows teams and ships reliable platforms."));
    assertSpansMapToSource(doc);
  });

  it("reads a summary written as lines as one item a line, list markers dropped, wrapped items joined", () => {
    const text = JSON.stringify({ basics: { name: "Ines Tallowby" }, work: [{ name: "Fernhill Labs", position: "Team Lead", startDate: "2020", summary: "Leads a team of 5.\n- Built the billing service\n(Go, Postgres)\n- Cut deploy time by 70%" }] }, null, 2);
    const { doc } = readJsonResume(text, "json");
    const bullets = doc.roles[0]!.bullets;
    assert.deepEqual(bullets.map((b) => [b.plain, b.paragraph]), [
      ["Leads a team of 5.", true],
      ["Built the billing service (Go, Postgres)", false],
      ["Cut deploy time by 70%", false],
    ]);
    assertSpansMapToSource(doc);
  });

  it("runs every rule on it (the same findings on JSON and YAML)", () => {
    const ids = (name: string) => lint(read(name), { filename: name }).findings.filter((f) => f.ruleId !== "cross-team").map((f) => f.ruleId).sort();
    const json = ids("resume.json");
    for (const id of ["first-person", "weak-opener", "prose/lexical-illusion", "quantified-impact", "vague-quantity"]) assert.ok(json.includes(id), id);
    assert.deepEqual(ids("resume.yaml"), json);
    // A finding's range is the words in the file.
    const text = read("resume.json");
    const weak = lint(text, { filename: "resume.json" }).findings.find((f) => f.ruleId === "weak-opener")!;
    assert.equal(text.slice(weak.start, weak.end), "Responsible for");
  });

  it("validates against the resume-schema package's schema (the committed copy is what the package gives)", () => {
    const r = spawnSync(process.execPath, ["scripts/gen-resume-schema.mjs", "--check"], { cwd: root, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
  });

  it("reports schema errors on their key", () => {
    const text = read("schema-errors.resume.json");
    const found = lint(text, { filename: "schema-errors.resume.json" }).findings.filter((f) => f.message.startsWith("JSON Resume schema"));
    assert.deepEqual(found.map((f) => [f.ruleId, f.severity, text.slice(f.start, f.end), f.message]), [
      ["ladderlint", "warning", "startDate", "JSON Resume schema: work[0].startDate must be a date written YYYY-MM-DD, YYYY-MM or YYYY"],
      ["ladderlint", "warning", "hobbies", "JSON Resume schema: `hobbies` is not a field of a résumé"],
    ]);
  });

  it("gives invalid JSON or YAML one finding at the syntax error, and nothing else", () => {
    for (const [name, line] of [["broken.resume.json", 5], ["broken.resume.yaml", 6]] as const) {
      const text = read(name);
      const r = lint(text, { filename: name });
      assert.equal(r.findings.length, 1, name);
      const f = r.findings[0]!;
      assert.equal(f.severity, "error");
      assert.match(f.message, name.endsWith("json") ? /^Not valid JSON: comma expected/ : /^Not valid YAML: /);
      assert.equal(r.doc.lineCol(f.start).line, line, name);
    }
    for (const bad of ["", "[1, 2]", "{", "\"\\u12", "a: [", "- just\n- a list\n"]) {
      for (const format of ["json", "yaml"] as const) {
        const r = lint(bad, { format });
        assert.ok(r.findings.every((f) => f.ruleId === "ladderlint"), `${format}: ${JSON.stringify(bad)}`);
      }
    }
  });

  it("reads a Markdown page whose body is a JSON Resume object (bare or fenced) as that résumé, and any other page as Markdown", () => {
    const json = '{\n"work": [{"name": "Acme", "position": "Staff Engineer", "startDate": "2020-01",\n"highlights": ["Cut build time by half."]}]\n}\n';
    for (const text of ["---\ntitle: CV\n---\n\n" + json, "+++\ntitle = \"CV\"\n+++\n" + json, "```json\n" + json + "```\n", json]) {
      const body = jsonResumeBody(text);
      assert.ok(body, text);
      assert.equal(text.slice(body[0], body[1]), json.trimEnd());
      const r = lint(text);
      assert.deepEqual(r.doc.roles.map((x) => [x.title, x.employer, x.line]), [["Staff Engineer", "Acme", lines(text, "Staff Engineer")]]);
      assert.equal(r.doc.bullets[0]?.text, "Cut build time by half.");
      assert.equal(r.doc.frontMatter !== undefined, /^(?:---|\+\+\+)/.test(text));
    }
    // Not a résumé's data, or not only it: Markdown.
    for (const text of ['{"name": "x"}\n', "# CV\n\n" + json, json + "\nMore text.\n", "```json\n" + json]) assert.equal(jsonResumeBody(text), undefined, text);
  });

  it("chooses the reader by an explicit format as well as by name", () => {
    const text = read("resume.json");
    assert.equal(lint(text, { format: "json" }).doc.roles.length, 3);
    assert.equal(lint(text, { filename: "resume.json", format: "markdown" }).doc.roles.length, 0);
  });

  // A rule whose fix writes what JSON and YAML must escape: quotes, a backslash, non-ASCII, a line break.
  const awkward = 'the "Atlas" C:\\ops café\tend';
  const rewrite = (to: string): Rule => ({
    meta: { id: "test-rewrite", description: "test", defaultSeverity: "warning", guidance: "test", scope: ["bullet"], fixable: ["fix"], languages: "any" } as unknown as Rule["meta"],
    check(ctx) {
      for (const b of ctx.doc.bullets) {
        if (!b.plain.startsWith("Designed")) continue;
        ctx.report({ start: b.start, end: b.start + "Designed".length, message: "rewrite", fixes: [{ title: "rewrite", kind: "fix", edits: [{ start: b.start, end: b.start + "Designed".length, text: to }] }] });
      }
    },
  });
  const replaceFirstWord = rewrite(awkward);

  it("escapes a fix's text for JSON and keeps the file valid", () => {
    const text = read("resume.json");
    const fixed = fixAll(text, { filename: "resume.json", rules: [replaceFirstWord] }, 1).text;
    const data = JSON.parse(fixed) as { work: { highlights: string[] }[] };
    assert.equal(data.work[1]!.highlights[0], `${awkward} the event pipeline in Go and Kafka, handling 40k messages per second`);
    assert.ok(fixed.includes("café"), "non-ASCII kept as written");
    // A fix that adds a line (a Markdown bullet) is not offered: inside one string it would not be a bullet.
    const added = lint(text, { filename: "resume.json", rules: [rewrite("Designed\n- Built")] });
    assert.equal(added.findings.length, 1);
    assert.deepEqual(added.findings[0]!.fixes, []);
  });

  it("escapes a fix's text by YAML scalar style, and drops one a plain scalar cannot hold", () => {
    const styles = {
      plain: "      - Designed the pipeline\n",
      double: '      - "Designed the pipeline"\n',
      single: "      - 'Designed the pipeline'\n",
      block: "      - |\n        Designed the pipeline\n",
    };
    for (const [style, item] of Object.entries(styles)) {
      const text = `basics:\n  name: Ines Tallowby\nwork:\n  - name: Fernhill Labs\n    position: Team Lead\n    startDate: "2020"\n    highlights:\n${item}`;
      const r = fixAll(text, { filename: "resume.yaml", rules: [replaceFirstWord] }, 1);
      assert.notEqual(r.text, text, style);
      const got = (YAML.parse(r.text) as { work: { highlights: string[] }[] }).work[0]!.highlights[0]!;
      assert.equal(got, `${awkward} the pipeline${style === "block" ? "\n" : ""}`, style);
      // A mapping indicator or a comment marker would change what a plain scalar means: that fix is dropped.
      if (style === "plain") for (const to of ["Led: the", "Led #1"]) assert.equal(fixAll(text, { filename: "resume.yaml", rules: [rewrite(to)] }, 1).text, text, to);
    }
  });

  it("any strings: no crash, every span maps to its source, and the file parses after --fix's fixes (JSON and YAML)", () => {
    const words = fc.constantFrom("I", "the", "the the", "Responsible for", "significantly", "\"", "\\", "\n", "\t", "é", "😀", "  ", "- ", "my", "very", "http://x.io", "{{x}}", "'", ": ", " #");
    const str = fc.array(words, { maxLength: 12 }).map((ws) => ws.join(" "));
    const resume = fc.record({
      basics: fc.record({ name: str, summary: str }),
      work: fc.array(fc.record({ name: str, position: str, startDate: fc.constantFrom("2020", "2021-03"), summary: str, highlights: fc.array(str, { maxLength: 4 }) }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(resume, fc.boolean(), (data, asYaml) => {
        const text = asYaml ? YAML.stringify(data) : JSON.stringify(data, null, 2);
        const name = asYaml ? "resume.yaml" : "resume.json";
        const r = lint(text, { filename: name });
        assertSpansMapToSource(r.doc);
        const fixed = fixAll(text, { filename: name }).text;
        const parse = (t: string) => (asYaml ? YAML.parse(t) : JSON.parse(t)) as typeof data;
        const after = parse(fixed);
        assert.equal(after.work.length, data.work.length);
        assert.equal(after.work.reduce((n, w) => n + w.highlights.length, 0), data.work.reduce((n, w) => n + w.highlights.length, 0));
      }),
      { numRuns: 60, seed: 23 },
    );
  });

  it("CLI: folder expansion, outline and --fix (the file parses after every fix)", async () => {
    const tmp = tempDir();
    try {
      cpSync(dir, tmp, { recursive: true });
      const found = expandInputs(["."], tmp).files.map((f) => f.display).sort();
      assert.deepEqual(found, ["broken.resume.json", "broken.resume.yaml", "resume.json", "resume.yaml", "schema-errors.resume.json"]);
      const out = await runInProcess(["outline", "resume.json", "--format", "json"], { cwd: tmp });
      assert.equal(out.code, 0, out.stderr);
      const o = JSON.parse(out.stdout) as { roles: { title: string; line: number; bullets: { line: number }[] }[] };
      assert.deepEqual(o.roles.map((r) => [r.title, r.line, r.bullets.length]), [["Engineering Manager", 12, 5], ["Senior Software Engineer", 24, 2], ["Mentor", 36, 1]]);
      const report = await runInProcess(["report", "resume.yaml", "--target", "EM6", "--format", "markdown"], { cwd: tmp });
      assert.equal(report.code, 0, report.stderr);
      assert.match(report.stdout, /EM6/);
      // Fix one rule at a time and parse the file after each.
      for (const rule of ["first-person", "prose/lexical-illusion"]) {
        const before = readFileSync(join(tmp, "resume.json"), "utf8");
        const r = await runInProcess(["resume.json", "resume.yaml", "--fix", "--rule", `${rule === "first-person" ? "prose/lexical-illusion" : "first-person"}=off`], { cwd: tmp });
        assert.ok(r.code === 0 || r.code === 1, r.stderr);
        const after = readFileSync(join(tmp, "resume.json"), "utf8");
        assert.notEqual(after, before, rule);
        JSON.parse(after);
        YAML.parse(readFileSync(join(tmp, "resume.yaml"), "utf8"));
      }
      const data = JSON.parse(readFileSync(join(tmp, "resume.json"), "utf8")) as { work: { highlights: string[] }[] };
      assert.equal(data.work[0]!.highlights[0], "Hired and onboarded 6 engineers, cutting time to first deploy from 3 weeks to 4 days");
      assert.equal(data.work[0]!.highlights[1], "Responsible for the on-call rotation and its runbooks");
      // A broken file is reported, never touched.
      const broken = readFileSync(join(tmp, "broken.resume.json"), "utf8");
      const rb = await runInProcess(["broken.resume.json", "--fix"], { cwd: tmp });
      assert.equal(rb.code, 1);
      assert.match(rb.stdout, /5:5 +error +Not valid JSON: comma expected/);
      assert.equal(readFileSync(join(tmp, "broken.resume.json"), "utf8"), broken);
      // Over the size limit: refused as a Markdown file is.
      writeFileSync(join(tmp, "big.resume.json"), `{"work": [], "basics": {"summary": "${"word ".repeat(300_000)}"}}`);
      const big = await runInProcess(["big.resume.json"], { cwd: tmp });
      assert.equal(big.code, 2);
      assert.match(big.stderr, /^ladderlint: big\.resume\.json: too large for a résumé or packet/);
    } finally {
      removeDir(tmp);
    }
  });
});
