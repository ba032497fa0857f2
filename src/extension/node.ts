// Node entry (desktop VS Code, remote and code-server): dist/extension.cjs, a small bundle. The engine,
// dist/engine.cjs beside it (esbuild.js keeps it out of this bundle), is required on first need
// (boot.ts); .ladderlintrc discovery reads through node:fs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
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
  return boot(context, { kind: "node", configFs: { readFile: readText } }, () => require(join(__dirname, "engine.cjs")) as EngineModule);
}
