// Node entry (desktop VS Code, remote and code-server): dist/extension.cjs, a small bundle. The engine,
// dist/engine.cjs beside it (esbuild.js keeps it out of this bundle), is required on first need
// (boot.ts); .ladderlintrc discovery reads through node:fs.
import { readFileSync } from "node:fs";
import type * as vscode from "vscode";
import { boot, type LadderlintApi } from "./boot.js";
import type { EngineModule } from "./engine.js";

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

export function activate(context: vscode.ExtensionContext): LadderlintApi {
  // A literal path, resolved beside dist/extension.cjs (external in esbuild.js).
  return boot(context, { kind: "node", configFs: { readFile: readText } }, () => require("./engine.cjs") as EngineModule);
}
