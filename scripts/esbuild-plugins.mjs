// esbuild plugins shared by esbuild.js and the benchmark bundles (bench/run.mjs, bench/profile.mjs).
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
