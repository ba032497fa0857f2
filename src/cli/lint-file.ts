// Linting one file: the unit of work. Takes plain data and returns plain data (no streams, no fs), so
// it can run in the main thread or in a worker thread unchanged.
import { fixAll, lint, type LintResult } from "../engine/index.js";
import { LineIndex } from "../core/positions.js";
import type { ConfigLayer } from "../core/types.js";
import { InputError } from "./io.js";
import { ladderSetFor, type LadderSource } from "./ladders.js";
import { toCoverage, toDiagnostic } from "./positions.js";
import type { CliFile } from "./types.js";
import { fingerprinter } from "../engine/baseline.js";

export interface LintJob {
  /** Decoded text without BOM. */
  text: string;
  display: string;
  /** Nearest config file layer (ladders already split out into ladderSources). */
  base: ConfigLayer;
  /** CLI flags. */
  override: ConfigLayer;
  ladderSources: LadderSource[];
  fix: boolean;
  /** Give each diagnostic its baseline fingerprint (a baseline is in use, or SARIF is asked for). */
  fingerprints?: boolean;
}

export interface LintOutcome {
  file: CliFile;
  /** The fixed text (without BOM) when --fix changed something. */
  fixedText?: string;
  /** Why --fix left the file alone, when it did. */
  fixSkipped?: string;
  /** Set when linting the file failed unexpectedly (a bug): one line, naming the file; `file` has no findings. */
  failure?: string;
}

/** The one-line message for an unexpected failure while linting `display`. */
export function internalFailure(display: string, err: unknown): string {
  return `${display}: internal error while checking this file: ${(err instanceof Error ? err.message : String(err)).split("\n")[0]}`;
}

/** `lint()` for one file of a subcommand: an unexpected failure becomes an InputError naming the file (exit 2). */
export function lintOne(display: string, text: string, options: Parameters<typeof lint>[1]): LintResult {
  try {
    return lint(text, options);
  } catch (err) {
    throw new InputError(internalFailure(display, err));
  }
}

export function toCliFile(display: string, result: LintResult, text: string, fingerprints = false): CliFile {
  const index = LineIndex.of(text);
  const fp = fingerprints ? fingerprinter(result.doc) : undefined;
  const file: CliFile = {
    path: display,
    kind: result.kind,
    target: result.target ?? null,
    diagnostics: result.findings.map((f) => (fp ? { ...toDiagnostic(f, index), fingerprint: fp(f) } : toDiagnostic(f, index))),
  };
  if (result.coverage) file.coverage = toCoverage(result.coverage);
  return file;
}

export function lintJob(job: LintJob): LintOutcome {
  const ladders = ladderSetFor(job.ladderSources);
  try {
    return lintWithLadders(job, ladders);
  } catch (err) {
    // One file's failure must not hide the others' results: reported by the caller, exit code 2.
    return { file: { path: job.display, kind: "resume", target: null, diagnostics: [] }, failure: internalFailure(job.display, err) };
  }
}

function lintWithLadders(job: LintJob, ladders: ReturnType<typeof ladderSetFor>): LintOutcome {
  const options = { filename: job.display, base: job.base, override: job.override, ladders };
  if (!job.fix) {
    const result = lint(job.text, options);
    return { file: toCliFile(job.display, result, job.text, job.fingerprints) };
  }
  const first = lint(job.text, options);
  // Never touch a file whose front matter did not parse.
  if (first.doc.frontMatter?.error) {
    return { file: toCliFile(job.display, first, job.text, job.fingerprints), fixSkipped: "front matter does not parse; not fixed" };
  }
  if (!first.findings.some((f) => f.fixes.some((x) => x.kind === "fix"))) return { file: toCliFile(job.display, first, job.text, job.fingerprints) };
  const fixed = fixAll(job.text, options);
  const file = toCliFile(job.display, fixed.result, fixed.text, job.fingerprints);
  if (fixed.text === job.text) return { file };
  file.fixed = fixed.fixed;
  return { file, fixedText: fixed.text };
}
