// The editor honours a baseline named in config (`baseline:` in .ladderlintrc, DESIGN §5), as the CLI
// does: the findings it accepts are not shown. Not shown rather than shown as hints: the baseline is
// the team's decision that these findings are accepted for now; the Problems panel and the squiggles
// would otherwise show hundreds of them on a packet nobody is changing, and `ladderlint` in the
// terminal or CI would disagree with the editor. Editing a bullet changes its fingerprint, so its
// findings come back as soon as it is rewritten (the moment they are worth seeing).
// Baseline files are read through vscode.workspace.fs (web and virtual workspaces too), cached, and
// re-read when they change; a bad one is a configuration problem shown on it, and nothing is hidden.
import * as vscode from "vscode";
import { applyBaseline, fingerprinter, parseBaseline, type Baseline } from "../engine/baseline.js";
import type { LintResult } from "../engine/index.js";
import type { Problem } from "./settings.js";

export interface DocBaseline {
  baseline: Baseline;
  /** The document's key in it: its path relative to the baseline's folder. */
  key: string;
}

/** `to` relative to the folder `from`, both "/"-separated URI paths. */
function relativePath(from: string, to: string): string {
  const a = from.split("/").filter(Boolean);
  const b = to.split("/").filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

/** The result without the findings the baseline accepts for this document. */
export function withoutBaselined(result: LintResult, b: DocBaseline): LintResult {
  const entries = b.baseline.files[b.key];
  if (!entries?.length || !result.findings.length) return result;
  const of = fingerprinter(result.doc);
  const marked = result.findings.map((f) => ({ finding: f, ruleId: f.ruleId, fingerprint: of(f), line: result.doc.lineCol(f.start).line }));
  const { kept } = applyBaseline(marked, entries);
  return { ...result, findings: kept.map((k) => k.finding) };
}

export class BaselineLoader implements vscode.Disposable {
  private readonly cache = new Map<string, Promise<{ baseline?: Baseline; problem?: Problem }>>();
  private readonly watchers = new Map<string, vscode.Disposable>();

  /** `changed` is called when a baseline file that was read changes. */
  constructor(private readonly changed: () => void) {}

  /** The baseline at `uri` for the document at `doc`, or the problem reading it. */
  async forDocument(uri: vscode.Uri, doc: vscode.Uri): Promise<{ baseline?: DocBaseline; problem?: Problem }> {
    const key = uri.toString();
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.read(uri);
      this.cache.set(key, hit);
      this.watch(uri);
    }
    const { baseline, problem } = await hit;
    if (problem) return { problem };
    return { baseline: { baseline: baseline!, key: relativePath(vscode.Uri.joinPath(uri, "..").path, doc.path) } };
  }

  private async read(uri: vscode.Uri): Promise<{ baseline?: Baseline; problem?: Problem }> {
    const name = vscode.workspace.asRelativePath(uri, false);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (err) {
      return { problem: { uri, line: 0, message: `${name}: cannot read baseline (${err instanceof Error ? err.message : String(err)})` } };
    }
    try {
      return { baseline: parseBaseline(text, name) };
    } catch (err) {
      return { problem: { uri, line: 0, message: err instanceof Error ? err.message : String(err) } };
    }
  }

  private watch(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.watchers.has(key)) return;
    const base = vscode.Uri.joinPath(uri, "..");
    const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(base, uri.path.slice(uri.path.lastIndexOf("/") + 1)));
    const again = () => {
      this.cache.delete(key);
      this.changed();
    };
    this.watchers.set(key, vscode.Disposable.from(w, w.onDidChange(again), w.onDidCreate(again), w.onDidDelete(again)));
  }

  /** Forget what was read (settings or rc files changed). */
  clear(): void {
    this.cache.clear();
  }

  dispose(): void {
    for (const w of this.watchers.values()) w.dispose();
    this.watchers.clear();
  }
}
