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
  languages: "any" as const,
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
const WORD_LITERALS = [...WORDS].filter((w) => /^[\p{L}\p{N}_]+$/u.test(w));
const WORD_RE = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${WORD_LITERALS.join("|")}|X{2,})(?![\\p{L}\\p{N}_])`, "gu");
/** "???" and longer runs of question marks, not touching a word. */
const QUESTIONS_RE = /(?<![\p{L}\p{N}_])\?{3,}(?![\p{L}\p{N}_])/gu;

/**
 * A search over the whole text, with literals of which every match holds one: most documents hold
 * none (no code, no TODO), and their search is skipped (test/rules/placeholder-fast.test.ts checks
 * the literals against each expression).
 */
export interface Search {
  re: RegExp;
  needles: string[];
}
const search = (re: RegExp, ...needles: string[]): Search => ({ re, needles });
export const SEARCHES = {
  fence: search(/^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\1[ \t]*$|(?![\s\S]))/gm, "```", "~~~"),
  comment: search(/<!--[\s\S]*?-->/g, "<!--"),
  // A code span opens at the start of a backtick run and closes within its paragraph: without the
  // lookbehind and the blank-line stop, a long run of backticks made this quadratic (25 s for 64 KB;
  // found by scripts/pathological.mjs).
  code: search(/(?<!`)(`+)(?!`)(?:(?!\n[ \t]*\n)[\s\S])*?[^`]\1(?!`)/g, "`"),
  // "XX%", "$XXk": the word pattern stops at % and $.
  xx: search(/(?<![\p{L}\p{N}_])(?:X+%|[$€£]X+[kKmMbB]?(?![\p{L}\p{N}_]))/gu, "X"),
  // ${N}, ${1:metric}
  dollar: search(/\$\{[^}\n]{0,40}\}/g, "${"),
  words: search(WORD_RE, ...WORD_LITERALS, "XX"),
  questions: search(QUESTIONS_RE, "???"),
};

/** Calls `each` with every match of the search in the text, in order. */
function eachMatch(text: string, s: Search, each: (m: RegExpExecArray) => void): void {
  if (!s.needles.some((n) => text.includes(n))) return;
  s.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = s.re.exec(text))) each(m);
}
/** A letter first (the second character of a surrogate pair is read too). */
const LETTER = /^\p{L}/u;

/**
 * TODO, TBD, XX… (whole words, case-sensitive) and ???, as [start, end) in text order; not the first
 * part of a compound ("TODO-list", "XX-large"). One search per pattern, not a read of every word.
 */
export function placeholderWords(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const s of [SEARCHES.words, SEARCHES.questions]) {
    eachMatch(text, s, (m) => {
      const end = m.index + m[0].length;
      if (text.charCodeAt(end) === 45 /* - */ && LETTER.test(text.slice(end + 1, end + 3))) return;
      out.push([m.index, end]);
    });
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** Ranges of text that are not prose: fenced code, inline code, HTML comments and tags, URLs, link targets, front matter. */
function skippedRanges(text: string, fmEnd: number): [number, number][] {
  const out: [number, number][] = [];
  if (fmEnd > 0) out.push([0, fmEnd]);
  const push = (m: RegExpExecArray) => out.push([m.index, m.index + m[0].length]);
  eachMatch(text, SEARCHES.fence, push);
  eachMatch(text, SEARCHES.comment, push);
  eachMatch(text, SEARCHES.code, push);
  let m: RegExpExecArray | null;
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
    // "XX%", "$XXk" before the words; then ${N}, ${1:metric}.
    const addMatch = (m: RegExpExecArray) => add(m.index, m.index + m[0].length);
    eachMatch(text, SEARCHES.xx, addMatch);
    eachMatch(text, SEARCHES.dollar, addMatch);
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
