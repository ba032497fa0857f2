// Persisted diagnostics (issue #5): on a restart, a document whose text, settings, workspace folders,
// engine build and config/ladder files are all unchanged shows the diagnostics the engine published
// for it last session, before the engine has loaded; the engine then lints it again and replaces them.
// Stored in the extension's own global storage (context.globalStorageUri/diagnostics/), one small JSON
// file per document, named by a hash of its URI; no document text is stored (only a hash of it, and
// the messages, which may quote a word of it). Off with `"ladderlint.persistDiagnostics": false`
// (which also deletes the stored files). Part of the small entry bundle: imports vscode only.
import * as vscode from "vscode";
import {
  ENTRY_FILE_RE,
  MAX_ENTRY_CHARS,
  entryFileName,
  keyMaterial,
  parseEntry,
  pickEvictions,
  usableEngineId,
  type StoredDep,
  type StoredDiagnostic,
  type StoredEntry,
  type StoredFile,
  type StoredRange,
} from "./persist.js";

/** Storage and hashing, per host: node:fs + node:crypto in the node host, workspace.fs + WebCrypto on the web. */
export interface StoreIo {
  read(name: string): Promise<string | undefined>;
  write(name: string, text: string): Promise<void>;
  /** Synchronous write for deactivate() (node); absent on the web. */
  writeSync?(name: string, text: string): void;
  remove(name: string): Promise<void>;
  list(): Promise<StoredFile[]>;
  /** The text of a config or ladder file the lint read (by URI string), undefined when absent. */
  readDep(uri: string): Promise<string | undefined>;
  /**
   * Synchronous reads (node): a lookup then runs entirely inside the document-open event, before
   * other extensions' promise continuations (the Markdown extension's work on the same event).
   */
  readSync?(name: string): string | undefined;
  /** false: this URI cannot be read synchronously (then the lookup reads asynchronously). */
  readDepSync?(uri: string): string | undefined | false;
  /** Hex SHA-256 of the UTF-8 text. */
  sha256(text: string): string;
}

/** What the lint read, recorded by the engine side with its result. */
export interface LintInputs {
  version: number;
  text: string;
  settings: unknown;
  folders: string[];
  session: string | null;
  /** Config and ladder files read, with their text (undefined: absent). */
  deps: { uri: string; text: string | undefined }[];
}

export type Lookup = { diagnostics: vscode.Diagnostic[]; entry: StoredEntry } | { miss: string };

/** Documents with a place in a file system; untitled and view documents are never stored. */
const SKIP_SCHEMES = new Set(["untitled", "git", "output", "vscode-scm", "comment", "debug", "walkThroughSnippet", "vscode-notebook-cell-output", "ladderlint-rule"]);

export function persistable(uri: vscode.Uri): boolean {
  return !SKIP_SCHEMES.has(uri.scheme);
}

/** Whether persistence is on: it is unless false at any level (a workspace cannot turn it back on). */
export function persistenceEnabled(): boolean {
  const i = vscode.workspace.getConfiguration("ladderlint").inspect<boolean>("persistDiagnostics");
  return ![i?.globalValue, i?.workspaceValue, i?.workspaceFolderValue].includes(false);
}

function range(r: vscode.Range): StoredRange {
  return [r.start.line, r.start.character, r.end.line, r.end.character];
}

function toRange(r: StoredRange): vscode.Range {
  return new vscode.Range(r[0], r[1], r[2], r[3]);
}

export function toStored(d: vscode.Diagnostic, self: vscode.Uri): StoredDiagnostic {
  const out: StoredDiagnostic = { r: range(d.range), m: d.message, s: d.severity };
  if (d.source !== undefined) out.src = d.source;
  const c = d.code;
  if (typeof c === "string" || typeof c === "number") out.c = c;
  else if (c && typeof c === "object") out.c = { v: c.value, t: c.target.toString() };
  if (d.tags?.length) out.tags = [...d.tags];
  if (d.relatedInformation?.length) {
    out.rel = d.relatedInformation.map((x) => ({ u: x.location.uri.toString() === self.toString() ? null : x.location.uri.toString(), r: range(x.location.range), m: x.message }));
  }
  return out;
}

