// The competency report webview: renderReportHtml from src/report (the same content as
// `ladderlint report`), plus media/report.css (VS Code theme variables) and media/report.js
// (click-to-reveal, live updates). Strict CSP with a nonce; no remote resources.
import * as vscode from "vscode";
import { renderReportHtml } from "../report/index.js";
import type { LintResult } from "../engine/index.js";
import type { Linter } from "./linter.js";

export function makeNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  let s = "";
  for (const b of bytes) s += b.toString(16).padStart(2, "0");
  return s;
}

/** Adds our stylesheet and script (same nonce, webview URIs) to the report page. */
export function decorateReportHtml(html: string, nonce: string, cssUri: string, jsUri: string): string {
  const link = `<link rel="stylesheet" nonce="${nonce}" href="${cssUri}">`;
  const script = `<script nonce="${nonce}" src="${jsUri}"></script>`;
  let out = /<\/head>/i.test(html) ? html.replace(/<\/head>/i, `${link}\n</head>`) : link + html;
  out = /<\/body>/i.test(out) ? out.replace(/<\/body>(?![\s\S]*<\/body>)/i, `${script}\n</body>`) : out + script;
  return out;
}

export function bodyOf(html: string): string {
  const m = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html);
  return m ? m[1]! : html;
}

interface PanelState {
  panel: vscode.WebviewPanel;
  uri: vscode.Uri;
  nonce: string;
  lastHtml?: string;
}

export class ReportView implements vscode.Disposable {
  static readonly viewType = "ladderlint.report";
  private readonly panels = new Map<string, PanelState>();
  private readonly sub: vscode.Disposable;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly linter: Linter,
  ) {
    this.sub = linter.onDidLint((e) => {
      const state = this.panels.get(e.uri.toString());
      if (!state) return;
      if ("result" in e) this.update(state, e.result, false);
      else void state.panel.webview.postMessage({ type: "cleared" });
    });
  }

  /** Opens (or reveals) the report of a document. Returns the panel (tests read its title). */
  show(uri: vscode.Uri): vscode.WebviewPanel | undefined {
    const entry = this.linter.entry(uri);
    if (!entry) return undefined;
    const key = uri.toString();
    let state = this.panels.get(key);
    if (state) {
      state.panel.reveal(undefined, true);
    } else {
      const name = uri.path.slice(uri.path.lastIndexOf("/") + 1);
      const panel = vscode.window.createWebviewPanel(ReportView.viewType, `Ladderlint report: ${name}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, "media")],
      });
      panel.iconPath = vscode.Uri.joinPath(this.extensionUri, "media", "icon.png");
      state = { panel, uri, nonce: makeNonce() };
      this.panels.set(key, state);
      const s = state;
      panel.onDidDispose(() => this.panels.delete(key));
      panel.webview.onDidReceiveMessage((msg: unknown) => this.onMessage(s, msg));
    }
    this.update(state, entry.result, true);
    return state.panel;
  }

  /** The last HTML rendered for a document's panel (tests check CSP and content). */
  htmlFor(uri: vscode.Uri): string | undefined {
    return this.panels.get(uri.toString())?.lastHtml;
  }

  private update(state: PanelState, result: LintResult, full: boolean): void {
    const webview = state.panel.webview;
    const name = state.uri.path.slice(state.uri.path.lastIndexOf("/") + 1);
    const html = renderReportHtml(result, { nonce: state.nonce, cspSource: webview.cspSource, title: `Ladderlint report: ${name}` });
    const css = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, "media", "report.css")).toString();
    const js = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, "media", "report.js")).toString();
    const page = decorateReportHtml(html, state.nonce, css, js);
    state.lastHtml = page;
    if (full || !webview.html) webview.html = page;
    else void webview.postMessage({ type: "update", body: bodyOf(html) });
  }

  /** Handles a message as if the report of `uri` had posted it (the integration tests use this). */
  async handleMessage(uri: vscode.Uri, msg: unknown): Promise<vscode.TextEditor | undefined> {
    const state = this.panels.get(uri.toString());
    return state ? this.onMessage(state, msg) : undefined;
  }

  private async onMessage(state: PanelState, msg: unknown): Promise<vscode.TextEditor | undefined> {
    if (!msg || typeof msg !== "object") return;
    const m = msg as { type?: string; line?: number; start?: number; end?: number };
    if (m.type !== "reveal") return;
    const document = await vscode.workspace.openTextDocument(state.uri);
    let range: vscode.Range;
    if (typeof m.start === "number" && typeof m.end === "number" && m.start >= 0 && m.end >= m.start && m.end <= document.getText().length) {
      range = new vscode.Range(document.positionAt(m.start), document.positionAt(m.end));
    } else if (typeof m.line === "number" && m.line >= 1 && m.line <= document.lineCount) {
      range = document.lineAt(m.line - 1).range;
    } else return;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === state.uri.toString());
    const column = visible?.viewColumn ?? (state.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  dispose(): void {
    this.sub.dispose();
    for (const s of this.panels.values()) s.panel.dispose();
    this.panels.clear();
  }
}
