// The repository's Markdown files that parser tests compare trees on: fixtures, examples, rule docs.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "../..");

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) markdownFiles(p, out);
    else if (name.endsWith(".md")) out.push(p);
  }
  return out;
}

export const REPO_MARKDOWN_FILES: string[] = [...markdownFiles(join(ROOT, "test/fixtures")), ...markdownFiles(join(ROOT, "examples")), ...markdownFiles(join(ROOT, "docs/rules"))];
