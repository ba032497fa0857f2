// Layout: headings written with no space after their hashes and closed by hashes ("##Career##",
// "###Web Developer, Acme 2019 - 2021####"). CommonMark reads such a line as a paragraph; a line that
// both opens and closes with hashes is a heading to its writer (a hashtag or "#1" never closes), so it
// is read as one, its level the number of opening hashes. Only a paragraph of that one line (a list,
// a blank line or the end follows it). Fixture: test/fixtures/layouts/79. Pure: no vscode, no fs.
import type { Heading, PhrasingContent, Root, RootContent, Text } from "mdast";

const CLOSED_RE = /^(#{1,6})[^\s#][^\n]*?[^\s#\\][ \t]*#+[ \t]*$/;

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
  const children = tree.children.map((node): RootContent => {
    if (node.type !== "paragraph" || !node.position) return node;
    const s = node.position.start.offset!;
    const e = node.position.end.offset!;
    if (source.charCodeAt(s) !== 35) return node;
    const line = source.slice(s, e);
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
