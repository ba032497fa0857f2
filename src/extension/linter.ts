// Diagnostics: which documents, when (debounced, on type or on save), stale results dropped,
// keyed by URI, cleared on close. Everything else (code actions, status bar, hover, CodeLens,
// report) reads the latest result from here.
import * as vscode from "vscode";
import { lint, type LintOptions, type LintResult } from "../engine/index.js";
import { BlockCache } from "../core/blocks.js";
import { timings } from "./timing.js";
import type { ConfigLayer } from "../core/types.js";
import { toDiagnostic, SOURCE } from "./convert.js";
import { lintReason, lintedLanguage, tooLarge, MAX_DOCUMENT_CHARS } from "./select.js";
import { readSettings, type ConfigService, type Problem } from "./settings.js";
import { withoutBaselined } from "./baseline.js";

export const DEBOUNCE_MS = 250;

export interface LintEntry {
  uri: vscode.Uri;
  version: number;
  text: string;
  result: LintResult;
  options: LintOptions;
}

/** Schemes whose documents are views of something else (diffs, output, SCM input). */
const SKIP_SCHEMES = new Set(["git", "output", "vscode-scm", "comment", "debug", "walkThroughSnippet", "vscode-notebook-cell-output"]);

export class Linter implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  /** Problems in rc and ladder files, shown on those files. */
  private readonly configCollection = vscode.languages.createDiagnosticCollection(SOURCE + "-config");
  private readonly entries = new Map<string, LintEntry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generation = new Map<string, number>();
  /** Session targets set by Check commands (documents on which a Check ran are linted). */
  private readonly checked = new Map<string, string | undefined>();
  private readonly emitter = new vscode.EventEmitter<LintEntry | { uri: vscode.Uri; cleared: true }>();
  readonly onDidLint = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly warnedTooLarge = new Set<string>();
  /** Parsed blocks per open document: a relint parses only the blocks an edit touched. */
  private readonly parseCaches = new Map<string, BlockCache>();

  constructor(private readonly config: ConfigService) {
    this.disposables.push(
      this.collection,
      this.configCollection,
      this.emitter,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!e.contentChanges.length) return;
        if (readSettings(e.document.uri).run === "onType") this.schedule(e.document, DEBOUNCE_MS);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidCloseTextDocument((d) => this.clear(d.uri)),
      config.onDidChange(() => this.relintAll()),
    );
    // Linted now, not a timer later: at start-up a timer waits behind the extension host's queued work.
    for (const d of vscode.workspace.textDocuments) void this.lintNow(d);
  }

  relintAll(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
    // Documents that stopped qualifying lose their diagnostics.
    for (const key of [...this.entries.keys()]) {
      if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) this.clear(vscode.Uri.parse(key));
    }
  }

  /** Whether a document is linted (DESIGN §7), and why. */
  reason(document: vscode.TextDocument): string | undefined {
    if (!lintedLanguage(document.languageId, document.uri.path)) return undefined;
    if (SKIP_SCHEMES.has(document.uri.scheme)) return undefined;
    const key = document.uri.toString();
    if (tooLarge(document.getText())) {
      if (!this.warnedTooLarge.has(key)) {
        this.warnedTooLarge.add(key);
        void vscode.window.showWarningMessage(
          `Ladderlint: ${vscode.workspace.asRelativePath(document.uri, false)} is not linted: ${(document.getText().length / 1048576).toFixed(1)} MB is over the ${MAX_DOCUMENT_CHARS / 1048576} MB limit for a résumé or packet.`,
        );
      }
      return undefined;
    }
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const relativePath = folder ? vscode.workspace.asRelativePath(document.uri, false) : document.uri.path;
    return lintReason({
      text: document.getText(),
      relativePath,
      globs: readSettings(document.uri).files,
      checked: this.checked.has(key),
    });
  }

  sessionTarget(uri: vscode.Uri): string | undefined {
    return this.checked.get(uri.toString());
  }

  /** Marks a document as checked, with a session target (undefined keeps the configured one). */
  setSessionTarget(uri: vscode.Uri, target: string | undefined): void {
    this.checked.set(uri.toString(), target);
  }

  entry(uri: vscode.Uri): LintEntry | undefined {
    return this.entries.get(uri.toString());
  }

  /** The result for exactly this version of the document, if any. */
  current(document: vscode.TextDocument): LintEntry | undefined {
    const e = this.entries.get(document.uri.toString());
    return e && e.version === document.version ? e : undefined;
  }

  /** Whether a lint of the document is waiting for its debounce. */
  pending(uri: vscode.Uri): boolean {
    return this.timers.has(uri.toString());
  }

  /** The result for this version, waiting (up to `timeoutMs`) for a pending lint to finish. */
  whenCurrent(document: vscode.TextDocument, timeoutMs = 3000): Promise<LintEntry | undefined> {
    const now = this.current(document);
    if (now || !this.reason(document)) return Promise.resolve(now);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        sub.dispose();
        resolve(this.current(document));
      }, timeoutMs);
      const sub = this.onDidLint((e) => {
        if (e.uri.toString() !== document.uri.toString()) return;
        const cur = this.current(document);
        if (!cur && !("cleared" in e)) return;
        clearTimeout(timer);
        sub.dispose();
        resolve(cur);
      });
    });
  }

  schedule(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.lintNow(document);
      }, delay),
    );
  }

  /** Lints now; resolves to the entry, or undefined when the document is not linted or moved on. */
  async lintNow(document: vscode.TextDocument): Promise<LintEntry | undefined> {
    const key = document.uri.toString();
    const started = performance.now();
    const gen = (this.generation.get(key) ?? 0) + 1;
    this.generation.set(key, gen);
    if (document.isClosed || !this.reason(document)) {
      if (this.entries.has(key) || this.collection.has(document.uri)) this.clear(document.uri);
      return undefined;
    }
    const version = document.version;
    const cfg = await this.config.forDocument(document.uri);
    // Dropped when the document changed, closed or a newer lint started meanwhile.
    if (document.isClosed || document.version !== version || this.generation.get(key) !== gen) return undefined;
    const text = document.getText();
    const override: ConfigLayer = {};
    const session = this.checked.get(key);
    if (session) override.target = session;
    const options: LintOptions = { filename: document.uri.path, base: cfg.base, override, ladders: cfg.ladders };
    let parseCache = this.parseCaches.get(key);
    if (!parseCache) this.parseCaches.set(key, (parseCache = new BlockCache()));
    let result: LintResult;
    const t0 = performance.now();
    try {
      result = lint(text, { ...options, parseCache });
      if (cfg.baseline) result = withoutBaselined(result, cfg.baseline);
    } catch (err) {
      // A bug in the core must not take the editor down: one diagnostic on line 1.
      const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), `ladderlint could not lint this document: ${err instanceof Error ? err.message : String(err)}`, vscode.DiagnosticSeverity.Error);
      d.source = SOURCE;
      this.collection.set(document.uri, [d]);
      return undefined;
    }
    const t1 = performance.now();
    const diagnostics = result.findings.map((f) => toDiagnostic(document, f));
    diagnostics.push(...this.problemDiagnostics(document, cfg.problems));
    // The entry first, so whoever reacts to the diagnostics sees the matching result.
    const entry: LintEntry = { uri: document.uri, version, text, result, options };
    this.entries.set(key, entry);
    this.collection.set(document.uri, diagnostics);
    timings.firstLint ??= { startedAt: started, lintMs: t1 - t0, publishedAt: performance.now() };
    this.emitter.fire(entry);
    return entry;
  }

  /** Config/ladder problems per linted document; shown on the offending files (deduplicated). */
  private readonly problemsByDoc = new Map<string, Problem[]>();

  private publishConfigProblems(): void {
    const byFile = new Map<string, Map<string, vscode.Diagnostic>>();
    for (const problems of this.problemsByDoc.values()) {
      for (const p of problems) {
        const line = Math.max(0, p.line - 1);
        const d = new vscode.Diagnostic(new vscode.Range(line, 0, line, 1000), p.message, vscode.DiagnosticSeverity.Error);
        d.source = SOURCE;
        d.code = "config";
        const file = byFile.get(p.uri.toString()) ?? new Map<string, vscode.Diagnostic>();
        file.set(`${line}:${p.message}`, d);
        byFile.set(p.uri.toString(), file);
      }
    }
    this.configCollection.clear();
    for (const [u, ds] of byFile) this.configCollection.set(vscode.Uri.parse(u), [...ds.values()]);
  }

  private problemDiagnostics(document: vscode.TextDocument, problems: Problem[]): vscode.Diagnostic[] {
    const key = document.uri.toString();
    const had = this.problemsByDoc.has(key);
    const elsewhere = problems.filter((p) => p.uri.toString() !== key);
    if (elsewhere.length) this.problemsByDoc.set(key, elsewhere);
    else this.problemsByDoc.delete(key);
    if (had || elsewhere.length) this.publishConfigProblems();
    const out: vscode.Diagnostic[] = [];
    for (const p of problems) {
      const here = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), `Configuration problem: ${p.message}`, vscode.DiagnosticSeverity.Error);
      here.source = SOURCE;
      here.code = "config";
      out.push(here);
    }
    return out;
  }

  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    this.generation.set(key, (this.generation.get(key) ?? 0) + 1);
    this.entries.delete(key);
    this.parseCaches.delete(key);
    this.collection.delete(uri);
    if (this.problemsByDoc.delete(key)) this.publishConfigProblems();
    this.emitter.fire({ uri, cleared: true });
  }

  /** Lint options for a document without waiting for a debounced lint (fix-all on save). */
  async optionsFor(document: vscode.TextDocument): Promise<LintOptions> {
    const cfg = await this.config.forDocument(document.uri);
    const session = this.checked.get(document.uri.toString());
    return { filename: document.uri.path, base: cfg.base, override: session ? { target: session } : {}, ladders: cfg.ladders };
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}
