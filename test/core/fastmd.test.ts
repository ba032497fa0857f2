// The fast path (src/core/fastmd.ts) must give exactly micromark's tree (parseMarkdown), positions
// included, whenever it gives a tree at all; and it must read the common résumé Markdown rather than
// give up on it. Checked on every repository Markdown file (whole and in pieces), the bench corpus,
// fuzzed documents and documents built from fragments of Markdown syntax.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { fastParse, lastBailReason } from "../../src/core/fastmd.js";
import { parseMarkdown, parsePiece } from "../../src/core/parse.js";
import { parseBlocks, splitBlocks } from "../../src/core/blocks.js";
import { generateCorpus } from "../../bench/corpus.mjs";
import { GENERATORS } from "../fuzz/arbitraries.js";
import { REPO_MARKDOWN_FILES } from "./markdown-files.js";

/** The text and each of its pieces; returns how many of them the fast path read. */
function same(src: string, label: string): { texts: number; fast: number } {
  const texts = [src];
  const blocks = splitBlocks(src);
  if (blocks) for (const b of blocks) texts.push(src.slice(b.start, b.end));
  let fast = 0;
  for (const t of texts) {
    const tree = fastParse(t);
    if (!tree) continue;
    fast++;
    assert.deepStrictEqual(tree, parseMarkdown(t), `${label}: the fast path's tree differs from micromark's for ${JSON.stringify(t.slice(0, 200))}`);
  }
  return { texts: texts.length, fast };
}

const FRAGMENTS = ["*", "**", "_", "__", "***", "`", "``", "[", "]", "](", "(u)", ")", "(", "<br>", "</b>", "<x", "<", "#", "# ", "## ", "- ", "* ", "+ ", "1. ", "2) ", "10. ", "a", "b c", " ", "  ", "   ", "    ", "\n", "\n\n", "\n  ", "\n   ", "---", "===", "___", '"t"', "'", "!", ".", ",", "é", "😀", ":", "|", "a_b", "x*y", "<div>", "</div>", '<div align="c">', "<a@b.co>", "<http://x.y>", "[a]: u", '\n[a]: u "t"\n', "[a]", "[A]", "[a][]", "[b][a]", "[b][c]", "[c][]", "<span>", "<p>", "\n<br>\n", "u", '"', "`x`"];

