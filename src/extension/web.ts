// Web entry (vscode.dev, github.dev): the same core, no file system. Settings, front matter and
// custom ladders (read through vscode.workspace.fs) apply; .ladderlintrc discovery needs the node host.
// One bundle: the engine is evaluated with it, and started as in the node host (boot.ts).
import type * as vscode from "vscode";
import { boot, type LadderlintApi } from "./boot.js";
import * as engine from "./engine.js";

export function activate(context: vscode.ExtensionContext): LadderlintApi {
  return boot(context, { kind: "web" }, () => engine);
}
