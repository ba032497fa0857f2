#!/usr/bin/env node
// Where the time goes: summarise a V8 .cpuprofile (node --cpu-prof) by source area.
//
//   node bench/profile.mjs [--inproc] [--quick]   profile ladderlint over the bench corpus and print
//                                                  the summary (run `npm run bench` once first so
//                                                  bench/corpus exists)
//   import { summarizeProfile } from "./profile.mjs"
//
// The CLI is profiled from an unminified bundle with a source map (bench/.tools/prof/cli.mjs), so
// every sample is attributed to its original file: src/rules/we-not-me.ts, node_modules/micromark…
// --inproc profiles lint() over the résumés in one process instead (no start-up, no file I/O).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { esmRequireBanner, sloppyGlobals } from "../scripts/esbuild-plugins.mjs";

/** Area of an original source path: "src/rules/x.ts", an npm package name, "node internals". */
function areaOf(path, functionName, root) {
  if (!path) {
    if (functionName === "(garbage collector)") return "(garbage collector)";
    if (functionName === "(program)") return "(program: V8 compile, start-up)";
    if (functionName === "(idle)") return "(idle)";
    return "(native)";
  }
  if (path.startsWith("node:")) return "node internals";
  let p = path.startsWith("file://") ? fileURLToPath(path) : path;
  p = relative(root, resolve(root, p)).replace(/\\/g, "/");
  const nm = p.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = p.slice(nm + "node_modules/".length).split("/");
    return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  return p;
}

/**
 * Summarise a parsed .cpuprofile. `map` (optional): { url, sourceMap: node:module SourceMap, dir }
 * maps frames of a bundle back to original files.
 */
export function summarizeProfile(profiles, { root, map } = {}) {
  root ??= process.cwd();
  const self = new Map();
  const selfFn = new Map();
  const incl = new Map();
  let total = 0;
  const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
  // Several profiles (main thread + worker threads) add up.
  for (const profile of Array.isArray(profiles) ? profiles : [profiles]) total += accumulate(profile, { root, map, self, selfFn, incl, add });
  const list = (m) => [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, ms]) => ({ ms, pct: (100 * ms) / (total || 1), k }));
  return {
    totalMs: total,
    areas: list(self).map(({ k, ms, pct }) => ({ area: k, ms, pct })),
    inclusive: list(incl).map(({ k, ms, pct }) => ({ area: k, ms, pct })).slice(0, 40),
    functions: list(selfFn).map(({ k, ms, pct }) => ({ name: k, ms, pct })).slice(0, 40),
  };
}

function accumulate(profile, { root, map, self, selfFn, incl, add }) {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const info = new Map(); // id -> { area, fn }
  for (const n of profile.nodes) {
    const cf = n.callFrame;
    let path = cf.url;
    let line = cf.lineNumber;
    if (map && cf.url === map.url && cf.lineNumber >= 0) {
      const e = map.sourceMap.findEntry(cf.lineNumber, cf.columnNumber);
      if (e && e.originalSource) {
        path = resolve(map.dir, e.originalSource.startsWith("file://") ? fileURLToPath(e.originalSource) : e.originalSource);
        line = e.originalLine;
      }
    }
    const area = areaOf(path, cf.functionName, root);
    const fn = `${cf.functionName || "(anonymous)"} ${area}${line >= 0 && path ? `:${line + 1}` : ""}`;
    info.set(n.id, { area, fn });
  }
  let total = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const dt = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000; // µs → ms; a sample's time is the gap to the next
    const id = samples[i];
    const me = info.get(id);
    if (!me) continue;
    total += dt;
    add(self, me.area, dt);
    add(selfFn, me.fn, dt);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const a = info.get(cur)?.area;
      if (a && !seen.has(a)) {
        seen.add(a);
        add(incl, a, dt);
      }
    }
  }
  return total;
}

