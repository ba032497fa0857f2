#!/usr/bin/env node
// The `ladderlint` bin: the CLI is bundled to dist/cli.js by `npm run build` (node esbuild.js).
import { existsSync } from "node:fs";

const bundle = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write("ladderlint: dist/cli.js is missing; run `npm run build` first\n");
  process.exitCode = 2;
} else {
  await import(bundle.href);
}
