// Offsets → 1-based line/column at the CLI edge. Uses the core LineIndex (UTF-16 code units, the
// unit VS Code and the JSON output use: an emoji counts 2).
import { LineIndex } from "../core/positions.js";
import type { Coverage, Finding } from "../core/types.js";
import type { CliCoverage, CliDiagnostic } from "./types.js";

export { LineIndex };

export function toDiagnostic(f: Finding, index: LineIndex): CliDiagnostic {
  const s = index.lineCol(f.start);
  const e = index.lineCol(f.end);
  const d: CliDiagnostic = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    fixes: f.fixes.map((x) => ({
      title: x.title,
      kind: x.kind,
      edits: x.edits.map((ed) => {
        const a = index.lineCol(ed.start);
        const b = index.lineCol(ed.end);
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, text: ed.text };
      }),
    })),
  };
  if (f.competency) d.competency = f.competency;
  return d;
}

export function toCoverage(c: Coverage): CliCoverage {
  return {
    target: c.target,
    readsAs: c.readsAs,
    axes: c.axes.map((a) => ({
      axis: a.axis,
      expected: a.expected,
      found: a.found,
      met: a.met,
      evidence: a.evidence.map((ev) => ({ line: ev.line, text: ev.text, cue: ev.cue })),
    })),
    ...(c.short ? { short: c.short.map((s) => ({ axis: s.axis, expected: s.expected, found: s.found })) } : {}),
    ...(c.verdict ? { verdict: c.verdict } : {}),
  };
}
