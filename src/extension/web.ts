// Web entry (vscode.dev, github.dev): the same core, no file system. Settings, front matter and
// custom ladders (read through vscode.workspace.fs) apply; .ladderlintrc discovery needs the node host.
import type * as vscode from "vscode";
import { activateWith, type LadderlintApi } from "./activate.js";

export function activate(context: vscode.ExtensionContext): LadderlintApi {
  return activateWith(context, { kind: "web" });
}

export function deactivate(): void {}
