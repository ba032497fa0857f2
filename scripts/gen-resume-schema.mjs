#!/usr/bin/env node
// Writes src/core/data/resume-schema.json: the JSON Resume schema of the `resume-schema` package
// (MIT, jsonresume.org) without its "description" texts and its "$schema". The bundles carry no URL they do not use
// (test/reliability: the descriptions hold example links), and the validator needs none of them.
// `--check`: exit 1 when the committed copy differs from what the installed package gives.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const source = JSON.parse(readFileSync(require.resolve("resume-schema/schema.json"), "utf8"));
const strip = (v) => {
  if (Array.isArray(v)) return v.map(strip);
  if (!v || typeof v !== "object") return v;
  const out = {};
  for (const [k, x] of Object.entries(v)) if (k !== "description" || typeof x !== "string") out[k] = strip(x);
  return out;
};
// Its "$schema" (draft-04) goes too: ajv compiles it as its default draft, which reads it the same.
const { $schema: _draft, ...schema } = strip(source);
const text = JSON.stringify(schema, null, 2) + "\n";
const target = new URL("../src/core/data/resume-schema.json", import.meta.url);
if (process.argv.includes("--check")) {
  if (readFileSync(target, "utf8") !== text) {
    console.error("src/core/data/resume-schema.json is out of date: run `node scripts/gen-resume-schema.mjs`");
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log("wrote src/core/data/resume-schema.json");
}
