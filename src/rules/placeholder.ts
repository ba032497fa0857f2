// placeholder: leftover [X%], ${N}, TODO, TBD, XX… (an error: CI must not ship them).
import { defineRule } from "../core/rule.js";
import data from "./data/placeholders.json";
import { guidanceOf } from "./lib/doc.js";

const meta = {
  id: "placeholder",
  description: "Leftover placeholders: [X%], ${N}, TODO, TBD, XX.",
  defaultSeverity: "error" as const,
  guidance: "Ship a finished document",
  scope: ["word" as const],
  fixable: [] as [],
};

const WORDS = new Set(data.words);
const BRACKET_WORDS = new Set(data.bracketWords.map((w) => w.toLowerCase()));
const PHRASES = data.phrases.map((p) => p.toLowerCase());

/**
 * A whole word (a run of letters, digits and `_` not touching another) that is in the list or is
 * two or more X. The lookarounds make any match a whole word, so the order of the alternatives does
 * not matter. Only the list's words made of word characters go in ("???" is QUESTIONS_RE): they are
 * plain literals with nothing to escape, so the pattern cannot backtrack badly.
 */
const WORD_RE = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${[...WORDS].filter((w) => /^[\p{L}\p{N}_]+$/u.test(w)).join("|")}|X{2,})(?![\\p{L}\\p{N}_])`,
  "gu",
);
/** "???" and longer runs of question marks, not touching a word. */
const QUESTIONS_RE = /(?<![\p{L}\p{N}_])\?{3,}(?![\p{L}\p{N}_])/gu;
/** A letter first (the second character of a surrogate pair is read too). */
const LETTER = /^\p{L}/u;

/**
 * TODO, TBD, XX… (whole words, case-sensitive) and ???, as [start, end) in text order; not the first
 * part of a compound ("TODO-list", "XX-large"). One search per pattern, not a read of every word.
 */
export function placeholderWords(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const re of [WORD_RE, QUESTIONS_RE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const end = m.index + m[0].length;
      if (text.charCodeAt(end) === 45 /* - */ && LETTER.test(text.slice(end + 1, end + 3))) continue;
      out.push([m.index, end]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** Ranges of text that are not prose: fenced code, inline code, HTML comments and tags, URLs, link targets, front matter. */
function skippedRanges(text: string, fmEnd: number): [number, number][] {
  const out: [number, number][] = [];
  if (fmEnd > 0) out.push([0, fmEnd]);
  const fence = /^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\1[ \t]*$|(?![\s\S]))/gm;
  let m: RegExpExecArray | null;
  while ((m = fence.exec(text))) out.push([m.index, m.index + m[0].length]);
  const comment = /<!--[\s\S]*?-->/g;
  while ((m = comment.exec(text))) out.push([m.index, m.index + m[0].length]);
  // A code span opens at the start of a backtick run and closes within its paragraph: without the
  // lookbehind and the blank-line stop, a long run of backticks made this quadratic (25 s for 64 KB;
  // found by scripts/pathological.mjs).
  const code = /(?<!`)(`+)(?!`)(?:(?!\n[ \t]*\n)[\s\S])*?[^`]\1(?!`)/g;
  while ((m = code.exec(text))) out.push([m.index, m.index + m[0].length]);
  // Link targets, reference definitions, HTML tags and bare URLs (bounded, so a long line stays linear).
  const other = /\]\([^)\n]{0,2000}\)|^[ \t]{0,3}\[[^\]\n]{1,200}\]:.*$|<\/?[A-Za-z][^>\n]{0,500}>|\b(?:https?:\/\/|www\.)[^\s<>()]+/gm;
  while ((m = other.exec(text))) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** `[X%]`-style content: one capital letter, maybe with %, $ or x; or a word from the list. */
function isBracketPlaceholder(inner: string): boolean {
  const s = inner.trim();
  if (/^[$€£]?(?:[A-Z]|X+|N+)(?:%|x|[kKmMbB]|\+)?$/.test(s)) return true;
  return BRACKET_WORDS.has(s.toLowerCase());
}

export default defineRule({
  meta,
  check(ctx) {
    const { doc } = ctx;
    const text = doc.text;
    // Characters in skipped ranges (1) and in placeholders already found (2): checking a candidate
    // costs its length, not the number of ranges (a line of 100 000 "TODO" stays linear).
    const taken = new Uint8Array(text.length + 1);
    for (const [a, b] of skippedRanges(text, doc.frontMatter?.end ?? 0)) taken.fill(1, a, b);
    const free = (s: number, e: number) => {
      for (let i = s; i < e; i++) if (taken[i]) return false;
      return true;
    };
    const found: { start: number; end: number; what: string }[] = [];
    const add = (start: number, end: number) => {
      if (!free(start, end)) return;
      taken.fill(2, start, end);
      found.push({ start, end, what: text.slice(start, end) });
    };
    // [X%], [N], [metric] — not links ([text](url), [text][ref]) and not task-list boxes.
    const bracket = /\[([^\]\n]{1,30})\](?![([:])/g;
    let m: RegExpExecArray | null;
    while ((m = bracket.exec(text))) {
      const inner = m[1]!;
      if (/^[ xX]$/.test(inner) && /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+$/.test(text.slice(text.lastIndexOf("\n", m.index) + 1, m.index))) continue;
      if (isBracketPlaceholder(inner)) add(m.index, m.index + m[0].length);
    }
    // "XX%", "$XXk" first: the word pattern below stops at % and $.
    const xx = /(?<![\p{L}\p{N}_])(?:X+%|[$€£]X+[kKmMbB]?(?![\p{L}\p{N}_]))/gu;
    while ((m = xx.exec(text))) add(m.index, m.index + m[0].length);
    // ${N}, ${1:metric}
    const dollar = /\$\{[^}\n]{0,40}\}/g;
    while ((m = dollar.exec(text))) add(m.index, m.index + m[0].length);
    for (const [start, end] of placeholderWords(text)) add(start, end);
    const lower = text.toLowerCase();
    for (const p of PHRASES) {
      let i = lower.indexOf(p);
      while (i >= 0) {
        add(i, i + p.length);
        i = lower.indexOf(p, i + 1);
      }
    }
    found.sort((a, b) => a.start - b.start);
    for (const f of found) {
      ctx.report({
        start: f.start,
        end: f.end,
        message: `Placeholder "${f.what}" is still in the text; fill it in with the real value before you share or merge the document.`,
        competency: guidanceOf(meta),
      });
    }
  },
});
