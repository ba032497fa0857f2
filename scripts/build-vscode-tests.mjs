#!/usr/bin/env node
// Bundles the integration suite (test/vscode/suite/*.ts) into out/vscode-test/*.cjs for the extension
// host: CJS, node platform, `vscode` and `mocha` external (resolved from the repo's node_modules).
import * as esbuild from "esbuild";
import { readdirSync, rmSync } from "node:fs";
import { sloppyGlobals } from "./esbuild-plugins.mjs";

const dir = "test/vscode/suite";
const entryPoints = readdirSync(dir).filter((f) => f === "index.ts" || f.endsWith(".test.ts")).map((f) => `${dir}/${f}`);
rmSync("out/vscode-test", { recursive: true, force: true });
await esbuild.build({
  entryPoints,
  outdir: "out/vscode-test",
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: ["vscode", "mocha"],
  loader: { ".json": "json" },
  // The suite bundles the engine too (to compare the editor's results with a lint from scratch).
  plugins: [sloppyGlobals],
  sourcemap: "inline",
  logLevel: "warning",
});
console.log(`built out/vscode-test (${entryPoints.length} files)`);
