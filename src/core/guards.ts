// Guards against input the Markdown parser cannot take in reasonable time: over-long lines and
// nesting deeper than any document needs are left out of the tree and reported by the engine.
// Pure: no vscode, no fs.
import type { Root, RootContent } from "mdast";

/**
 * Lines longer than this are not parsed or checked. No résumé or packet has one (a long paragraph
 * on one line is a few thousand characters), and micromark's time on one line full of inline
 * Markdown grows faster than its length (test/fuzz/FINDINGS.md §6, §9): a megabyte line of `*em* `
 * took minutes. The engine reports each such line.
 */
export const MAX_LINE_CHARS = 20_000;

/**
 * Markdown nested deeper than this many levels (lists, quotes or emphasis inside each other) is not
 * checked: no résumé nests more than a handful, and the model's walks (and the rules') recurse once
 * per level, so thousands ("> > > …" or "- - - …" on one line) overflowed the stack. A line that opens
 * more containers is blanked before parsing; a block whose tree is still deeper than MAX_TREE_DEPTH is
 * taken out of the tree. The engine reports each.
 */
export const MAX_NESTING = 200;

/**
 * How many container markers ("> ", "- ", "* ", "+ ", "1. ", "1) ") open the line at `pos`, counted
 * only up to `limit` + 1. micromark's time on a line that opens thousands of containers grows with
 * their square ("- - - … x" of 9 000 levels: minutes), and no résumé opens more than a few.
 */
function containerMarkers(text: string, pos: number, end: number, limit: number): number {
  let n = 0;
  let i = pos;
  while (i < end && n <= limit) {
    let c = text.charCodeAt(i);
    while (c === 32 || c === 9) c = text.charCodeAt(++i);
    if (i >= end) break;
    if (c === 62) {
      i++;
    } else if ((c === 45 || c === 42 || c === 43) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) {
      i++;
    } else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const m = text.charCodeAt(j);
      const after = text.charCodeAt(j + 1);
      if ((m === 46 || m === 41) && (after === 32 || after === 9)) i = j + 1;
      else break;
    } else break;
    n++;
  }
  return n;
}

/**
 * The text with every line blanked (same length, line breaks kept) that is over-long or opens more
 * than MAX_NESTING containers, and where they are: `long` each line, `deep` runs of lines.
 */
export function guardLines(text: string): { text: string; long: { start: number; end: number }[]; deep: { start: number; end: number }[] } {
  const long: { start: number; end: number }[] = [];
  const deep: { start: number; end: number }[] = [];
  // A line opens more than MAX_NESTING containers only with at least that many characters.
  if (text.length <= MAX_NESTING) return { text, long, deep };
  let out = "";
  let from = 0;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const end = nl > pos && text[nl - 1] === "\r" ? nl - 1 : nl;
    let skip: { start: number; end: number }[] | undefined;
    if (end - pos > MAX_LINE_CHARS) skip = long;
    else if (end - pos > MAX_NESTING && containerMarkers(text, pos, end, MAX_NESTING) > MAX_NESTING) skip = deep;
    if (skip) {
      const last = skip === deep ? deep[deep.length - 1] : undefined;
      // A deep line right after another extends its run (one report for a quoted block of them).
      if (last && text.slice(last.end, pos).trim() === "") last.end = end;
      else skip.push({ start: pos, end });
      // A lone CR inside the line is a line break to micromark: keep it, blank the rest.
      out += text.slice(from, pos) + text.slice(pos, end).replace(/[^\r]/g, " ");
      from = end;
    }
    pos = nl + 1;
  }
  return long.length || deep.length ? { text: out + text.slice(from), long, deep } : { text, long, deep };
}

/** A list nests two tree levels per Markdown level (list, item); quotes and emphasis one. */
const MAX_TREE_DEPTH = 2 * MAX_NESTING;

/** Whether some node under `node` (depth 1) lies deeper than `limit`: a walk with a stack, stopping early. */
function nestsDeeper(node: unknown, limit: number): boolean {
  const nodes = [node as { children?: unknown[] }];
  const depths = [1];
  while (nodes.length) {
    const kids = nodes.pop()!.children;
    const d = depths.pop()!;
    if (!kids?.length) continue;
    if (d >= limit) return true;
    for (const k of kids) {
      nodes.push(k as { children?: unknown[] });
      depths.push(d + 1);
    }
  }
  return false;
}

/**
 * Removes from the tree each top-level block that nests deeper than MAX_TREE_DEPTH (of a list, only
 * the items that do, so their neighbours are still checked) and returns their ranges (offsets in
 * `text`: the tree's plus `shift`).
 */
export function dropDeepBlocks(tree: Root, shift: number): { start: number; end: number }[] {
  const dropped: { start: number; end: number }[] = [];
  const range = (n: { position?: { start: { offset?: number }; end: { offset?: number } } }) => ({ start: (n.position?.start.offset ?? 0) + shift, end: (n.position?.end.offset ?? 0) + shift });
  const kept: RootContent[] = [];
  for (const top of tree.children) {
    if (!nestsDeeper(top, MAX_TREE_DEPTH)) kept.push(top);
    else if (top.type === "list") {
      const items = top.children.filter((item) => {
        if (!nestsDeeper(item, MAX_TREE_DEPTH - 1)) return true;
        dropped.push(range(item));
        return false;
      });
      if (items.length) kept.push({ ...top, children: items });
    } else dropped.push(range(top));
  }
  if (dropped.length) tree.children = kept;
  return dropped;
}

