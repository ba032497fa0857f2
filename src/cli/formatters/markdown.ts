// `--format markdown`: a report to paste into a pull-request comment (GitHub-flavoured tables).
import { summarize, type CliFile, type Formatter } from "../types.js";
import { baselinedLine, staleLines } from "./baseline-note.js";
import { verdictOf } from "../../ladders/verdict.js";

/** Text safe inside a GFM table cell: no pipes, line breaks or raw HTML. */
export function cell(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/\r?\n|\r/g, " ");
}

const ICON = { error: "❌ error", warning: "⚠️ warning", info: "ℹ️ info", hint: "💡 hint" } as const;

export const markdown: Formatter = (results, options) => {
  const s = summarize(results as CliFile[]);
  const out: string[] = [
    `### ladderlint: ${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}, ${s.infos} info in ${s.files} file${s.files === 1 ? "" : "s"}`,
  ];
  if (options.baseline) {
    out.push("", cell(baselinedLine(options.baseline)) + ".");
    const stale = staleLines(options.baseline);
    if (stale) out.push("", cell(stale.heading), "", ...stale.entries.map((e) => `- ${cell(e)}`));
  }
  for (const f of results as CliFile[]) {
    const meta = [f.kind === "promo" ? "promotion packet" : "résumé"];
    if (f.target) meta.push(`target ${f.target}`);
    if (f.coverage) meta.push(verdictOf(f.coverage));
    out.push("", `#### \`${f.path.replace(/`/g, "'")}\` (${meta.join(" · ")})`);
    if (f.diagnostics.length) {
      out.push("", "| Line | Severity | Rule | Message |", "|---:|---|---|---|");
      for (const d of f.diagnostics) {
        const msg = d.competency ? `${d.message} (${d.competency})` : d.message;
        out.push(`| ${d.line}:${d.column} | ${ICON[d.severity]} | \`${d.ruleId}\` | ${cell(msg)} |`);
      }
    } else out.push("", "No problems found.");
    if (f.coverage) {
      out.push("", `| Axis | ${cell(f.coverage.target)} expects | Found | Met |`, "|---|---|---|:-:|");
      for (const a of f.coverage.axes) out.push(`| ${cell(a.axis)} | ${cell(a.expected)} | ${cell(a.found ?? "—")} | ${a.met ? "✅" : "❌"} |`);
    }
  }
  return out.join("\n") + "\n";
};