export function fromStored(s: StoredDiagnostic, self: vscode.Uri): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(s.r), s.m, s.s as vscode.DiagnosticSeverity);
  if (s.src !== undefined) d.source = s.src;
  if (typeof s.c === "object") d.code = { value: s.c.v, target: vscode.Uri.parse(s.c.t, true) };
  else if (s.c !== undefined) d.code = s.c;
  if (s.tags) d.tags = s.tags as vscode.DiagnosticTag[];
  if (s.rel) d.relatedInformation = s.rel.map((x) => new vscode.DiagnosticRelatedInformation(new vscode.Location(x.u === null ? self : vscode.Uri.parse(x.u, true), toRange(x.r)), x.m));
  return d;
}

/** Folder URIs that key an entry. */
export function folderKeys(): string[] {
  return (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString());
}

export const WRITE_DELAY_MS = 1500;

export class PersistedDiagnostics implements vscode.Disposable {
  private readonly pending = new Map<string, () => Promise<StoredEntry | undefined>>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writesSuspended = false;
  private evictedAt = 0;
  private readonly disposables: vscode.Disposable[] = [];
  /** Each document's first lookup this session, its steps in ms from its start (the activation timings show it). */
  readonly firstLookupSteps = new Map<string, Record<string, number>>();
  /** Why the last lookups missed (tests and the activation timings read it). */
  readonly misses = new Map<string, string>();

