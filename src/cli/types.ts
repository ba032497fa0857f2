// What the CLI hands to formatters: findings already converted to 1-based line/column (UTF-16 units).
// Plain data (structured-cloneable), so a worker thread can produce it and the cache can store it.
import type { DocKind, FixKind, Severity } from "../core/types.js";

export interface CliEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

export interface CliFix {
  title: string;
  kind: FixKind;
  edits: CliEdit[];
}

export interface CliDiagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  competency?: string;
  fixes: CliFix[];
  /** The baseline fingerprint (src/engine/baseline.ts), when the run needs one (baseline, SARIF). */
  fingerprint?: string;
}

export interface CliCoverageAxis {
  axis: string;
  expected: string;
  found: string | null;
  met: boolean;
  evidence: { line: number; text: string; cue?: string }[];
}

export interface CliCoverage {
  target: string;
  readsAs: string | null;
  axes: CliCoverageAxis[];
  /** Added keys (DESIGN §6 allows extra keys): the axes below `readsAs`, and the verdict in words. */
  short?: { axis: string; expected: string; found: string | null }[];
  verdict?: string;
}

export interface CliFile {
  /** As given on the command line or found by expansion, relative to cwd, with "/" separators. */
  path: string;
  kind: DocKind;
  target: string | null;
  diagnostics: CliDiagnostic[];
  coverage?: CliCoverage;
  /** Number of fixes written by --fix. */
  fixed?: number;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  /** info and hint findings. */
  infos: number;
}

export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: Severity;
  helpUri: string;
  /** Plain-text help (the rule doc's first paragraph, or its description). */
  help: string;
  /** Full Markdown doc, when embedded. */
  markdown?: string;
}

/** A baseline entry that matched no finding (or fewer findings than it counts). */
export interface StaleEntry {
  /** The baseline file, as shown. */
  baseline: string;
  /** The file, as named in the baseline (relative to its folder). */
  file: string;
  rule: string;
  fingerprint: string;
  count: number;
  line?: number;
  /** The file itself is gone. */
  gone?: boolean;
}

/** What a run with a baseline says in its summary. */
export interface BaselineReport {
  /** The baseline files in use, as shown. */
  files: string[];
  /** Findings left out because a baseline records them. */
  baselined: number;
  stale: StaleEntry[];
  /** With --baseline-prune: findings' worth of entries removed. */
  pruned?: number;
}

export interface FormatOptions {
  /** Colour escapes allowed (stylish only). */
  color: boolean;
  version: string;
  /** Rules known to the run, for SARIF's tool.driver.rules. */
  rules: RuleInfo[];
  /** Absolute working directory (SARIF uses it for originalUriBaseIds). */
  cwd: string;
  /** Set when a baseline is in use. */
  baseline?: BaselineReport;
}

export type Formatter = (results: CliFile[], options: FormatOptions) => string;

export function summarize(results: CliFile[]): Summary {
  const s: Summary = { files: results.length, errors: 0, warnings: 0, infos: 0 };
  for (const f of results)
    for (const d of f.diagnostics) {
      if (d.severity === "error") s.errors++;
      else if (d.severity === "warning") s.warnings++;
      else s.infos++;
    }
  return s;
}
