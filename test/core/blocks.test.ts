// Block-wise parsing (src/core/blocks.ts) must give exactly the tree of one whole parse: same
// nodes, same positions. Checked on every Markdown file in the repository's fixtures and examples,
// on hand-written edge cases, and on fuzzed documents of every generator.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { BlockCache, parseBlocks, splitBlocks } from "../../src/core/blocks.js";
import { parseMarkdown } from "../../src/core/parse.js";
import { lint } from "../../src/engine/index.js";
import { GENERATORS } from "../fuzz/arbitraries.js";
import { REPO_MARKDOWN_FILES } from "./markdown-files.js";

const ROOT = join(import.meta.dirname, "../..");


const FILES = REPO_MARKDOWN_FILES;

function same(src: string, label: string): void {
  assert.deepStrictEqual(parseBlocks(src, parseMarkdown), parseMarkdown(src), `${label}: block-wise parse differs from the whole parse`);
}

describe("block-wise parsing", () => {
  it("finds the fixture files, and splits most of them", () => {
    assert.ok(FILES.length >= 40, `only ${FILES.length} files`);
    const split = FILES.filter((f) => splitBlocks(readFileSync(f, "utf8").replace(/^\uFEFF/, "")));
    assert.ok(split.length >= FILES.length / 2, `only ${split.length} of ${FILES.length} split`);
  });

  it("gives the whole parse's tree on every fixture, example and rule doc", () => {
    for (const f of FILES) same(readFileSync(f, "utf8").replace(/^\uFEFF/, ""), f);
  });

  const CASES: [string, string, number | undefined][] = [
    ["loose list stays one list", "- a\n\n- b\n\n1. c\n\n2. d\n", undefined],
    ["paragraph after a list", "- a\n- b\n\nText after.\n\n# H\n", 3],
    ["front matter with blank lines", "---\na: 1\n\nb: 2\n---\n\n# H\n\ntext\n", 3],
    ["TOML front matter", "+++\na = 1\n\n+++\n\n# H\n", 2],
    ["fence with blank lines: whole", "```\ncode\n\nnot a heading\n\n# still code\n```\n\n# H\n", undefined],
    ["tilde fence: whole", "~~~~\nx\n\ny\n~~~~~\n\nz\n", undefined],
    ["unclosed fence: whole", "# H\n\n```\nx\n\ny\n", undefined],
    ["html comment with blank lines: whole", "<!--\n\nhidden\n\n-->\n\n# H\n", undefined],
    ["one-line html comment", "<!-- note -->\n\n# H\n\ntext <!-- x -->\n", 3],
    ["pre block: whole", "<pre>\n\nx\n\n</pre>\n\ny\n", undefined],
    ["html block that ends at a blank line", "<div>\n*x*\n\n# H\n<br>\n\ntext\n", 3],
    ["reference definitions: whole", "# H\n\n[a]\n\n[a]: https://x\n", undefined],
    ["footnotes: whole", "# H\n\nx[^1]\n\n[^1]: note\n", undefined],
    ["lone CR: whole", "# H\r\rtext\r", undefined],
    ["CRLF", "# H\r\n\r\n- a\r\n\r\ntext\r\n", 2],
    ["indented code with blank lines", "    code\n\n    more\n\ntext\n", 2],
    ["setext heading", "Title\n=====\n\nText\n---\n\nmore\n", 3],
    ["blockquote", "> a\n\n> b\n\nc\n", 3],
    ["table", "| a | b |\n|---|---|\n| 1 | 2 |\n\ntext\n", 2],
    ["list item with a fence: whole", "- a\n  ```\n  x\n\n  y\n  ```\n\ntext\n", undefined],
    ["comment in a list item: whole", "- <!--\n\n<!--\n", undefined],
    ["trailing blank lines", "# H\n\ntext\n\n\n", 2],
    ["no final newline", "# H\n\ntext", 2],
    ["empty", "", undefined],
  ];
  for (const [name, src, pieces] of CASES) {
    it(`edge case: ${name}`, () => {
      assert.equal(splitBlocks(src)?.length, pieces, JSON.stringify(splitBlocks(src)));
      same(src, name);
    });
  }

  for (const g of GENERATORS) {
    it(`gives the whole parse's tree on fuzzed documents (${g.name})`, function () {
      this.timeout(60000);
      fc.assert(
        fc.property(g.arb, (src) => {
          same(src.replace(/^\uFEFF/, ""), g.name);
        }),
        { numRuns: Math.min(150, g.ci), seed: 20261123 },
      );
    });
  }

  // Lines chosen to trip a splitter: fences, HTML blocks, containers, lazy lines, setext underlines,
  // front-matter fences, tables, indented code, blank lines with spaces.
  const TRICKY = [
    "", "", "", "  ", "\t", "text", "More text *open", "close* text", "# Heading", "Setext", "===", "---", "***", "+++",
    "```", "````", "~~~", "``` js", "`` a `` b", "    indented", "\tcode", "- item", "* item", "+ item", "1. item", "2) item",
    "  - nested", "   continued", "> quote", ">", "> ```", "| a | b |", "|---|---|", "| 1 | 2 |", "<!--", "-->", "<div>",
    "</div>", "<pre>", "</pre>", "<script>", "</script>", "<?php", "?>", "<!DOCTYPE html>", "<![CDATA[", "]]>", "{% if x %}",
    "**Title** — Acme", "*2020–2022*", "  ```", "   ~~~", "- ```", "- <!--", "foo -->", "=", "a\\", "<b>bold</b> text",
  ];
  const SPLITTABLE = TRICKY.filter((l) => !/```|~~~|<!--|<pre|<script|<\?|<!D|<!\[/.test(l));
  it("gives the whole parse's tree on documents of tricky lines", function () {
    this.timeout(60000);
    let split = 0;
    fc.assert(
      // Half the documents leave out the lines that make the splitter give up, so most of them split.
      fc.property(fc.boolean().chain((all) => fc.array(fc.constantFrom(...(all ? TRICKY : SPLITTABLE)), { minLength: 1, maxLength: 40 })), fc.constantFrom("\n", "\r\n"), (lines, eol) => {
        const src = lines.join(eol);
        if (splitBlocks(src)) split++;
        same(src, "tricky lines");
      }),
      { numRuns: 3000, seed: 20261123 },
    );
    assert.ok(split > 300, `only ${split} of 3000 documents were split`);
  });

  it("with a cache, re-parses only the edited block and gives the same lint result", () => {
    const text = readFileSync(join(ROOT, "examples/resume.md"), "utf8");
    const pieces = splitBlocks(text)!;
    assert.ok(pieces.length > 5, `examples/resume.md splits into ${pieces?.length} pieces`);
    const cache = new BlockCache();
    const first = lint(text, { override: { target: "EM6" }, parseCache: cache });
    assert.equal(cache.misses, pieces.length);
    assert.deepStrictEqual(first.findings, lint(text, { override: { target: "EM6" } }).findings);
    // Edit one bullet: one piece is new, every other one comes from the cache.
    const at = text.indexOf("\n- ") + 3;
    const edited = text.slice(0, at) + "I " + text.slice(at);
    const misses = cache.misses;
    const hits = cache.hits;
    const second = lint(edited, { override: { target: "EM6" }, parseCache: cache });
    assert.equal(cache.misses - misses, 1, "one piece re-parsed");
    assert.equal(cache.hits - hits, pieces.length - 1);
    assert.deepStrictEqual(second.findings, lint(edited, { override: { target: "EM6" } }).findings);
    // The cached trees were not changed by being used at another offset.
    assert.deepStrictEqual(lint(text, { override: { target: "EM6" }, parseCache: cache }).findings, first.findings);
  });
});
