#!/usr/bin/env node
// The `ladderlint` bin: the CLI is bundled to dist/cli.js by `npm run build` (node esbuild.js).
import { existsSync } from "node:fs";
import module from "node:module";

// Node 22.1+ keeps V8's compiled code of the bundle in its compile cache (os.tmpdir()/node-compile-cache;
// NODE_DISABLE_COMPILE_CACHE=1 turns it off), as tsc does: later runs skip most of the compiling.
// It holds compiled code only, never a document's text. Node 20 has no such cache.
try {
  module.enableCompileCache?.();
} catch {
  // an unwritable cache directory: run without it
}

const bundle = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write("ladderlint: dist/cli.js is missing; run `npm run build` first\n");
  process.exitCode = 2;
} else {
  await import(bundle.href);
}