describe("fast Markdown path", () => {
  it("gives micromark's tree on every fixture, example and rule doc, whole and in pieces", () => {
    let fast = 0;
    for (const f of REPO_MARKDOWN_FILES) fast += same(readFileSync(f, "utf8").replace(/^\uFEFF/, ""), f).fast;
    assert.ok(fast >= 200, `the fast path read only ${fast} texts`);
  });

  it("reads nearly every piece of the generated résumés and packets, with micromark's tree", function () {
    this.timeout(120000);
    const corpus = generateCorpus({ resumes: 200, packets: 3, series: [] });
    let texts = 0;
    let fast = 0;
    for (const doc of [...corpus.resumes, ...corpus.packets]) {
      const r = same(doc.text, doc.name);
      texts += r.texts;
      fast += r.fast;
    }
    assert.ok(fast / texts > 0.95, `the fast path read ${fast} of ${texts} texts`);
  });

  for (const g of GENERATORS) {
    it(`gives micromark's tree on fuzzed documents (${g.name})`, function () {
      this.timeout(60000);
      fc.assert(
        fc.property(g.arb, (src) => {
          same(src.replace(/^\uFEFF/, ""), g.name);
        }),
        { numRuns: Math.min(150, g.ci), seed: 20261201 },
      );
    });
  }

  it("gives micromark's tree on documents built from fragments of Markdown syntax", function () {
    this.timeout(120000);
    let fast = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }), (parts) => {
        fast += same(parts.join(""), "fragments").fast;
      }),
      { numRuns: 5000, seed: 20261201 },
    );
    assert.ok(fast > 3000, `the fast path read only ${fast} fragment documents`);
  });

  it("reads the layouts of a résumé: front matter, headings, lists, emphasis, links, HTML, references", () => {
    const src = [
      "---",
      "title: x",
      "---",
      "",
      "Name",
      "====",
      "",
      '<div align="center">',
      "",
      "📍 Lisbon | ✉️ <a@example.com> · [site](https://e.com \"T\")",
      "",
      "</div>",
      "",
      "### Acme — **Manager** (2019–2022)",
      "*2019 – 2022*  ",
      "Led the team<br>",
      "",
      "- **Impact:** cut `p99` by 30%,",
      "  see [the post][pm] and [pm].",
      "  - nested _item_",
      "",
      "1) one",
      "2) two",
      "",
      "---",
      "",
      '[pm]: https://e.com/pm "Post-mortem"',
      "",
    ].join("\n");
    const tree = fastParse(src);
    assert.ok(tree, `gave up: ${lastBailReason()}`);
    assert.deepStrictEqual(tree, parseMarkdown(src));
    const types = new Set<string>();
    const walk = (n: { type: string; children?: unknown[] }) => {
      types.add(n.type);
      for (const c of (n.children ?? []) as (typeof n)[]) walk(c);
    };
    walk(tree);
    for (const t of ["yaml", "heading", "html", "paragraph", "list", "listItem", "strong", "emphasis", "inlineCode", "link", "linkReference", "break", "thematicBreak", "definition"]) assert.ok(types.has(t), `${t} missing from ${[...types].join(", ")}`);
  });

  it("follows micromark where it differs from a plain reading (cases found while building it)", () => {
    const cases = [
      "1. .(u)`    \n   '\n", // after a failed code span, a line ending takes the list item's indentation
      "- x `a\n  b  \n  c",
      "1. a    \n   b", // otherwise it ends at the line start
      "_**😀*", // character classes by UTF-16 code unit
      "* [,\n\n   ]", // a blank line between two blocks of an item makes it loose
      "- a\n  - b\n\n- c", // a blank line between items loosens the list, not the nested one
      "[a]: u   ", // a definition runs to the end of its line
      "x [a][Acme Corp] [acme corp][] [acme corp]\n\n[acme  corp]: https://a.com",
      "[b][nope] [acme corp][nope] [q][] [y][z](u)\n\n[acme corp]: https://a.com", // undefined labels: text',
      "<div>\nfoo\n  bar  \n\n</div>\nx\n<br>\n\n  <p>a</p>  ",
    ];
    for (const src of cases) {
      const tree = fastParse(src);
      assert.ok(tree, `${JSON.stringify(src)}: gave up (${lastBailReason()})`);
      assert.deepStrictEqual(tree, parseMarkdown(src), JSON.stringify(src));
    }
  });

  it("gives up, with a reason, on what it does not read", () => {
    for (const [src, why] of [
      ["a\tb", "unsupported"],
      ["> quote", "block quote"],
      ["    code", "indented code"],
      ["x \\* y", "unsupported"],
      ["![img](u)", "unsupported"],
      ["- a\n  ---\n\n- \n", "empty list item"],
      ["<pre>\nx\n</pre>", "raw HTML block"],
      ["`a\nb`", "code span over lines"],
      ["| a | b |\n|---|---|", "table"],
    ] as const) {
      assert.equal(fastParse(src), undefined, JSON.stringify(src));
      assert.ok(lastBailReason().includes(why), `${JSON.stringify(src)}: ${lastBailReason()}`);
    }
  });

  it("joins fast and micromark pieces into the tree of one whole parse", function () {
    this.timeout(60000);
    for (const f of REPO_MARKDOWN_FILES) {
      const src = readFileSync(f, "utf8").replace(/^\uFEFF/, "");
      assert.deepStrictEqual(parseBlocks(src, parsePiece), parseMarkdown(src), f);
    }
    fc.assert(
      fc.property(GENERATORS[0]!.arb, (src) => {
        const s = src.replace(/^\uFEFF/, "");
        assert.deepStrictEqual(parseBlocks(s, parsePiece), parseMarkdown(s));
      }),
      { numRuns: 100, seed: 20261201 },
    );
  });
});
