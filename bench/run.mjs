#!/usr/bin/env node
// ladderlint benchmarks: `npm run bench` (full) or `npm run bench -- --quick` (CI smoke run).
//
// 1. Generates a deterministic corpus in bench/corpus/ (gitignored): 1 000 résumés of ~4 KB in
//    every layout of DESIGN §2b, 10 promo packets of ~40 KB, and a size series (1×, 10×, 100×).
// 2. Whole-process wall time on the 1 000 résumés, interleaved rounds (A B C … then rotated) so
//    drift hits every tool alike: ladderlint (all rules, --target EM6), markdownlint-cli2, the
//    write-good CLI, textlint + textlint-rule-write-good, alex, and the floor (remark-parse alone,
//    bench/floor.mjs, on as many worker threads as the machine has cores).
// 3. In process (bench/inproc.mjs, fresh child): remark-parse floor, lint() over the corpus,
//    relint of a 4 KB résumé and a 40 KB packet (warm medians), the size series.
// 3b. The language server's memory over 10 000 edits of one résumé (bench/lsp-memory.mjs, fresh child
//    with --expose-gc; skipped by --quick unless --lsp-memory is given).
// 4. Bundle sizes and the extension's activation time (written by the VS Code suite when
//    LADDERLINT_ACTIVATION_FILE is set).
// Prints one table, writes bench/results.json and bench/results.md. Never fails on a time: the
// exit code is 0 unless something crashed.
//
// Flags: --quick  --rounds N  --pairs N (ladderlint/markdownlint-cli2 pairs, default 5)  --no-competitors  --no-build  --no-vscode  --profile  --lsp-memory (in --quick)
//        --activation-only (build and the VS Code launches only: the cold and restart activation
//        times, written to bench/results.activation.{json,md}; nothing else timed)
//        --update-readme (replace the body of README.md's "## Performance" section)
//        --corpus-only (write bench/corpus/, the full corpus bench/ab.mjs and bench/profile.mjs read, and stop)
import { spawnSync } from "node:child_process";
import { cpus, availableParallelism, loadavg, totalmem, tmpdir, platform, release } from "node:os";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "./corpus.mjs";
import { engineBundleOptions } from "../scripts/esbuild-plugins.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = join(root, "bench");
const toolsDir = join(benchDir, ".tools");
const quick = process.argv.includes("--quick");
const activationOnly = process.argv.includes("--activation-only");
const small = quick || activationOnly;
// A quick run (CI's smoke test, test/bench/quick.test.ts) has its own corpus and build snapshot, so
// it never replaces the full corpus that bench/ab.mjs and bench/profile.mjs read, nor the snapshot of
// a full run going on at the same time.
const corpusDir = join(benchDir, small ? "corpus-quick" : "corpus");
const workDir = small ? join(toolsDir, "quick") : toolsDir;
const node = process.execPath;
const nm = (p) => join(root, "node_modules", p);

const argv = process.argv.slice(2);
const flag = (f) => argv.includes(f);
const value = (f, d) => {
  const i = argv.indexOf(f);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : d;
};
// A quick run never overwrites the full run's results.
const resultsName = quick ? "results.quick" : activationOnly ? "results.activation" : "results";
const rounds = Number(value("--rounds", quick ? 1 : 3));
const withCompetitors = !flag("--no-competitors");
const cores = availableParallelism();
const problems = []; // crashes: they make the exit code 1
const loadStart = loadavg();
const log = (...a) => console.error(...a);

