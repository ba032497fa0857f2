#!/usr/bin/env node
// `npm run pathological`: time the engine on pathological inputs at doubling sizes and show how the
// time grows. It reports; it never fails on a time (exit 0 unless something throws).
//
//   npm run pathological -- [--quick] [--only NAME] [--limit SECONDS]
//
// For each case and size it prints three timings, so the cost can be placed:
//   remark  unified + remark-parse + frontmatter + gfm (the parser we depend on, alone)
//   model   parseDocument: remark + our document model (sections, roles, bullets, masking)
//   lint    lint(): the model + every rule (+ the EM6 ladder coverage)
// and the growth exponent between the last two sizes: log(t2/t1) / log(len2/len1), len = characters. About 1 is linear,
// about 2 quadratic. A size is skipped once the previous one took longer than --limit (default 20 s).
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import { parseDocument } from "../src/core/parse.ts";
import { lint, ENGINE_RULE } from "../src/engine/index.ts";

const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : undefined;
const limitMs = (argv.includes("--limit") ? Number(argv[argv.indexOf("--limit") + 1]) : 20) * 1000;

const HEAD = "# Jane Doe\n\n## Experience\n\n### Acme — Engineering Manager (2019–2022)\n\n";
const rep = (s, n) => s.repeat(Math.ceil(n / s.length)).slice(0, n);

/** name → (n) => document; sizes: the n values (doubling). */
const CASES = [
  { name: "run of one char (a)", sizes: [131072, 262144, 524288, 1048576], make: (n) => HEAD + "- " + rep("a", n) + "\n" },
  { name: "run of '*'", sizes: [131072, 262144, 524288, 1048576], make: (n) => HEAD + "- " + rep("*", n) + "\n" },
  { name: "run of '['", sizes: [65536, 131072, 262144, 524288], make: (n) => HEAD + "- " + rep("[", n) + "\n" },
  { name: "run of '<'", sizes: [65536, 131072, 262144, 524288], make: (n) => HEAD + "- " + rep("<", n) + "\n" },
  { name: "run of '`'", sizes: [65536, 131072, 262144, 524288], make: (n) => HEAD + "- " + rep("`", n) + "\n" },
  { name: "nested emphasis *…*x*…*", sizes: [2000, 4000, 8000, 16000], make: (n) => HEAD + "- " + "*".repeat(n) + "x" + "*".repeat(n) + "\n" },
  { name: "nested emphasis *_*_…x…_*_*", sizes: [2000, 4000, 8000, 16000], make: (n) => HEAD + "- " + "*_".repeat(n / 2) + "x" + "_*".repeat(n / 2) + "\n" },
  { name: "'*em* ' repeated in one bullet", sizes: [8192, 16384, 32768, 65536], make: (n) => HEAD + "- " + rep("*em* ", n) + "\n" },
  { name: "'**Led** 8 ' repeated (bold) in one bullet", sizes: [8192, 16384, 32768, 65536], make: (n) => HEAD + "- " + rep("**Led** 8 ", n) + "\n" },
  { name: "bullets (I led the team of 5…)", sizes: [12500, 25000, 50000, 100000], make: (n) => HEAD + "- I led the team of 5 engineers and cut costs by 10%\n".repeat(n) },
  { name: "long line of words (one bullet)", sizes: [131072, 262144, 524288, 1048576], make: (n) => HEAD + "- " + rep("I led the team and we improved latency significantly ", n) + "\n" },
  { name: "long paragraph line of words", sizes: [131072, 262144, 524288, 1048576], make: (n) => HEAD + rep("We shipped the platform with product and design teams. ", n) + "\n" },
  { name: "deeply nested list (depth)", sizes: [250, 500, 1000, 2000], make: (n) => HEAD + Array.from({ length: n }, (_, i) => "  ".repeat(i) + "- Led team " + i).join("\n") + "\n" },
  { name: "nested blockquotes (depth)", sizes: [1000, 2000, 4000, 8000], make: (n) => HEAD + ">".repeat(n) + " - I led the team\n" },
  { name: "many headings + bullets (roles)", sizes: [2500, 5000, 10000, 20000], make: (n) => "# Jane\n\n## Experience\n\n" + Array.from({ length: n }, (_, i) => `### Acme ${i} — Engineering Manager (2019–2022)\n\n- I led the team of ${i} engineers\n`).join("\n") },
  { name: "many H2 sections", sizes: [2500, 5000, 10000, 20000], make: (n) => "# Jane\n\n" + Array.from({ length: n }, (_, i) => `## Experience ${i}\n\nLed the team.\n`).join("\n") },
  { name: "many directives", sizes: [2500, 5000, 10000, 20000], make: (n) => HEAD + Array.from({ length: n }, (_, i) => `<!-- ladderlint-disable-next-line first-person -->\n- I led team ${i}`).join("\n") + "\n" },
  { name: "repeated word (the the …)", sizes: [65536, 131072, 262144, 524288], make: (n) => HEAD + "- " + rep("the ", n) + "\n" },
];

