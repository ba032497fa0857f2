// Helpers for the integration tests: wait on events (never sleep), poll only where VS Code itself
// cancels requests (code actions right after startup: harness RECIPE pitfall 7).
import * as vscode from "vscode";
import * as path from "node:path";

export const EXTENSION_ID = "ladderlint.ladderlint";
export const SOURCE = "ladderlint";

export function workspaceRoot(): string {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error("the tests need the fixtures workspace folder open");
  return f.uri.fsPath;
}

export function fixtureUri(...parts: string[]): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceRoot(), ...parts));
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function ruleOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === "object" && c ? String(c.value) : String(c);
}

export function describeDiags(ds: readonly vscode.Diagnostic[]): string {
  return ds.map((d) => `${ruleOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1}${ruleOf(d) === "ladderlint" ? ` (${d.message})` : ""}`).join(", ") || "(none)";
}

/** Resolves when the predicate holds for our diagnostics of `uri`; re-checked on every onDidChangeDiagnostics. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 20000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      sub.dispose();
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(ours(uri));
    };
    const check = () => {
      if (predicate(ours(uri))) finish();
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => finish(new Error(`timed out waiting for ${what}; diagnostics: ${describeDiags(ours(uri))}`)), timeoutMs);
    check();
  });
}

/** Resolves on the next event that satisfies the predicate. */
export function nextEvent<T>(event: vscode.Event<T>, predicate: (e: T) => boolean, what: string, timeoutMs = 20000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const sub = event((e) => {
      if (!predicate(e)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(e);
    });
  });
}

/**
 * Code actions at a range. Polled: VS Code cancels an in-flight executeCodeActionProvider request when
 * another extension registers a provider meanwhile (built-ins still activating), dropping our results.
 */
