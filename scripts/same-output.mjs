#!/usr/bin/env node
// Checks that a change left the CLI's output byte-identical: runs a built CLI with --format json
// over the bench corpus (1 000 résumés, packets, size series), test/fixtures, examples and
// docs/rules, with the targets EM6, TL6, D3 and none, and saves or compares the outputs.
//   node scripts/same-output.mjs --save DIR  [--cli dist/cli.cjs]   record the outputs in DIR
//   node scripts/same-output.mjs --check DIR [--cli dist/cli.cjs]   compare with DIR; exit 1 on a difference
// The corpus is generated into DIR/corpus on --save (seeded: identical on every machine) and reused
// by --check, so both runs read the same files by the same relative paths.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync, cpSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "../bench/corpus.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const opt = (f) => {
  const i = argv.indexOf(f);
  return i >= 0 ? argv[i + 1] : undefined;
};
const saveDir = opt("--save");
const checkDir = opt("--check");
const dir = saveDir ?? checkDir;
if (!dir || (saveDir && checkDir)) {
  console.error("usage: node scripts/same-output.mjs --save DIR | --check DIR [--cli FILE]");
  process.exit(2);
}
const cli = resolve(opt("--cli") ?? join(root, "dist/cli.cjs"));
const base = resolve(dir);
const inputs = join(base, "inputs");

if (saveDir) {
  rmSync(base, { recursive: true, force: true });
  const corpus = generateCorpus({ resumes: 1000, packets: 10, series: [1, 10, 100] });
  for (const [sub, items] of [["resumes", corpus.resumes], ["packets", corpus.packets], ["series", corpus.series]]) {
    mkdirSync(join(inputs, sub), { recursive: true });
    for (const it of items) writeFileSync(join(inputs, sub, it.name), it.text);
  }
  for (const d of ["test/fixtures", "examples", "docs/rules"]) cpSync(join(root, d), join(inputs, d.replace(/\//g, "_")), { recursive: true });
} else if (!existsSync(inputs)) {
  console.error(`same-output: ${inputs} does not exist; run --save first`);
  process.exit(2);
}

const sets = ["resumes", "packets", "series", "test_fixtures", "examples", "docs_rules"];
const targets = ["EM6", "TL6", "D3", ""];
let differ = 0;
let runs = 0;
for (const set of sets) {
  for (const target of targets) {
    if (set !== "resumes" && (target === "TL6" || target === "D3")) continue;
    const args = [cli, set, "--format", "json", ...(target ? ["--target", target] : [])];
    const r = spawnSync(process.execPath, args, { cwd: inputs, encoding: "utf8", maxBuffer: 1 << 30 });
    const name = `${set}-${target || "none"}`;
    const out = `exit ${r.status}\n--- stderr\n${r.stderr}\n--- stdout\n${r.stdout}`;
    const hash = createHash("sha256").update(out).digest("hex").slice(0, 16);
    runs++;
    if (saveDir) {
      writeFileSync(join(base, name + ".out"), out);
      console.log(`${name}: saved ${(out.length / 1e6).toFixed(1)} MB (${hash})`);
    } else {
      const old = readFileSync(join(base, name + ".out"), "utf8");
      if (old === out) console.log(`${name}: identical (${hash})`);
      else {
        differ++;
        writeFileSync(join(base, name + ".new"), out);
        let i = 0;
        while (i < old.length && old[i] === out[i]) i++;
        console.log(`${name}: DIFFERENT at character ${i}: saved …${JSON.stringify(old.slice(Math.max(0, i - 80), i + 80))}, now …${JSON.stringify(out.slice(Math.max(0, i - 80), i + 80))} (full output in ${name}.new)`);
      }
    }
  }
}
if (checkDir) console.log(`same-output: ${runs - differ} of ${runs} runs identical`);
process.exit(differ ? 1 : 0);
