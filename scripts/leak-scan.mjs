#!/usr/bin/env node
// `node scripts/leak-scan.mjs DIR...`: lines of the repository's tracked sources, tests, fixtures and doc pages
// that hold 40 characters (with at least four spaces) found word for word in the real corpus texts under the
// given folders (the git-ignored texts `npm run corpus` re-creates: corpus/, the held-out rounds' folders).
// The texts are real people's; tests, fixtures, comments and docs must use invented wording (README,
// Development). Prints `file:line | window` per line found and exits 1 when any is found.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const dirs = process.argv.slice(2);
if (!dirs.length) {
  console.error("usage: node scripts/leak-scan.mjs CORPUS_DIR...");
  process.exit(2);
}
const texts = [];
for (const d of dirs) for (const f of readdirSync(d)) if (f.endsWith(".md") && statSync(join(d, f)).isFile()) texts.push(readFileSync(join(d, f), "utf8"));
const corpus = texts.join("\n");
const tracked = execFileSync("git", ["-C", root, "ls-files", "src", "test", "docs", "examples", "README.md"], { encoding: "utf8" })
  .split("\n")
  .filter((f) => f && !f.startsWith("test/corpus/") && !f.includes("/generated/") && !f.endsWith(".json"));
const WIDTH = 40;
let found = 0;
for (const f of tracked) {
  let text;
  try {
    text = readFileSync(join(root, f), "utf8");
  } catch {
    continue;
  }
  text.split("\n").forEach((line, i) => {
    for (let k = 0; k + WIDTH < line.length; k += 10) {
      const w = line.slice(k, k + WIDTH);
      if (w.split(" ").length > 4 && corpus.includes(w)) {
        console.log(`${f}:${i + 1} | ${w}`);
        found++;
        return;
      }
    }
  });
}
console.error(`leak-scan: ${found} line(s) found in ${texts.length} corpus texts`);
process.exit(found ? 1 : 0);
