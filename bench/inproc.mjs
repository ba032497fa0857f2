#!/usr/bin/env node
// In-process measurements, run by bench/run.mjs in a fresh child process (clean heap and JIT):
//   node bench/inproc.mjs '<json options>'
// Options: { engine: path to an ESM bundle exporting lint(), corpus: dir, quick: bool, target }.
// Prints one JSON object on stdout. Times are milliseconds (performance.now()).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { unified } from "unified";
import remarkParse from "remark-parse";
import { typist } from "./typing.mjs";

const opts = JSON.parse(process.argv[2] ?? "{}");
const quick = !!opts.quick;
const target = opts.target ?? "EM6";
const out = {};

const quantile = (samples, p) => {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))];
};

// Wall time (performance.now) and CPU time of this process (process.cpuUsage: user + system, all
// threads incl. GC helpers). On a machine shared with other work the CPU median is the steadier one.
function time(fn, warmup, runs) {
  for (let i = 0; i < warmup; i++) fn();
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { median: quantile(wall, 0.5), p95: quantile(wall, 0.95), min: Math.min(...wall), max: Math.max(...wall), cpuMedian: quantile(cpu, 0.5), runs };
}

const read = (sub) => {
  const dir = join(opts.corpus, sub);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), "utf8") }));
};
const resumes = read("resumes");
const packets = read("packets");
const series = read("series").sort((a, b) => parseInt(a.name.split("-")[1]) - parseInt(b.name.split("-")[1]));

// The floor in process: remark-parse alone over the same résumé texts, one core.
const processor = unified().use(remarkParse);
out.floorInProcess = time(() => {
  for (const r of resumes) processor.parse(r.text);
}, 1, quick ? 2 : 5);

if (opts.engine) {
  let lint;
  let BlockCache;
  try {
    ({ lint, BlockCache } = await import(pathToFileURL(opts.engine).href));
  } catch (e) {
    out.engineError = String(e?.stack ?? e).split("\n").slice(0, 3).join(" ");
  }
  if (lint) {
    const options = { override: { target } };
    const check = lint(resumes[0].text, options);
    out.sample = { findings: check.findings.length, roles: check.doc.roles.length, bullets: check.doc.bullets.length, kind: check.kind, target: check.target };
    // Every résumé once, as the CLI would, in one core: total time (and how many findings).
    let findings = 0;
    let roles = 0;
    const crashes = new Set();
    out.lintAllInProcess = time(() => {
      findings = 0;
      roles = 0;
      for (const r of resumes) {
        const res = lint(r.text, { ...options, filename: r.name });
        findings += res.findings.length;
        roles += res.doc.roles.length;
        for (const f of res.findings) if (f.ruleId === "ladderlint" && /crash|threw|failed/i.test(f.message)) crashes.add(f.message.slice(0, 160));
      }
    }, 1, quick ? 1 : 3);
    out.lintAllInProcess.findings = findings;
    out.lintAllInProcess.roles = roles;
    out.ruleCrashes = [...crashes].slice(0, 5);
    const resume = resumes[0];
    const packet = packets[0];
    // Relint as the editor does it while you type (bench/typing.mjs).
    if (BlockCache) {
      const r = typist(lint, BlockCache, resume.text, options);
      out.relintResume = { file: resume.name, chars: resume.text.length, mode: "typing, block cache", ...time(r, quick ? 5 : 30, quick ? 30 : 300), ...r.stats() };
      if (packet) {
        const p = typist(lint, BlockCache, packet.text, options);
        out.relintPacket = { file: packet.name, chars: packet.text.length, mode: "typing, block cache", ...time(p, quick ? 2 : 10, quick ? 10 : 100), ...p.stats() };
      }
    }
    // The whole text again with no cache (what the CLI does for each file).
    out.relintResumeFull = { file: resume.name, chars: resume.text.length, ...time(() => lint(resume.text, options), quick ? 5 : 30, quick ? 30 : 300) };
    if (packet) out.relintPacketFull = { file: packet.name, chars: packet.text.length, ...time(() => lint(packet.text, options), quick ? 2 : 10, quick ? 10 : 100) };
    // Size series: 1×, 10×, 100× one résumé.
    out.series = series.map((s) => {
      const times = parseInt(s.name.split("-")[1]);
      const runs = quick ? 3 : times >= 100 ? 7 : times >= 10 ? 25 : 100;
      const parseAlone = time(() => processor.parse(s.text), times >= 100 ? 1 : 3, runs);
      return { times, chars: s.text.length, ...time(() => lint(s.text, options), times >= 100 ? 1 : 3, runs), parseAlone };
    });
  }
}

process.stdout.write(JSON.stringify(out) + "\n");
