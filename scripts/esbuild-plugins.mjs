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

// The word lists in src/*/data/*.json carry their documentation in a "_comment" (or "$comment") key (what each list
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
          delete v.$comment;
          Object.values(v).forEach(drop);
        }
      };
      drop(data);
      return { contents: JSON.stringify(data), loader: "json" };
    });
  },
};

// write-good requires no-cliches at load for its "cliches" check, a 15 KB list with one regular
// expression of 698 alternatives. ladderlint never runs that check through write-good: prose/cliche
// uses src/rules/lib/cliches.ts (the same list, src/rules/data/cliches.json; test/rules/cliches.test.ts
// holds it to write-good's own), and writeGood() is only ever called with one other check in
// `checks` (src/rules/lib/prose.ts). So the bundles take a stand-in that says so if it is ever called,
// and the extension stays under its 1 MB goal.
export const noClichesStandIn = {
  name: "no-cliches-stand-in",
  setup(build) {
    build.onResolve({ filter: /^no-cliches$/ }, () => ({ path: "no-cliches", namespace: "no-cliches-stand-in" }));
    build.onLoad({ filter: /.*/, namespace: "no-cliches-stand-in" }, () => ({
      contents: 'module.exports = function clichesMatcher() { throw new Error("ladderlint: write-good\'s cliches check is replaced by src/rules/lib/cliches.ts and is not bundled"); };',
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
    plugins: [sloppyGlobals, dropDataComments, noClichesStandIn],
    banner: esmRequireBanner,
  };
}
