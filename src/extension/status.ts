// Status bar text for a lint result. Pure (no vscode): unit-tested in test/extension.
import type { Coverage } from "../core/types.js";
import { verdictOf } from "../ladders/verdict.js";

export interface StatusInfo { text: string; tooltip: string }

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** "EM6 · 3/5": the target and how many of its axes the document meets. */
export function statusInfo(target: string | undefined, coverage: Coverage | undefined, nothingRead?: "roles" | "bullets"): StatusInfo {
  // No silent pass (DESIGN §2b): say that nothing was read before any figure.
  if (nothingRead) return { text: `$(warning) Ladderlint: no ${nothingRead} read`, tooltip: `Ladderlint read no ${nothingRead === "roles" ? "role (a title with a company or dates)" : "achievement bullet"} in this document, so its checks did not run; \`ladderlint outline\` shows what was read.` };
  if (!target || !coverage) {
    return { text: "$(checklist) Ladderlint", tooltip: "Ladderlint: no target level. Click to check against a level." };
  }
  const met = coverage.axes.filter((a) => a.met).length;
  const missing = coverage.axes.filter((a) => !a.met).map((a) => `${a.axis} (expects ${a.expected}${a.found ? `, found ${a.found}` : ", no evidence"})`);
  const lines = [
    `Ladderlint: ${met} of ${coverage.axes.length} ${target} axes shown.`,
    // The verdict in the same words as the report and the CLI (DESIGN §4), capitalised as a sentence.
    capitalise(verdictOf(coverage)) + ".",
  ];
  if (missing.length) lines.push(`Missing: ${missing.join("; ")}.`);
  lines.push("Click to open the competency report.");
  return { text: `$(checklist) ${target} · ${met}/${coverage.axes.length}`, tooltip: lines.join("\n") };
}
