// An ESLint-style rule tester: valid/invalid tables run through the real engine (`lint()` with the
// real parser), asserting rule id, exact 1-based range (UTF-16 columns), message text and fixed output.
import assert from "node:assert/strict";
import { applyFixes, lint } from "../../src/engine/index.js";
import type { Rule } from "../../src/core/rule.js";
import type { DocKind, Finding, FixKind, Severity } from "../../src/core/types.js";

export interface CaseOptions {
  /** Forced document kind (like --kind). */
  kind?: DocKind;
  /** Target level (like --target). */
  target?: string;
}

export interface ValidCase extends CaseOptions {
  name?: string;
  text: string;
}

export interface ExpectedError {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Substring of the message. */
  message?: string;
  severity?: Severity;
  /** The text the finding covers. */
  covers?: string;
  /** Kinds of the fixes the finding offers, in order (default: not checked). */
  fixKinds?: FixKind[];
  /** The document after applying this finding's first fix (any kind). */
  fixed?: string;
}

export interface InvalidCase extends CaseOptions {
  name?: string;
  text: string;
  errors: ExpectedError[];
  /** The document after applying every `fix`-kind fix of the rule once (default: unchanged text). */
  output?: string;
}

export function lintWith(rule: Rule, text: string, o: CaseOptions = {}): Finding[] {
  const override: { kind?: DocKind; target?: string } = {};
  if (o.kind) override.kind = o.kind;
  if (o.target) override.target = o.target;
  const result = lint(text, { rules: [rule], override });
  return result.findings.filter((f) => f.ruleId === rule.meta.id);
}

function describeFindings(text: string, findings: Finding[]): string {
  const lines = text.split("\n");
  return findings
    .map((f) => {
      const lc = lineCol(text, f.start);
      return `  ${lc.line}:${lc.column} [${text.slice(f.start, f.end)}] ${f.message}` + (lines.length ? "" : "");
    })
    .join("\n");
}

function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - (before.lastIndexOf("\n") + 1) + 1;
  return { line, column };
}

export function ruleTester(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  const id = rule.meta.id;
  describe(id, () => {
    describe("valid", () => {
      cases.valid.forEach((c, i) => {
        const vc: ValidCase = typeof c === "string" ? { text: c } : c;
        it(vc.name ?? `valid #${i + 1}: ${vc.text.split("\n").find((l) => l.trim())?.slice(0, 50) ?? ""}`, () => {
          const findings = lintWith(rule, vc.text, vc);
          assert.equal(findings.length, 0, `expected no ${id} findings, got:\n${describeFindings(vc.text, findings)}`);
        });
      });
    });
    describe("invalid", () => {
      cases.invalid.forEach((c, i) => {
        it(c.name ?? `invalid #${i + 1}: ${c.text.split("\n").find((l) => l.trim())?.slice(0, 50) ?? ""}`, () => {
          const findings = lintWith(rule, c.text, c);
          assert.equal(findings.length, c.errors.length, `expected ${c.errors.length} ${id} findings, got ${findings.length}:\n${describeFindings(c.text, findings)}`);
          c.errors.forEach((e, j) => {
            const f = findings[j]!;
            assert.equal(f.ruleId, id);
            const s = lineCol(c.text, f.start);
            const en = lineCol(c.text, f.end);
            assert.deepEqual({ line: s.line, column: s.column }, { line: e.line, column: e.column }, `finding ${j + 1} start (covers "${c.text.slice(f.start, f.end)}")`);
            if (e.endLine !== undefined || e.endColumn !== undefined) {
              assert.deepEqual({ line: en.line, column: en.column }, { line: e.endLine ?? e.line, column: e.endColumn }, `finding ${j + 1} end (covers "${c.text.slice(f.start, f.end)}")`);
            }
            if (e.covers !== undefined) assert.equal(c.text.slice(f.start, f.end), e.covers, `finding ${j + 1} covered text`);
            if (e.message !== undefined) assert.ok(f.message.includes(e.message), `finding ${j + 1} message "${f.message}" should include "${e.message}"`);
            if (e.severity !== undefined) assert.equal(f.severity, e.severity, `finding ${j + 1} severity`);
            if (e.fixKinds !== undefined) assert.deepEqual(f.fixes.map((x) => x.kind), e.fixKinds, `finding ${j + 1} fix kinds`);
            if (e.fixed !== undefined) {
              assert.ok(f.fixes.length > 0, `finding ${j + 1} should offer a fix`);
              assert.equal(applyFixes(c.text, [f.fixes[0]!]).text, e.fixed, `finding ${j + 1} fixed text`);
            }
          });
          const mechanical = findings.flatMap((f) => f.fixes.filter((x) => x.kind === "fix"));
          const out = applyFixes(c.text, mechanical).text;
          assert.equal(out, c.output ?? c.text, "output after applying the rule's `fix` fixes");
        });
      });
    });
  });
}

/** A minimal résumé: H1 on line 1, "## Experience" on line 3, the role title on line 5, bullets from line 6. */
export function resume(bullets: string[], title = "### Acme — Engineering Manager (2020–Present)"): string {
  return `# Jane Doe\n\n## Experience\n\n${title}\n${bullets.map((b) => (/^\s*([-*+•]|\d+\.)\s/.test(b) ? b : `- ${b}`)).join("\n")}\n`;
}
