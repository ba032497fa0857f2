// `node --import tsx scripts/sample-findings.ts DIR [--seed N] [--n N] [--out FILE]`: draw findings at
// random (a fixed seed, so the same draw comes back) from the real corpus's texts in DIR, to be judged
// one by one (issue 26: "every finding earns its place"). Prints one finding a block with the line it
// sits on, for the judge to read; with --out writes the draw as TSV (id, line, rule, severity,
// message) without the document's text, ready for a verdict column. The verdicts live in
// test/corpus/judgements/ (file, line, rule, verdict, reason: no quotes of the texts).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { lint } from "../src/engine/index.js";

const args = process.argv.slice(2);
const opt = (name: string, d: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : d;
};
const dirArg = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const dir = resolve(dirArg ?? "corpus");
const docsDir = existsSync(join(dir, "docs")) ? join(dir, "docs") : dir;
const seed = Number(opt("--seed", "26"));
const n = Number(opt("--n", "110"));
const out = opt("--out", "");
const labels = resolve(opt("--labels", new URL("../test/corpus/labels", import.meta.url).pathname));

/** mulberry32: a small seeded generator, so a draw can be repeated. */
function rng(s: number): () => number {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Drawn {
  id: string;
  line: number;
  rule: string;
  severity: string;
  message: string;
  text: string;
}

// The target a reader of each document would check against, by its author (INDEX.tsv): managers EM6,
// staff engineers and tech leads TL6, individual contributors none, whatever the document's kind (an
// IC's brag document checked against EM6 was judged "true but of little use" in draw after-8); a promo
// document whose author's role is not known, EM6.
const indexFile = resolve(opt("--index", new URL("../test/corpus/INDEX.tsv", import.meta.url).pathname));
const authorOf = new Map<string, string>();
// Each document is linted under its own path in its repository, as its author would lint it
// (a file named "brag.md" is read as a brag document), like scripts/eval.ts does.
const pathOf = new Map<string, string>();
if (existsSync(indexFile))
  for (const l of readFileSync(indexFile, "utf8").split("\n").slice(1)) {
    if (!l) continue;
    const cols = l.split("\t");
    authorOf.set(cols[0]!, cols[7] ?? "");
    if (cols[2]) pathOf.set(cols[0]!, cols[2]);
  }
const targetOf = (id: string, kind: string): string | undefined => {
  const a = authorOf.get(id) ?? "";
  if (a === "manager") return "EM6";
  if (a === "staff" || a === "techlead") return "TL6";
  if (a === "ic") return undefined;
  return kind === "promo" ? "EM6" : undefined;
};

const all: Drawn[] = [];
const ids = readdirSync(labels).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();
for (const id of ids) {
  const file = join(docsDir, id + ".md");
  if (!existsSync(file)) continue;
  const text = readFileSync(file, "utf8");
  const kind = (JSON.parse(readFileSync(join(labels, id + ".json"), "utf8")) as { kind: string }).kind;
  const target = targetOf(id, kind);
  const r = lint(text, { filename: pathOf.get(id) ?? id + ".md", override: target ? { target } : {} });
  const lines = text.split("\n");
  for (const f of r.findings) {
    const line = r.doc.lineCol(f.start).line;
    all.push({ id, line, rule: f.ruleId, severity: f.severity, message: f.message, text: (lines[line - 1] ?? "").trim().slice(0, 300) });
  }
}
// Fisher–Yates with the seeded generator, then the first n.
const next = rng(seed);
for (let i = all.length - 1; i > 0; i--) {
  const j = Math.floor(next() * (i + 1));
  [all[i], all[j]] = [all[j]!, all[i]!];
}
const draw = all.slice(0, n).sort((a, b) => a.id.localeCompare(b.id) || a.line - b.line || a.rule.localeCompare(b.rule));
for (const [i, d] of draw.entries()) {
  process.stdout.write(`#${i + 1} ${d.id}.md:${d.line} ${d.rule} (${d.severity})\n  finding: ${d.message}\n  line:    ${d.text}\n\n`);
}
process.stdout.write(`${draw.length} of ${all.length} findings drawn (seed ${seed})\n`);
if (out) {
  const tsv = ["n\tid\tline\trule\tseverity\tmessage", ...draw.map((d, i) => [i + 1, d.id, d.line, d.rule, d.severity, d.message.replace(/\s+/g, " ")].join("\t"))].join("\n") + "\n";
  writeFileSync(out, tsv);
}