const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm);

function time(fn) {
  const t = performance.now();
  const v = fn();
  return { ms: performance.now() - t, v };
}

function fmt(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

function exponent(a, b) {
  if (!a || !b || a.ms < 5 || b.ms < 5) return "  —";
  return (Math.log(b.ms / a.ms) / Math.log(b.n / a.n)).toFixed(2).padStart(5);
}

function verdict(e) {
  const x = Number(e);
  if (!Number.isFinite(x)) return "";
  if (x < 1.35) return "linear";
  if (x < 1.7) return "super-linear (n log n or worse)";
  return "QUADRATIC or worse";
}

// Warm up the JIT and the lazy rule/ladder data.
lint(HEAD + "- I led the team\n", { override: { target: "EM6" } });

console.log(`pathological inputs: time per size (remark alone / + our model / full lint with --target EM6), growth exponent of the last two sizes (1 ≈ linear, 2 ≈ quadratic)${quick ? " [--quick: first two sizes]" : ""}\n`);
const summary = [];
for (const c of CASES) {
  if (only && !c.name.includes(only)) continue;
  const sizes = quick ? c.sizes.slice(0, 2) : c.sizes;
  const rows = { remark: [], model: [], lint: [] };
  let skipped = false;
  console.log(`${c.name}`);
  for (const n of sizes) {
    if (skipped) {
      console.log(`  n=${String(n).padStart(8)}  skipped (the previous size took over ${limitMs / 1000} s)`);
      continue;
    }
    const doc = c.make(n);
    const r = time(() => processor.parse(doc));
    const m = time(() => parseDocument(doc, {}));
    const l = time(() => lint(doc, { override: { target: "EM6" } }));
    const broken = l.v.findings.filter((f) => f.ruleId === ENGINE_RULE && /failed and was skipped/.test(f.message));
    // Growth is measured against the document length (for nesting cases it grows faster than n).
    rows.remark.push({ n: doc.length, size: n, ms: r.ms });
    rows.model.push({ n: doc.length, size: n, ms: m.ms });
    rows.lint.push({ n: doc.length, size: n, ms: l.ms });
    console.log(
      `  n=${String(n).padStart(8)}  ${String(doc.length).padStart(8)} chars  remark ${fmt(r.ms).padStart(9)}  model ${fmt(m.ms).padStart(9)}  lint ${fmt(l.ms).padStart(9)}  ${l.v.findings.length} findings${broken.length ? `  (${broken.length} RULE FAILURES: ${broken[0].message})` : ""}`,
    );
    if (Math.max(r.ms, m.ms, l.ms) > limitMs) skipped = true;
  }
  const k = rows.lint.length;
  if (k >= 2) {
    const e = { remark: exponent(rows.remark[k - 2], rows.remark[k - 1]), model: exponent(rows.model[k - 2], rows.model[k - 1]), lint: exponent(rows.lint[k - 2], rows.lint[k - 1]) };
    const ratio = (rows.lint[k - 1].ms / Math.max(rows.lint[k - 2].ms, 0.001)).toFixed(1);
    console.log(`  growth: ×${ratio} lint time for ×${(rows.lint[k - 1].n / rows.lint[k - 2].n).toFixed(1)} characters; exponent remark ${e.remark}, model ${e.model}, lint ${e.lint} → ${verdict(e.lint)}`);
    summary.push({ name: c.name, ...e, last: rows.lint[k - 1] });
  }
  console.log("");
}

console.log("summary (exponent of the last two sizes; where lint ≫ remark the cost is ours, else the parser's):");
for (const s of summary) console.log(`  ${s.name.padEnd(44)} remark ${s.remark}  model ${s.model}  lint ${s.lint}  (${fmt(s.last.ms)} at n=${s.last.size}, ${s.last.n} chars)  ${verdict(s.lint)}`);
