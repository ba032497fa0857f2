// The masked text: a copy of the source in which everything that is not prose (markup, link
// targets, HTML tags, code, URLs, template syntax) is spaces of the same length, so an index into it
// is a source offset. Pure: no vscode, no fs.
import { glyphItems, markdownItems, readHtmlBlock } from "./layouts/html.js";
import { fencedResumeLines, fenceTextRuns } from "./layouts/plain-text.js";
import { isAsciiAlnum } from "./roleline.js";
import type { Nodes, Root } from "mdast";

// (Kramdown's attribute lists too: "[Acme](…){:target="_blank"}", "{: .lead}".)
const TEMPLATE_RE = /\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}|\{#[\s\S]*?#\}|\{:[^}\n]*\}/g;
/** An escaped bar ("**CTO** \| *Acme*"): a separator, the backslash no text (other escapes are kept: "C\#" stays one word). */
const BACKSLASH_BAR_RE = /\\(?=\|)/g;
const BARE_URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;

/** \w without the u flag. */
const isAsciiWord = (c: number): boolean => isAsciiAlnum(c) || c === 95;

/** BARE_URL_RE tried at one position only. */
const URL_AT_RE = new RegExp(BARE_URL_RE.source, "y");
/** [\w.+-] without the u flag: a character of an address's local part. */
const isEmailLocal = (c: number): boolean => isAsciiWord(c) || c === 46 || c === 43 || c === 45;


/** Where a match of BARE_URL_RE can start, in order: at "http" or "www.", or in the run of [\w.+-] before an "@". */
function urlCandidates(s: string): number[] {
  const out: number[] = [];
  for (const lit of ["http", "www."]) for (let i = s.indexOf(lit); i >= 0; i = s.indexOf(lit, i + 1)) out.push(i);
  for (let i = s.indexOf("@"); i >= 0; i = s.indexOf("@", i + 1)) {
    let k = i;
    while (k > 0 && isEmailLocal(s.charCodeAt(k - 1))) k--;
    // The expression starts with \b: only where a word character meets a non-word one.
    for (; k < i; k++) if (isAsciiWord(s.charCodeAt(k - 1)) !== isAsciiWord(s.charCodeAt(k))) out.push(k);
  }
  return out.sort((a, b) => a - b);
}

/**
 * s.replace(BARE_URL_RE, blank), trying the expression only where a match can start instead of at
 * every character (test/core/parse-fast.test.ts): the leftmost match at or after a position is the
 * first candidate there at which the expression matches.
 */
export function blankUrls(s: string): string {
  if (s.indexOf("@") < 0 && s.indexOf("http") < 0 && s.indexOf("www.") < 0) return s;
  let out = "";
  let done = 0;
  for (const p of urlCandidates(s)) {
    if (p < done) continue;
    URL_AT_RE.lastIndex = p;
    const m = URL_AT_RE.exec(s);
    if (!m) continue;
    out += s.slice(done, p) + blank(m[0]);
    done = p + m[0].length;
  }
  return done === 0 ? s : out + s.slice(done);
}

function blank(s: string): string {
  // Most gaps are on one line: as many spaces, without the regular expression.
  if (s.indexOf("\n") < 0 && s.indexOf("\r") < 0) return " ".repeat(s.length);
  return s.replace(/[^\r\n]/g, " ");
}

const HTML_PROSE_RE = /<(li|h[1-6])\b[^>\n]*>([^\n]*?)(?=<\/\1\s*>|$)/gim;

/**
 * How a code block is read, decided once for the masked text and the reader's walk (they must agree):
 * a résumé inside a fence (`fenced`: its content lines, offsets in the block; layouts/plain-text.ts),
 * an indented block of HTML or list items (`indented`; layouts/html.ts), or code (undefined).
 */
export type CodeLayout = { indented: true } | { indented: false; fenced: { start: number; end: number }[] };

/** Each code block's layout, computed on first ask (one map per parse: parseDocument makes it). */
export function codeLayout(text: string, node: { position?: { start: { offset?: number }; end: { offset?: number } } }, shift: number, memo: Map<object, CodeLayout | undefined>): CodeLayout | undefined {
  if (memo.has(node)) return memo.get(node);
  const src = text.slice(node.position!.start.offset! + shift, node.position!.end.offset! + shift);
  const fenced = fencedResumeLines(src);
  const layout: CodeLayout | undefined = fenced ? { indented: false, fenced } : isIndentedCode(src) ? { indented: true } : undefined;
  memo.set(node, layout);
  return layout;
}

/** An indented code block (not fenced) that holds HTML or list items: a layout, not code (layouts/html.ts). */
function isIndentedCode(src: string): boolean {
  if (/^[ \t]{0,3}(?:```|~~~)/.test(src)) return false;
  const first = src.trimStart();
  if (first.startsWith("<")) return /^<[a-z!/]/i.test(first) && !CODE_LINE_RE.test(src);
  // Bullets indented under a definition: list items and their prose, no line that reads as code
  // (an indented YAML or script sample with "- " lines stays code).
  const lines = src.split("\n").filter((l) => l.trim());
  const items = markdownItems(src).length;
  return items > 0 && items * 3 >= lines.length && !CODE_LINE_RE.test(src);
}
/** A line of code: ends in a brace or semicolon, holds an arrow, opens with a keyword, or is a YAML/INI key with at most one word of value. */
const CODE_LINE_RE = /[{};]\s*$|=>|^\s*(?:def|function|const|let|var|import|return|if|for|while|class)\b|^\s*(?:-\s+)?[\w.-]+\s*[:=]\s*\S*\s*$/m;

export function buildMasked(text: string, tree: Root, shift: number, codeLayouts = new Map<object, CodeLayout | undefined>()): string {
  const keep: [number, number][] = [];
  const visit = (node: Nodes, inSkip: boolean) => {
    if (node.type === "text") {
      if (!inSkip && node.position) keep.push([node.position.start.offset! + shift, node.position.end.offset! + shift]);
      return;
    }
    // HTML résumés (layouts/html.ts): the text of headings and list items is prose; tags are not. So
    // is an indented block of HTML or of list items (Markdown reads it as code).
    // A résumé inside a code fence (layouts/plain-text.ts): the text of its lines, not their marks.
    const layout = node.type === "code" && !inSkip && node.position ? codeLayout(text, node, shift, codeLayouts) : undefined;
    if (layout && !layout.indented) {
      const base = node.position!.start.offset! + shift;
      for (const l of layout.fenced) for (const r of fenceTextRuns(text.slice(base + l.start, base + l.end))) keep.push([base + l.start + r.start, base + l.start + r.end]);
      return;
    }
    if ((node.type === "html" || layout?.indented) && !inSkip && node.position) {
      const base = node.position.start.offset! + shift;
      const src = text.slice(base, node.position.end.offset! + shift);
      const keepText = (from: number, body: string) => {
        for (const t of body.matchAll(/[^<]+|<[^>]*>/g)) if (t[0][0] !== "<" && t[0].trim()) keep.push([base + from + t.index!, base + from + t.index! + t[0].length]);
      };
      if (/<(?:li|h[1-6])\b/i.test(src)) {
        for (const m of src.matchAll(HTML_PROSE_RE)) keepText(m.index! + m[0].indexOf(">") + 1, m[2] ?? "");
        // Headings over several lines and a card's prose paragraphs (layouts/html.ts reads them).
        const html = readHtmlBlock(src);
        for (const h of html.headings) keepText(h.start, src.slice(h.start, h.end));
        for (const p of html.paras) keepText(p.start, src.slice(p.start, p.end));
        for (const it of html.items) keepText(it.start, src.slice(it.start, it.end));
      }
      for (const it of [...markdownItems(src), ...glyphItems(src)]) keepText(it.start, src.slice(it.start, it.end));
      return;
    }
    let skip = inSkip;
    if (node.type === "link") {
      // Autolinks (<http://…>, bare URLs) show a URL as their text: not prose.
      const child = node.children.length === 1 ? node.children[0] : undefined;
      if (child && child.type === "text" && (child.value === node.url || node.url === "mailto:" + child.value || node.url.replace(/^https?:\/\//, "") === child.value.replace(/^https?:\/\//, ""))) skip = true;
    }
    if (node.type === "definition" || node.type === "footnoteDefinition" || node.type === "yaml" || (node.type as string) === "toml" || node.type === "code" || node.type === "table") skip = true;
    if ("children" in node) for (const c of node.children as Nodes[]) visit(c, skip);
  };
  visit(tree, false);
  keep.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [s, e] of keep) {
    if (s < at) continue;
    out += blank(text.slice(at, s)) + text.slice(s, e);
    at = e;
  }
  out += blank(text.slice(at));
  // Template syntax and bare URLs inside text nodes are not prose either.
  if (out.includes("{")) out = out.replace(TEMPLATE_RE, blank);
  out = blankUrls(out);
  // An escaped bar ("**CTO** \| *Acme*", pandoc's habit) shows the bar alone: the backslash is no text.
  if (out.includes("\\|")) out = out.replace(BACKSLASH_BAR_RE, " ");
  // Blockquote markers on continuation lines.
  if (out.includes(">")) out = out.replace(/^([ \t]*)>/gm, "$1 ");
  return out;
}

// ---------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------

/** The masked text with the front matter's listed achievements shown (they are the document's prose). */
export function unmaskRanges(text: string, masked: string, ranges: [number, number][]): string {
  if (!ranges.length) return masked;
  let out = "";
  let at = 0;
  for (const [s, e] of [...ranges].sort((x, y) => x[0] - y[0])) {
    if (s < at) continue;
    out += masked.slice(at, s) + text.slice(s, e);
    at = e;
  }
  return out + masked.slice(at);
}

