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
