#!/usr/bin/env node
// postinstall: builds dist/ when it is missing and esbuild is there, that is on `npm install` in a git
// checkout. That is how pre-commit's node hooks install ladderlint (npm install with dev dependencies,
// npm pack, npm install -g of the tarball): the tarball then carries dist/. An installed package
// already has dist/ (and no esbuild), so this does nothing there.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const missing = ["../dist/cli.cjs", "../dist/lsp.cjs"].some((f) => !existsSync(new URL(f, import.meta.url)));
if (missing && existsSync(new URL("../node_modules/esbuild/package.json", import.meta.url))) {
  const r = spawnSync(process.execPath, ["esbuild.js"], { cwd: root, stdio: "inherit" });
  process.exitCode = r.status ?? 1;
}