  constructor(
    private readonly io: StoreIo | undefined,
    readonly engine: string | undefined,
    private readonly settingsOf: (uri: vscode.Uri) => unknown,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration("ladderlint.persistDiagnostics") && !persistenceEnabled()) void this.clearAll();
      }),
    );
  }

  get active(): boolean {
    return !!this.io && usableEngineId(this.engine) && persistenceEnabled();
  }

  private nameFor(uri: vscode.Uri): string {
    return entryFileName(this.io!.sha256(uri.toString()));
  }

  /** The key of a document as it is now, given the session target the lint would use. */
  keyFor(document: vscode.TextDocument, session: string | null = null): string {
    const k = { engine: this.engine!, uri: document.uri.toString(), languageId: document.languageId, folders: folderKeys(), settings: this.settingsOf(document.uri), session, text: document.getText() };
    return this.io!.sha256(keyMaterial(k));
  }

  /**
   * Whether the stored file `text` holds diagnostics for the document as it is now (no session target:
   * a fresh session), given the current texts of the config/ladder files (`dep`). Synchronous.
   */
  private evaluate(document: vscode.TextDocument, text: string | undefined, entry: StoredEntry | undefined, dep: (uri: string) => string | undefined, steps: (name: string) => void): Lookup {
    if (text === undefined) return { miss: "none" };
    steps("parse");
    if (!entry) return { miss: "invalid" };
    if (entry.key !== this.keyFor(document)) return { miss: "key" };
    steps("key");
    for (const [uri, hash] of entry.deps) {
      const t = dep(uri);
      if ((t === undefined ? null : this.io!.sha256(t)) !== hash) return { miss: "deps" };
    }
    steps("deps");
    const diagnostics = entry.diagnostics.map((d) => fromStored(d, document.uri));
    steps("diagnostics");
    return { diagnostics, entry };
  }

  private begin(document: vscode.TextDocument): { steps: (name: string, value?: number) => void; done: (r: Lookup) => Lookup } {
    const t0 = performance.now();
    const record: Record<string, number> = {};
    const key = document.uri.toString();
    if (!this.firstLookupSteps.has(key)) this.firstLookupSteps.set(key, record);
    return {
      steps: (name, value) => (record[name] = value ?? Math.round((performance.now() - t0) * 10) / 10),
      done: (r) => {
        if ("miss" in r) this.misses.set(key, r.miss);
        return r;
      },
    };
  }

  private precheck(document: vscode.TextDocument): Lookup | undefined {
    if (!this.active) return { miss: "off" };
    if (!persistable(document.uri)) return { miss: "scheme" };
    if (document.languageId !== "markdown") return { miss: "language" };
    return undefined;
  }

  /** The lookup, synchronously, where the host reads synchronously (node); undefined elsewhere. */
  lookupSync(document: vscode.TextDocument): Lookup | undefined {
    const io = this.io;
    if (!io?.readSync || !io.readDepSync) return undefined;
    const { steps, done } = this.begin(document);
    try {
      const pre = this.precheck(document);
      if (pre) return done(pre);
      const text = io.readSync(this.nameFor(document.uri));
      steps("read");
      const entry = text === undefined ? undefined : parseEntry(text, { engine: this.engine!, uri: document.uri.toString() });
      steps("entry");
      const deps = new Map<string, string | undefined>();
      for (const [uri] of entry?.deps ?? []) {
        const t = io.readDepSync(uri);
        if (t === false) return undefined;
        deps.set(uri, t);
      }
      steps("depsRead");
      // The stored file's size and its number of dependencies (the activation timings show them).
      steps("chars", text?.length ?? 0);
      steps("depCount", entry?.deps.length ?? 0);
      return done(this.evaluate(document, text, entry, (u) => deps.get(u), steps));
    } catch (err) {
      return done({ miss: `error: ${err instanceof Error ? err.message : String(err)}` });
    }
  }

  /** The stored diagnostics for the document as it is now (no session target: a fresh session), or why not. */
  async lookup(document: vscode.TextDocument): Promise<Lookup> {
    const sync = this.lookupSync(document);
    if (sync) return sync;
    const { steps, done } = this.begin(document);
    try {
      const pre = this.precheck(document);
      if (pre) return done(pre);
      const version = document.version;
      const text = await this.io!.read(this.nameFor(document.uri));
      steps("read");
      // Read every recorded dependency first, then decide synchronously.
      const deps = new Map<string, string | undefined>();
      const entry = text === undefined ? undefined : parseEntry(text, { engine: this.engine!, uri: document.uri.toString() });
      for (const [uri] of entry?.deps ?? []) deps.set(uri, await this.io!.readDep(uri));
      if (document.isClosed || document.version !== version) return done({ miss: "changed" });
      return done(this.evaluate(document, text, entry, (u) => (deps.has(u) ? deps.get(u) : undefined), steps));
    } catch (err) {
      return done({ miss: `error: ${err instanceof Error ? err.message : String(err)}` });
    }
  }

  /** Called by the linter after it published diagnostics for exactly these inputs. Written a moment later. */
  remember(document: vscode.TextDocument, inputs: LintInputs, diagnostics: readonly vscode.Diagnostic[]): void {
    if (!this.active || !persistable(document.uri) || document.languageId !== "markdown") return;
    const uri = document.uri;
    const stored = diagnostics.map((d) => toStored(d, uri));
    const languageId = document.languageId;
    this.pending.set(uri.toString(), async () => {
      const key = this.io!.sha256(
        keyMaterial({ engine: this.engine!, uri: uri.toString(), languageId, folders: inputs.folders, settings: inputs.settings, session: inputs.session, text: inputs.text }),
      );
      const deps: StoredDep[] = [];
      for (const d of inputs.deps) deps.push([d.uri, d.text === undefined ? null : this.io!.sha256(d.text)]);
      return { format: 1, engine: this.engine!, uri: uri.toString(), key, deps, diagnostics: stored, savedAt: Date.now() };
    });
    if (!this.timer) this.timer = setTimeout(() => void this.flush(), WRITE_DELAY_MS);
  }

  /** Writes what is pending now. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const jobs = [...this.pending.entries()];
    this.pending.clear();
    if (!this.io || this.writesSuspended || !this.active) return;
    for (const [uri, make] of jobs) {
      try {
        const entry = await make();
        if (!entry) continue;
        const name = this.nameFor(vscode.Uri.parse(uri, true));
        const text = JSON.stringify(entry);
        if (text.length > MAX_ENTRY_CHARS) await this.io.remove(name);
        else await this.io.write(name, text);
      } catch {
        // Storage full or read-only: no persisted diagnostics, nothing else changes.
      }
    }
    if (Date.now() - this.evictedAt > 60000) {
      this.evictedAt = Date.now();
      try {
        for (const name of pickEvictions((await this.io.list()).filter((f) => ENTRY_FILE_RE.test(f.name)))) await this.io.remove(name);
      } catch {
        // ignore
      }
    }
  }

  /** Tests: stop writing (so a test can put a file in place and read it back unchanged). */
  suspendWrites(on: boolean): void {
    this.writesSuspended = on;
  }

  /** Tests: the stored file's name for a URI. */
  fileName(uri: vscode.Uri): string {
    return this.nameFor(uri);
  }

  /** Tests: raw access to a stored file. */
  readRaw(name: string): Promise<string | undefined> {
    return this.io ? this.io.read(name) : Promise.resolve(undefined);
  }

  writeRaw(name: string, text: string): Promise<void> {
    return this.io ? this.io.write(name, text) : Promise.resolve();
  }

  /** Deletes every stored file (the setting was turned off). */
  async clearAll(): Promise<void> {
    this.pending.clear();
    if (!this.io) return;
    try {
      for (const f of await this.io.list()) if (ENTRY_FILE_RE.test(f.name)) await this.io.remove(f.name);
    } catch {
      // ignore
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
