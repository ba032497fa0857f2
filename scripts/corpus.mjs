#!/usr/bin/env node
// `npm run corpus [-- DIR]`: re-create the real-document corpus's texts from test/corpus/INDEX.tsv, each
// file exactly as `git show COMMIT:PATH` in its public repository. The texts are real people's personal
// data and never committed: they go to DIR (default `corpus/`, git-ignored) as `<id>.md`.
// Each repository is fetched once into a bare cache (LADDERLINT_CORPUS_CACHE, default
// ~/.cache/ladderlint/corpus-repos), at the one commit named, with no history (`git fetch --depth 1`).
// `--mirrors DIR` reads repositories already on disk instead (DIR/owner+name/ or DIR/owner/name, bare or not).
// `--base URL` changes where repositories are fetched from (default https://github.com/).
// `--index FILE` reads another index (test/corpus/heldout/INDEX.tsv: the held-out documents).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
let out = join(root, "corpus");
let mirrors;
let base = "https://github.com/";
let index = join(root, "test/corpus/INDEX.tsv");
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--mirrors") mirrors = resolve(args[++i] ?? "");
  else if (args[i] === "--index") index = resolve(args[++i] ?? "");
  else if (args[i] === "--base") base = args[++i] ?? base;
  else out = resolve(args[i]);
}
const cache = process.env.LADDERLINT_CORPUS_CACHE ?? join(homedir(), ".cache/ladderlint/corpus-repos");
if (!existsSync(index)) {
  console.error(`corpus: ${index}: no such index file`);
  process.exit(2);
}
const lines = readFileSync(index, "utf8").split("\n").filter((l) => l.trim());
const header = lines[0].split("\t");
const rows = lines.slice(1).map((l) => Object.fromEntries(header.map((h, i) => [h, l.split("\t")[i] ?? ""])));
mkdirSync(out, { recursive: true });

const git = (gitDir, ...a) => execFileSync("git", ["--git-dir", gitDir, ...a], { maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "pipe"] });

function gitDirFor(repo, commit) {
  if (mirrors) {
    for (const name of [repo.replace("/", "+"), repo]) {
      for (const d of [join(mirrors, name), join(mirrors, name, ".git")]) if (existsSync(join(d, "HEAD"))) return d;
      // The search tool's mirrors keep the git directory one level down.
      const nested = join(mirrors, name);
      if (existsSync(nested)) {
        try {
          const found = execFileSync("find", [nested, "-maxdepth", "3", "-name", "HEAD", "-type", "f"], { encoding: "utf8" }).split("\n")[0];
          if (found) return found.slice(0, -"/HEAD".length);
        } catch {}
      }
    }
    throw new Error(`no mirror of ${repo} in ${mirrors}`);
  }
  const dir = join(cache, repo.replace("/", "+") + ".git");
  if (!existsSync(dir)) execFileSync("git", ["init", "--bare", "--quiet", dir]);
  try {
    git(dir, "cat-file", "-e", `${commit}^{commit}`);
  } catch {
    git(dir, "fetch", "--quiet", "--depth", "1", base + repo + ".git", commit);
  }
  return dir;
}

let ok = 0;
const failed = [];
for (const r of rows) {
  const target = join(out, r.id + ".md");
  try {
    const text = git(gitDirFor(r.repo, r.commit), "show", `${r.commit}:${r.path}`);
    writeFileSync(target + ".tmp", text);
    renameSync(target + ".tmp", target);
    ok++;
  } catch (e) {
    failed.push(`${r.id} (${r.repo} ${r.path} @ ${r.commit.slice(0, 7)}): ${String(e.stderr || e.message).trim().split("\n")[0]}`);
  }
}
console.log(`corpus: ${ok} of ${rows.length} documents written to ${out}`);
for (const f of failed) console.log(`  not written: ${f}`);
process.exit(failed.length && !ok ? 1 : 0);
