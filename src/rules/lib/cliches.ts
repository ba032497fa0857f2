// write-good's "cliches" check (the no-cliches package), same matches, without regular expressions.
//
// no-cliches tests one regular expression of 698 alternatives, /\b(a chip off…|…)\b/gi, at every
// position of the text, where a space in an entry matches any run of whitespace (possibly empty).
// V8 interprets a pattern that large: about 13 ms for a 4 KB résumé, as much as parsing it. Split by
// first letter into small patterns it was fast when warm, but compiling them cost 30-50 ms on the
// first lint after the editor starts. So the entries are a character trie instead, walked from each
// word start, keeping the regular expression's semantics:
// - a match starts at a word boundary on an ASCII letter (every entry starts with one) and must end
//   at one; `\b` and the `i` flag without `u` are ASCII-only (a non-ASCII letter never equals an
//   ASCII one);
// - a space in an entry matches [\b\s\u200C]* (greedy: the longest run after which the match can
//   go on or end at a boundary); "cease?" makes the "e" optional (tried with it first);
// - of the entries that match at a position, the first in list order wins, and the scan resumes
//   after the match, as RegExp.prototype.exec does with the global pattern.
// test/rules/cliches.test.ts checks the equivalence against write-good itself.
import data from "../data/cliches.json";

interface Node {
  next: Map<number, Node>;
  /** The node after a space (a run of whitespace). */
  ws: Node | undefined;
  /** Entries that end here: [list index, variant] (variant 0 = optional characters taken). */
  ends: [number, number][];
}

const WS_TOKEN = -1;

/** Every node has all three fields (`ws` undefined until set): one object shape for the walk to read. */
function newNode(): Node {
  return { next: new Map(), ws: undefined, ends: [] };
}

/** The entry as tokens (lower-case char codes, WS_TOKEN), in its variants, greediest first. */
function variants(entry: string): number[][] {
  let out: number[][] = [[]];
  for (let i = 0; i < entry.length; i++) {
    const ch = entry[i]!;
    if (ch === "?") continue;
    const token = ch === " " ? WS_TOKEN : ch.toLowerCase().charCodeAt(0);
    if (entry[i + 1] === "?") out = out.flatMap((v) => [[...v, token], v]);
    else for (const v of out) v.push(token);
  }
  return out;
}

let trie: Node | undefined;

function buildTrie(): Node {
  const root = newNode();
  (data.cliches as string[]).forEach((entry, index) => {
    variants(entry).forEach((tokens, variant) => {
      let node = root;
      for (const t of tokens) {
        if (t === WS_TOKEN) node = node.ws ??= newNode();
        else {
          let child = node.next.get(t);
          if (!child) node.next.set(t, (child = newNode()));
          node = child;
        }
      }
      node.ends.push([index, variant]);
    });
  });
  return root;
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** [\b\s\u200C] without the `u` flag: backspace, JavaScript's \s, zero-width non-joiner. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13) || c === 8;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x200c || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// The search state of one matchAt() call (module-level: no closures allocated per word start).
let src = "";
let bestIndex = Infinity;
let bestVariant = Infinity;
let bestEnd = -1;

function boundary(pos: number): boolean {
  return isAsciiWordChar(src.charCodeAt(pos - 1)) !== isAsciiWordChar(src.charCodeAt(pos));
}

function offer(ends: [number, number][], end: number): void {
  for (const [index, variant] of ends) {
    if (index < bestIndex || (index === bestIndex && variant < bestVariant)) {
      bestIndex = index;
      bestVariant = variant;
      bestEnd = end;
    }
  }
}

function walk(node: Node, pos: number, endsHere: boolean): void {
  if (endsHere && node.ends.length && boundary(pos)) offer(node.ends, pos);
  if (pos < src.length) {
    let c = src.charCodeAt(pos);
    if (c >= 65 && c <= 90) c |= 0x20;
    const child = node.next.get(c);
    if (child) walk(child, pos + 1, true);
  }
  const ws = node.ws;
  if (ws) {
    let run = pos;
    while (run < src.length && isSpace(src.charCodeAt(run))) run++;
    // An entry that ends with a space: the longest run that leaves a boundary.
    if (ws.ends.length) {
      for (let k = run; k >= pos; k--) {
        if (boundary(k)) {
          offer(ws.ends, k);
          break;
        }
      }
    }
    // Going on: what follows a space in an entry is never whitespace, so only the whole run.
    walk(ws, run, false);
  }
}

/** The best match at `p`: lowest list index, then lowest variant; its end offset, or -1. */
function matchAt(text: string, p: number, root: Node): number {
  src = text;
  bestIndex = Infinity;
  bestVariant = Infinity;
  bestEnd = -1;
  walk(root, p, false);
  src = "";
  return bestEnd;
}

/** Clichés in `text`, as write-good reports them: `index` and `offset` (length), in text order. */
export function findCliches(text: string): { index: number; offset: number }[] {
  const root = (trie ??= buildTrie());
  const out: { index: number; offset: number }[] = [];
  let prevWord = false;
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    const word = isAsciiWordChar(c);
    if (word && !prevWord && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
      const end = matchAt(text, p, root);
      if (end > p) {
        out.push({ index: p, offset: end - p });
        // Resume after the match, as the global pattern does.
        p = end - 1;
        prevWord = isAsciiWordChar(text.charCodeAt(end - 1));
        continue;
      }
    }
    prevWord = word;
  }
  return out;
}
