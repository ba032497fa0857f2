// Formatters are pure: (results, options) → string. These tests feed them hand-built results with the
// awkward cases (emoji columns, commas and colons in paths, newlines and % in messages, pipes).
import assert from "node:assert/strict";
import { formatters } from "../../src/cli/formatters/index.js";
import { escapeData, escapeProperty } from "../../src/cli/formatters/github.js";
import type { CliFile, FormatOptions } from "../../src/cli/types.js";

const options: FormatOptions = {
  color: false,
  version: "9.9.9",
  cwd: "/repo",
  rules: [
    { id: "first-person", description: "Résumé bullets with pronouns", defaultSeverity: "warning", helpUri: "https://example.test/first-person.md", help: "Drop the pronoun." },
    { id: "placeholder", description: "Leftover placeholders", defaultSeverity: "error", helpUri: "https://example.test/placeholder.md", help: "Fill it in.", markdown: "# placeholder\n\nFill it in.\n" },
  ],
};

const results: CliFile[] = [
  {
    path: "docs/a, b: résumé.md",
    kind: "resume",
    target: "EM6",
    diagnostics: [
      {
        ruleId: "first-person",
        severity: "warning",
        message: "Drop \"I\": 50% of\nbullets",
        line: 12,
        column: 3,
        endLine: 12,
        endColumn: 5,
        competency: "Guidance: résumé voice",
        fixes: [{ title: "Drop the pronoun", kind: "fix", edits: [{ line: 12, column: 3, endLine: 12, endColumn: 5, text: "" }] }],
      },
      { ruleId: "placeholder", severity: "error", message: "Leftover TODO | fill in", line: 3, column: 7, endLine: 3, endColumn: 11, fixes: [] },
      { ruleId: "long-bullet", severity: "info", message: "Long", line: 4, column: 1, endLine: 5, endColumn: 2, fixes: [{ title: "Add metric", kind: "snippet", edits: [{ line: 4, column: 9, endLine: 4, endColumn: 9, text: "${1:metric}" }] }] },
    ],
    coverage: { target: "EM6", readsAs: "EM5", axes: [{ axis: "System", expected: "Evolves", found: "Owns", met: false, evidence: [{ line: 20, text: "Owned the billing service", cue: "own" }] }] },
  },
  { path: "clean.md", kind: "promo", target: null, diagnostics: [] },
];

describe("cli formatters: json", () => {
  const out = JSON.parse(formatters.json!(results, options));
  it("has the DESIGN §6 shape, key by key", () => {
    assert.deepEqual(Object.keys(out), ["version", "files", "summary"]);
    assert.equal(out.version, 1);
    assert.deepEqual(Object.keys(out.files[0]), ["path", "kind", "target", "diagnostics", "coverage"]);
    assert.deepEqual(Object.keys(out.files[0].diagnostics[0]), ["ruleId", "severity", "message", "line", "column", "endLine", "endColumn", "competency", "fixes"]);
    assert.deepEqual(Object.keys(out.files[0].diagnostics[1]), ["ruleId", "severity", "message", "line", "column", "endLine", "endColumn", "fixes"]);
    assert.deepEqual(out.files[0].diagnostics[0].fixes, [{ title: "Drop the pronoun", kind: "fix", edits: [{ line: 12, column: 3, endLine: 12, endColumn: 5, text: "" }] }]);
    assert.deepEqual(Object.keys(out.files[0].coverage), ["target", "readsAs", "axes"]);
    assert.deepEqual(Object.keys(out.files[0].coverage.axes[0]), ["axis", "expected", "found", "met", "evidence"]);
    assert.deepEqual(out.files[0].coverage.axes[0].evidence[0], { line: 20, text: "Owned the billing service", cue: "own" });
    assert.equal("coverage" in out.files[1], false, "no coverage without a target");
    assert.deepEqual(out.summary, { files: 2, errors: 1, warnings: 1, infos: 1 });
  });
});

describe("cli formatters: github", () => {
  const lines = formatters.github!(results, options).trimEnd().split("\n");
  it("prints one workflow command per finding with escaped properties and data", () => {
    assert.equal(lines.length, 3);
    assert.equal(
      lines[0],
      "::warning file=docs/a%2C b%3A résumé.md,line=12,col=3,endLine=12,endColumn=5,title=first-person::Drop \"I\": 50%25 of%0Abullets (Guidance: résumé voice)",
    );
    assert.equal(lines[1], "::error file=docs/a%2C b%3A résumé.md,line=3,col=7,endLine=3,endColumn=11,title=placeholder::Leftover TODO | fill in");
    assert.match(lines[2]!, /^::notice file=.*,line=4,col=1,endLine=5,endColumn=2,title=long-bullet::Long$/);
  });
  it("escapes like @actions/core", () => {
    assert.equal(escapeData("100%\r\nok"), "100%25%0D%0Aok");
    assert.equal(escapeProperty("a:b,c%"), "a%3Ab%2Cc%25");
  });
  it("prints nothing when there is nothing to report", () => {
    assert.equal(formatters.github!([results[1]!], options), "");
  });
});

