#!/usr/bin/env node
// The `ladderlint` bin: runs the CLI bundle, dist/cli.cjs (`npm run build`: node esbuild.js), through a
// V8 code cache, as Node's own compile cache does for the files it loads: the first run keeps V8's
// compiled code of the bundle (as it stands when the run ends, so with every function that run used),
// and later runs skip most of the compiling (a one-résumé run on Node 20: 253 ms against 277 ms,
// medians of 11 interleaved runs; bench/README.md, session 8).
// The cache holds compiled code only, never a document's text. It lives in the user's cache directory
// ($XDG_CACHE_HOME or ~/.cache, ~/Library/Caches, %LOCALAPPDATA%)/ladderlint, or LADDERLINT_CODE_CACHE_DIR;
// NODE_DISABLE_COMPILE_CACHE=1 or LADDERLINT_CODE_CACHE=0 turns it off. A file that is not exactly what
// was written (its SHA-256 heads it) is never handed to V8, and V8 itself refuses data of another
// build of V8; either way the bundle compiles as usual. Any problem with the cache is silent.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

/** Cache files kept (one per bundle build and Node version; the most recently written). */
const KEEP = 4;

function cacheDir() {
  const env = process.env;
  if (env.NODE_DISABLE_COMPILE_CACHE || env.LADDERLINT_CODE_CACHE === "0") return undefined;
  if (env.LADDERLINT_CODE_CACHE_DIR) return env.LADDERLINT_CODE_CACHE_DIR;
  let base;
  try {
    if (process.platform === "win32") base = env.LOCALAPPDATA;
    else if (process.platform === "darwin") base = join(homedir(), "Library", "Caches");
    else base = env.XDG_CACHE_HOME || join(homedir(), ".cache");
  } catch {
    return undefined;
  }
  return base ? join(base, "ladderlint") : undefined;
}

const sha256 = (data) => createHash("sha256").update(data).digest();

function readCache(file) {
  try {
    const raw = readFileSync(file);
    const data = raw.subarray(32);
    return raw.length > 32 && sha256(data).equals(raw.subarray(0, 32)) ? data : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(script, dir, file) {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const data = script.createCachedData();
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, Buffer.concat([sha256(data), data]));
    renameSync(tmp, file);
    const old = readdirSync(dir)
      .filter((f) => /^cli-[0-9a-f]+\.v8$/.test(f))
      .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.t - a.t)
      .slice(KEEP);
    for (const { f } of old) rmSync(join(dir, f), { force: true });
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // nothing was written there
    }
  }
}

const bundle = fileURLToPath(new URL("../dist/cli.cjs", import.meta.url));
// `ladderlint lsp --stdio`: the language server, its own bundle (bin/ladderlint-ls.js).
if (process.argv[2] === "lsp") {
  await import("./ladderlint-ls.js");
} else if (!existsSync(bundle)) {
  process.stderr.write("ladderlint: dist/cli.cjs is missing; run `npm run build` first\n");
  process.exitCode = 2;
} else {
  const source = readFileSync(bundle, "utf8");
  const dir = cacheDir();
  // Named by what V8's data depends on: the bundle's text, this Node (so its V8) and the CPU. The
  // text's hash is needed: V8's own check of the source compares only its length.
  const file = dir && join(dir, `cli-${createHash("sha256").update(`${process.version}\0${process.arch}\0`).update(source).digest("hex").slice(0, 32)}.v8`);
  const cachedData = file ? readCache(file) : undefined;
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  if (file && (!cachedData || script.cachedDataRejected)) process.once("exit", () => writeCache(script, dir, file));
  const mod = { exports: {}, filename: bundle, id: bundle };
  script.runInThisContext().call(mod.exports, mod.exports, createRequire(bundle), mod, bundle, dirname(bundle));
}
