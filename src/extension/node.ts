// Node entry (desktop VS Code, remote and code-server): dist/extension.cjs, a small bundle. The engine
// (dist/engine.cjs) is required when first needed (boot.ts); rc-file discovery reads through node:fs;
// persisted diagnostics live in files under context.globalStorageUri.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire, wrap } from "node:module";
import { join } from "node:path";
import { Script } from "node:vm";
import * as vscode from "vscode";
import { boot, ENGINE_ID, paintEarly, type EarlyPaint, type LadderlintApi } from "./boot.js";
import { timings } from "./timing.js";
import type { EngineModule } from "./engine.js";
import { persistenceEnabled, WRITE_DELAY_MS, type StoreIo } from "./persisted.js";
import { pointerFile, readPointer, removePointer, writePointer } from "./storePointer.js";
import { writeWhole } from "./writeWhole.js";

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

export function nodeStore(dir: string): StoreIo {
  const at = (name: string) => join(dir, name);
  const writeSync = (name: string, text: string) => writeWhole(at(name), text);
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
    readSync: (name) => readText(at(name)),
    readDepSync: (uri) => {
      const u = vscode.Uri.parse(uri, true);
      return u.scheme === "file" ? readText(u.fsPath) : false;
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
    sha256: (text) => createHash("sha256").update(text).digest("hex"),
  };
}

let api: LadderlintApi | undefined;

const CODE_CACHE_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Requires dist/engine.cjs through a V8 code cache kept in global storage (`engine-<build id>.v8`):
 * compiled code of the engine as it stood after its first lint, so a later start skips compiling it.
 * The file is the SHA-256 of the V8 data followed by the data; anything else (or V8 rejecting it: a
 * different VS Code/Node) is ignored and the engine compiles as usual. Written once, a few seconds
 * after the first lint; files of other builds are deleted then.
 */
export function loadEngineWithCodeCache(dir: string, cacheDir: string | undefined): EngineModule {
  const file = join(dir, "engine.cjs");
  const usable = !!cacheDir && !!ENGINE_ID;
  const cacheFile = usable ? join(cacheDir, `engine-${ENGINE_ID}.v8`) : undefined;
  let cachedData: Buffer | undefined;
  if (cacheFile) {
    try {
      const raw = readFileSync(cacheFile);
      const data = raw.subarray(32);
      if (raw.length > 32 && raw.length <= CODE_CACHE_MAX_BYTES && createHash("sha256").update(data).digest().equals(raw.subarray(0, 32))) cachedData = data;
    } catch {
      // no cache yet
    }
  }
  const script = new Script(wrap(readFileSync(file, "utf8")), { filename: file, cachedData });
  const state = !cachedData ? "none" : script.cachedDataRejected ? "rejected" : "accepted";
  if (timings.engineLoad) timings.engineLoad.codeCache = state;
  const mod = { exports: {} as EngineModule };
  (script.runInThisContext() as (...a: unknown[]) => void).call(mod.exports, mod.exports, createRequire(file), mod, file, dir);
  if (cacheFile && cacheDir && state !== "accepted") {
    const save = () => {
      saveCodeCacheNow = undefined;
      try {
        const data = script.createCachedData();
        if (data.length > CODE_CACHE_MAX_BYTES) return;
        writeWhole(cacheFile, Buffer.concat([createHash("sha256").update(data).digest(), data]));
        for (const f of readdirSync(cacheDir)) if (/^engine-[0-9a-f]+\.v8$/.test(f) && join(cacheDir, f) !== cacheFile) rmSync(join(cacheDir, f), { force: true });
        if (timings.engineLoad) timings.engineLoad.codeCacheWritten = true;
      } catch {
        // read-only or full storage: no code cache
      }
    };
    // After the first lint, when the functions it ran have been compiled too; off the critical path
    // (or at deactivate, when VS Code closes before then).
    saveCodeCacheNow = () => {
      clearInterval(wait);
      save();
    };
    const wait = setInterval(() => {
      if (!timings.firstLint) return;
      clearInterval(wait);
      setTimeout(save, CODE_CACHE_WRITE_DELAY_MS);
    }, 500);
  }
  return mod.exports;
}

export const CODE_CACHE_WRITE_DELAY_MS = 2000;
/** Writes the code cache now if it is still to be written (deactivate). */
let saveCodeCacheNow: (() => void) | undefined;

const storeIn = (globalStorage: string) => nodeStore(join(globalStorage, "diagnostics"));

// While this bundle evaluates, VS Code builds the extension context, and it calls activate() only once
// the context's global and workspace state have come back from the window (23–157 ms in the restart
// launches measured here). The stored diagnostics of documents already open are shown now, from the
// global storage the last activate() recorded (storePointer.ts); activate() takes them over.
const pointer = pointerFile(__dirname);
const earlyStorage = readPointer(pointer);
let early: EarlyPaint | undefined;
try {
  if (earlyStorage) early = paintEarly(storeIn(earlyStorage));
} catch {
  early = undefined; // activate() looks everything up as usual
}

export function activate(context: vscode.ExtensionContext): LadderlintApi {
  const storage = context.globalStorageUri.scheme === "file" ? context.globalStorageUri.fsPath : undefined;
  let handOver: EarlyPaint | undefined;
  if (early && storage === earlyStorage) handOver = early;
  else if (early) {
    // The pointer named another user-data folder's storage (the last start was another profile or
    // --user-data-dir): this context's store is looked up instead.
    early.collection.dispose();
    early.store.dispose();
    timings.painted = undefined;
  }
  early = undefined;
  // Recorded off the start-up path, only while persistence is on (and removed while it is off).
  const t = setTimeout(() => {
    if (!persistenceEnabled()) {
      if (earlyStorage) removePointer(pointer);
    } else if (storage && storage !== earlyStorage) writePointer(pointer, storage);
  }, WRITE_DELAY_MS);
  context.subscriptions.push({ dispose: () => clearTimeout(t) });
  return (api = boot(context, {
    host: { kind: "node", configFs: { readFile: readText } },
    io: storage ? storeIn(storage) : undefined,
    early: handOver,
    // dist/engine.cjs, beside this bundle (esbuild.js keeps it out of it).
    load: () => loadEngineWithCodeCache(__dirname, storage),
  }));
}

/** Writes the diagnostics still waiting for their delayed write (VS Code waits for the promise). */
export function deactivate(): Promise<void> | undefined {
  if (timings.firstLint) saveCodeCacheNow?.();
  return api?.persisted.flush();
}