export async function codeActionsUntil(
  uri: vscode.Uri,
  range: vscode.Range,
  predicate: (actions: vscode.CodeAction[]) => boolean,
  what: string,
  kind?: string,
  timeoutMs = 20000,
): Promise<vscode.CodeAction[]> {
  const t0 = Date.now();
  let last: vscode.CodeAction[] = [];
  for (;;) {
    last = (await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, range, kind)) ?? [];
    if (predicate(last)) return last;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}; got: ${last.map((a) => a.title).join(" | ") || "(none)"}`);
    // Yield to the extension host between polls (a turn of the event loop, not a fixed sleep of the test).
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function open(uri: vscode.Uri): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

/** Offset of the n-th occurrence of `needle` in the document (throws when absent, so a fixture change fails loudly). */
export function offsetOf(doc: vscode.TextDocument, needle: string, nth = 0): number {
  const text = doc.getText();
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`fixture ${path.basename(doc.uri.fsPath)} lacks "${needle}"`);
  }
  return i;
}

/**
 * The document whose activation is timed: a résumé with `target:` front matter saved as .txt, so that
 * opening it (plain text) does not start the extension through onLanguage:markdown; it is switched to
 * Markdown right after activate() (or right before it, with the timing manifest: measureActivation).
 * A file on disk (not untitled), as an editor VS Code restores. Written by the first launch, reused
 * unchanged by the later ones.
 */
export const ACTIVATION_DOC = "activation-resume.txt";

export interface ActivationRecord {
  [k: string]: unknown;
  activationMs: number;
}

/**
 * Watches for the first diagnostics of ours on `uri`, from now on. `readable`: the first time
 * vscode.languages.getDiagnostics(uri) returns them (the extension host holds them; the same
 * DiagnosticCollection.set call sends them to the window; checked every millisecond and on demand). `listener`: when an
 * onDidChangeDiagnostics listener hears of them (VS Code's extension host debounces that event by
 * 50 ms from its first change, so it lags `readable` by up to 50 ms).
 */
export function watchFirstDiagnostics(uri: vscode.Uri, what: string, timeoutMs = 20000): { readable: Promise<number>; listener: Promise<number>; check: () => void; dispose: () => void } {
  const key = uri.toString();
  let tick: ReturnType<typeof setTimeout> | undefined;
  let onReadable!: (t: number) => void;
  let onListener!: (t: number) => void;
  let fail!: (e: Error) => void;
  let readableAt: number | undefined;
  let listenerAt: number | undefined;
  const readable = new Promise<number>((res, rej) => ((onReadable = res), (fail = rej)));
  const listener = new Promise<number>((res) => (onListener = res));
  const started = performance.now();
  const check = () => {
    if (readableAt !== undefined) return;
    if (tick) clearTimeout(tick);
    tick = undefined;
    if (ours(uri).length > 0) {
      readableAt = performance.now();
      onReadable(readableAt);
    } else if (performance.now() - started > timeoutMs) fail(new Error(`timed out waiting for ${what}`));
    else tick = setTimeout(check, 1);
  };
  const sub = vscode.languages.onDidChangeDiagnostics((e) => {
    if (listenerAt === undefined && e.uris.some((u) => u.toString() === key) && ours(uri).length > 0) {
      listenerAt = performance.now();
      onListener(listenerAt);
    }
  });
  const dispose = () => {
    sub.dispose();
    if (tick) clearTimeout(tick);
  };
  return { readable, listener, check, dispose };
}

/**
 * Activation as at start-up when VS Code restores an open résumé. VS Code's built-in Markdown
 * extension runs in the same extension host and starts on the same event; it is started first, so
 * that its start-up is not counted as ours. Times getExtension(id).activate() → the document's first
 * diagnostics (`activationMs`: when vscode.languages.getDiagnostics returns them).
 *
 * Two ways to have the document, depending on the manifest this launch runs:
 * - the real manifest (activation on onLanguage:markdown): the document is opened as plain text (a
 *   .txt file, so that opening it does not start the extension), activate() is called, and the
 *   document is switched to Markdown; VS Code's round trip for that switch is inside the timed span
 *   (`documentArrivedAtMs`), which a real start-up does not have.
 * - a timing copy of the manifest without that activation event (scripts/vscode-test.sh stages one
 *   for the restart launch, LADDERLINT_TIMED_OPEN=1; the code is the same files): the document is
 *   switched to Markdown first, then activate() is called, as when VS Code restores an editor.
 */
export async function measureActivation<Api extends { timings: import("../../../src/extension/timing.js").Timings; loaded: boolean }>(): Promise<{
  api: Api;
  doc: vscode.TextDocument;
  record: ActivationRecord;
  first: vscode.Diagnostic[];
}> {
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  const wasActive = ext.isActive;
  const events: string[] = ext.packageJSON?.activationEvents ?? [];
  const openFirst = !events.includes("onLanguage:markdown");
  if (process.env.LADDERLINT_TIMED_OPEN === "1" && !openFirst) throw new Error(`LADDERLINT_TIMED_OPEN=1 but the manifest at ${ext.extensionPath} activates on onLanguage:markdown`);
  if (process.env.LADDERLINT_TIMED_OPEN !== "1" && openFirst) throw new Error(`the manifest at ${ext.extensionPath} has no onLanguage:markdown (${JSON.stringify(events)})`);
  await vscode.extensions.getExtension("vscode.markdown-language-features")?.activate();
  const uri = fixtureUri(ACTIVATION_DOC);
  const fs = await import("node:fs");
  if (!fs.existsSync(uri.fsPath)) fs.writeFileSync(uri.fsPath, "---\ntarget: EM6\n---\n" + fs.readFileSync(fixtureUri("resume.md").fsPath, "utf8"));
  const early = await vscode.workspace.openTextDocument(uri);
  if (early.languageId !== "plaintext") throw new Error(`${ACTIVATION_DOC} opened as ${early.languageId}`);
  let doc: vscode.TextDocument | undefined;
  if (openFirst) {
    doc = await vscode.languages.setTextDocumentLanguage(early, "markdown");
    if (ext.isActive) throw new Error("the extension started when the document became Markdown, before activate() was called");
  }
  // When VS Code hands the document, now Markdown, to the extension host (this listener was added
  // before the extension's, so it runs first): the time before that is VS Code's, not ours.
  let tArrived: number | undefined;
  const arrival = openFirst
    ? undefined
    : vscode.workspace.onDidOpenTextDocument((d) => {
        if (d.uri.toString() === uri.toString() && d.languageId === "markdown") tArrived ??= performance.now();
      });
  const watch = watchFirstDiagnostics(uri, "first diagnostics on the restored document");
  const t0 = performance.now();
  watch.check();
  const api = await ext.activate();
  const tActive = performance.now();
  watch.check();
  if (!doc) doc = await vscode.languages.setTextDocumentLanguage(early, "markdown");
  arrival?.dispose();
  let tFirst: number;
  let tHeard: number | undefined;
  try {
    tFirst = await watch.readable;
    // The debounced event follows within about 50 ms; not waited for beyond a second.
    tHeard = await Promise.race([watch.listener, new Promise<undefined>((r) => setTimeout(() => r(undefined), 1000))]);
  } finally {
    watch.dispose();
  }
  const first = ours(uri);
  const loadedAtFirst = api.loaded;
  const t = api.timings;
  const rel = (x: number | undefined) => (x === undefined ? null : Math.round(x - t0));
  const record: ActivationRecord = {
    // When vscode.languages.getDiagnostics first returned them (polled every millisecond).
    activationMs: Math.round(tFirst - t0),
    // When the extension handed the first diagnostics to VS Code (DiagnosticCollection.set).
    publishedMs: rel(t.firstLint?.publishedAt),
    // When this test's onDidChangeDiagnostics listener heard of them (debounced by VS Code: up to 50 ms later).
    listenerMs: tHeard === undefined ? null : Math.round(tHeard - t0),
    // "before": Markdown in the extension host before activate() (timing manifest); "after": switched after it.
    documentOpen: openFirst ? "before" : "after",
    activateCallMs: Math.round(tActive - t0),
    // The entry bundle's own work: evaluating it, up to the end of activate() (the engine is not in it).
    moduleAndActivateMs: t.loadStart !== undefined && t.activated !== undefined ? Math.round(t.activated - t.loadStart) : null,
    // …of which from the entry bundle's first line to the activate() call: evaluating the bundle, and
    // VS Code finishing the extension context (global and workspace state from the window process),
    // which it builds alongside the module load and awaits before it calls activate().
    bundleEvalMs: t.loadStart !== undefined && t.activateStart !== undefined ? Math.round(t.activateStart - t.loadStart) : null,
    activateStartedAtMs: rel(t.activateStart),
    engineLoadedAtFirstDiagnostics: loadedAtFirst,
    wasActive,
    // Milestones, in ms after the activate() call started.
    documentArrivedAtMs: tArrived === undefined ? null : Math.round(tArrived - t0),
    engineLoadStartMs: rel(t.engineLoad?.start),
    engineLoadReason: t.engineLoad?.reason ?? null,
    engineLoadMs: t.engineLoad?.end !== undefined ? Math.round(t.engineLoad.end - t.engineLoad.start) : null,
    firstLintMs: t.firstLint ? Math.round(t.firstLint.lintMs) : null,
    lintStartedAtMs: rel(t.firstLint?.startedAt),
    publishedAtMs: rel(t.firstLint?.publishedAt),
  };
  return { api, doc, record, first };
}

/**
 * Writes a restart launch's activation record: to LADDERLINT_ACTIVATION_FILE (the script points it at
 * LADDERLINT_RESTART_ACTIVATION_FILE for the restart launch) and, one JSON line per launch, appended
 * to LADDERLINT_RESTART_SAMPLES_FILE (every restart launch, the timing-only ones included: the bench
 * takes their median).
 */
export async function recordRestartSample(api: import("../../../src/extension/boot.js").LadderlintApi, record: ActivationRecord): Promise<Record<string, unknown>> {
  const line = { ...record, mode: "restart", phase: process.env.LADDERLINT_VSCODE_PHASE ?? null };
  console.log(`activation to first diagnostics (restart): ${record.activationMs} ms ${JSON.stringify(line)} (vscode ${vscode.version}, ${vscode.env.appName}, host ${api.host})`);
  const fs = await import("node:fs");
  const out = process.env.LADDERLINT_ACTIVATION_FILE;
  if (out) fs.writeFileSync(out, JSON.stringify(line));
  const samples = process.env.LADDERLINT_RESTART_SAMPLES_FILE;
  if (samples) fs.appendFileSync(samples, JSON.stringify(line) + "\n");
  return line;
}