// ---------------------------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------------------------
async function cli() {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const argv = process.argv.slice(2);
  const typing = argv.includes("--typing");
  const first = argv.includes("--first");
  const inproc = first || typing || argv.includes("--inproc");
  const dir = join(root, "bench/.tools/prof");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const resumes = join(root, "bench/corpus/resumes");
  if (!existsSync(resumes)) {
    console.error("bench/corpus/resumes does not exist: run `npm run bench -- --corpus-only` (or the full bench) first");
    process.exit(2);
  }
  const esbuild = await import("esbuild");
  const entry = join(dir, "entry.mjs");
  if (first) {
    // Cold start, as in the editor's activation: load the engine and lint one résumé once.
    writeFileSync(
      entry,
      `import { lint } from ${JSON.stringify(join(root, "src/engine/index.ts"))};
import { readFileSync } from "node:fs";
const text = "---\\ntarget: EM6\\n---\\n" + readFileSync(${JSON.stringify(join(root, "test/vscode/fixtures/resume.md"))}, "utf8");
console.log(lint(text, {}).findings.length + " findings");
`,
    );
  } else if (typing) {
    // As you type in the editor (bench/typing.mjs): 3 000 characters into the first résumé.
    writeFileSync(
      entry,
      `import { lint, BlockCache } from ${JSON.stringify(join(root, "src/engine/index.ts"))};
import { typist } from ${JSON.stringify(join(root, "bench/typing.mjs"))};
import { readdirSync, readFileSync } from "node:fs";
const dir = ${JSON.stringify(resumes)};
const type = typist(lint, BlockCache, readFileSync(dir + "/" + readdirSync(dir).filter((f) => f.endsWith(".md")).sort()[0], "utf8"), { override: { target: "EM6" } });
let n = 0;
for (let i = 0; i < 3000; i++) n += type().findings.length;
console.log(n + " findings");
`,
    );
  } else if (inproc) {
    writeFileSync(
      entry,
      `import { lint } from ${JSON.stringify(join(root, "src/engine/index.ts"))};
import { readdirSync, readFileSync } from "node:fs";
const dir = ${JSON.stringify(resumes)};
const texts = readdirSync(dir).filter((f) => f.endsWith(".md")).sort().map((f) => readFileSync(dir + "/" + f, "utf8"));
let n = 0;
for (let round = 0; round < 2; round++) for (const t of texts) n += lint(t, { override: { target: "EM6" } }).findings.length;
console.log(n + " findings");
`,
    );
  } else {
    // The real CLI entry (the one dist/cli.cjs is built from), unminified.
    writeFileSync(entry, `import ${JSON.stringify(join(root, "src/cli/index.ts"))};\n`);
  }
  const out = join(dir, "cli.mjs");
  await esbuild.build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    minify: false,
    sourcemap: "linked",
    platform: "node",
    format: "esm",
    target: "es2022",
    logLevel: "warning",
    loader: { ".json": "json" },
    plugins: [sloppyGlobals],
    banner: esmRequireBanner,
  });
  const args = ["--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-interval", first ? "50" : "200", out];
  if (!inproc) args.push(resumes, "--target", "EM6");
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  const wall = performance.now() - t0;
  const files = readdirSync(dir).filter((x) => x.endsWith(".cpuprofile"));
  const f = files[0];
  if (!f) {
    console.error(`no profile written (exit ${r.status})`);
    process.exit(1);
  }
  const sm = new SourceMap(JSON.parse(readFileSync(out + ".map", "utf8")));
  const s = summarizeProfile(files.map((x) => JSON.parse(readFileSync(join(dir, x), "utf8"))), { root, map: { url: pathToFileURL(out).href, sourceMap: sm, dir } });
  writeFileSync(join(dir, "summary.json"), JSON.stringify(s, null, 2));
  const ms = (x) => `${x.toFixed(0)} ms`.padStart(9);
  console.log(`${first ? "load + first lint, cold, with" : typing ? "3000 keystrokes into the first of" : inproc ? "lint() ×2 over" : "ladderlint CLI on"} ${readdirSync(resumes).length} résumés: wall ${wall.toFixed(0)} ms (profiling on), ${s.totalMs.toFixed(0)} ms sampled in ${files.length} thread(s), exit ${r.status}`);
  console.log(`\nSelf time by area`);
  for (const a of s.areas.slice(0, 25)) console.log(`  ${a.area.padEnd(48)}${ms(a.ms)}  ${a.pct.toFixed(1)}%`);
  console.log(`\nInclusive time by area (overlapping)`);
  for (const a of s.inclusive.slice(0, 25)) console.log(`  ${a.area.padEnd(48)}${ms(a.ms)}  ${a.pct.toFixed(1)}%`);
  console.log(`\nHottest functions (self)`);
  for (const a of s.functions.slice(0, 25)) console.log(`  ${a.name.slice(0, 70).padEnd(72)}${ms(a.ms)}  ${a.pct.toFixed(1)}%`);
  console.log(`\nRaw profile: ${relative(root, join(dir, f))} (open in Chrome DevTools › Performance)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await cli();
