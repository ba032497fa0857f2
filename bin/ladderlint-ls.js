#!/usr/bin/env node
// The `ladderlint-ls` bin: the language server (dist/lsp.cjs; `npm run build`), the same as `ladderlint lsp --stdio`.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const bundle = new URL("../dist/lsp.cjs", import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write("ladderlint-ls: dist/lsp.cjs is missing; run `npm run build` first\n");
  process.exitCode = 2;
} else createRequire(import.meta.url)("../dist/lsp.cjs");
