// Node entry (desktop VS Code, remote and code-server): dist/extension.cjs, a small bundle. The engine
// (dist/engine.cjs) is required when first needed (boot.ts); rc-file discovery reads through node:fs;
// persisted diagnostics live in files under context.globalStorageUri.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as vscode from "vscode";
import { boot, type LadderlintApi } from "./boot.js";
import type { EngineModule } from "./engine.js";
import type { StoreIo } from "./persisted.js";

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

export function nodeStore(dir: string): StoreIo {
  const at = (name: string) => join(dir, name);
  const writeSync = (name: string, text: string) => {
    mkdirSync(dir, { recursive: true });
    const tmp = at(`${name}.${process.pid}.tmp`);
    writeFileSync(tmp, text);
    renameSync(tmp, at(name));
  };
  return {
    read: async (name) => readText(at(name)),
    write: async (name, text) => writeSync(name, text),
    writeSync,
    remove: async (name) => rmSync(at(name), { force: true }),
    list: async () => {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return [];
      }
      return names.flatMap((name) => {
        try {
          const s = statSync(at(name));
          return s.isFile() ? [{ name, mtimeMs: s.mtimeMs, size: s.size }] : [];
        } catch {
          return [];
        }
      });
    },
    readDep: async (uri) => {
      const u = vscode.Uri.parse(uri, true);
      if (u.scheme === "file") return readText(u.fsPath);
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(u));
      } catch {
        return undefined;
      }
    },
    sha256: async (text) => createHash("sha256").update(text).digest("hex"),
  };
}

let api: LadderlintApi | undefined;

export function activate(context: vscode.ExtensionContext): LadderlintApi {
  return (api = boot(context, {
    host: { kind: "node", configFs: { readFile: readText } },
    io: context.globalStorageUri.scheme === "file" ? nodeStore(join(context.globalStorageUri.fsPath, "diagnostics")) : undefined,
    // Kept out of this bundle by esbuild.js (external), resolved next to it: dist/engine.cjs.
    load: () => require("./engine.cjs") as EngineModule,
  }));
}

/** Writes the diagnostics still waiting for their delayed write (VS Code waits for the promise). */
export function deactivate(): Promise<void> | undefined {
  return api?.persisted.flush();
}
