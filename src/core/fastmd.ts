// A fast path for the Markdown that résumés are written in. It builds the same mdast tree, positions
// included, as remark-parse with our GFM subset and YAML front matter (parseMarkdown in parse.ts),
// for a subset of CommonMark: ATX and setext headings, paragraphs, bullet and ordered lists (nested,
// tight or loose), thematic breaks, YAML front matter, HTML blocks of kinds 6 and 7 at the root,
// one-line reference definitions; inline: emphasis and strong (`*`, `_`), code spans on one line,
// inline links, shortcut/full/collapsed references, URI and e-mail autolinks, HTML tags on one line,
// hard breaks by trailing spaces.
// Anything else (tabs, CR, backslashes, character references, block quotes, raw HTML blocks,
// comments, indented or fenced code, images, tables, strikethrough, footnotes, task lists,
// constructs spread over lines…) makes it give up and return undefined (lastBailReason() says why),
// and the caller parses with micromark. It never guesses: test/core/fastmd.test.ts checks that a
// tree it returns is deep-equal to micromark's, on every repository file, the bench corpus, fuzzed
// documents and documents built from fragments of Markdown syntax.
// It follows micromark where micromark reads the spec its own way: the rule of 3 on the delimiters'
// current sizes, character classes by UTF-16 code unit, where a line ending ends after a failed code
// span, what follows a definition or a lazy paragraph line.
// Pure: no vscode, no fs.
import type { Root, RootContent, PhrasingContent, List, ListItem, Paragraph, Heading, Text } from "mdast";
import { LineIndex } from "./positions.js";

interface Point {
  line: number;
  column: number;
  offset: number;
}
interface Position {
  start: Point;
  end: Point;
}

/** Thrown (and caught in fastParse) where the fast path does not handle the input. */
const BAIL = new Error("fastmd: not in the subset");
let bailReason = "";
function bail(why: string): never {
  bailReason = why;
  throw BAIL;
}
/** Why the last fastParse that returned undefined gave up (for tests and bench/README figures). */
export function lastBailReason(): string {
  return bailReason;
}

// Characters and sequences this parser never handles, anywhere in the text: tabs and other control
// characters, CR, NUL, backslash escapes and breaks, character references, images, strikethrough,
// footnotes, task-list boxes, code fences, HTML comments/declarations/processing instructions.
const UNSUPPORTED_RE = /[\t\r\0\f\v\\~]|&(?:#|[A-Za-z0-9]+;)|!\[|\[\^|\[[\sxX]\]|```|<[!?]/;
/** A line that could be a GFM table delimiter row (only with a `|` somewhere in the text). */
const DELIMITER_ROW_RE = /^[ ]*[|:-][ |:-]*$/;

/** A GFM table needs a delimiter row with a `|` in it or in the header row above it. */
function mayHaveTable(src: string): boolean {
  if (!src.includes("|")) return false;
  const lines = src.split("\n");
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!;
    if (line.includes("-") && DELIMITER_ROW_RE.test(line) && (line.includes("|") || (l > 0 && lines[l - 1]!.includes("|")))) return true;
  }
  return false;
}