describe("cli formatters: sarif", () => {
  const log = JSON.parse(formatters.sarif!(results, options));
  const run = log.runs[0];
  it("is SARIF 2.1.0 with rules carrying help text and helpUri", () => {
    assert.equal(log.version, "2.1.0");
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(run.tool.driver.name, "ladderlint");
    assert.equal(run.tool.driver.version, "9.9.9");
    assert.equal(run.columnKind, "utf16CodeUnits");
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    assert.deepEqual(ids, ["first-person", "placeholder", "ladderlint"]);
    assert.deepEqual(run.tool.driver.rules[0].help, { text: "Drop the pronoun." });
    assert.deepEqual(run.tool.driver.rules[1].help, { text: "Fill it in.", markdown: "# placeholder\n\nFill it in.\n" });
    assert.equal(run.tool.driver.rules[1].helpUri, "https://example.test/placeholder.md");
    assert.equal(run.tool.driver.rules[1].defaultConfiguration.level, "error");
    assert.equal(run.originalUriBaseIds["%SRCROOT%"].uri, "file:///repo/");
  });
  it("has results with regions, levels and fixes (snippets left out)", () => {
    assert.equal(run.results.length, 3);
    const [w, e, i] = run.results;
    assert.equal(w.ruleId, "first-person");
    assert.equal(w.ruleIndex, 0);
    assert.equal(w.level, "warning");
    assert.equal(e.level, "error");
    assert.equal(i.level, "note");
    assert.equal(i.ruleIndex, undefined, "a rule the run does not know has no index");
    assert.deepEqual(w.locations[0].physicalLocation, {
      artifactLocation: { uri: "docs/a%2C%20b%3A%20r%C3%A9sum%C3%A9.md", uriBaseId: "%SRCROOT%" },
      region: { startLine: 12, startColumn: 3, endLine: 12, endColumn: 5 },
    });
    assert.deepEqual(w.fixes, [
      {
        description: { text: "Drop the pronoun" },
        artifactChanges: [
          {
            artifactLocation: { uri: "docs/a%2C%20b%3A%20r%C3%A9sum%C3%A9.md", uriBaseId: "%SRCROOT%" },
            replacements: [{ deletedRegion: { startLine: 12, startColumn: 3, endLine: 12, endColumn: 5 }, insertedContent: { text: "" } }],
          },
        ],
      },
    ]);
    assert.equal(i.fixes, undefined);
    assert.deepEqual(w.properties, { competency: "Guidance: résumé voice" });
  });
});

describe("cli formatters: stylish", () => {
  it("lists findings per file with a summary, without colour escapes when colour is off", () => {
    const out = formatters.stylish!(results, options);
    assert.doesNotMatch(out, /\x1b\[/);
    const lines = out.split("\n");
    assert.equal(lines[0], "docs/a, b: résumé.md");
    assert.match(lines[1]!, /^\s+12:3\s+warning\s+Drop "I"/);
    assert.match(out, /  3:7  error    Leftover TODO \| fill in  placeholder/);
    assert.match(out, /EM6 coverage: 0\/1 axes met · reads as EM5/);
    assert.match(out, /✖ System: expects Evolves, found Owns/);
    assert.match(out, /3 problems \(1 error, 1 warning, 1 info\) in 2 files/);
    assert.match(out, /1 problem fixable with --fix/);
    assert.doesNotMatch(out, /clean\.md/, "a clean file without coverage is not listed");
  });
  it("colours when asked", () => {
    assert.match(formatters.stylish!(results, { ...options, color: true }), /\x1b\[31merror\x1b\[39m/);
  });
  it("prints nothing for clean results", () => {
    assert.equal(formatters.stylish!([results[1]!], options), "");
  });
  it("prints a file with 200 000 findings (its column widths overflowed the stack with Math.max(...rows))", () => {
    const diagnostics = Array.from({ length: 200_000 }, (_, i) => ({ ...results[0]!.diagnostics[0]!, message: "m", competency: undefined, line: i + 1, column: 1, fixes: [] }));
    const out = formatters.stylish!([{ path: "big.md", kind: "resume", target: null, diagnostics }], options);
    const lines = out.split("\n");
    assert.match(lines[1]!, /^ {7}1:1  warning/, "positions are right-aligned to the widest, 200000:1");
    assert.match(lines[200_000]!, /^  200000:1  warning/);
    assert.match(out, /200000 problems \(0 errors, 200000 warnings, 0 infos\) in 1 file/);
  });
});

describe("cli formatters: markdown", () => {
  it("prints a GitHub-flavoured table per file, with cells escaped", () => {
    const out = formatters.markdown!(results, options);
    assert.match(out, /^### ladderlint: 1 error, 1 warning, 1 info in 2 files\n/);
    assert.match(out, /#### `docs\/a, b: résumé\.md` \(résumé · target EM6 · reads as EM5\)/);
    // A coverage that carries the verdict prints it as is (the same words as the report and status bar).
    const withVerdict = formatters.markdown!([{ ...results[0]!, coverage: { ...results[0]!.coverage!, verdict: "reads as EM6 on 4 of 5 axes; Technology shows no evidence yet" } }], options);
    assert.match(withVerdict, /\(résumé · target EM6 · reads as EM6 on 4 of 5 axes; Technology shows no evidence yet\)/);
    assert.match(out, /\| 3:7 \| ❌ error \| `placeholder` \| Leftover TODO \\\| fill in \|/);
    assert.match(out, /\| 12:3 \| ⚠️ warning \| `first-person` \| Drop "I": 50% of bullets \(Guidance: résumé voice\) \|/);
    assert.match(out, /\| System \| Evolves \| Owns \| ❌ \|/);
    assert.match(out, /#### `clean\.md` \(promotion packet\)\n\nNo problems found\./);
  });
});
