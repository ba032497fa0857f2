// esbuild plugins and options shared by esbuild.js and the benchmark bundles (bench/run.mjs, bench/profile.mjs, bench/ab.mjs).
import { readFileSync } from "node:fs";

// Some of write-good's checks (passive-voice, weasel-words, e-prime) assign an undeclared `match`
// (sloppy-mode CommonJS). Every bundle is strict ("use strict" / ESM), where that throws
// "match is not defined" and the prose rules fail; declare it in those modules (reliability, issue 6).
export const sloppyGlobals = {
  name: "sloppy-globals",
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/](passive-voice[\\/]passive|weasel-words[\\/]weasel|e-prime[\\/]e-prime|write-good[\\/]lib[\\/](lexical-illusions|starts-with-so|there-is))\.js$/ }, (args) => ({
      contents: "var match;\n" + readFileSync(args.path, "utf8"),
      loader: "js",
    }));
  },
};

// An ESM bundle of CommonJS dependencies that call require(): give it one.
export const esmRequireBanner = { js: "import { createRequire as __llCreateRequire } from 'node:module'; const require = __llCreateRequire(import.meta.url);" };

/** esbuild options for a minified ESM bundle of the engine (`entry`: a checkout's src/engine/index.ts), as the benchmarks use it. */
export function engineBundleOptions(entry, outfile) {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    platform: "node",
    format: "esm",
    target: "es2022",
    logLevel: "silent",
    loader: { ".json": "json" },
    plugins: [sloppyGlobals],
    banner: esmRequireBanner,
  };
}