export function fastParse(src: string): Root | undefined {
  if (src.charCodeAt(0) === 0xfeff) {
    bailReason = "a byte order mark (micromark drops it and shifts offsets)";
    return undefined;
  }
  const unsupported = UNSUPPORTED_RE.exec(src);
  if (unsupported) {
    bailReason = `unsupported ${JSON.stringify(unsupported[0])}`;
    return undefined;
  }
  if (mayHaveTable(src)) {
    bailReason = "a possible table delimiter row";
    return undefined;
  }
  try {
    return new BlockParser(src).parse();
  } catch (e) {
    if (e === BAIL) return undefined;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Blocks
// ---------------------------------------------------------------------------------------------

interface OpenList {
  node: List;
  /** "-", "*", "+" for bullets; "." or ")" for ordered lists. */
  marker: string;
}
interface OpenItem {
  node: ListItem;
  list: OpenList;
  /** Column (0-based) where the item's content starts: lines indented this far continue it. */
  contentCol: number;
}
interface OpenParagraph {
  /** Content start of each line (first non-space) and line end. */
  starts: number[];
  ends: number[];
  /** Where each line's container prefix ends (the indentation its list items take). */
  prefixEnds: number[];
  /** Container depth it belongs to (0 = root). */
  depth: number;
}

const THEMATIC_RE = /^(?:(?:\*[ ]*){3,}|(?:-[ ]*){3,}|(?:_[ ]*){3,})$/;
const ATX_RE = /^(#{1,6})(?:[ ]+|$)/;
const BULLET_RE = /^([-+*])([ ]+|$)/;
const ORDERED_RE = /^([0-9]{1,9})([.)])([ ]+|$)/;
const SETEXT_RE = /^(?:=+|-+)[ ]*$/;
const HTML_BLOCK_NAMES = new Set("address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul".split(" "));
const HTML_RAW_NAMES = new Set(["pre", "script", "style", "textarea"]);
/** `[label]: url` with an optional "title", 'title' or (title), all on one line. */
const DEFINITION_RE = /^\[([^[\]\n]{1,999})\]:[ ]*([^ <()\n][^ ()\n]*)(?:[ ]+("[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ ]*$/;

/** micromark-util-normalize-identifier. */
function normalizeIdentifier(value: string): string {
  return value
    .replace(/[\t\n\r ]+/g, " ")
    .replace(/^ | $/g, "")
    .toLowerCase()
    .toUpperCase();
}

class BlockParser {
  private readonly lines: LineIndex;
  private readonly lineStarts: readonly number[];
  /** Normalised labels of the reference definitions (links to them resolve anywhere in the text). */
  readonly definitions = new Set<string>();
  /** Paragraphs and headings whose inline content is parsed once every definition is known. */
  private readonly pending: { node: Paragraph | Heading; p: OpenParagraph }[] = [];
  private readonly root: Root;
  private readonly items: OpenItem[] = [];
  private para: OpenParagraph | undefined;
  private prevBlank = false;

  constructor(private readonly src: string) {
    // (No CR gets this far: line starts are those of the \n line endings.)
    this.lines = new LineIndex(src);
    this.lineStarts = this.lines.starts;
    this.root = { type: "root", children: [] };
  }

  point(offset: number): Point {
    const line = this.lines.lineOf(offset);
    return { line: line + 1, column: offset - this.lineStarts[line]! + 1, offset };
  }

  pos(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }

  parse(): Root {
    const src = this.src;
    for (let line = this.frontMatter(); line < this.lineStarts.length; line++) {
      const s = this.lineStarts[line]!;
      let e = src.indexOf("\n", s);
      if (e < 0) e = src.length;
      this.line(s, e);
    }
    if (this.html) this.closeHtml();
    this.closeParagraph();
    this.closeItems(0);
    for (const { node, p } of this.pending) node.children = new InlineParser(this.src, p.starts, p.ends, p.prefixEnds, this).parse();
    const last = this.lineStarts.length - 1;
    this.root.position = { start: { line: 1, column: 1, offset: 0 }, end: { line: last + 1, column: src.length - this.lineStarts[last]! + 1, offset: src.length } };
    return this.root;
  }

  /** YAML front matter at the start: a `yaml` node. Returns the first line after it. */
  private frontMatter(): number {
    const src = this.src;
    if (src.startsWith("+++")) bail("TOML front matter");
    if (!/^---[ ]*(?:\n|$)/.test(src)) return 0;
    for (let l = 1; l < this.lineStarts.length; l++) {
      const s = this.lineStarts[l]!;
      let e = src.indexOf("\n", s);
      if (e < 0) e = src.length;
      if (/^---[ ]*$/.test(src.slice(s, e))) {
        const valueStart = this.lineStarts[1]!;
        const value = l === 1 ? "" : src.slice(valueStart, s - 1);
        this.root.children.push({ type: "yaml", value, position: this.pos(0, e) });
        return l + 1;
      }
    }
    bail("unclosed front matter");
  }

  private childrenAt(depth: number): RootContent[] {
    return depth === 0 ? this.root.children : (this.items[depth - 1]!.node.children as RootContent[]);
  }

  /** Add a block that starts on this line to the container at `depth`. */
  private addBlock(depth: number, node: RootContent): void {
    this.loosenIfBlankBefore(depth);
    this.childrenAt(depth).push(node);
  }

  private closeParagraph(): void {
    const p = this.para;
    if (!p) return;
    this.para = undefined;
    const start = p.starts[0]!;
    const end = p.ends[p.ends.length - 1]!;
    const node: Paragraph = { type: "paragraph", children: [] };
    this.pending.push({ node, p });
    node.position = this.pos(start, end);
    this.childrenAt(p.depth).push(node as RootContent);
  }

  /** Close the open list items deeper than `depth` (0: all of them). */
  private closeItems(depth: number): void {
    while (this.items.length > depth) {
      const item = this.items.pop()!;
      const kids = item.node.children;
      if (kids.length === 0) bail("an empty list item"); // (every item starts with a paragraph)
      const end = kids[kids.length - 1]!.position!.end;
      item.node.position!.end = { ...end };
      item.list.node.position!.end = { ...end };
    }
  }

  private line(s: number, e: number): void {
    const src = this.src;
    if (this.html) {
      // An open HTML block (kinds 6 and 7) runs to the next blank line.
      if (/^[ ]*$/.test(src.slice(s, e))) this.closeHtml();
      else {
        this.html.end = e;
        return;
      }
    }
    let lead = 0;
    while (s + lead < e && src.charCodeAt(s + lead) === 32) lead++;
    const blank = s + lead === e;
    if (blank) {
      this.closeParagraph();
      this.prevBlank = true;
      return;
    }
    // Open items whose content column the line reaches.
    let matched = 0;
    while (matched < this.items.length && lead >= this.items[matched]!.contentCol) matched++;
    const allMatched = matched === this.items.length;
    const baseCol = matched === 0 ? 0 : this.items[matched - 1]!.contentCol;
    const indent = lead - baseCol;
    const rest = src.slice(s + lead, e);
    const para = this.para;
    const paraHere = para !== undefined && allMatched && para.depth === matched;

    if (indent >= 4) {
      if (para) return this.continueParagraph(s + lead, e, s + baseCol);
      bail("indented code");
    }
    const c = rest.charCodeAt(0);
    if (c === 62 || c === 124) bail(`a block quote or table row (${rest[0]})`);
    if (c === 60 && this.htmlBlock(matched, s, e, rest, para !== undefined, paraHere)) return;
    if (paraHere && SETEXT_RE.test(rest)) {
      this.setext(rest.charCodeAt(0) === 61 ? 1 : 2, e);
      this.prevBlank = false;
      return;
    }
    if (THEMATIC_RE.test(rest)) {
      this.closeParagraph();
      this.closeItems(matched);
      this.addBlock(matched, { type: "thematicBreak", position: this.pos(s + lead, e) });
      this.prevBlank = false;
      return;
    }
    const atx = ATX_RE.exec(rest);
    if (atx) {
      this.closeParagraph();
      this.closeItems(matched);
      this.addBlock(matched, this.atxHeading(s + lead, e, atx[1]!.length));
      this.prevBlank = false;
      return;
    }
    const marker = this.listMarker(rest, paraHere);
    if (marker) {
      this.closeParagraph();
      this.closeItems(matched);
      this.startItem(matched, s, lead, marker, e);
      this.prevBlank = false;
      return;
    }
    if (para) {
      if (!allMatched && SETEXT_RE.test(rest)) bail("a lazy '===': keep to the common cases");
      return this.continueParagraph(s + lead, e, s + baseCol);
    }
    this.closeItems(matched);
    if (c === 91 && this.definition(matched, s + lead, e, rest)) return;
    this.loosenIfBlankBefore(matched);
    this.para = { starts: [s + lead], ends: [e], prefixEnds: [s + baseCol], depth: matched };
    this.prevBlank = false;
  }

  /** An open HTML block: from the start of its first line to the end of its last. */
  private html: { start: number; end: number } | undefined;

  /**
   * An HTML block of kind 6 (a block-level tag name) or 7 (a whole tag alone on its line, which
   * cannot interrupt a paragraph) at the root; the other kinds are bailed on before parsing.
   */
  private htmlBlock(depth: number, s: number, e: number, rest: string, paraOpen: boolean, paraHere: boolean): boolean {
    const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?=[ >]|\/>|$)/.exec(rest)?.[1]?.toLowerCase();
    let kind = 0;
    if (name && HTML_BLOCK_NAMES.has(name)) kind = 6;
    else {
      const tag = (OPEN_TAG_RE.exec(rest) ?? CLOSE_TAG_RE.exec(rest))?.[0];
      if (tag && !paraOpen) {
        const tagName = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(tag)![1]!.toLowerCase();
        if (/^[ ]*$/.test(rest.slice(tag.length)) && !HTML_RAW_NAMES.has(tagName)) kind = 7;
      } else if (tag && !paraHere) {
        // A tag line where a lazy paragraph line could be: micromark may start an HTML block there.
        bail("a tag line after a lazy paragraph");
      }
    }
    if (!kind) {
      if (name && HTML_RAW_NAMES.has(name)) bail("a raw HTML block (pre, script, style, textarea)");
      return false;
    }
    if (depth > 0) bail("an HTML block in a list item");
    this.closeParagraph();
    this.closeItems(0);
    this.html = { start: s, end: e };
    this.prevBlank = false;
    return true;
  }

  private closeHtml(): void {
    const h = this.html!;
    this.html = undefined;
    this.root.children.push({ type: "html", value: this.src.slice(h.start, h.end), position: this.pos(h.start, h.end) });
  }

  /** A reference definition on one line, `[label]: url "title"`, where a paragraph would start. */
  private definition(depth: number, start: number, e: number, rest: string): boolean {
    if (!rest.includes("]:")) return false;
    const m = DEFINITION_RE.exec(rest);
    if (!m || depth > 0 || /^[ ]*$/.test(m[1]!)) bail("a definition this does not read");
    // What follows a definition on the next line is read as in a paragraph (interruptions, a title
    // of this definition): only more definitions or a blank line are taken.
    let nextEnd = this.src.indexOf("\n", e + 1);
    if (nextEnd < 0) nextEnd = this.src.length;
    const next = e < this.src.length ? this.src.slice(e + 1, nextEnd) : "";
    if (!/^[ ]*$/.test(next) && !DEFINITION_RE.test(next.replace(/^[ ]{1,3}/, ""))) bail("a line after a definition");
    const label = m[1]!;
    const title = m[3] ? m[3].slice(1, -1) : null;
    const id = normalizeIdentifier(label);
    this.definitions.add(id);
    this.addBlock(depth, { type: "definition", identifier: id.toLowerCase(), label, title, url: m[2]!, position: this.pos(start, e) });
    this.prevBlank = false;
    return true;
  }

  private continueParagraph(start: number, end: number, prefixEnd: number): void {
    this.para!.starts.push(start);
    this.para!.ends.push(end);
    this.para!.prefixEnds.push(prefixEnd);
    this.prevBlank = false;
  }

  /** A block starting after a blank line in an item that has content makes the item loose. */
  private loosenIfBlankBefore(depth: number): void {
    if (depth > 0 && this.prevBlank && this.childrenAt(depth).length > 0) this.items[depth - 1]!.node.spread = true;
  }

  private listMarker(rest: string, interrupting: boolean): { marker: string; width: number; spaces: number; start: number | null } | undefined {
    let m = BULLET_RE.exec(rest);
    let marker: string;
    let width: number;
    let spaces: number;
    let start: number | null = null;
    if (m) {
      marker = m[1]!;
      width = 1;
      spaces = m[2]!.length;
    } else {
      m = ORDERED_RE.exec(rest);
      if (!m) return undefined;
      marker = m[2]!;
      width = m[1]!.length + 1;
      spaces = m[3]!.length;
      start = Number.parseInt(m[1]!, 10);
      if (interrupting && start !== 1) return undefined;
    }
    if (spaces === 0 || width + spaces >= rest.length) {
      // An empty item: it cannot interrupt a paragraph, and empty items are left to micromark.
      if (interrupting) return undefined;
      bail("an empty list item");
    }
    if (spaces >= 5) bail("content is indented code");
    return { marker, width, spaces, start };
  }

  private startItem(depth: number, s: number, lead: number, m: { marker: string; width: number; spaces: number; start: number | null }, e: number): void {
    const src = this.src;
    const markerAt = s + lead;
    const contentAt = markerAt + m.width + m.spaces;
    const content = src.slice(contentAt, e);
    if (content.startsWith("[") && content.includes("]:")) bail("a definition in a list item");
    // Content that starts another block on the marker's line (a nested list, a heading…): micromark.
    if (BULLET_RE.test(content) || ORDERED_RE.test(content) || ATX_RE.test(content) || THEMATIC_RE.test(content) || SETEXT_RE.test(content) || /^[<>|]/.test(content)) bail("a block on a list marker's line");
    const siblings = this.childrenAt(depth);
    const last = siblings[siblings.length - 1];
    let list = last && last.type === "list" ? this.lists.get(last) : undefined;
    if (list && list.marker !== m.marker) list = undefined;
    const point = this.point(markerAt);
    if (!list) {
      const node: List = { type: "list", ordered: m.start !== null, start: m.start, spread: false, children: [] };
      node.position = { start: point, end: point };
      list = { node, marker: m.marker };
      this.lists.set(node, list);
      this.addBlock(depth, node);
    } else if (this.prevBlank) {
      list.node.spread = true;
    }
    const item: ListItem = { type: "listItem", spread: false, checked: null, children: [] };
    item.position = { start: { ...point }, end: point };
    list.node.children.push(item);
    this.items.push({ node: item, list, contentCol: lead + m.width + m.spaces });
    this.para = { starts: [contentAt], ends: [e], prefixEnds: [contentAt], depth: depth + 1 };
  }

  /** Each list made so far, by node (to tell whether a new item continues the last one). */
  private readonly lists = new Map<List, OpenList>();

  private atxHeading(start: number, e: number, depth: number): Heading {
    const src = this.src;
    let cs = start + depth;
    while (cs < e && src.charCodeAt(cs) === 32) cs++;
    let ce = e;
    while (ce > cs && src.charCodeAt(ce - 1) === 32) ce--;
    // A closing sequence of '#' preceded by a space (or making up the whole content).
    let h = ce;
    while (h > cs && src.charCodeAt(h - 1) === 35) h--;
    if (h < ce && (h === cs || src.charCodeAt(h - 1) === 32)) {
      ce = h;
      while (ce > cs && src.charCodeAt(ce - 1) === 32) ce--;
    }
    const node: Heading = { type: "heading", depth: depth as Heading["depth"], children: [] };
    if (cs < ce) this.pending.push({ node, p: { starts: [cs], ends: [ce], prefixEnds: [cs], depth: 0 } });
    node.position = this.pos(start, e);
    return node;
  }

  private setext(depth: 1 | 2, e: number): void {
    const p = this.para!;
    this.para = undefined;
    const node: Heading = { type: "heading", depth, children: [] };
    this.pending.push({ node, p });
    node.position = this.pos(p.starts[0]!, e);
    this.childrenAt(p.depth).push(node as RootContent);
  }

}

// ---------------------------------------------------------------------------------------------
// Inline
// ---------------------------------------------------------------------------------------------

/** An item of the inline sequence: plain text, a finished node, an emphasis run or a bracket. */
interface Item {
  kind: "text" | "node" | "delim" | "bracket";
  start: number;
  end: number;
  value?: string;
  node?: PhrasingContent;
  /** Delimiter runs: the marker and what is left of the run (start..end shrink as it is used). */
  marker?: number;
  open?: boolean;
  close?: boolean;
  /** Brackets: false once a link was made inside or around it. */
  active?: boolean;
}

/** micromark's classifyCharacter on a UTF-16 code unit: 1 whitespace, 2 punctuation, 0 other. */
function classify(code: number | undefined): number {
  if (code === undefined || code === 32 || code === 10) return 1;
  const ch = String.fromCharCode(code);
  if (/\s/.test(ch)) return 1;
  if (/\p{P}|\p{S}/u.test(ch)) return 2;
  return 0;
}

const OPEN_TAG_RE = /^<[A-Za-z][A-Za-z0-9-]*(?:[ ]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ ]*=[ ]*(?:[^ "'=<>`\n]+|'[^'\n]*'|"[^"\n]*"))?)*[ ]*\/?>/;
const URI_AUTOLINK_RE = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\x00-\x20]*)>/;
const EMAIL_AUTOLINK_RE = /^<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/;
const EMAIL_AUTOLINK_START_RE = /^<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@/;
const CLOSE_TAG_RE = /^<\/[A-Za-z][A-Za-z0-9-]*[ ]*>/;

class InlineParser {
  private readonly items: Item[] = [];
  private readonly brackets: number[] = [];
  /** Where the block's content ends (the last line's end). */
  private get blockEnd(): number {
    return this.ends[this.ends.length - 1]!;
  }
  /** A backtick run found no closer (see the line endings in parse()). */
  private codeFailed = false;

  constructor(
    private readonly src: string,
    private readonly starts: number[],
    private readonly ends: number[],
    private readonly prefixEnds: number[],
    private readonly blocks: BlockParser,
  ) {}

  parse(): PhrasingContent[] {
    const { src, starts, ends } = this;
    const n = starts.length;
    // The content ends before the last line's trailing spaces.
    let last = ends[n - 1]!;
    while (last > starts[n - 1]! && src.charCodeAt(last - 1) === 32) last--;
    for (let l = 0; l < n; l++) {
      const s = starts[l]!;
      const isLast = l === n - 1;
      let e = isLast ? last : ends[l]!;
      let trailing = 0;
      if (!isLast) while (e - trailing > s && src.charCodeAt(e - trailing - 1) === 32) trailing++;
      this.scanLine(s, e - trailing, l === 0 ? s : -1);
      if (!isLast) {
        // A line ending ends at the next line's start; after a failed code span (a backtick run
        // with no closer) micromark has it run on to where the next line's container prefix ends.
        const next = this.codeFailed ? this.prefixEnds[l + 1]! : e + 1;
        if (trailing >= 2) this.items.push({ kind: "node", start: e - trailing, end: next, node: { type: "break" } as PhrasingContent });
        else this.items.push({ kind: "text", start: e, end: next, value: "\n" });
      }
    }
    this.resolveEmphasis(0);
    return this.toNodes(this.items);
  }

  /** The character code before offset i in the content (undefined at its start). */
  private before(i: number, contentStart: number): number | undefined {
    return i === contentStart ? undefined : this.src.charCodeAt(i - 1);
  }

  private scanLine(s: number, e: number, contentStart: number): void {
    const src = this.src;
    let textStart = s;
    const flush = (upTo: number) => {
      if (upTo > textStart) this.items.push({ kind: "text", start: textStart, end: upTo, value: src.slice(textStart, upTo) });
    };
    let i = s;
    while (i < e) {
      const c = src.charCodeAt(i);
      if (c === 42 || c === 95) {
        flush(i);
        let j = i + 1;
        while (j < e && src.charCodeAt(j) === c) j++;
        const prev = this.before(i, contentStart);
        const next = j < e ? src.charCodeAt(j) : undefined;
        const before = classify(prev);
        const after = classify(next);
        // (micromark loosens this next to markers of other constructs, GFM's `~`: bailed on.)
        const open = !after || (after === 2 && before);
        const close = !before || (before === 2 && after);
        this.items.push({
          kind: "delim",
          start: i,
          end: j,
          marker: c,
          open: Boolean(c === 42 ? open : open && (before || !close)),
          close: Boolean(c === 42 ? close : close && (after || !open)),
        });
        i = textStart = j;
      } else if (c === 96) {
        let j = i + 1;
        while (j < e && src.charCodeAt(j) === 96) j++;
        const size = j - i;
        const closer = this.findCodeCloser(j, e, size);
        if (closer < 0) {
          // No closer on this line: one later would make a code span over lines; none is text.
          if (this.codeCloserLater(e, size)) bail("a code span over lines");
          this.codeFailed = true;
          i = j;
          continue;
        }
        flush(i);
        let cs = j;
        let ce = closer;
        const inner = src.slice(cs, ce);
        if (inner.length >= 2 && inner.charCodeAt(0) === 32 && inner.charCodeAt(inner.length - 1) === 32 && /[^ ]/.test(inner)) {
          cs++;
          ce--;
        }
        this.items.push({ kind: "node", start: i, end: closer + size, node: { type: "inlineCode", value: src.slice(cs, ce) } as PhrasingContent });
        i = textStart = closer + size;
      } else if (c === 60) {
        const rest = src.slice(i, e);
        const uri = URI_AUTOLINK_RE.exec(rest);
        const auto = uri ?? EMAIL_AUTOLINK_RE.exec(rest);
        if (auto) {
          flush(i);
          const inner = auto[1]!;
          const end = i + auto[0].length;
          const text: Text = { type: "text", value: inner, position: this.blocks.pos(i + 1, end - 1) };
          const url = uri ? inner : "mailto:" + inner;
          this.items.push({ kind: "node", start: i, end, node: { type: "link", title: null, url, children: [text] } as PhrasingContent });
          i = textStart = end;
          continue;
        }
        const m = OPEN_TAG_RE.exec(rest) ?? CLOSE_TAG_RE.exec(rest);
        if (m) {
          flush(i);
          this.items.push({ kind: "node", start: i, end: i + m[0].length, node: { type: "html", value: m[0] } as PhrasingContent });
          i = textStart = i + m[0].length;
        } else {
          const d = src.charCodeAt(i + 1);
          // A tag, autolink or e-mail autolink this does not read (over lines, odd attributes).
          if ((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || d === 47 || EMAIL_AUTOLINK_START_RE.test(rest)) bail("an HTML tag or autolink this does not read");
          i++;
        }
      } else if (c === 91) {
        flush(i);
        this.brackets.push(this.items.length);
        this.items.push({ kind: "bracket", start: i, end: i + 1, value: "[", active: true });
        i = textStart = i + 1;
      } else if (c === 93) {
        flush(i);
        i = textStart = this.closeBracket(i, e);
      } else {
        i++;
      }
    }
    flush(e);
  }

  private findCodeCloser(from: number, e: number, size: number): number {
    const src = this.src;
    let k = from;
    while (k < e) {
      const at = src.indexOf("`", k);
      if (at < 0 || at >= e) return -1;
      let j = at + 1;
      while (j < e && src.charCodeAt(j) === 96) j++;
      if (j - at === size) return at;
      k = j;
    }
    return -1;
  }

  /** A run of exactly `size` backticks after `from` on a later line of this block. */
  private codeCloserLater(from: number, size: number): boolean {
    const end = this.blockEnd;
    const run = new RegExp("(?<!`)`{" + size + "}(?!`)");
    return run.test(this.src.slice(from, end));
  }

  /** A `]`: a link if an active `[` is open and an inline resource follows; else text. */
  private closeBracket(i: number, e: number): number {
    const src = this.src;
    const openerIdx = this.brackets.pop();
    const literal = () => {
      this.items.push({ kind: "text", start: i, end: i + 1, value: "]" });
      return i + 1;
    };
    if (openerIdx === undefined) return literal();
    const opener = this.items[openerIdx]!;
    if (!opener.active) return literal();
    const defs = this.blocks.definitions;
    const next = src.charCodeAt(i + 1);
    if (next === 91 && defs.size > 0) {
      // "[text][label]" (full) or "[label][]" (collapsed) where the label is defined; otherwise the
      // "]" is text (not a shortcut reference either: it is followed by a label) and the second
      // bracket is read as any other.
      const close = src.indexOf("]", i + 2);
      const label = close < 0 ? "" : src.slice(i + 2, close);
      if (close < 0 || close >= e || label.includes("[") || label.length > 999) bail("a reference label this does not read");
      if (label === "") {
        if (!this.referenced(opener.end, i)) return literal();
        return this.makeLink(openerIdx, close + 1, undefined, src.slice(opener.end, i), "collapsed");
      }
      if (!defs.has(normalizeIdentifier(label))) return literal();
      return this.makeLink(openerIdx, close + 1, undefined, label, "full");
    }
    const defined = next !== 91 && this.referenced(opener.end, i);
    if (next !== 40) {
      // "[x]": a shortcut reference when x is defined, else text.
      return defined ? this.makeLink(openerIdx, i + 1, undefined, src.slice(opener.end, i), "shortcut") : literal();
    }
    const tail = this.resource(i + 2, e);
    if (!tail) {
      if (defined) bail("a shortcut reference before a parenthesis");
      return literal();
    }
    return this.makeLink(openerIdx, tail.end, tail);
  }

  /** Whether the label between `[` and `]` is a defined reference (bails where that is unclear). */
  private referenced(from: number, to: number): boolean {
    const defs = this.blocks.definitions;
    if (defs.size === 0) return false;
    const label = this.src.slice(from, to);
    if (/[[\]\n]/.test(label) || label.length > 999) bail("a reference label with brackets or over lines");
    return defs.has(normalizeIdentifier(label));
  }

  /** The items after the bracket at `openerIdx` become a link (a resource) or a shortcut reference. */
  private makeLink(openerIdx: number, end: number, tail: { url: string; title: string | null } | undefined, label?: string, referenceType?: "full" | "collapsed" | "shortcut"): number {
    const opener = this.items[openerIdx]!;
    // A link: its children are the items after the bracket.
    this.resolveEmphasis(openerIdx + 1);
    const inside = this.items.splice(openerIdx + 1);
    this.items.pop(); // the bracket
    const children = this.toNodes(inside);
    const link = (tail
      ? { type: "link", title: tail.title, url: tail.url, children }
      : { type: "linkReference", children, label, identifier: normalizeIdentifier(label!).toLowerCase(), referenceType }) as PhrasingContent;
    this.items.push({ kind: "node", start: opener.start, end, node: link });
    // Links cannot contain links: earlier brackets are no longer link openers.
    for (const b of this.brackets) this.items[b]!.active = false;
    return end;
  }

  /** An inline resource "(url "title")" starting after "(" at `k`, on this line. */
  private resource(k: number, e: number): { url: string; title: string | null; end: number } | undefined {
    const src = this.src;
    while (k < e && src.charCodeAt(k) === 32) k++;
    if (k >= e) {
      if (k < this.blockEnd) bail("a resource over lines");
      return undefined;
    }
    if (src.charCodeAt(k) === 60) bail("<destination>");
    const urlStart = k;
    let depth = 0;
    while (k < e) {
      const c = src.charCodeAt(k);
      if (c === 32 || c < 32 || c === 127) break;
      if (c === 40) {
        // micromark gives up past 32 open parentheses (linkResourceDestinationBalanceMax).
        if (++depth >= 32) bail("a destination nested over 32 parentheses");
      }
      else if (c === 41) {
        if (depth === 0) break;
        depth--;
      }
      k++;
    }
    if (depth !== 0) return undefined;
    const url = src.slice(urlStart, k);
    let spaced = false;
    while (k < e && src.charCodeAt(k) === 32) {
      k++;
      spaced = true;
    }
    let title: string | null = null;
    const q = src.charCodeAt(k);
    if (spaced && (q === 34 || q === 39 || q === 40)) {
      const close = q === 40 ? 41 : q;
      let t = k + 1;
      while (t < e && src.charCodeAt(t) !== close) {
        if (q === 40 && src.charCodeAt(t) === 40) bail("a parenthesised title with parentheses");
        t++;
      }
      if (t >= e) bail("a title over lines");
      title = src.slice(k + 1, t);
      k = t + 1;
      while (k < e && src.charCodeAt(k) === 32) k++;
    }
    if (k >= e) {
      if (k < this.blockEnd) bail("a resource over lines");
      return undefined;
    }
    if (src.charCodeAt(k) !== 41) return undefined;
    return { url, title, end: k + 1 };
  }

  /** micromark's attention resolution over the items from `from` on (resolveAllAttention). */
  private resolveEmphasis(from: number): void {
    const items = this.items;
    let ci = from;
    while (ci < items.length) {
      const closer = items[ci]!;
      if (closer.kind !== "delim" || !closer.close || closer.end === closer.start) {
        ci++;
        continue;
      }
      let oi = ci;
      let opener: Item | undefined;
      while (--oi >= from) {
        const o = items[oi]!;
        if (o.kind !== "delim" || !o.open || o.marker !== closer.marker || o.end === o.start) continue;
        const os = o.end - o.start;
        const cs = closer.end - closer.start;
        if ((o.close || closer.open) && cs % 3 && !((os + cs) % 3)) continue;
        opener = o;
        break;
      }
      if (!opener) {
        ci++;
        continue;
      }
      const use = opener.end - opener.start > 1 && closer.end - closer.start > 1 ? 2 : 1;
      const inner = items.slice(oi + 1, ci);
      const group = { type: use > 1 ? "strong" : "emphasis", children: this.toNodes(inner) } as PhrasingContent;
      const groupItem: Item = { kind: "node", start: opener.end - use, end: closer.start + use, node: group };
      opener.end -= use;
      closer.start += use;
      const replace: Item[] = [];
      if (opener.end > opener.start) replace.push(opener);
      replace.push(groupItem);
      let next = oi + replace.length;
      if (closer.end > closer.start) replace.push(closer);
      items.splice(oi, ci - oi + 1, ...replace);
      // Look at the closer again if some of it is left, else at what follows the group.
      ci = next;
    }
  }

  /** Items to mdast: adjacent texts (and leftover runs and brackets) merge into one text node. */
  private toNodes(items: Item[]): PhrasingContent[] {
    const out: PhrasingContent[] = [];
    let text: Text | undefined;
    for (const it of items) {
      if (it.kind === "node") {
        const node = it.node!;
        node.position = this.blocks.pos(it.start, it.end);
        out.push(node);
        text = undefined;
        continue;
      }
      if (it.end === it.start) continue;
      const value = it.kind === "delim" ? this.src.slice(it.start, it.end) : it.value!;
      if (text) {
        text.value += value;
        text.position!.end = this.blocks.point(it.end);
      } else {
        text = { type: "text", value, position: this.blocks.pos(it.start, it.end) };
        out.push(text);
      }
    }
    return out;
  }
}
