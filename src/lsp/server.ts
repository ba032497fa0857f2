// The language server (`ladderlint lsp --stdio`, `ladderlint-ls`): an adapter from LSP to the same
// engine, config discovery, ladders and report as the CLI and the VS Code extension.
//   diagnostics: pushed on open and (debounced) on change, or pulled (textDocument/diagnostic) when
//     the client supports it; only for documents the extension would lint (select.ts);
//   code actions: each fix, suggestion and snippet, "disable for this line", source.fixAll.ladderlint;
//   hover on a bullet: the competencies it evidences and its categories;
//   commands: ladderlint.checkAgainst (a level id), ladderlint.report (writes the HTML report beside
//     the file and returns its path);
//   settings from workspace/configuration and didChangeConfiguration; .ladderlintrc.* and ladder
//     files watched. Every handler answers an error instead of throwing; the server keeps serving.
import { basename, dirname, extname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MarkupKind,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type HoverParams,
  type Hover,
  type InitializeParams,
  type InitializeResult,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { ENGINE_RULE, fixAll, lint, BlockCache, type LintOptions, type LintResult } from "../engine/index.js";
import { bulletAt, bulletEvidence, minimalEdit, snippetPlainText } from "../engine/editor.js";
import { ruleDocUrl } from "../core/rule.js";
import { resumeFormatOf } from "../core/resume-names.js";
import type { Finding, Fix, Severity } from "../core/types.js";
import { hasLadderlintFrontMatter, lintedLanguage, lintReason, MAX_DOCUMENT_CHARS, tooLarge } from "../extension/select.js";
import { renderReportHtml } from "../report/index.js";
import { nodeCliFs, writeAtomic } from "../cli/io.js";
import { LspConfig, parseSettings, type DocConfig, type LspSettings, type Problem } from "./config.js";

export const SOURCE = "ladderlint";
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.ladderlint`;
export const CHECK_AGAINST = "ladderlint.checkAgainst";
export const REPORT = "ladderlint.report";
export const DEBOUNCE_MS = 250;
const RC_GLOB = "**/.ladderlintrc{,.json,.yaml,.yml}";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

interface Entry {
  version: number;
  text: string;
  result: LintResult;
  options: LintOptions;
  diagnostics: Diagnostic[];
}

/** What the server answers for a document that is not linted, or is linted. */
type Outcome = { linted: false; diagnostics: Diagnostic[] } | { linted: true; entry: Entry };

function pathOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split("\n")[0]!;
}

export class LadderlintServer {
  readonly documents = new TextDocuments(TextDocument);
  private capabilities: ClientCapabilities = {};
  private folders: string[] = [];
  private readonly config = new LspConfig();
  /** Settings per document URI from workspace/configuration (cleared when the client says they changed). */
  private readonly settingsCache = new Map<string, Promise<LspSettings>>();
  /** Settings pushed with didChangeConfiguration or initializationOptions (clients without workspace/configuration). */
  private pushedSettings: LspSettings = parseSettings({});
  private readonly entries = new Map<string, Entry>();
  private readonly parseCaches = new Map<string, BlockCache>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Session targets of ladderlint.checkAgainst (a checked document is linted whatever its name). */
  private readonly sessionTargets = new Map<string, string>();
  /** Files (rc, ladder) that carry configuration problems, as published. */
  private problemFiles = new Set<string>();
  private readonly problemsByDoc = new Map<string, Problem[]>();
  private lastUri: string | undefined;

  constructor(private readonly connection: Connection) {
    const c = connection;
    c.onInitialize((p) => this.initialize(p));
    c.onInitialized(() => this.initialized());
    c.onShutdown(() => {
      for (const t of this.timers.values()) clearTimeout(t);
      this.timers.clear();
    });
    this.documents.onDidOpen((e) => this.notify("didOpen", () => ((this.lastUri = e.document.uri), this.schedule(e.document.uri, 0))));
    this.documents.onDidChangeContent((e) => this.notify("didChange", () => ((this.lastUri = e.document.uri), this.schedule(e.document.uri, DEBOUNCE_MS))));
    this.documents.onDidClose((e) => this.notify("didClose", () => this.forget(e.document.uri)));
    // A config or ladder file saved from the editor (the client may not watch it): read everything again.
    this.documents.onDidSave((e) => this.notify("didSave", () => (/\.(json|ya?ml)$|[\\/]\.ladderlintrc$/i.test(e.document.uri) ? this.invalidate() : undefined)));
    c.onDidChangeConfiguration((p) =>
      this.notify("didChangeConfiguration", () => {
        const s = (p.settings as Record<string, unknown> | null | undefined)?.["ladderlint"];
        if (s !== undefined) this.pushedSettings = parseSettings(s);
        this.invalidate();
      }),
    );
    c.onDidChangeWatchedFiles(() => this.notify("didChangeWatchedFiles", () => this.invalidate()));
    c.onCodeAction((p) => this.guard("textDocument/codeAction", () => this.codeActions(p)));
    c.onHover((p) => this.guard("textDocument/hover", () => this.hover(p)));
    c.onExecuteCommand((p) => this.guard("workspace/executeCommand", () => this.execute(p.command, p.arguments ?? [])));
    c.languages.diagnostics.on((p) =>
      this.guard("textDocument/diagnostic", async () => {
        const doc = this.documents.get(p.textDocument.uri);
        if (!doc) return { kind: "full" as const, items: [] };
        return { kind: "full" as const, items: await this.diagnosticsOf(doc) };
      }),
    );
    this.documents.listen(c);
  }

  // -------------------------------------------------------------------------
  // Lifecycle
  // -------------------------------------------------------------------------

  private get pull(): boolean {
    return !!this.capabilities.textDocument?.diagnostic;
  }

  private initialize(p: InitializeParams): InitializeResult {
    this.capabilities = p.capabilities ?? {};
    this.folders = (p.workspaceFolders ?? []).map((f) => pathOf(f.uri)).filter((x): x is string => !!x);
    const root = p.rootUri ? pathOf(p.rootUri) : (p.rootPath ?? undefined);
    if (!this.folders.length && root) this.folders = [root];
    const init = (p.initializationOptions as Record<string, unknown> | null | undefined) ?? {};
    if (init["ladderlint"] !== undefined || init["settings"] !== undefined) {
      const s = init["ladderlint"] ?? (init["settings"] as Record<string, unknown> | undefined)?.["ladderlint"];
      this.pushedSettings = parseSettings(s);
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        executeCommandProvider: { commands: [CHECK_AGAINST, REPORT] },
        ...(this.pull ? { diagnosticProvider: { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: "ladderlint" },
    };
  }

  private initialized(): void {
    const ws = this.capabilities.workspace;
    if (ws?.didChangeConfiguration?.dynamicRegistration) void this.connection.client.register(DidChangeConfigurationNotification.type, { section: "ladderlint" }).catch(() => undefined);
    if (ws?.didChangeWatchedFiles?.dynamicRegistration) {
      void this.connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: RC_GLOB }, { globPattern: "**/*.ladder.{json,yaml,yml}" }, { globPattern: "**/ladders/*.{json,yaml,yml}" }] })
        .catch(() => undefined);
    }
  }

  /** Settings, an rc file or a ladder changed: everything is read again and every open document relinted. */
  private invalidate(): void {
    this.settingsCache.clear();
    this.config.invalidate();
    this.entries.clear();
    if (this.pull) {
      if (this.capabilities.workspace?.diagnostics?.refreshSupport) void this.connection.languages.diagnostics.refresh().catch(() => undefined);
    } else for (const d of this.documents.all()) this.schedule(d.uri, 0);
  }

  /** A notification handler that never throws (logged instead). */
  private notify(what: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.connection.console.error(`ladderlint: ${what} failed: ${firstLine(err)}`);
    }
  }

  /** A request handler whose failure is an error response, never a crash. */
  private async guard<T>(what: string, fn: () => T | Promise<T>): Promise<T | ResponseError<any>> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof ResponseError) return err;
      this.connection.console.error(`ladderlint: ${what} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return new ResponseError(ErrorCodes.InternalError, `ladderlint: ${what} failed: ${firstLine(err)}`);
    }
  }

  // -------------------------------------------------------------------------
  // Settings and configuration
  // -------------------------------------------------------------------------

  private settingsFor(uri: string): Promise<LspSettings> {
    if (!this.capabilities.workspace?.configuration) return Promise.resolve(this.pushedSettings);
    let hit = this.settingsCache.get(uri);
    if (!hit) {
      hit = this.connection.workspace.getConfiguration({ scopeUri: uri, section: "ladderlint" }).then(
        (raw: unknown) => (raw === null || raw === undefined ? this.pushedSettings : parseSettings(raw)),
        () => this.pushedSettings,
      );
      this.settingsCache.set(uri, hit);
    }
    return hit;
  }

  private folderOf(file: string | undefined): string | undefined {
    if (!file) return this.folders[0];
    let best: string | undefined;
    for (const f of this.folders) if ((file === f || file.startsWith(f.endsWith("/") || f.endsWith("\\") ? f : f + (f.includes("\\") ? "\\" : "/"))) && (!best || f.length > best.length)) best = f;
    return best;
  }

  private async configFor(uri: string): Promise<{ cfg: DocConfig; settings: LspSettings; file?: string; folder?: string }> {
    const settings = await this.settingsFor(uri);
    const file = pathOf(uri);
    const folder = this.folderOf(file);
    return { cfg: this.config.forDocument(file, folder, settings), settings, file, folder };
  }

  // -------------------------------------------------------------------------
  // Diagnostics
  // -------------------------------------------------------------------------

  private schedule(uri: string, delay: number): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        if (this.pull) return; // the client asks when it wants them
        const doc = this.documents.get(uri);
        if (!doc) return;
        void this.diagnosticsOf(doc).then(
          (diagnostics) => {
            // Dropped when the document changed (a newer lint is scheduled) or closed meanwhile.
            if (this.documents.get(uri)?.version === doc.version) void this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
          },
          (err: unknown) => this.connection.console.error(`ladderlint: lint of ${uri} failed: ${firstLine(err)}`),
        );
      }, delay),
    );
  }

  private forget(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    this.entries.delete(uri);
    this.parseCaches.delete(uri);
    this.sessionTargets.delete(uri);
    if (this.problemsByDoc.delete(uri)) this.publishProblems();
    if (!this.pull) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async diagnosticsOf(doc: TextDocument): Promise<Diagnostic[]> {
    const out = await this.outcome(doc);
    return out.linted ? out.entry.diagnostics : out.diagnostics;
  }

  /** Lints the document as it stands (or reuses the result for this version). Never throws. */
  private async outcome(doc: TextDocument): Promise<Outcome> {
    const uri = doc.uri;
    const cached = this.entries.get(uri);
    if (cached && cached.version === doc.version) return { linted: true, entry: cached };
    const { cfg, settings, file, folder } = await this.configFor(uri);
    const text = doc.getText();
    const checked = this.sessionTargets.has(uri);
    const relativePath = file && folder ? file.slice(folder.length).replace(/\\/g, "/") : (file ?? decodeURIComponent(uri.replace(/^[a-z]+:\/*/i, "")));
    // The extension's languages: Markdown (by language or name) and JSON Resume files named so; a YAML
    // file with a `target:` key is not a résumé.
    if (!lintedLanguage(doc.languageId.toLowerCase(), file ?? uri) && !/\.(md|markdown)$/i.test(file ?? uri)) {
      this.entries.delete(uri);
      return { linted: false, diagnostics: [] };
    }
    if (tooLarge(text)) {
      // One diagnostic, and only on a document that would otherwise be linted (its head is read, not all of it).
      const wanted = checked || hasLadderlintFrontMatter(text.slice(0, 64 * 1024)) || lintReason({ text: "", relativePath, globs: settings.files, checked: false }) !== undefined;
      const diagnostics: Diagnostic[] = wanted
        ? [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Warning, source: SOURCE, code: ENGINE_RULE, message: `Not linted: ${(text.length / 1048576).toFixed(1)} MB is over the ${MAX_DOCUMENT_CHARS / 1048576} MB limit for a résumé or packet` }]
        : [];
      this.entries.delete(uri);
      return { linted: false, diagnostics };
    }
    if (!lintReason({ text, relativePath, globs: settings.files, checked })) {
      this.entries.delete(uri);
      return { linted: false, diagnostics: [] };
    }
    const override = this.sessionTargets.has(uri) ? { target: this.sessionTargets.get(uri)! } : {};
    const options: LintOptions = { filename: file ?? uri, base: cfg.base, override, ladders: cfg.ladders };
    let parseCache = this.parseCaches.get(uri);
    if (!parseCache) this.parseCaches.set(uri, (parseCache = new BlockCache()));
    let result: LintResult;
    try {
      result = lint(text, { ...options, parseCache });
    } catch (err) {
      // A bug in the core must not take the server down: one diagnostic on line 1.
      this.parseCaches.delete(uri);
      return { linted: false, diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: SOURCE, code: ENGINE_RULE, message: `ladderlint could not lint this document: ${firstLine(err)}` }] };
    }
    const diagnostics = result.findings.map((f) => this.toDiagnostic(doc, f));
    for (const p of cfg.problems) {
      diagnostics.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: SOURCE, code: "config", message: `Configuration problem: ${p.message}` });
    }
    this.trackProblems(uri, cfg.problems);
    const entry: Entry = { version: doc.version, text, result, options, diagnostics };
    this.entries.set(uri, entry);
    return { linted: true, entry };
  }

  private toDiagnostic(doc: TextDocument, f: Finding): Diagnostic {
    const message = f.competency && !f.message.includes(f.competency) ? `${f.message} (${f.competency})` : f.message;
    const d: Diagnostic = {
      range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
      severity: SEVERITY[f.severity],
      source: SOURCE,
      code: f.ruleId,
      message,
      data: { ruleId: f.ruleId, ...(f.competency ? { competency: f.competency } : {}) },
    };
    if (f.ruleId !== ENGINE_RULE) d.codeDescription = { href: ruleDocUrl(f.ruleId) };
    if (f.related?.length) {
      d.relatedInformation = f.related.map((r) => ({ location: { uri: doc.uri, range: { start: doc.positionAt(r.start), end: doc.positionAt(r.end) } }, message: r.message }));
    }
    return d;
  }

  /** Config and ladder problems are shown on the offending files too (pushed: they are not open documents). */
  private trackProblems(uri: string, problems: Problem[]): void {
    const before = JSON.stringify(this.problemsByDoc.get(uri) ?? []);
    const onFiles = problems.filter((p) => p.file);
    if (onFiles.length) this.problemsByDoc.set(uri, onFiles);
    else this.problemsByDoc.delete(uri);
    if (JSON.stringify(onFiles) !== before) this.publishProblems();
  }

  private publishProblems(): void {
    const byFile = new Map<string, Map<string, Diagnostic>>();
    for (const problems of this.problemsByDoc.values()) {
      for (const p of problems) {
        const uri = pathToFileURL(p.file!).href;
        const line = Math.max(0, p.line - 1);
        const m = byFile.get(uri) ?? new Map<string, Diagnostic>();
        m.set(`${line}:${p.message}`, { range: { start: { line, character: 0 }, end: { line, character: 1000 } }, severity: DiagnosticSeverity.Error, source: SOURCE, code: "config", message: p.message });
        byFile.set(uri, m);
      }
    }
    for (const uri of this.problemFiles) if (!byFile.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, m] of byFile) void this.connection.sendDiagnostics({ uri, diagnostics: [...m.values()] });
    this.problemFiles = new Set(byFile.keys());
  }

  /** The lint result for the document's current version, linting now when there is none. */
  private async current(uri: string): Promise<{ doc: TextDocument; entry: Entry } | undefined> {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const out = await this.outcome(doc);
    return out.linted && out.entry.version === doc.version ? { doc, entry: out.entry } : undefined;
  }

  // -------------------------------------------------------------------------
  // Code actions
  // -------------------------------------------------------------------------

  private async codeActions(p: CodeActionParams): Promise<CodeAction[]> {
    const only = p.context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + "."));
    const cur = await this.current(p.textDocument.uri);
    if (!cur) return [];
    const { doc, entry } = cur;
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      // The diagnostics the client sent; a client that sends none gets the findings under the range.
      const start = doc.offsetAt(p.range.start);
      const end = doc.offsetAt(p.range.end);
      const ours = p.context.diagnostics.filter((d) => d.source === SOURCE);
      const pairs: { finding: Finding; diag: Diagnostic }[] = [];
      if (ours.length) {
        for (const d of ours) {
          const f = this.findingFor(doc, entry, d);
          if (f) pairs.push({ finding: f, diag: d });
        }
      } else {
        entry.result.findings.forEach((f, i) => {
          if (f.start <= end && start <= f.end) pairs.push({ finding: f, diag: entry.diagnostics[i]! });
        });
      }
      for (const { finding, diag } of pairs) {
        finding.fixes.forEach((fix, i) => actions.push(this.fixAction(doc, fix, diag, i === 0 && fix.kind === "fix")));
        const disable = this.disableLine(doc, entry, finding, diag);
        if (disable) actions.push(disable);
      }
    }
    // Fix all: asked for by kind (on save), or listed with the quick fixes when something is fixable.
    if (wants(FIX_ALL_KIND)) {
      const all = this.fixAllAction(doc, entry);
      if (all) actions.push(all);
    }
    return actions;
  }

  private findingFor(doc: TextDocument, entry: Entry, d: Diagnostic): Finding | undefined {
    const rule = (d.data as { ruleId?: unknown } | undefined)?.ruleId ?? d.code;
    if (typeof rule !== "string") return undefined;
    const start = doc.offsetAt(d.range.start);
    const end = doc.offsetAt(d.range.end);
    const same = entry.result.findings.filter((f) => f.ruleId === rule && f.start === start && f.end === end);
    const text = typeof d.message === "string" ? d.message : d.message.value;
    return same.find((f) => text === f.message || text.startsWith(f.message)) ?? same[0];
  }

  private edit(doc: TextDocument, edits: LspTextEdit[]): WorkspaceEdit {
    return { changes: { [doc.uri]: edits } };
  }

  private fixAction(doc: TextDocument, fix: Fix, diag: Diagnostic, preferred: boolean): CodeAction {
    const range = (s: number, e: number) => ({ start: doc.positionAt(s), end: doc.positionAt(e) });
    const a: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diag] };
    if (preferred) a.isPreferred = true;
    const ws = this.capabilities.workspace?.workspaceEdit as { snippetEditSupport?: boolean; documentChanges?: boolean } | undefined;
    if (fix.kind === "snippet" && ws?.snippetEditSupport && ws.documentChanges) {
      a.edit = {
        documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: fix.edits.map((e) => ({ range: range(e.start, e.end), snippet: { kind: "snippet", value: e.text } })) }],
      };
    } else {
      a.edit = this.edit(doc, fix.edits.map((e) => ({ range: range(e.start, e.end), newText: fix.kind === "snippet" ? snippetPlainText(e.text) : e.text })));
    }
    return a;
  }

  private disableLine(doc: TextDocument, entry: Entry, finding: Finding, diag: Diagnostic): CodeAction | undefined {
    // An HTML comment is Markdown's: a JSON Resume file (JSON or YAML) has no place for one.
    if (finding.ruleId === ENGINE_RULE || resumeFormatOf(entry.options.filename)) return undefined;
    // A comment cannot go inside the YAML front matter.
    const fm = entry.result.doc.frontMatter;
    if (fm && finding.start >= fm.start && finding.start < fm.end) return undefined;
    const line = doc.positionAt(finding.start).line;
    const lineText = entry.text.slice(doc.offsetAt({ line, character: 0 }), doc.offsetAt({ line: line + 1, character: 0 }));
    const indent = /^[ \t]*/.exec(lineText)![0];
    const eol = entry.text.includes("\r\n") ? "\r\n" : "\n";
    const at = { line, character: 0 };
    return {
      title: `Disable ${finding.ruleId} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diag],
      edit: this.edit(doc, [{ range: { start: at, end: at }, newText: `${indent}<!-- ladderlint-disable-next-line ${finding.ruleId} -->${eol}` }]),
    };
  }

  /** source.fixAll.ladderlint: every `fix`-kind fix (never suggestions or snippets); none when nothing is fixable. */
  private fixAllAction(doc: TextDocument, entry: Entry): CodeAction | undefined {
    if (!entry.result.findings.some((f) => f.fixes.some((x) => x.kind === "fix"))) return undefined;
    const out = fixAll(entry.text, entry.options);
    const e = minimalEdit(entry.text, out.text);
    if (!e || out.fixed === 0) return undefined;
    return {
      title: `Fix all auto-fixable ladderlint problems (${out.fixed})`,
      kind: FIX_ALL_KIND,
      edit: this.edit(doc, [{ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.text }]),
    };
  }

  // -------------------------------------------------------------------------
  // Hover
  // -------------------------------------------------------------------------

  private async hover(p: HoverParams): Promise<Hover | null> {
    this.lastUri = p.textDocument.uri;
    const cur = await this.current(p.textDocument.uri);
    if (!cur) return null;
    const { doc, entry } = cur;
    const bullet = bulletAt(entry.result.doc.bullets, doc.offsetAt(p.position));
    if (!bullet || !bullet.achievement) return null;
    const ev = bulletEvidence(bullet, entry.options.ladders!);
    const markdown = this.capabilities.textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) ?? true;
    const strong = (s: string) => (markdown ? `**${s}**` : s);
    const lines = [`${strong("Ladderlint")}${entry.result.target ? ` · target ${entry.result.target}` : ""}`, ""];
    if (ev.competencies.length) {
      lines.push("Evidences:", "");
      for (const c of ev.competencies) lines.push(`- ${strong(c.label)}, matched “${c.cue}”`);
    } else lines.push("Evidences no ladder competency yet.");
    lines.push("", `Reads as: ${ev.categories.length ? ev.categories.join(", ") : "no category"}`);
    return {
      contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: lines.join("\n") },
      range: { start: doc.positionAt(bullet.start), end: doc.positionAt(bullet.end) },
    };
  }

  // -------------------------------------------------------------------------
  // Commands
  // -------------------------------------------------------------------------

  private async execute(command: string, args: unknown[]): Promise<unknown> {
    const { target, uri } = commandArgs(args);
    const docUri = uri ?? this.lastUri;
    if (command === CHECK_AGAINST) {
      if (!target) throw new ResponseError(ErrorCodes.InvalidParams, `${CHECK_AGAINST} needs a level id argument, e.g. "EM6"`);
      return this.checkAgainst(target, docUri);
    }
    if (command === REPORT) return this.report(docUri);
    throw new ResponseError(ErrorCodes.InvalidParams, `unknown command "${command}"; this server runs ${CHECK_AGAINST} and ${REPORT}`);
  }

  private openDocument(uri: string | undefined): TextDocument {
    const doc = uri ? this.documents.get(uri) : undefined;
    if (!doc) throw new ResponseError(ErrorCodes.InvalidParams, uri ? `${uri} is not open in the editor` : "no document: pass its URI, or open a Markdown résumé or promotion packet first");
    return doc;
  }

  private async checkAgainst(target: string, uri: string | undefined): Promise<unknown> {
    const doc = this.openDocument(uri);
    const { cfg } = await this.configFor(doc.uri);
    const level = cfg.ladders.resolve(target);
    if (!level) throw new ResponseError(ErrorCodes.InvalidParams, `unknown level "${target}"; valid ids: ${cfg.ladders.levels().map((l) => l.id).join(", ")}`);
    this.sessionTargets.set(doc.uri, level.id);
    this.entries.delete(doc.uri);
    const cur = await this.current(doc.uri);
    if (!cur) throw new ResponseError(ErrorCodes.InternalError, `${doc.uri} could not be linted`);
    if (this.pull) {
      if (this.capabilities.workspace?.diagnostics?.refreshSupport) void this.connection.languages.diagnostics.refresh().catch(() => undefined);
    } else void this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: cur.entry.diagnostics });
    const cov = cur.entry.result.coverage;
    const met = cov ? cov.axes.filter((a) => a.met).length : 0;
    return {
      uri: doc.uri,
      target: level.id,
      status: cov ? `${level.id} · ${met}/${cov.axes.length}` : level.id,
      readsAs: cov?.readsAs ?? null,
      coverage: cov,
      findings: cur.entry.result.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, line: doc.positionAt(f.start).line + 1 })),
    };
  }

  private async report(uri: string | undefined): Promise<{ path: string }> {
    const doc = this.openDocument(uri);
    const file = pathOf(doc.uri);
    if (!file) throw new ResponseError(ErrorCodes.InvalidParams, `${doc.uri}: the report is written beside the file, and this document is not a file on disk`);
    const cur = await this.current(doc.uri);
    if (!cur) throw new ResponseError(ErrorCodes.InvalidParams, `${basename(file)} is not linted (no ladderlint front matter and not matched by the files globs); run ${CHECK_AGAINST} on it first`);
    const result = cur.entry.result;
    if (!result.level) throw new ResponseError(ErrorCodes.InvalidParams, `${basename(file)}: the report needs a target level: ${CHECK_AGAINST} with a level id, target in the front matter, .ladderlintrc or the ladderlint.target setting`);
    const out = join(dirname(file), `${basename(file, extname(file))}.report.html`);
    const html = renderReportHtml(result, { title: `${basename(file)} · ${result.level.id}` });
    writeAtomic(out, html, out, nodeCliFs);
    return { path: out };
  }
}

/** Command arguments: a level id and/or a document URI, as strings in any order or as `{target, uri}`. */
export function commandArgs(args: unknown[]): { target?: string; uri?: string } {
  const out: { target?: string; uri?: string } = {};
  for (const a of args) {
    if (typeof a === "string") {
      if (/^[a-z][a-z0-9+.-]*:/i.test(a) && a.includes("/")) out.uri ??= a;
      else out.target ??= a;
    } else if (a && typeof a === "object") {
      const o = a as Record<string, unknown>;
      if (typeof o["target"] === "string") out.target ??= o["target"];
      if (typeof o["uri"] === "string") out.uri ??= o["uri"];
    }
  }
  return out;
}

/** Starts the server on a connection (stdio in main.ts; in-memory streams in the benchmark). */
export function startServer(connection: Connection): LadderlintServer {
  const server = new LadderlintServer(connection);
  connection.listen();
  return server;
}
