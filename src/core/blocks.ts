// Block-wise parsing: split a Markdown text at the points where CommonMark closes every open block
// (a blank line followed by a line at column 0 that cannot continue anything before it), parse each
// piece on its own and join the trees with shifted positions. The joined tree equals the tree of one
// parse of the whole text (test/core/blocks.test.ts checks it on every fixture and on fuzzed
// documents). Two things follow:
//   - micromark's cost grows faster than the text on long documents; pieces keep it linear;
//   - with a BlockCache the editor re-parses only the pieces an edit touched (bench/README.md).
// Pure: no vscode, no fs.
import type { Root, RootContent } from "mdast";
import { Memo, RecentMap } from "./memo.js";

export interface Block {
  /** Offsets into the parsed text (after a BOM is dropped). */
  start: number;
  end: number;
  /** 0-based line of `start`. */
  line: number;
}

// A reference or footnote definition anywhere makes links in other pieces resolve; a lone CR is a
// line ending to micromark but not to this splitter: parse such texts whole.
// ("]:" anywhere: a plain substring test, linear even on a line of a million "[".)
const DEFINITION_MARK = "]:";
const LONE_CR_RE = /\r(?!\n)/;
// Code fences and the HTML blocks that run across blank lines (comments, <pre>, <script>, <style>,
// <textarea>, <?…?>, <!…>, CDATA) can sit inside containers, where telling whether they are still
// open needs the parser itself: a text with any of them unclosed on its line is parsed whole.
const FENCE_ANYWHERE_RE = /```|~~~/;
const HTML_OPENERS: [RegExp, string][] = [
  [/<!--/, "-->"],
  [/<(?:script|pre|style|textarea)(?=[\s>]|$)/i, "</"],
  [/<\?/, "?>"],
  [/<![A-Za-z]/, ">"],
  [/<!\[CDATA\[/, "]]>"],
];
const FRONT_MATTER_RE = /^(---|\+\+\+)[ \t]*\r?$/;

/** An opener of a multi-line HTML block on this line that the line does not close. */
function opensHtml(line: string): boolean {
  if (!line.includes("<")) return false;
  for (const [open, close] of HTML_OPENERS) {
    const m = open.exec(line);
    if (m && !line.slice(m.index + m[0].length).toLowerCase().includes(close)) return true;
  }
  return false;
}

/**
 * A line may start a new piece when it follows a blank line and starts at column 0 with a character
 * that cannot continue a list or start front matter, a thematic break or a setext underline.
 */
function canStartPiece(line: string): boolean {
  const c = line.charCodeAt(0);
  if (Number.isNaN(c)) return false;
  // space, tab: indented (continuation, indented code); - + *: lists, thematic breaks, front
  // matter fences; digits: ordered lists; '=' setext underline; '[' definitions (excluded above).
  if (c === 32 || c === 9 || c === 45 || c === 43 || c === 42 || c === 61 || (c >= 48 && c <= 57)) return false;
  if (c === 0xfeff) return false;
  return true;
}

/**
 * Split `src` into pieces that parse independently, or return undefined when it cannot be split
 * safely or has one piece.
 */
export function splitBlocks(src: string): Block[] | undefined {
  if (src.includes(DEFINITION_MARK) || LONE_CR_RE.test(src) || FENCE_ANYWHERE_RE.test(src)) return undefined;
  const blocks: Block[] = [];
  let start = 0;
  let startLine = 0;
  let pos = 0;
  let lineNo = 0;
  let prevBlank = false;
  // Front matter at the very start stays in the first piece, closing fence included.
  const first = /^[^\n]*/.exec(src)![0];
  let inFrontMatter = FRONT_MATTER_RE.test(first) ? first.trim() : undefined;
  while (pos < src.length) {
    let nl = src.indexOf("\n", pos);
    if (nl < 0) nl = src.length;
    const line = src.slice(pos, nl);
    if (opensHtml(line)) return undefined;
    if (inFrontMatter !== undefined) {
      if (lineNo > 0 && line.replace(/[ \t\r]+$/, "") === inFrontMatter) inFrontMatter = undefined;
    } else {
      const blank = /^[ \t]*\r?$/.test(line);
      if (!blank && prevBlank && pos > start && canStartPiece(line)) {
        blocks.push({ start, end: pos, line: startLine });
        start = pos;
        startLine = lineNo;
      }
      prevBlank = blank;
    }
    pos = nl + 1;
    lineNo++;
  }
  blocks.push({ start, end: src.length, line: startLine });
  return blocks.length > 1 ? blocks : undefined;
}

type Position = { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };

/** A copy of a piece's nodes with positions moved by `offset` characters and `line` lines. */
function shifted<T extends { position?: Position; children?: unknown[] }>(node: T, offset: number, line: number): T {
  // With a stack, not recursion: a piece can nest thousands of levels deep ("> > > …" on one line).
  const move = (n: T): T => {
    const copy = { ...n };
    const p = n.position;
    if (p) {
      copy.position = {
        start: { line: p.start.line + line, column: p.start.column, offset: (p.start.offset ?? 0) + offset },
        end: { line: p.end.line + line, column: p.end.column, offset: (p.end.offset ?? 0) + offset },
      };
    }
    return copy;
  };
  const top = move(node);
  const todo: T[] = [top];
  for (let n = todo.pop(); n; n = todo.pop()) {
    if (!n.children) continue;
    const kids = n.children.map((c) => move(c as T));
    n.children = kids;
    for (const k of kids) todo.push(k);
  }
  return top;
}

/**
 * Parsed pieces by their text, for re-parsing only what changed between two versions of a
 * document (the editor keeps one per open document). It holds the pieces of the last two parses
 * (so an undo is free too) and at most `maxChars` characters of them.
 */
export class BlockCache {
  private readonly pieces = new RecentMap<Root>();
  private chars = 0;
  hits = 0;
  misses = 0;
  /** Per-text results of the rules for the same document (src/core/memo.ts). */
  readonly memo = new Memo();
  constructor(private readonly maxChars = 2_500_000) {}
  get(text: string, parse: (s: string) => Root): Root {
    const got = this.pieces.get(text);
    if (got) {
      this.hits++;
      return got;
    }
    this.misses++;
    const tree = parse(text);
    if (this.chars + text.length <= this.maxChars) {
      this.pieces.set(text, tree);
      this.chars += text.length;
    }
    return tree;
  }
  /** After each parse: forget the pieces that neither this parse nor the one before used. */
  endParse(): void {
    this.pieces.endRun((k) => (this.chars -= k.length));
  }
}

/**
 * Parse `src` piece by piece (see splitBlocks) and join the trees; the same tree as `parse(src)`.
 * Texts are always split (the fast path of src/core/fastmd.ts makes small pieces cheap, and a piece
 * it cannot read costs only its own parse).
 * Cached piece trees are never handed out: positions are copied onto new nodes.
 */
export function parseBlocks(src: string, parse: (s: string) => Root, cache?: BlockCache): Root {
  const blocks = splitBlocks(src);
  if (!blocks) {
    if (!cache) return parse(src);
    const tree = shifted(cache.get(src, parse), 0, 0);
    cache.endParse();
    return tree;
  }
  const children: RootContent[] = [];
  for (const b of blocks) {
    const text = src.slice(b.start, b.end);
    const tree = cache ? cache.get(text, parse) : parse(text);
    for (const c of tree.children) children.push(cache || b.start ? shifted(c, b.start, b.line) : c);
  }
  cache?.endParse();
  const last = blocks[blocks.length - 1]!;
  let line = last.line + 1;
  for (let i = src.indexOf("\n", last.start); i >= 0; i = src.indexOf("\n", i + 1)) line++;
  return { type: "root", children, position: { start: { line: 1, column: 1, offset: 0 }, end: { line, column: src.length - src.lastIndexOf("\n"), offset: src.length } } };
}
