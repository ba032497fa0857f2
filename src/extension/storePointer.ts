// Where the node entry finds the persisted-diagnostics store before VS Code hands it the extension
// context. VS Code evaluates the entry bundle and builds the extension context side by side, then
// waits for the context's global and workspace state (a round trip to the window: 23–157 ms in the
// restart launches measured here) before it calls activate(), and context.globalStorageUri is known
// only from then on. So activate() records that folder in a small file in the user's cache directory,
// named by a hash of the extension's own folder; on the next start the entry bundle reads it while it
// evaluates, shows the stored diagnostics of the documents already open, and hands them to activate().
// The file holds one path. A stale or wrong path can only make lookups miss: an entry is used only
// when its key (the document's URI, language and text, the workspace folders, the ladderlint settings
// and the engine build) and the hashes of the config and ladder files it read all match. Node only.
import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";
import { writeWhole } from "./writeWhole.js";

/**
 * The user's cache directory for ladderlint, as bin/ladderlint.js finds it for the CLI's code cache;
 * LADDERLINT_CACHE_DIR names another (scripts/vscode-test.sh keeps one across its VS Code launches,
 * whose HOME is new each time).
 */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
  if (env.LADDERLINT_CACHE_DIR) return env.LADDERLINT_CACHE_DIR;
  try {
    const base = platform === "win32" ? env.LOCALAPPDATA : platform === "darwin" ? join(homedir(), "Library", "Caches") : env.XDG_CACHE_HOME || join(homedir(), ".cache");
    return base ? join(base, "ladderlint") : undefined;
  } catch {
    return undefined;
  }
}

/** The pointer file of the extension installed in `extensionDir`. */
export function pointerFile(extensionDir: string, cacheDir: string | undefined = userCacheDir()): string | undefined {
  if (!cacheDir) return undefined;
  return join(cacheDir, `vscode-storage-${createHash("sha256").update(extensionDir).digest("hex").slice(0, 16)}.json`);
}

/** The global storage folder recorded in `file`, or undefined (absent, unreadable, not what is written below). */
export function readPointer(file: string | undefined): string | undefined {
  if (!file) return undefined;
  try {
    const text = readFileSync(file, "utf8");
    if (text.length > 4096) return undefined;
    const v = (JSON.parse(text) as { globalStorage?: unknown } | null)?.globalStorage;
    return typeof v === "string" && isAbsolute(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Records `globalStorage` in `file` (written whole: a temporary file, then renamed). False when it could not. */
export function writePointer(file: string | undefined, globalStorage: string): boolean {
  if (!file) return false;
  try {
    writeWhole(file, JSON.stringify({ globalStorage }) + "\n");
    return true;
  } catch {
    return false;
  }
}

/** Deletes the pointer (persistence turned off). */
export function removePointer(file: string | undefined): void {
  if (!file) return;
  try {
    rmSync(file, { force: true });
  } catch {
    // ignore
  }
}
