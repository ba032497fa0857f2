// Status bar: "EM6 · 3/5" for the active linted document; click opens the report.
import * as vscode from "vscode";
import type { Linter } from "./linter.js";
import { statusInfo } from "./status.js";

export const SHOW_REPORT = "ladderlint.showReport";
export const CHECK_LEVEL = "ladderlint.checkAgainstLevel";

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("ladderlint.status", vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly linter: Linter) {
    this.item.name = "Ladderlint";
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      linter.onDidLint((e) => {
        if (e.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
    );
    this.update();
  }

  /** The text shown now (tests read it through the ladderlint.status command's result). */
  text = "";

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const entry = editor && this.linter.entry(editor.document.uri);
    if (!entry) {
      this.text = "";
      this.item.hide();
      return;
    }
    const info = statusInfo(entry.result.target, entry.result.coverage, entry.result.nothingRead);
    this.text = info.text;
    this.item.text = info.text;
    this.item.tooltip = info.tooltip;
    this.item.command = entry.result.target ? SHOW_REPORT : CHECK_LEVEL;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
