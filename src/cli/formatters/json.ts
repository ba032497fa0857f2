// `--format json`: DESIGN §6, exactly. Keys are written in the documented order.
import { summarize, type CliFile, type Formatter } from "../types.js";

export const json: Formatter = (results, options) => {
  const out = {
    version: 1,
    files: results.map((f) => {
      const file: Record<string, unknown> = {
        path: f.path,
        kind: f.kind,
        target: f.target,
        diagnostics: f.diagnostics.map((d) => {
          const o: Record<string, unknown> = {
            ruleId: d.ruleId,
            severity: d.severity,
            message: d.message,
            line: d.line,
            column: d.column,
            endLine: d.endLine,
            endColumn: d.endColumn,
          };
          if (d.competency) o["competency"] = d.competency;
          o["fixes"] = d.fixes.map((x) => ({
            title: x.title,
            kind: x.kind,
            edits: x.edits.map((e) => ({ line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, text: e.text })),
          }));
          return o;
        }),
      };
      if (f.coverage) file["coverage"] = f.coverage;
      if (f.fixed) file["fixed"] = f.fixed;
      return file;
    }),
    summary: summarize(results as CliFile[]),
  };
  // An extra key (DESIGN §6 allows them): what the baseline left out, and its stale entries.
  if (options.baseline) {
    const b = options.baseline;
    (out as Record<string, unknown>)["baseline"] = {
      files: b.files,
      baselined: b.baselined,
      stale: b.stale.map((e) => ({ baseline: e.baseline, path: e.file, ruleId: e.rule, fingerprint: e.fingerprint, count: e.count, ...(e.line ? { line: e.line } : {}), ...(e.gone ? { gone: true } : {}) })),
      ...(b.pruned ? { pruned: b.pruned } : {}),
    };
  }
  return JSON.stringify(out, null, 2) + "\n";
};
