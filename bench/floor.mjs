#!/usr/bin/env node
// The floor: what any Markdown linter must at least do. Reads every *.md file of a directory and
// parses it with remark-parse alone (unified().use(remarkParse).parse), nothing else.
//   node bench/floor.mjs DIR [--jobs N]
// With --jobs N > 1 the files are split over N worker threads (the same number of cores the
// linters under test may use). Prints "<files> files, <bytes> bytes, <nodes> nodes" and exits 0.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { unified } from "unified";
import remarkParse from "remark-parse";

function parseFiles(files) {
  const processor = unified().use(remarkParse);
  let bytes = 0;
  let nodes = 0;
  for (const f of files) {
    const text = readFileSync(f, "utf8");
    bytes += text.length;
    const tree = processor.parse(text);
    nodes += tree.children.length;
  }
  return { files: files.length, bytes, nodes };
}

if (!isMainThread) {
  parentPort.postMessage(parseFiles(workerData.files));
} else {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith("--"));
  const jobsIdx = args.indexOf("--jobs");
  const jobs = jobsIdx >= 0 ? Math.max(1, Number(args[jobsIdx + 1]) || 1) : 1;
  if (!dir) {
    console.error("usage: node bench/floor.mjs DIR [--jobs N]");
    process.exit(2);
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => join(dir, f));
  let totals;
  if (jobs === 1 || files.length < 2) {
    totals = parseFiles(files);
  } else {
    const chunks = Array.from({ length: jobs }, () => []);
    files.forEach((f, i) => chunks[i % jobs].push(f));
    const url = new URL(import.meta.url);
    const results = await Promise.all(
      chunks.map(
        (chunk) =>
          new Promise((resolve, reject) => {
            const w = new Worker(url, { workerData: { files: chunk } });
            w.once("message", resolve);
            w.once("error", reject);
          }),
      ),
    );
    totals = results.reduce((a, r) => ({ files: a.files + r.files, bytes: a.bytes + r.bytes, nodes: a.nodes + r.nodes }), { files: 0, bytes: 0, nodes: 0 });
  }
  console.log(`${totals.files} files, ${totals.bytes} chars, ${totals.nodes} top-level nodes (jobs: ${jobs})`);
}
