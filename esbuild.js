// Bundles: the CLI (CJS, node), the node extension (CJS, `vscode` external) and the web extension
// (CJS, browser, no fs) from the same core. `node esbuild.js [--watch] [--minify]`.
import * as esbuild from "esbuild";
import { existsSync, mkdirSync } from "node:fs";
import { dropDataComments, noClichesStandIn, sloppyGlobals } from "./scripts/esbuild-plugins.mjs";
import { spawnSync } from "node:child_process";

const watch = process.argv.includes("--watch");
const minify = !process.argv.includes("--no-minify");

// Generated sources (rule docs embedded for `ladderlint explain`; the schemas compiled to standalone
// validators), when the generators exist.
for (const gen of ["scripts/gen-docs.mjs", "scripts/gen-validators.mjs"]) {
  if (!existsSync(gen)) continue;
  const r = spawnSync(process.execPath, [gen], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const common = {
  bundle: true,
  plugins: [sloppyGlobals, dropDataComments, noClichesStandIn],
  minify,
  sourcemap: false,
  legalComments: "none",
  // Non-ASCII as UTF-8, not \uXXXX escapes: the word lists and patterns in other languages (Cyrillic, CJK,
  // accented titles) took 6 bytes a character; every loader reads these files as UTF-8 (Node, VS Code, a web
  // worker's script, bin/ladderlint.js's code cache). engine.cjs 1 055 319 -> 974 429 bytes.
  charset: "utf8",
  logLevel: "warning",
  target: "es2022",
  // JSON data (ladders, word lists) is imported statically so no bundle needs fs at run time.
  loader: { ".json": "json" },
};

// The extension bundles note when their evaluation starts (src/extension/timing.ts).
const LOAD_START = "var __ladderlintLoadStart = typeof performance !== 'undefined' ? performance.now() : undefined;";

const entries = [
  {
    // CommonJS, so that bin/ladderlint.js can run it through a V8 code cache (vm.Script); its
    // import.meta.url (the lint pool's worker script, the rule docs beside it) is the bundle's URL.
    entryPoints: ["src/cli/index.ts"],
    outfile: "dist/cli.cjs",
    platform: "node",
    format: "cjs",
    define: { "import.meta.url": "__ladderlintBundleUrl" },
    // "use strict" first: a directive after the banner would not be one (the ESM bundle was strict).
    banner: { js: '"use strict";var __ladderlintBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  },
  // The language server (`ladderlint lsp --stdio`, `ladderlint-ls`): its own bundle, so the CLI's stays as it was.
  {
    entryPoints: ["src/lsp/main.ts"],
    outfile: "dist/lsp.cjs",
    platform: "node",
    format: "cjs",
  },
  // The node extension in two bundles: the engine (required lazily) and the small entry VS Code loads.
  {
    entryPoints: ["src/extension/engine.ts"],
    outfile: "dist/engine.cjs",
    platform: "node",
    format: "cjs",
    external: ["vscode"],
  },
  {
    entryPoints: ["src/extension/node.ts"],
    outfile: "dist/extension.cjs",
    platform: "node",
    format: "cjs",
    external: ["vscode", "./engine.cjs"],
    banner: { js: LOAD_START },
  },
  {
    entryPoints: ["src/extension/web.ts"],
    outfile: "dist/web/extension.cjs",
    platform: "browser",
    format: "cjs",
    external: ["vscode"],
    mainFields: ["browser", "module", "main"],
    // VS Code web extensions run in a web worker: no DOM. "worker" picks the DOM-free builds
    // (decode-named-character-reference's "browser" build calls document.createElement).
    conditions: ["worker"],
    define: { "process.env.NODE_ENV": '"production"' },
    banner: { js: LOAD_START },
  },
];

mkdirSync("dist", { recursive: true });
for (const e of entries) {
  if (!existsSync(e.entryPoints[0])) {
    console.log(`esbuild: skipping ${e.outfile} (${e.entryPoints[0]} not written yet)`);
    continue;
  }
  const opts = { ...common, ...e };
  if (watch) await (await esbuild.context(opts)).watch();
  else await esbuild.build(opts);
}