// ---------------------------------------------------------------------------------------------
// Corpus
// ---------------------------------------------------------------------------------------------
const sizes = small ? { resumes: 30, packets: 2, series: [1, 10, 100] } : { resumes: 1000, packets: 10, series: [1, 10, 100] };
log(`bench: generating corpus (${sizes.resumes} résumés, ${sizes.packets} packets, series ${sizes.series.join("/")}×)…`);
const corpus = generateCorpus(sizes);
rmSync(corpusDir, { recursive: true, force: true });
const write = (sub, items) => {
  const d = join(corpusDir, sub);
  mkdirSync(d, { recursive: true });
  for (const it of items) writeFileSync(join(d, it.name), it.text);
  return d;
};
const resumesDir = write("resumes", corpus.resumes);
write("packets", corpus.packets);
write("series", corpus.series);
const corpusStats = {
  resumes: corpus.resumes.length,
  resumeBytes: corpus.resumes.reduce((a, r) => a + Buffer.byteLength(r.text), 0),
  packets: corpus.packets.length,
  packetBytes: corpus.packets.reduce((a, r) => a + Buffer.byteLength(r.text), 0),
  series: corpus.series.map((s) => ({ times: s.times, bytes: Buffer.byteLength(s.text) })),
};
const resumeFiles = corpus.resumes.map((r) => join(resumesDir, r.name));
if (flag("--corpus-only")) {
  log(`bench: wrote ${relative(root, corpusDir)}/ (--corpus-only: nothing timed)`);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Build (dist/ bundles + an engine bundle for in-process timing)
// ---------------------------------------------------------------------------------------------
mkdirSync(workDir, { recursive: true });
if (!flag("--no-build")) {
  log("bench: npm run build…");
  const r = spawnSync("npm", ["run", "build", "--silent"], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) {
    log(r.stdout, r.stderr);
    problems.push(`npm run build exited ${r.status}`);
  }
}
// Snapshot of bin/ + dist/ right after the build: other work in the same tree may rebuild dist/ while
// the bench runs, and every round must run the same code.
const snapshot = join(workDir, "snapshot");
rmSync(snapshot, { recursive: true, force: true });
if (existsSync(join(root, "dist/cli.cjs")) && existsSync(join(root, "bin/ladderlint.js"))) {
  cpSync(join(root, "dist"), join(snapshot, "dist"), { recursive: true });
  cpSync(join(root, "bin"), join(snapshot, "bin"), { recursive: true });
}
const engineBundle = join(workDir, "engine.mjs");
let engineBuilt = false;
if (existsSync(join(root, "src/engine/index.ts"))) {
  try {
    const esbuild = await import("esbuild");
    await esbuild.build(engineBundleOptions(join(root, "src/engine/index.ts"), engineBundle));
    engineBuilt = true;
  } catch (e) {
    log(`bench: could not bundle src/engine/index.ts: ${String(e.message).split("\n")[0]}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Whole-process tools
// ---------------------------------------------------------------------------------------------
const tmp = mkdtempSync(join(tmpdir(), "ladderlint-bench-"));
writeFileSync(join(tmp, ".textlintrc.json"), JSON.stringify({ rules: { "write-good": true } }));
const quietEnv = { ...process.env, NO_UPDATE_NOTIFIER: "1", NO_COLOR: "1", FORCE_COLOR: "0", CI: "1" };
const ladderlintBin = join(snapshot, "bin/ladderlint.js");

const tools = [
  {
    name: "ladderlint",
    available: existsSync(ladderlintBin) && existsSync(join(snapshot, "dist/cli.cjs")),
    args: [ladderlintBin, resumesDir, "--target", "EM6"],
    cwd: root,
    ok: (c) => c === 0 || c === 1,
  },
  {
    // The lever CI has when it keeps .ladderlintcache between runs: the warm-up run fills the cache,
    // every timed run finds every file unchanged.
    name: "ladderlint --cache",
    note: "files unchanged since the warm-up run",
    available: existsSync(ladderlintBin) && existsSync(join(snapshot, "dist/cli.cjs")),
    args: [ladderlintBin, resumesDir, "--target", "EM6", "--cache"],
    cwd: tmp,
    ok: (c) => c === 0 || c === 1,
  },
  {
    name: "remark-parse floor",
    note: `bench/floor.mjs, ${cores} worker threads`,
    available: true,
    args: [join(benchDir, "floor.mjs"), resumesDir, "--jobs", String(cores)],
    cwd: root,
    ok: (c) => c === 0,
    floor: true,
  },
  {
    name: "markdownlint-cli2",
    competitor: true,
    available: existsSync(nm("markdownlint-cli2/markdownlint-cli2-bin.mjs")),
    args: [nm("markdownlint-cli2/markdownlint-cli2-bin.mjs"), "*.md"],
    cwd: resumesDir,
    ok: (c) => c === 0 || c === 1,
  },
  {
    name: "write-good",
    competitor: true,
    available: existsSync(nm("write-good/bin/write-good.js")),
    args: [nm("write-good/bin/write-good.js"), ...resumeFiles],
    cwd: tmp,
    ok: () => true, // exits with the number of suggestions (mod 256)
  },
  {
    name: "textlint + write-good",
    competitor: true,
    available: existsSync(nm("textlint/bin/textlint.js")) && existsSync(nm("textlint-rule-write-good")),
    args: [nm("textlint/bin/textlint.js"), "--rules-base-directory", join(root, "node_modules"), "--no-color", resumesDir],
    cwd: tmp,
    ok: (c) => c === 0 || c === 1,
  },
  {
    name: "alex",
    competitor: true,
    available: existsSync(nm("alex/cli.js")),
    args: [nm("alex/cli.js"), "--quiet", resumesDir],
    cwd: tmp,
    ok: (c) => c === 0 || c === 1,
  },
].filter((t) => !t.competitor || withCompetitors);

// CPU time of waited-for children (user + system, all threads), from /proc/self/stat (Linux; 10 ms
// ticks): unlike wall time it barely moves when other work shares the machine.
function childCpuMs() {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // f[0] is field 3 (state)
    return (Number(f[13]) + Number(f[14])) * 10; // fields 16 (cutime) and 17 (cstime), 100 Hz
  } catch {
    return NaN;
  }
}

function runTool(t, capture) {
  const c0 = childCpuMs();
  const t0 = performance.now();
  const r = spawnSync(node, t.args, {
    cwd: t.cwd,
    env: quietEnv,
    // Timed rounds after the first send all output to /dev/null (markdownlint-cli2 writes its findings
    // to stderr, the others to stdout: piping one and not the other would not be fair).
    stdio: ["ignore", capture ? "pipe" : "ignore", capture ? "pipe" : "ignore"],
    maxBuffer: 512 * 1024 * 1024,
    encoding: "utf8",
  });
  const ms = performance.now() - t0;
  const cpuMs = childCpuMs() - c0;
  const crashed = r.error || r.signal || !t.ok(r.status);
  const lines = (t) => (t ? t.split("\n").filter(Boolean).length : 0);
  return { ms, cpuMs, status: r.status, signal: r.signal, crashed: !!crashed, outputLines: lines(r.stdout) + lines(r.stderr), stderr: (r.stderr ?? "").slice(-2000) };
}

const whole = {};
for (const t of tools) whole[t.name] = { note: t.note, available: t.available, samples: [], cpuSamples: [], exitCode: null, outputLines: null };
const runnable = activationOnly ? [] : tools.filter((t) => t.available);
for (const t of tools) if (!t.available) log(`bench: ${t.name} not available (skipped)`);

// Warm-up (page cache, first-run effects) for the quick tools; the slow competitors (tens of seconds
// on the full corpus) get none. The first timed round captures every tool's output, to show each
// one really read the files (exit code and output lines go to results.json).
const recordCrash = (t, r, when) => {
  problems.push(`${t.name} crashed ${when} (exit ${r.status}${r.signal ? `, ${r.signal}` : ""}): ${r.stderr.split("\n").slice(-6).join(" | ")}`);
  whole[t.name].crashed = true;
};
log(`bench: warm-up over ${resumeFiles.length} résumés…`);
for (const t of runnable.filter((t) => !t.competitor || t.name === "markdownlint-cli2")) {
  const r = runTool(t, false);
  if (r.crashed) recordCrash(t, r, "in the warm-up");
}
// ladderlint and markdownlint-cli2 (the 2× goal) always run back to back, the one first alternating
// from round to round, and the goal is the median of the pairs' ratios: other work on the machine
// comes and goes over a round (alex alone takes 35 s), and a ratio of two medians taken tens of
// seconds apart moved from 1.75× to 2.07× between two idle runs while ladderlint's own time held.
// Pairs beyond the rounds (--pairs N, default 5) run just the two.
const PAIR = ["ladderlint", "markdownlint-cli2"];
const pairCount = Math.max(rounds, Number(value("--pairs", quick ? rounds : 5)));
const pairRuns = [];
function withPairAdjacent(order, round) {
  const m = order.find((t) => t.name === PAIR[1]);
  const l = order.find((t) => t.name === PAIR[0]);
  if (!m || !l) return order;
  const rest = order.filter((t) => t !== m);
  const at = rest.indexOf(l);
  rest.splice(round % 2 ? at : at + 1, 0, m);
  return rest;
}
function runRound(order, round, label) {
  log(`bench: ${label}: ${order.map((t) => t.name).join(" → ")}`);
  const pair = {};
  for (const t of order) {
    if (PAIR.includes(t.name)) pair[t.name] = { ms: null, cpuMs: null, load: loadavg()[0] };
    const r = runTool(t, round === 0);
    if (round === 0) {
      whole[t.name].exitCode = r.status;
      whole[t.name].outputLines = r.outputLines;
    }
    if (r.crashed) {
      recordCrash(t, r, `in ${label}`);
      continue;
    }
    whole[t.name].samples.push(r.ms);
    if (Number.isFinite(r.cpuMs)) whole[t.name].cpuSamples.push(r.cpuMs);
    if (pair[t.name]) Object.assign(pair[t.name], { ms: r.ms, cpuMs: r.cpuMs });
  }
  const [a, b] = PAIR.map((n) => pair[n]);
  if (a?.ms && b?.ms) pairRuns.push({ first: order.findIndex((t) => t.name === PAIR[0]) < order.findIndex((t) => t.name === PAIR[1]) ? PAIR[0] : PAIR[1], [PAIR[0]]: a, [PAIR[1]]: b, ratio: b.ms / a.ms, cpuRatio: a.cpuMs && b.cpuMs ? b.cpuMs / a.cpuMs : null });
}
for (let round = 0; round < rounds; round++) {
  const live = runnable.filter((t) => !whole[t.name].crashed);
  runRound(withPairAdjacent(live.map((_, i) => live[(i + round) % live.length]), round), round, `round ${round + 1}/${rounds}`);
}
for (let k = rounds; k < pairCount; k++) {
  const two = PAIR.map((n) => runnable.find((t) => t.name === n && !whole[n].crashed));
  if (!two[0] || !two[1]) break;
  runRound(k % 2 ? [two[1], two[0]] : two, k, `pair ${k + 1}/${pairCount}`);
}
const median = (xs) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
for (const w of Object.values(whole)) {
  w.median = median(w.samples);
  w.cpuMedian = median(w.cpuSamples);
  w.min = w.samples.length ? Math.min(...w.samples) : null;
  w.max = w.samples.length ? Math.max(...w.samples) : null;
}

// ---------------------------------------------------------------------------------------------
// In process
// ---------------------------------------------------------------------------------------------
let inproc = {};
if (!activationOnly) {
  log("bench: in-process timings (fresh node)…");
  const r = spawnSync(node, [join(benchDir, "inproc.mjs"), JSON.stringify({ engine: engineBuilt ? engineBundle : undefined, corpus: corpusDir, quick, target: "EM6" })], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) problems.push(`bench/inproc.mjs exited ${r.status}: ${(r.stderr ?? "").split("\n").slice(0, 8).join(" | ")}`);
  else inproc = JSON.parse(r.stdout.trim().split("\n").pop());
  if (inproc.engineError) problems.push(`engine bundle failed to load: ${inproc.engineError}`);
  for (const c of inproc.ruleCrashes ?? []) problems.push(`in-process lint: ${c}`);
}

// ---------------------------------------------------------------------------------------------
// Language server memory (optional in --quick)
// ---------------------------------------------------------------------------------------------
let lspMemory;
if (!activationOnly && (!quick || flag("--lsp-memory"))) {
  log("bench: language server memory over 10 000 edits (bench/lsp-memory.mjs)…");
  mkdirSync(workDir, { recursive: true });
  const r = spawnSync(node, ["--expose-gc", join(benchDir, "lsp-memory.mjs"), JSON.stringify({ work: workDir, edits: 10_000 })], { cwd: root, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) problems.push(`bench/lsp-memory.mjs exited ${r.status}: ${(r.stderr ?? "").split("\n").slice(0, 8).join(" | ")}`);
  else lspMemory = JSON.parse(r.stdout.trim().split("\n").pop());
}

// ---------------------------------------------------------------------------------------------
// Bundles and activation
// ---------------------------------------------------------------------------------------------
const bundles = {};
for (const f of ["dist/cli.cjs", "dist/extension.cjs", "dist/engine.cjs", "dist/web/extension.cjs", "dist/lsp.cjs"]) {
  const p = join(snapshot, f);
  bundles[f] = existsSync(p) ? { bytes: statSync(p).size, gzip: gzipSync(readFileSync(p)).length } : null;
}

// Two activation records from scripts/vscode-test.sh: the first VS Code launch starts with empty user
// data (cold), the later ones reuse it with the document open as Markdown before activate(), as when
// VS Code restores an editor (restart). In both the engine loads and lints the document.
const activationFiles = { cold: join(toolsDir, "activation.json"), restart: join(toolsDir, "activation-restart.json") };
// Restart launches: RESTART_SAMPLES in all (scripts/vscode-test.sh runs the extra ones for timing only),
// each appending its record to this file; the restart figure is their median. One launch is one
// sample of a long-tailed time (VS Code's own part before activate() varied 23–230 ms between launches, bench/README.md session 8).
const RESTART_SAMPLES = 3;
const restartSamplesFile = join(toolsDir, "activation-restart-samples.jsonl");
const noActivation = { ms: null, source: "n/a" };
let activation = { cold: noActivation, restart: noActivation };
const ACTIVATION_LABELS = {
  activateCallMs: "activate() call",
  moduleAndActivateMs: "of which entry bundle evaluation + activate()",
  bundleEvalMs: "of which entry bundle evaluation + VS Code finishing the extension context",
  activateStartedAtMs: "activate() started at",
  publishedMs: "published to VS Code at",
  listenerMs: "onDidChangeDiagnostics (debounced 50 ms by VS Code) heard at",
  documentArrivedAtMs: "document back in the extension host at",
  engineLoadStartMs: "engine load started at",
  engineLoadMs: "engine load",
  firstLintMs: "first lint",
  ownMs: "extension's own work",
  lintStartedAtMs: "document reached the linter at",
  publishedAtMs: "engine's diagnostics published at",
  openToDiagnosticsMs: "opening resume.md in an editor → its diagnostics",
};
const readActivation = (file) => {
  if (!existsSync(file)) return null;
  const raw = readFileSync(file, "utf8").trim();
  let j;
  try {
    j = JSON.parse(raw);
  } catch {
    return null;
  }
  return activationOf(j, raw, statSync(file).mtime.toISOString());
};
/** The restart samples (one JSON line per restart launch): the median launch's record, with every sample listed. */
const readRestartSamples = (file) => {
  if (!existsSync(file)) return null;
  const mtime = statSync(file).mtime.toISOString();
  const all = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    try {
      const a = activationOf(JSON.parse(line), line, mtime);
      if (a) all.push(a);
    } catch {
      // a torn line: not a sample
    }
  }
  if (!all.length) return null;
  const median = [...all].sort((a, b) => a.ms - b.ms)[Math.floor((all.length - 1) / 2)];
  const list = all.map((a) => `${a.ms} ms`).join(", ");
  return { ...median, samples: all.map((a) => a.ms), launches: all.length, phases: `median of ${all.length} restart launch${all.length === 1 ? "" : "es"} (${list}); the median launch: ${median.phases}` };
};
const activationOf = (j, raw, mtime) => {
  if (!j || typeof j.activationMs !== "number") return null;
  const phases = Object.entries(j)
    .filter(([k, x]) => k !== "activationMs" && typeof x === "number")
    .map(([k, x]) => `${ACTIVATION_LABELS[k] ?? k.replace(/Ms$/, "")} ${x} ms`)
    .join(", ");
  const open = j.documentOpen === "before" ? "document Markdown before activate(), timing manifest; " : j.documentOpen === "after" ? "document switched to Markdown after activate(); " : "";
  return { ms: j.activationMs, mode: j.mode ?? "cold", phases: open + phases, mtime, raw: raw.slice(0, 800) };
};
const readBoth = (source) => {
  const out = {};
  for (const [k, f] of Object.entries(activationFiles)) {
    const a = (k === "restart" ? readRestartSamples(restartSamplesFile) : null) ?? readActivation(f);
    out[k] = a ? { ...a, source: source(a) } : { ms: null, source: `n/a (no ${basename(f)})` };
  }
  return out;
};
if (!quick && !flag("--no-vscode") && existsSync(join(root, "scripts/vscode-test.sh"))) {
  log("bench: VS Code suite for the activation times (cold launch, then restarts on its user data)…");
  for (const f of [...Object.values(activationFiles), restartSamplesFile]) rmSync(f, { force: true });
  const r = spawnSync("bash", [join(root, "scripts/vscode-test.sh")], {
    cwd: root,
    // One test of the main suite is enough there (its `before` hook measures the cold activation);
    // the restart launch runs whole (the grep applies to the main suite only).
    env: {
      ...process.env,
      LADDERLINT_ACTIVATION_FILE: activationFiles.cold,
      LADDERLINT_RESTART_ACTIVATION_FILE: activationFiles.restart,
      LADDERLINT_RESTART_SAMPLES: String(RESTART_SAMPLES),
      LADDERLINT_RESTART_SAMPLES_FILE: restartSamplesFile,
      LADDERLINT_VSCODE_GREP: process.env.LADDERLINT_VSCODE_GREP ?? "flags the résumé",
    },
    encoding: "utf8",
    timeout: 10 * 60 * 1000,
    maxBuffer: 64 * 1024 * 1024,
  });
  // A failing editor test is shown (its numbers are still read, labelled with the exit code).
  if (r.status !== 0) log(`bench: scripts/vscode-test.sh exited ${r.status}; its last lines:\n${String(r.stdout ?? "").split("\n").slice(-40).join("\n")}`);
  activation = readBoth(() => `measured now in VS Code (scripts/vscode-test.sh, exit ${r.status})`);
} else {
  activation = readBoth((a) => `last VS Code run (${a.mtime})`);
}
const restartMs = activation.restart.ms;

// ---------------------------------------------------------------------------------------------
// Profile (optional): where whole-process time goes
// ---------------------------------------------------------------------------------------------
let profile;
if (flag("--profile") && whole.ladderlint?.available) {
  log("bench: cpu profile of one ladderlint run (bench/profile.mjs)…");
  const r = spawnSync(node, [join(benchDir, "profile.mjs")], { cwd: root, encoding: "utf8", env: quietEnv });
  const summary = join(toolsDir, "prof/summary.json");
  if (r.status === 0 && existsSync(summary)) profile = JSON.parse(readFileSync(summary, "utf8"));
  else log(`bench: profiling failed (exit ${r.status}): ${(r.stderr ?? "").slice(-500)}`);
}

// ---------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------
const L = whole.ladderlint?.median ?? null;
const floorWhole = whole["remark-parse floor"]?.median ?? null;
const mdl = whole["markdownlint-cli2"]?.median ?? null;
// The 2× goal: the median of the back-to-back pairs' ratios (the ratio of the two medians without pairs).
const pairRatios = pairRuns.map((p) => p.ratio);
const mdlRatio = pairRatios.length ? median(pairRatios) : L && mdl ? mdl / L : null;
const pairs = { runs: pairRuns, ratioMedian: pairRatios.length ? median(pairRatios) : null, ratioMin: pairRatios.length ? Math.min(...pairRatios) : null, ratioMax: pairRatios.length ? Math.max(...pairRatios) : null, cpuRatioMedian: pairRuns.some((p) => p.cpuRatio) ? median(pairRuns.flatMap((p) => (p.cpuRatio ? [p.cpuRatio] : []))) : null };
const s1 = inproc.series?.find((s) => s.times === 1)?.median;
const s100 = inproc.series?.find((s) => s.times === 100)?.median;
// The node extension is the entry plus the engine it loads.
const extBytes = bundles["dist/extension.cjs"] ? bundles["dist/extension.cjs"].bytes + (bundles["dist/engine.cjs"]?.bytes ?? 0) : null;
const webBytes = bundles["dist/web/extension.cjs"]?.bytes ?? null;
const goal = (name, measured, limit, ok, unit) => ({ name, measured, limit, unit, met: measured == null ? null : ok });
const goals = [
  // The goal is 2× (the 3× goal was retired on 6 Dec 2026 with the 50 ms-cold one).
  goal(`≥ 2× faster than markdownlint-cli2 (${corpusStats.resumes} résumés, whole process; median of ${pairRatios.length} back-to-back pairs)`, mdlRatio, 2, mdlRatio != null ? mdlRatio >= 2 : null, "×"),
  goal("≤ 1.5× the remark-parse floor (whole process, same cores)", L && floorWhole ? L / floorWhole : null, 1.5, L && floorWhole ? L / floorWhole <= 1.5 : null, "×"),
  goal("relint of a 4 KB résumé ≤ 5 ms (median, warm, as you type)", inproc.relintResume?.median ?? null, 5, (inproc.relintResume?.median ?? Infinity) <= 5, "ms"),
  goal("relint of a 40 KB packet ≤ 40 ms (median, warm, as you type)", inproc.relintPacket?.median ?? null, 40, (inproc.relintPacket?.median ?? Infinity) <= 40, "ms"),
  goal("linear growth: 100× document ≤ 110× the 1× time", s1 && s100 ? s100 / s1 : null, 110, s1 && s100 ? s100 / s1 <= 110 : null, "×"),
  goal("extension bundle ≤ 1 MB (node and web)", extBytes != null ? Math.max(extBytes, webBytes ?? 0) / 1024 : null, 1024, extBytes != null ? Math.max(extBytes, webBytes ?? 0) <= 1024 * 1024 : null, "KB"),
  goal("activation ≤ 400 ms, restart (the document open as VS Code restores it; median of the restart launches)", restartMs, 400, restartMs != null ? restartMs <= 400 : null, "ms"),
  goal("activation ≤ 400 ms, cold (first launch, empty user data)", activation.cold.ms, 400, activation.cold.ms != null ? activation.cold.ms <= 400 : null, "ms"),
  goal("language server heap flat over 10 000 edits: ≤ 5 MB more after GC at the end than after the first 1 000", lspMemory?.heapGrowthMB ?? null, 5, lspMemory ? lspMemory.heapGrowthMB <= 5 : null, "MB"),
];

const results = {
  version: 1,
  date: new Date().toISOString(),
  mode: quick ? "quick" : "full",
  rounds,
  machine: { cpus: cpus().length, cores, model: cpus()[0]?.model, memGB: Math.round(totalmem() / 2 ** 30), node: process.version, os: `${platform()} ${release()}`, loadAvgStart: loadStart, loadAvgEnd: loadavg() },
  corpus: corpusStats,
  wholeProcess: whole,
  pairs,
  inProcess: inproc,
  lspMemory,
  bundles,
  activation,
  goals,
  profile,
  problems,
};
writeFileSync(join(benchDir, resultsName + ".json"), JSON.stringify(results, null, 2) + "\n");

// ---------------------------------------------------------------------------------------------
// Table
// ---------------------------------------------------------------------------------------------
const fmtMs = (ms) => (ms == null ? "n/a" : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`);
const fmtX = (x) => (x == null ? "n/a" : `${x.toFixed(x >= 10 ? 0 : 2)}×`);
const fmtKB = (b) => (b == null ? "n/a" : `${(b / 1024).toFixed(0)} KB`);
const rows = []; // [measure, wall median, cpu median, comparison]
const mb = (corpusStats.resumeBytes / 2 ** 20).toFixed(1);
rows.push([`**Whole process, ${corpusStats.resumes} résumés (${mb} MB), median of ${rounds} interleaved round${rounds > 1 ? "s" : ""}${pairRuns.length > rounds ? ` (ladderlint and markdownlint-cli2: ${pairRuns.length} runs each, back to back)` : ""}**`, "", "", ""]);
for (const [name, w] of Object.entries(whole)) {
  if (!w.available) {
    rows.push([name, "n/a", "", "not installed"]);
    continue;
  }
  if (w.crashed && w.median == null) {
    rows.push([name, "crashed", "", ""]);
    continue;
  }
  let rel = "";
  if (L && w.median) {
    if (name === "ladderlint") rel = "1×";
    else if (name === "ladderlint --cache") rel = `${fmtX(L / w.median)} faster than without the cache${mdl ? `; ${fmtX(mdl / w.median)} faster than markdownlint-cli2` : ""}`;
    else if (name === "remark-parse floor") rel = `ladderlint takes ${fmtX(L / w.median)} the floor`;
    else if (name === "markdownlint-cli2" && pairs.ratioMedian != null) rel = `ladderlint ${fmtX(pairs.ratioMedian)} faster (median of ${pairRatios.length} back-to-back pairs, ${fmtX(pairs.ratioMin)} to ${fmtX(pairs.ratioMax)}; CPU ${fmtX(pairs.cpuRatioMedian)})`;
    else rel = w.median >= L ? `ladderlint ${fmtX(w.median / L)} faster` : `ladderlint ${fmtX(L / w.median)} slower`;
  }
  rows.push([name + (w.note ? ` (${w.note})` : ""), fmtMs(w.median), fmtMs(w.cpuMedian), rel]);
}
rows.push(["**In process, one core, warm**", "", "", ""]);
const ip = (label, m, rel) => m && rows.push([label, fmtMs(m.median), fmtMs(m.cpuMedian), rel]);
ip("remark-parse alone, all résumés", inproc.floorInProcess, "");
ip("ladderlint lint(), all résumés", inproc.lintAllInProcess, inproc.floorInProcess && inproc.lintAllInProcess ? `${fmtX(inproc.lintAllInProcess.median / inproc.floorInProcess.median)} the parse` : "");
const typed = (r) => (r.cacheMisses != null ? `; ${r.cacheMisses} of ${r.cacheHits + r.cacheMisses} blocks parsed` : "");
if (inproc.relintResume) ip(`relint one résumé as you type (${(inproc.relintResume.chars / 1024).toFixed(1)} K chars; 1 character per run, block cache), ${inproc.relintResume.runs} runs`, inproc.relintResume, `p95 ${fmtMs(inproc.relintResume.p95)}${typed(inproc.relintResume)}`);
if (inproc.relintPacket) ip(`relint one promo packet as you type (${(inproc.relintPacket.chars / 1024).toFixed(1)} K chars), ${inproc.relintPacket.runs} runs`, inproc.relintPacket, `p95 ${fmtMs(inproc.relintPacket.p95)}${typed(inproc.relintPacket)}`);
if (inproc.relintResumeFull) ip(`lint the same résumé from scratch (no cache, as the CLI), ${inproc.relintResumeFull.runs} runs`, inproc.relintResumeFull, `p95 ${fmtMs(inproc.relintResumeFull.p95)}`);
if (inproc.relintPacketFull) ip(`lint the same packet from scratch, ${inproc.relintPacketFull.runs} runs`, inproc.relintPacketFull, `p95 ${fmtMs(inproc.relintPacketFull.p95)}`);
const p1 = inproc.series?.find((s) => s.times === 1)?.parseAlone?.median;
for (const s of inproc.series ?? [])
  ip(`size series ${s.times}× (${(s.chars / 1024).toFixed(0)} K chars)`, s, s1 ? `${fmtX(s.median / s1)} the 1× time${p1 && s.parseAlone ? ` (remark-parse alone: ${fmtX(s.parseAlone.median / p1)})` : ""}` : "");
if (lspMemory) {
  const at = (n) => lspMemory.samples.find((x) => x.edits === n);
  rows.push(["**Language server**", "", "", ""]);
  rows.push([
    `memory over ${lspMemory.edits.toLocaleString("en")} edits of one résumé (${(lspMemory.chars / 1024).toFixed(1)} K chars; pull diagnostics after each edit, heap after GC)`,
    fmtMs(lspMemory.msPerEdit),
    "",
    `heap ${at(1000)?.heapMB ?? "?"} MB after 1 000 edits, ${at(lspMemory.edits)?.heapMB} MB after ${lspMemory.edits.toLocaleString("en")} (${lspMemory.heapGrowthMB >= 0 ? "+" : ""}${lspMemory.heapGrowthMB} MB); RSS ${at(1000)?.rssMB ?? "?"} → ${at(lspMemory.edits)?.rssMB} MB; wall is per edit`,
  ]);
}
rows.push(["**Extension**", "", "", ""]);
for (const [f, b] of Object.entries(bundles)) rows.push([`bundle ${f}`, fmtKB(b?.bytes), "", b ? `${fmtKB(b.gzip)} gzipped` : "not built"]);
const actRow = (a) => (a.phases ? `${a.phases}; ${a.source}` : a.source);
rows.push(["activation → first diagnostics (readable through languages.getDiagnostics), cold: first VS Code launch, empty user data", fmtMs(activation.cold.ms), "", actRow(activation.cold)]);
const restartLaunches = activation.restart.launches ? `median of ${activation.restart.launches} launches` : "one launch";
rows.push([`activation → first diagnostics (readable through languages.getDiagnostics), restart: later launches on the first one's user data (same document, open as at start-up; ${restartLaunches})`, fmtMs(activation.restart.ms), "", actRow(activation.restart)]);

const md = [];
md.push(`| Measure | Wall (median) | CPU (median) | Comparison |`);
md.push(`|---|---:|---:|---|`);
for (const r of rows) md.push(`| ${r.join(" | ")} |`);
md.push("");
md.push(`| Goal | Measured | Met |`);
md.push(`|---|---:|:---:|`);
for (const g of goals) md.push(`| ${g.name} | ${g.measured == null ? "n/a" : g.unit === "ms" ? fmtMs(g.measured) : g.unit === "KB" ? `${g.measured.toFixed(0)} KB` : g.unit === "MB" ? `${g.measured} MB` : fmtX(g.measured)} | ${g.met == null ? "n/a" : g.met ? "yes" : "no"} |`);
md.push("");
md.push(`Machine: ${results.machine.cores} cores (${results.machine.model}), ${results.machine.memGB} GB, Node ${results.machine.node}, ${results.machine.os}; load average ${loadStart[0].toFixed(1)} at the start, ${results.machine.loadAvgEnd[0].toFixed(1)} at the end (the load average counts the bench's own processes too; other load on the machine inflates wall times far more than CPU times); ${results.date.slice(0, 16).replace("T", " ")} UTC; mode ${results.mode}.`);
const markdown = md.join("\n") + "\n";
writeFileSync(join(benchDir, resultsName + ".md"), markdown);

// Plain-text table on stdout.
const w0 = Math.max(...rows.map((r) => r[0].replace(/\*\*/g, "").length));
const w1 = Math.max(4, ...rows.map((r) => r[1].length));
const w2 = Math.max(3, ...rows.map((r) => r[2].length));
console.log(`  ${"".padEnd(w0)}  ${"wall".padStart(w1)}  ${"cpu".padStart(w2)}`);
for (const r of rows) {
  if (r[0].startsWith("**")) console.log(`${r[0].replace(/\*\*/g, "")}`);
  else console.log(`  ${r[0].padEnd(w0)}  ${r[1].padStart(w1)}  ${r[2].padStart(w2)}  ${r[3]}`);
}
console.log(`\nGoals`);
for (const g of goals) {
  const m = g.measured == null ? "n/a" : g.unit === "ms" ? fmtMs(g.measured) : g.unit === "KB" ? `${g.measured.toFixed(0)} KB` : g.unit === "MB" ? `${g.measured} MB` : fmtX(g.measured);
  console.log(`  [${g.met == null ? " ? " : g.met ? " ok" : "MISS"}] ${g.name}: ${m}`);
}
if (profile) {
  console.log(`\nProfile of one ladderlint run (${fmtMs(profile.totalMs)} sampled): inclusive time by area`);
  for (const a of profile.areas.slice(0, 14)) console.log(`  ${a.area.padEnd(44)} ${fmtMs(a.ms).padStart(9)}  ${a.pct.toFixed(1)}%`);
  console.log(`  hottest functions (self time):`);
  for (const f of profile.functions.slice(0, 12)) console.log(`  ${f.name.slice(0, 60).padEnd(60)} ${fmtMs(f.ms).padStart(9)}  ${f.pct.toFixed(1)}%`);
}
if (problems.length) {
  console.log(`\nProblems:`);
  for (const p of problems) console.log(`  - ${p}`);
}
console.log(`\nWrote ${relative(root, join(benchDir, resultsName + ".json"))} and ${relative(root, join(benchDir, resultsName + ".md"))}.`);

if (flag("--update-readme") && activationOnly) log("bench: --activation-only measures too little to write README.md's Performance section; not updated");
else if (flag("--update-readme")) {
  const readme = join(root, "README.md");
  if (!existsSync(readme)) log("bench: README.md not found; nothing updated");
  else {
    const text = readFileSync(readme, "utf8");
    const m = /^## Performance[^\n]*\n/m.exec(text);
    if (!m) log("bench: README.md has no '## Performance' heading; nothing updated");
    else {
      const start = m.index + m[0].length;
      const next = text.slice(start).search(/^## /m);
      const end = next < 0 ? text.length : start + next;
      const body = `\n${readFileSync(join(benchDir, "README-section.md"), "utf8").trim()}\n\n${markdown}\n`;
      writeFileSync(readme, text.slice(0, start) + body + text.slice(end));
      log("bench: README.md Performance section updated");
    }
  }
}

rmSync(tmp, { recursive: true, force: true });
process.exit(problems.length ? 1 : 0);
