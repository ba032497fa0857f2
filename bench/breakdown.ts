// Where lint() time goes, warm, in one process: remark-parse alone, our parse (GFM subset + front
// matter), the document model, lint() with no rules, with the ladder coverage, and with every rule,
// over N generated résumés (min of 5 rounds; ratios to remark-parse alone).
//   npx tsx bench/breakdown.ts [N] [--rules]     (--rules adds each rule alone; noisy)
import { generateCorpus } from "./corpus.mjs";
import { unified } from "unified";
import remarkParse from "remark-parse";
import { parseMarkdown, parseDocument } from "../src/core/parse.js";
import { lint } from "../src/engine/index.js";
import { rules } from "../src/rules/index.js";
import { builtinLadderSet } from "../src/ladders/index.js";
const N = Number(process.argv[2] ?? 200);
const texts = generateCorpus({ resumes: N, packets: 0, series: [] }).resumes.map((r: any) => r.text);
const proc = unified().use(remarkParse);
function time(label: string, f: (t: string) => unknown, rounds = 5) {
  for (const t of texts.slice(0, 30)) f(t);
  const runs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const t of texts) f(t);
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  const ms = runs[0]!;
  return ms;
}
const base = time("remark", (t) => proc.parse(t));
const out: [string, number][] = [["remark-parse plain", base]];
out.push(["parseMarkdown (gfm+fm)", time("pm", (t) => parseMarkdown(t))]);
out.push(["parseDocument", time("pd", (t) => parseDocument(t))]);
const ladders = builtinLadderSet();
out.push(["lint no rules, no target", time("l0", (t) => lint(t, { rules: [] }))]);
out.push(["lint no rules, EM6 (coverage)", time("l1", (t) => lint(t, { rules: [], override: { target: "EM6" } }))]);
out.push(["lint all, EM6", time("la", (t) => lint(t, { override: { target: "EM6" } }))]);
const full = out[out.length - 1]![1];
for (const [k, v] of out) console.log(k.padEnd(34), v.toFixed(0).padStart(6), "ms", (v / base).toFixed(2) + "×");
if (process.argv.includes("--rules")) {
  const l1 = out[4]![1];
  const per: [string, number][] = [];
  for (const r of rules) {
    const ms = time(r.meta.id, (t) => lint(t, { rules: [r], override: { target: "EM6" } }), 3) - l1;
    per.push([r.meta.id, ms]);
  }
  per.sort((a, b) => b[1] - a[1]);
  for (const [k, v] of per) console.log("  +", k.padEnd(30), v.toFixed(0).padStart(6), "ms");
}
