// parseMarkdown uses a GFM extension only when the text has a character that can start its syntax
// (src/core/parse.ts). The tree must be exactly that of a parse with every extension: checked on the
// repository's Markdown files, on fuzzed documents, and on documents built from GFM fragments.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { parseMarkdown, parseMarkdownAllExtensions } from "../../src/core/parse.js";
import { GENERATORS } from "../fuzz/arbitraries.js";
import { REPO_MARKDOWN_FILES } from "./markdown-files.js";



function same(src: string, label: string): void {
  assert.deepStrictEqual(parseMarkdown(src), parseMarkdownAllExtensions(src), `${label}: the tree differs from the parse with every GFM extension`);
}

describe("GFM extensions used only when their syntax can occur", () => {
  it("gives the full parse's tree on every fixture, example and rule doc", () => {
    const files = REPO_MARKDOWN_FILES;
    assert.ok(files.length >= 40, `only ${files.length} files`);
    for (const f of files) same(readFileSync(f, "utf8").replace(/^\uFEFF/, ""), f);
  });

  it("still parses GFM where it occurs: table, strikethrough, task list, footnote", () => {
    const tree = parseMarkdown("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ new\n\n- [x] done\n\nx[^1]\n\n[^1]: note\n");
    const types = new Set<string>();
    const walk = (n: { type: string; children?: unknown[]; checked?: boolean | null }) => {
      types.add(n.type + (n.checked === true ? ":checked" : ""));
      for (const c of (n.children ?? []) as (typeof n)[]) walk(c);
    };
    walk(tree);
    for (const t of ["table", "delete", "listItem:checked", "footnoteReference", "footnoteDefinition"]) assert.ok(types.has(t), `${t} in ${[...types].join(", ")}`);
  });

  for (const g of GENERATORS) {
    it(`gives the full parse's tree on fuzzed documents (${g.name})`, function () {
      this.timeout(60000);
      fc.assert(
        fc.property(g.arb, (src) => same(src.replace(/^\uFEFF/, ""), g.name)),
        { numRuns: Math.min(150, g.ci), seed: 20261123 },
      );
    });
  }

  it("gives the full parse's tree on documents built from GFM fragments", function () {
    this.timeout(60000);
    const pieces = ["|", "||", "| a | b |", "|---|---|", "--|--", ":-:", "a | b", "~", "~~", "~x~", "~~~", "[", "]", "[^", "[^1]", "[^1]:", "[ ]", "[x]", "[X]", "[\t]", "- ", "* ", "1. ", "x", " ", "\n", "\n\n", "\\", "`", "> ", "    "];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => same(parts.join(""), "fragments")),
      { numRuns: 4000, seed: 20261123 },
    );
  });
});
