// The default, human format (ESLint's "stylish"): per file, `line:col  severity  message  rule`,
// then a summary. Colour only when options.color (stdout is a TTY and NO_COLOR is unset).
import pc from "picocolors";
import { summarize, type CliFile, type Formatter } from "../types.js";
import { baselinedLine, staleLines } from "./baseline-note.js";
import { verdictOf } from "../../ladders/verdict.js";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export const stylish: Formatter = (results, options) => {
  const c = pc.createColors(options.color);
  const sev = { error: c.red("error"), warning: c.yellow("warning"), info: c.blue("info"), hint: c.dim("hint") };
  const out: string[] = [];
  let fixable = 0;
  for (const f of results as CliFile[]) {
    if (!f.diagnostics.length && !f.coverage && !f.fixed) continue;
    out.push("", c.underline(f.path));
    if (f.fixed) out.push(`  ${c.green(`fixed ${plural(f.fixed, "problem")}`)}`);
    const rows = f.diagnostics.map((d) => {
      if (d.fixes.some((x) => x.kind === "fix")) fixable++;
      const msg = d.competency ? `${d.message} ${c.dim(`(${d.competency})`)}` : d.message;
      return { pos: `${d.line}:${d.column}`, sev: sev[d.severity], sevLen: d.severity.length, msg, rule: c.dim(d.ruleId) };
    });
    // A loop, not Math.max(...rows): a file can have more findings than a call has room for arguments.
    let posW = 0;
    let sevW = 0;
    for (const r of rows) {
      if (r.pos.length > posW) posW = r.pos.length;
      if (r.sevLen > sevW) sevW = r.sevLen;
    }
    for (const r of rows) {
      out.push(`  ${r.pos.padStart(posW)}  ${r.sev}${" ".repeat(sevW - r.sevLen)}  ${r.msg}  ${r.rule}`);
    }
    if (f.coverage) {
      const met = f.coverage.axes.filter((a) => a.met).length;
      const reads = verdictOf(f.coverage);
      out.push(`  ${c.bold(f.coverage.target)} coverage: ${met}/${f.coverage.axes.length} axes met · ${reads}`);
      for (const a of f.coverage.axes) {
        const mark = a.met ? c.green("✔") : c.red("✖");
        out.push(`    ${mark} ${a.axis}: expects ${a.expected}, found ${a.found ?? "nothing"}`);
      }
    }
  }
  const s = summarize(results as CliFile[]);
  const total = s.errors + s.warnings + s.infos;
  if (total) {
    const mark = s.errors ? c.red("✖") : s.warnings ? c.yellow("⚠") : c.blue("ℹ");
    out.push(
      "",
      `${mark} ${plural(total, "problem")} (${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.infos, "info")}) in ${plural(s.files, "file")}`,
    );
    if (fixable) out.push(c.dim(`  ${plural(fixable, "problem")} fixable with --fix`));
  }
  const b = options.baseline;
  if (b) {
    out.push("", `${c.dim("≡")} ${baselinedLine(b)}`);
    if (b.pruned) out.push(c.dim(`  ${plural(b.pruned, "stale finding")} pruned from the baseline`));
    const stale = staleLines(b);
    if (stale) out.push(c.yellow(`  ${stale.heading}`), ...stale.entries.map((e) => `    ${e}`));
  }
  return out.length ? out.join("\n").replace(/^\n/, "") + "\n" : "";
};
