// `--format github`: GitHub Actions workflow commands, one per finding:
//   ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message
// info/hint findings become `notice`. Escaping follows @actions/core (toCommandValue/escapeData/
// escapeProperty): % \r \n in the message; additionally : and , in properties.
import type { Formatter } from "../types.js";
import { baselinedLine, staleLine } from "./baseline-note.js";

export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const COMMAND = { error: "error", warning: "warning", info: "notice", hint: "notice" } as const;

export const github: Formatter = (results, options) => {
  const lines: string[] = [];
  for (const f of results)
    for (const d of f.diagnostics) {
      const props = [
        `file=${escapeProperty(f.path)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(d.ruleId)}`,
      ];
      const msg = d.competency ? `${d.message} (${d.competency})` : d.message;
      lines.push(`::${COMMAND[d.severity]} ${props.join(",")}::${escapeData(msg)}`);
    }
  // The baseline: one notice with the count, one per stale entry (on the baseline file).
  const b = options.baseline;
  if (b) {
    lines.push(`::notice title=ladderlint baseline::${escapeData(baselinedLine(b))}`);
    for (const e of b.stale) lines.push(`::notice file=${escapeProperty(e.baseline)},title=${escapeProperty("stale baseline entry")}::${escapeData(`${staleLine(e)}; remove with --baseline-prune`)}`);
  }
  return lines.length ? lines.join("\n") + "\n" : "";
};
