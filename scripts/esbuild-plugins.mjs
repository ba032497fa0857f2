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

// The word lists in src/*/data/*.json carry their documentation in a "_comment" key (what each list
// means, with examples and the issue that asked for it): for the reader of the source, not the code,
// which never reads it. Bundles drop it (about 14 KB; the extension's size goal is 1 MB).
export const dropDataComments = {
  name: "drop-data-comments",
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/][^\\/]+[\\/]data[\\/][^\\/]+\.json$/ }, (args) => {
      const data = JSON.parse(readFileSync(args.path, "utf8"));
      const drop = (v) => {
        if (Array.isArray(v)) v.forEach(drop);
        else if (v && typeof v === "object") {
          delete v._comment;
          Object.values(v).forEach(drop);
        }
      };
      drop(data);
      return { contents: JSON.stringify(data), loader: "json" };
    });
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
    plugins: [sloppyGlobals, dropDataComments],
    banner: esmRequireBanner,
  };
}
