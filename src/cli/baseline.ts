// The CLI side of baselines (src/engine/baseline.ts): which baseline applies to each file
// (--baseline FILE, else `baseline:` in its config), reading them before anything is linted (a bad one
// ends the run with exit 2 and nothing written), filtering the results, and writing for
// --baseline-write and --baseline-prune. Entries name files relative to the baseline's folder.
import { dirname, relative, resolve, sep } from "node:path";
import {
  BaselineError,
  applyBaseline,
  entriesOf,
  parseBaseline,
  serializeBaseline,
  type Baseline,
  type BaselineEntry,
  type Fingerprinted,
} from "../engine/baseline.js";
import { displayPath } from "./files.js";
import { InputError, decodeText, describeFsError, writeAtomic, type CliFs } from "./io.js";
import type { BaselineReport, CliDiagnostic, CliFile, StaleEntry } from "./types.js";

interface Loaded {
  abs: string;
  display: string;
  baseline: Baseline;
  /** Keys (paths in the baseline) of the files linted in this run. */
  linted: Set<string>;
  /** The entries of linted files as they still match (pruning keeps these). */
  used: Record<string, BaselineEntry[]>;
  /** Entries recorded by --baseline-write for the files linted. */
  recorded: Record<string, BaselineEntry[]>;
}

export class CliBaselines {
  private readonly byAbs = new Map<string, Loaded>();
  /** The baseline (absolute path) of each linted file, by the file's absolute path. */
  private readonly ofFile = new Map<string, string>();

  constructor(
    private readonly cwd: string,
    private readonly fs: CliFs,
    private readonly mode: { write?: string; prune: boolean },
  ) {}

  get active(): boolean {
    return this.byAbs.size > 0;
  }

  /** Phase 1: the baseline at `baselinePath` is read (or, for --baseline-write, made when absent). */
  load(baselinePath: string, from?: string): string {
    const abs = resolve(this.cwd, baselinePath);
    if (!this.byAbs.has(abs)) this.byAbs.set(abs, this.read(abs, from));
    return abs;
  }

  /** Phase 1: `fileAbs` is checked against the baseline at `baselinePath` (relative to cwd or absolute). */
  use(fileAbs: string, baselinePath: string, from?: string): void {
    this.ofFile.set(fileAbs, this.load(baselinePath, from));
  }

  private read(abs: string, from?: string): Loaded {
    const display = displayPath(abs, this.cwd);
    const where = from ? ` (named in ${from})` : "";
    const loaded: Loaded = { abs, display, baseline: { version: 1, files: {} }, linted: new Set(), used: {}, recorded: {} };
    let text: string;
    try {
      const bytes = this.fs.readFile(abs);
      text = decodeText(bytes, display, bytes.length, "config").text;
    } catch (err) {
      // --baseline-write makes the file when it is not there yet.
      if (this.mode.write !== undefined && (err as NodeJS.ErrnoException).code === "ENOENT") return loaded;
      if (err instanceof InputError) throw new InputError(`baseline ${err.message.replace("a config file", "a baseline")}${where}`);
      throw new InputError(`${display}: cannot read baseline${where}: ${describeFsError(err)}`);
    }
    try {
      loaded.baseline = parseBaseline(text, display);
    } catch (err) {
      if (err instanceof BaselineError) throw new InputError(err.message + where);
      throw err;
    }
    return loaded;
  }

  private keyIn(b: Loaded, fileAbs: string): string {
    return relative(dirname(b.abs), fileAbs).split(sep).join("/");
  }

  /**
   * Phase 3: each file's findings less the baselined ones (with --baseline-write, every finding is
   * recorded first, so none is left). `files[k]` was linted from `abs[k]`.
   */
  apply(files: CliFile[], abs: string[]): CliFile[] {
    return files.map((file, k) => {
      const bAbs = this.ofFile.get(abs[k]!);
      if (!bAbs) return file;
      const b = this.byAbs.get(bAbs)!;
      const key = this.keyIn(b, abs[k]!);
      b.linted.add(key);
      const fingerprinted = file.diagnostics as (CliDiagnostic & Fingerprinted)[];
      if (this.mode.write !== undefined) b.recorded[key] = entriesOf(fingerprinted);
      const entries = this.mode.write !== undefined ? b.recorded[key]! : (b.baseline.files[key] ?? []);
      const m = applyBaseline(fingerprinted, entries);
      b.used[key] = m.used;
      this.baselined += m.baselined;
      for (const s of m.stale) this.stale.push({ baseline: b.display, file: key, rule: s.rule, fingerprint: s.fingerprint, count: s.count, ...(s.line ? { line: s.line } : {}) });
      return { ...file, diagnostics: m.kept };
    });
  }

  private baselined = 0;
  private readonly stale: StaleEntry[] = [];

  /** Entries of files that are gone from disk are stale too (files that exist but were not linted are not judged). */
  private staleGoneFiles(): void {
    for (const b of this.byAbs.values()) {
      if (this.mode.write !== undefined) continue;
      for (const [key, entries] of Object.entries(b.baseline.files)) {
        if (b.linted.has(key) || this.exists(resolve(dirname(b.abs), key))) continue;
        for (const e of entries) this.stale.push({ baseline: b.display, file: key, rule: e.rule, fingerprint: e.fingerprint, count: e.count, ...(e.line ? { line: e.line } : {}), gone: true });
      }
    }
  }

  private exists(p: string): boolean {
    try {
      this.fs.stat(p);
      return true;
    } catch (err) {
      return (err as NodeJS.ErrnoException).code !== "ENOENT" && (err as NodeJS.ErrnoException).code !== "ENOTDIR";
    }
  }

  /**
   * After apply(): writes the baseline for --baseline-write (this run's files replaced, others kept) or
   * --baseline-prune (stale entries removed), and returns what the summary says. `messages` gets one
   * line per file written.
   */
  finish(messages: string[], write: boolean): BaselineReport {
    this.staleGoneFiles();
    const report: BaselineReport = { files: [...this.byAbs.values()].map((b) => b.display), baselined: this.baselined, stale: this.stale };
    if (!write) return report;
    for (const b of this.byAbs.values()) {
      let next: Record<string, BaselineEntry[]>;
      let removed = 0;
      if (this.mode.write !== undefined) next = { ...b.baseline.files, ...b.recorded };
      else if (this.mode.prune) {
        const mine = this.stale.filter((s) => s.baseline === b.display);
        if (!mine.length) continue;
        next = {};
        for (const [key, entries] of Object.entries(b.baseline.files)) {
          if (b.linted.has(key)) next[key] = b.used[key] ?? [];
          else if (!mine.some((s) => s.file === key && s.gone)) next[key] = entries;
        }
        removed = mine.reduce((n, s) => n + s.count, 0);
      } else continue;
      writeAtomic(b.abs, serializeBaseline(next), b.display, this.fs);
      const left = Object.values(next).reduce((n, es) => n + es.reduce((m, e) => m + e.count, 0), 0);
      const files = Object.values(next).filter((es) => es.length).length;
      if (this.mode.write !== undefined) messages.push(`wrote ${b.display}: ${plural(left, "finding")} accepted in ${plural(files, "file")}`);
      else {
        report.pruned = (report.pruned ?? 0) + removed;
        report.stale = report.stale.filter((s) => s.baseline !== b.display);
        messages.push(`pruned ${b.display}: ${plural(removed, "stale finding")} removed, ${left} left`);
      }
    }
    return report;
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
