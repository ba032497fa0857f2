// The baseline's part of a summary, shared by the text formats: how many findings a baseline left
// out, and which of its entries match nothing any more (stale).
import type { BaselineReport, StaleEntry } from "../types.js";

const s = (n: number) => (n === 1 ? "" : "s");

/** "3 findings baselined (ladderlint-baseline.json)". */
export function baselinedLine(b: BaselineReport): string {
  return `${b.baselined} finding${s(b.baselined)} baselined (${b.files.join(", ")})`;
}

/** One line per stale entry: where it was, what it was, why it is stale. */
export function staleLine(e: StaleEntry): string {
  const where = `${e.file}${e.line ? `:${e.line}` : ""}`;
  const what = `${e.rule}${e.count > 1 ? ` ×${e.count}` : ""}`;
  return `${where}  ${what}  ${e.gone ? "the file is gone" : "no longer found (the bullet was fixed or rewritten)"}`;
}

/** The lines of a stale report, with its heading; none when nothing is stale. */
export function staleLines(b: BaselineReport): { heading: string; entries: string[] } | undefined {
  if (!b.stale.length) return undefined;
  const n = b.stale.reduce((k, e) => k + e.count, 0);
  return {
    heading: `${n} baseline entr${n === 1 ? "y" : "ies"} no longer match; remove ${n === 1 ? "it" : "them"} with --baseline-prune:`,
    entries: b.stale.map(staleLine),
  };
}
