// In-process A/B of two versions of the engine, interleaved in one process, on the bench résumés:
//   git worktree add /tmp/old <commit> && ln -s "$PWD/node_modules" /tmp/old/node_modules
//   node bench/ab.mjs /tmp/old "$PWD" [N]
// Bundles each checkout's src/engine/index.ts into bench/.tools/ab-{a,b}.mjs, warms both up, then
// times lint() over the first N résumés of bench/corpus/resumes (default 300) seven times each,
// alternating, and prints medians and minimums. Run `npm run bench -- --corpus-only` once for the corpus.
import { build } from "esbuild";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
const [oldRoot, newRoot, nArg] = process.argv.slice(2);
if (!oldRoot || !newRoot) {
  console.error("usage: node bench/ab.mjs OLD_ROOT NEW_ROOT [N]");
  process.exit(2);
}
const N = Number(nArg ?? 300);
const { engineBundleOptions } = await import(newRoot + "/scripts/esbuild-plugins.mjs");
async function load(root, tag) {
  const out = `${newRoot}/bench/.tools/ab-${tag}.mjs`;
  mkdirSync(`${newRoot}/bench/.tools`, { recursive: true });
  await build({ ...engineBundleOptions(root + "/src/engine/index.ts", out), logLevel: "error" });
  return (await import(out)).lint;
}
const A = await load(oldRoot, "a");
const B = await load(newRoot, "b");
const dir = newRoot + "/bench/corpus/resumes";
const texts = readdirSync(dir).sort().slice(0, N).map((f) => readFileSync(dir + "/" + f, "utf8"));
const run = (lint) => { const t0 = performance.now(); for (const t of texts) lint(t, { override: { target: "EM6" } }); return performance.now() - t0; };
run(A); run(B); run(A); run(B);
const a = [], b = [];
for (let r = 0; r < 7; r++) { a.push(run(A)); b.push(run(B)); }
a.sort((x, y) => x - y); b.sort((x, y) => x - y);
console.log(`old median ${a[3].toFixed(0)} ms min ${a[0].toFixed(0)}; new median ${b[3].toFixed(0)} ms min ${b[0].toFixed(0)}; new/old ${(b[3] / a[3]).toFixed(3)} (median), ${(b[0] / a[0]).toFixed(3)} (min)`);
