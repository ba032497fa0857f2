// write-good, applied to prose only. It knows nothing of Markdown, so it is fed the *masked* text of
// bullets and paragraphs (code, URLs, link targets and HTML already blanked to same-length spaces),
// one check at a time, and its matches are mapped back to source offsets. Résumé language is tuned
// with allow-lists kept as data (src/rules/data/prose.json).
import writeGood from "write-good";
import data from "../data/prose.json";
import type { Doc, Span, Fix } from "../../core/types.js";
import type { RuleContext } from "../../core/rule.js";
import vague from "../data/vague.json";
import { bulletAt, sectionAt } from "./doc.js";
import { compilePhrases, findPhrases, tokenize, type Phrase } from "./words.js";
import { findCliches } from "./cliches.js";
import { memo } from "../../core/memo.js";

export type ProseCheck = "passive" | "weasel" | "adverb" | "tooWordy" | "cliches" | "illusion" | "so" | "thereIs";

const ALL_CHECKS: ProseCheck[] = ["passive", "weasel", "adverb", "tooWordy", "cliches", "illusion", "so", "thereIs"];

export interface ProseMatch {
  /** Source offsets. */
  start: number;
  end: number;
  /** The matched text as written. */
  word: string;
  block: Span;
}

/** Sections whose text is not prose (lists of tools, degrees, links, talk titles). */
const NON_PROSE = new Set(["skills", "contact", "education", "publications"]);

function normalise(s: string): string {
  return s.toLowerCase().replace(/[\s\u00a0]+/g, " ").replace(/’/g, "'").trim();
}

const ALLOW: Record<ProseCheck, string[]> = Object.fromEntries(
  ALL_CHECKS.map((c) => [c, ((data.allow as Record<string, string[]>)[c] ?? []).map(normalise)]),
) as Record<ProseCheck, string[]>;

const EXTRA: Partial<Record<ProseCheck, Phrase[]>> = Object.fromEntries(
  Object.entries((data as { extra?: Record<string, string[]> }).extra ?? {}).map(([c, list]) => [c, compilePhrases(list)]),
);

/** Words vague-quantity reports in achievement bullets; weasel/adverb leave them to it there. */
const VAGUE = new Set(vague.words.map((w) => w.phrase));

/** Ranges of allow-listed phrases in a block's text (word boundaries, case-insensitive). */
function allowedRanges(text: string, check: ProseCheck): [number, number][] {
  const out: [number, number][] = [];
  const lower = text.toLowerCase().replace(/’/g, "'");
  for (const phrase of ALLOW[check]) {
    if (!phrase) continue;
    let i = lower.indexOf(phrase);
    while (i >= 0) {
      const before = lower[i - 1] ?? " ";
      const after = lower[i + phrase.length] ?? " ";
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push([i, i + phrase.length]);
      i = lower.indexOf(phrase, i + 1);
    }
  }
  return out;
}

/** The prose blocks write-good reads: bullets and paragraphs outside skills/contact/education/publications. */
export function proseBlocks(doc: Doc): Span[] {
  const cached = blockCache.get(doc);
  if (cached) return cached;
  const out = doc.proseBlocks.filter((b) => {
    if (doc.frontMatter && b.start < doc.frontMatter.end && b.end > doc.frontMatter.start) return false;
    const sec = sectionAt(doc, b.start);
    return !sec || !NON_PROSE.has(sec.kind);
  });
  blockCache.set(doc, out);
  return out;
}
const blockCache = new WeakMap<Doc, Span[]>();

/** One write-good check on one block's masked text: [start, end) relative to the block, allow-list applied. */
function blockMatches(blockText: string, check: ProseCheck, options: Record<string, boolean>): [number, number][] {
  return memo("prose:" + check, blockText, () => {
    const out: [number, number][] = [];
    // write-good's sentence checks ("So …", "There is …") need a sentence end to see a sentence.
    const text = /[.!?;:]\s*$/.test(blockText) ? blockText : blockText + ".";
    let allowed: [number, number][] | undefined; // computed on the first suggestion only
    // Clichés: the same matches as write-good's check, without its 698-way interpreted regex (lib/cliches.ts).
    for (const s of check === "cliches" ? findCliches(text) : writeGood(text, options)) {
      const start = s.index;
      const end = s.index + s.offset;
      if (start < 0 || end > blockText.length || end <= start) continue;
      allowed ??= allowedRanges(text, check);
      if (allowed.some(([a, b]) => start < b && a < end)) continue;
      out.push([start, end]);
    }
    return out;
  });
}

/** Runs one write-good check over every prose block and returns the matches that survive the allow-list. */
export function proseMatches(doc: Doc, check: ProseCheck): ProseMatch[] {
  const out: ProseMatch[] = [];
  const options: Record<string, boolean> = {};
  for (const c of ALL_CHECKS) options[c] = c === check;
  options["eprime"] = false;
  for (const block of proseBlocks(doc)) {
    for (const [start, end] of blockMatches(block.text, check, options)) {
      const word = doc.text.slice(block.start + start, block.start + end);
      if ((check === "weasel" || check === "adverb") && VAGUE.has(word.toLowerCase()) && bulletAt(doc, block.start)?.achievement) continue;
      out.push({ start: block.start + start, end: block.start + end, word, block });
    }
    const extra = EXTRA[check];
    if (extra) {
      for (const m of memo("prose-extra:" + check, block.text, () => findPhrases(tokenize(block.text), extra))) {
        const start = block.start + m.start;
        const end = block.start + m.end;
        if (out.some((o) => o.start < end && start < o.end)) continue;
        out.push({ start, end, word: doc.text.slice(start, end), block });
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Reports each match of a check with the rule's message and fixes. */
export function reportProse(
  ctx: RuleContext,
  check: ProseCheck,
  describe: (m: ProseMatch) => { message: string; fixes?: Fix[] } | undefined,
  competency = "Guidance: Clear prose",
): void {
  for (const m of proseMatches(ctx.doc, check)) {
    const d = describe(m);
    if (d) ctx.report({ start: m.start, end: m.end, message: d.message, fixes: d.fixes, competency });
  }
}

export const WORDY_REPLACEMENTS: Record<string, string> = data.wordyReplacements;

/**
 * An edit that removes a word and one side of its whitespace: the spaces after it when it is followed
 * by a space ("the the migration" → "the migration"), else the spaces before it ("…the end end." →
 * "…the end."). A capitalised word passes its capital to the next word ("Very good" → "Good").
 */
export function removeWordEdit(doc: Doc, start: number, end: number): { start: number; end: number; text: string } {
  const t = doc.text;
  if (t[end] === " " || t[end] === "\t") {
    let e = end;
    while (e < t.length && (t[e] === " " || t[e] === "\t")) e++;
    const next = t[e] ?? "";
    if (/^\p{Lu}/u.test(t[start] ?? "") && /^\p{Ll}$/u.test(next)) return { start, end: e + 1, text: next.toUpperCase() };
    return { start, end: e, text: "" };
  }
  let s = start;
  while (s > 0 && (t[s - 1] === " " || t[s - 1] === "\t")) s--;
  return { start: s, end, text: "" };
}
