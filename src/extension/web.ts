// Web entry (vscode.dev, github.dev): the same core, no file system. Settings, front matter and
// custom ladders (read through vscode.workspace.fs) apply; .ladderlintrc discovery needs the node host.
// One bundle: the engine is evaluated with it, and started as in the node host (boot.ts), so that
// persisted diagnostics (in context.globalStorageUri, through workspace.fs) show first.
import * as vscode from "vscode";
import { boot, type LadderlintApi } from "./boot.js";
import * as engine from "./engine.js";
import type { StoreIo } from "./persisted.js";
import { sha256Hex } from "./sha256.js";


function webStore(dir: vscode.Uri): StoreIo {
  const fs = vscode.workspace.fs;
  const read = async (u: vscode.Uri) => {
    try {
      return new TextDecoder().decode(await fs.readFile(u));
    } catch {
      return undefined;
    }
  };
  return {
    read: (name) => read(vscode.Uri.joinPath(dir, name)),
    write: async (name, text) => {
      await fs.createDirectory(dir);
      await fs.writeFile(vscode.Uri.joinPath(dir, name), new TextEncoder().encode(text));
    },
    remove: async (name) => {
      try {
        await fs.delete(vscode.Uri.joinPath(dir, name));
      } catch {
        // already gone
      }
    },
    list: async () => {
      let entries: [string, vscode.FileType][];
      try {
        entries = await fs.readDirectory(dir);
      } catch {
        return [];
      }
      const out = [];
      for (const [name, type] of entries) {
        if (type !== vscode.FileType.File) continue;
        try {
          const s = await fs.stat(vscode.Uri.joinPath(dir, name));
          out.push({ name, mtimeMs: s.mtime, size: s.size });
        } catch {
          // gone meanwhile
        }
      }
      return out;
    },
    readDep: (uri) => read(vscode.Uri.parse(uri, true)),
    sha256: sha256Hex,
  };
}

let api: LadderlintApi | undefined;

export function activate(context: vscode.ExtensionContext): LadderlintApi {
  return (api = boot(context, { host: { kind: "web" }, io: webStore(vscode.Uri.joinPath(context.globalStorageUri, "diagnostics")), load: () => engine }));
}

/** Writes the diagnostics still waiting for their delayed write (VS Code waits for the promise). */
export function deactivate(): Promise<void> | undefined {
  return api?.persisted.flush();
}
