// Layout: headings written with no space after their hashes and closed by hashes ("##Career##",
// "###Web Developer, Acme 2019 - 2021####"). CommonMark reads such a line as a paragraph; a line that
// both opens and closes with hashes is a heading to its writer (a hashtag or "#1" never closes), so it
// is read as one, its level the number of opening hashes. Only a paragraph of that one line (a list,
// a blank line or the end follows it). Fixture: test/fixtures/layouts/79.
// Two to six hashes right before a word, not closed ("##職務経歴", "###2015/4 - 現在", "##Experience"), are a heading to
// their writer too (a hashtag has one): such lines, alone or one under another at a paragraph's start, are read as
// headings, the lines after them a paragraph (258). Pure: no vscode, no fs.
import type { Heading, PhrasingContent, Root, RootContent, Text } from "mdast";

const CLOSED_RE = /^(#{1,6})[^\s#][^\n]*?[^\s#\\][ \t]*#+[ \t]*$/;

/** "##職務経歴": two to six hashes right before a word, the line not closed. */
const OPEN_RE = /^(#{2,6})[^\s#]/;

/** The depth of an open-hash heading line (OPEN_RE), else 0. */
function openDepth(src: string): number {
  const m = OPEN_RE.exec(src);
  return m && !CLOSED_RE.test(src) ? m[1]!.length : 0;
}

/**
 * "##職務経歴" over "###2015/4 - 現在", lines of one paragraph: a heading a line, each its hashes' depth, as long as the
 * paragraph's first text goes ("###Making the Transition" over "Once I decided …": the lines after the headings are a
 * paragraph of their own). Undefined unless the first line is one.
 */
function openHeadings(node: RootContent & { type: "paragraph" }, source: string, s: number, e: number): RootContent[] | undefined {
  const kids = node.children;
  const first = kids[0];
  if (first?.type !== "text") return undefined;
  const out: RootContent[] = [];
  let at = s;
  let line = node.position!.start.line;
  let used = 0;
  const lines = source.slice(s, e).split("\n");
  for (const text of lines) {
    const depth = openDepth(text);
    const body = text.slice(depth).replace(/[ \t]+$/, "");
    // (The heading's line must be the text node's own, to the letter: no markup, no escapes in it.)
    const own = first.value.startsWith(text, used) && (first.value.length === used + text.length || first.value.charCodeAt(used + text.length) === 10);
    if (!depth || !body || !own) break;
    const value: Text = { type: "text", value: body, position: { start: { line, column: depth + 1, offset: at + depth }, end: { line, column: depth + 1 + body.length, offset: at + depth + body.length } } };
    out.push({ type: "heading", depth: depth as Heading["depth"], children: [value], position: { start: { line, column: 1, offset: at }, end: { line, column: text.length + 1, offset: at + text.length } } });
    at += text.length + 1;
    used += text.length + 1;
    line++;
  }
  if (!out.length) return undefined;
  if (out.length === lines.length) return out;
  // The rest of the paragraph, from the line after the last heading.
  const rest: Text = { type: "text", value: first.value.slice(used), position: { start: { line, column: 1, offset: at }, end: first.position!.end } };
  const children = (rest.value ? [rest, ...kids.slice(1)] : kids.slice(1)) as PhrasingContent[];
  if (!children.length) return out;
  out.push({ type: "paragraph", children, position: { start: { line, column: 1, offset: at }, end: node.position!.end } });
  return out;
}

/** The depth of a closed-hash heading line, else 0. */
function closedDepth(src: string): number {
  const m = CLOSED_RE.exec(src);
  return m ? m[1]!.length : 0;
}

/** A copy of the text node `t` with `cut` characters taken off its start and `drop` off its end. */
function trimmed(t: Text, cut: number, drop: number): Text {
  const s = t.position!.start;
  const e = t.position!.end;
  return {
    type: "text",
    value: t.value.slice(cut, t.value.length - drop),
    position: { start: { line: s.line, column: s.column + cut, offset: s.offset! + cut }, end: { line: e.line, column: e.column - drop, offset: e.offset! - drop } },
  };
}

/** `tree` with each top-level closed-hash paragraph turned into a heading (new nodes; the tree's own children array is replaced). */
export function readClosedHashHeadings(tree: Root, source: string): void {
  if (!source.includes("#")) return;
  let changed = false;
  const children = tree.children.flatMap((node): RootContent | RootContent[] => {
    if (node.type !== "paragraph" || !node.position) return node;
    const s = node.position.start.offset!;
    const e = node.position.end.offset!;
    if (source.charCodeAt(s) !== 35) return node;
    const line = source.slice(s, e);
    const open = openHeadings(node, source, s, e);
    if (open) {
      changed = true;
      return open;
    }
    if (line.includes("\n")) return node;
    const depth = closedDepth(line);
    if (!depth) return node;
    const kids = node.children;
    const first = kids[0];
    const last = kids[kids.length - 1];
    if (first?.type !== "text" || last?.type !== "text" || !first.value.startsWith("#".repeat(depth))) return node;
    const tail = /[ \t]*#+[ \t]*$/.exec(last.value);
    if (!tail) return node;
    let out: PhrasingContent[];
    if (first === last) {
      if (first.value.length - depth - tail[0].length <= 0) return node;
      out = [trimmed(first, depth, tail[0].length)];
    } else {
      out = [trimmed(first, depth, 0), ...kids.slice(1, -1), trimmed(last, 0, tail[0].length)].filter((k) => k.type !== "text" || k.value !== "");
    }
    changed = true;
    const heading: Heading = { type: "heading", depth: depth as Heading["depth"], children: out, position: node.position };
    return heading;
  });
  if (changed) tree.children = children;
}
