// Node entry (desktop VS Code, remote and code-server): rc-file discovery over node:fs.
import { readFileSync } from "node:fs";
import type * as vscode from "vscode";
import { activateWith, type LadderlintApi } from "./activate.js";

export function activate(context: vscode.ExtensionContext): LadderlintApi {
  return activateWith(context, {
    kind: "node",
    configFs: {
      readFile(path: string): string | undefined {
        try {
          return readFileSync(path, "utf8");
        } catch {
          return undefined;
        }
      },
    },
  });
}

export function deactivate(): void {}
