// The document model: parse Markdown once (unified + remark-parse + remark-frontmatter + remark-gfm)
// into sections, roles, bullets and prose blocks with UTF-16 offsets. Pure: no vscode, no fs.
//
// Prose is *masked*: a copy of the source in which everything that is not prose text (emphasis
// markers, link brackets and targets, inline code, HTML, images, bare URLs, template syntax) is
// replaced by spaces of the same length, so an index into the masked text is a source offset.
import { unified, type Processor } from "unified";
import remarkParse from "remark-parse";
import remarkFrontmatter from "remark-frontmatter";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { toml, yaml } from "./lazy-deps.cjs";
import type { Root, RootContent, Nodes, Heading, List, ListItem, Paragraph, PhrasingContent, Table } from "mdast";
import modelData from "./data/model.json";
import { LineIndex } from "./positions.js";
import { collapseSpaces, isJsSpace, isLetterCp, runStartBefore } from "./chars.js";
import { parseBlocks, type BlockCache } from "./blocks.js";
import { fastParse } from "./fastmd.js";
import { fastFrontMatter } from "./yamlfast.js";
import type { Bullet, Directive, Doc, DocKind, FrontMatter, Role, Section, SectionKind, Sentence, Span } from "./types.js";
import { detectLanguage, languageSample } from "./language.js";
import { memo } from "./memo.js";
import { sentencesOf } from "./sentences.js";
import { roleFromComponent } from "./layouts/components.js";
import { placeListRoles, roleFromFrontMatter, rolesFromFrontMatterLists } from "./layouts/front-matter.js";
import { barred, columns, hasColumns, oneLineRole, sectionLine } from "./layouts/plain-text.js";
import { headerBlock } from "./layouts/plain-lines.js";
import { divField, onlyFences } from "./layouts/pandoc-divs.js";
import { definitionPair, labelField } from "./layouts/definition-list.js";
import { tableColumns } from "./layouts/table.js";
import { isLatex, latexItem, latexRow } from "./layouts/latex.js";
import { markdownItems, readHtmlBlock } from "./layouts/html.js";

export interface ParseOptions {
  /** Forced kind (CLI flag / editor command). */
  kind?: DocKind;
  /** Kind from config files/settings (below front matter). */
  baseKind?: DocKind | "auto";
  /** Parsed blocks of earlier versions (the editor keeps one per document): only edited blocks are re-parsed. */
  cache?: BlockCache;
  /** The file's name or path, when there is one: "brag-2024.md" tells the kind when the headings do not. */
  filename?: string;
}

/**
 * remark-gfm without autolink literals: tables, strikethrough, task lists and footnotes. Bare URLs and
 * e-mail addresses need no link nodes here (buildMasked blanks them with BARE_URL_RE), and the
 * autolink-literal extension cost a third of the parse time (bench/README.md).
 *
 * Each extension is used only when the text has the characters that can start its syntax, because
 * micromark tries the table construct at the start of every line (about a tenth of the parse time):
 * a table row has a `|`, strikethrough a `~`, a footnote `[^`, a task-list checkbox `[ ]`/`[x]`.
 * Without them the extension cannot match, so the tree is the same (test/core/gfm-subset.test.ts).
 */
const GFM = [
  { has: (t: string) => t.includes("[^"), micromark: gfmFootnote, mdast: gfmFootnoteFromMarkdown },
  { has: (t: string) => t.includes("~"), micromark: gfmStrikethrough, mdast: gfmStrikethroughFromMarkdown },
  { has: (t: string) => t.includes("|"), micromark: gfmTable, mdast: gfmTableFromMarkdown },
  { has: (t: string) => /\[[\sxX]\]/.test(t), micromark: gfmTaskListItem, mdast: gfmTaskListItemFromMarkdown },
];

const processors = new Map<number, Processor>();

function processorFor(mask: number): Processor {
  let p = processors.get(mask);
  if (!p) {
    const used = GFM.filter((_, i) => mask & (1 << i));
    p = unified()
      .use(remarkParse)
      .use(remarkFrontmatter, ["yaml", "toml"])
      .use(function gfmSubset(this: Processor) {
        const data = this.data();
        (data.micromarkExtensions ??= []).push(...used.map((e) => e.micromark()));
        (data.fromMarkdownExtensions ??= []).push(...used.map((e) => e.mdast()));
      }) as unknown as Processor;
    processors.set(mask, p);
  }
  return p;
}

/** One parse of a whole text with the plugins above (no BOM handling). */
export function parseMarkdown(src: string): Root {
  let mask = 0;
  for (let i = 0; i < GFM.length; i++) if (GFM[i]!.has(src)) mask |= 1 << i;
  return processorFor(mask).parse(src) as Root;
}

/**
 * One piece of a text (see blocks.ts): the fast path for the common subset of Markdown
 * (src/core/fastmd.ts; the same tree, tested), else micromark.
 */
export function parsePiece(src: string): Root {
  return fastParse(src) ?? parseMarkdown(src);
}

/** The same parse with every extension (the reference parseMarkdown must agree with; tests). */
export function parseMarkdownAllExtensions(src: string): Root {
  return processorFor((1 << GFM.length) - 1).parse(src) as Root;
}

// ---------------------------------------------------------------------------
// Word lists → matchers
// ---------------------------------------------------------------------------

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function phraseRe(words: string[], flags = "i"): RegExp {
  const alts = [...words].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts})(?![\\p{L}\\p{N}])`, flags + "u");
}

const SECTION_MATCHERS: [SectionKind, Set<string>][] = (Object.entries(modelData.sections) as [SectionKind, string[]][]).map(([k, v]) => [k, new Set(v)]);
const CONTEXT_HEADINGS = modelData.contextHeadings;
const RESUME_HEADINGS = new Set(modelData.resumeHeadings);
const PROMO_HEADINGS = new Set(modelData.promoHeadings);
// The affixes the heading tests below compare with, built once (not a string per word per heading).
const CONTEXT_PADDED = CONTEXT_HEADINGS.map((w) => " " + w + " ");
/** Per kind (competencies: exact only), the words that also match as a heading's first or last words. */
const SECTION_AFFIXES: [SectionKind, [string, string][]][] = SECTION_MATCHERS.filter(([kind]) => kind !== "competencies").map(([kind, words]) => [
  kind,
  [...words].filter((w) => w.includes(" ") || w.length > 5).map((w): [string, string] => [w + " ", " " + w]),
]);
const RESUME_PREFIXES = [...RESUME_HEADINGS].map((w) => w + " ");
const PROMO_AFFIXES = [...PROMO_HEADINGS].map((w): [string, string] => [w + " ", " " + w]);
const TITLE_RE = phraseRe(modelData.titleWords);
const TITLE_WORD_SET = new Set(modelData.titleWords);
const GLYPHS = [...modelData.bulletGlyphs].sort((a, b) => b.length - a.length);
const GLYPH_RE = new RegExp(`^[ \\t]*(?:${GLYPHS.map(escapeRe).join("|")})[ \\t]+`, "u");

// English months and seasons, then German, French and Spanish month names (a non-English résumé's
// structure is still read).
const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter" +
  "|januar|februar|märz|mai|juni|juli|oktober|okt|dezember|dez" +
  "|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre" +
  "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\\.?";
const YEAR = "(?:19|20)\\d{2}";
// "present" in the languages résumés are written in (the structure of a non-English résumé is still read).
const OPEN = "(?:present|current|now|today|ongoing|date|atual(?:mente)?|presente|actualidad|actual|heute|aktuell|jetzt|aujourd['’]hui|pr[ée]sent|oggi|attuale|obecnie|по\\s+настоящее\\s+время|настоящее\\s+время|наст\\.?\\s*время|н\\.\\s*в\\.|сейчас|зараз|теперішній\\s+час)";
const DATE = `(?:${YEAR}\\s+${MONTH}(?![\\p{L}])|${YEAR}[/.-](?:0?[1-9]|1[0-2])(?:[/.-]\\d{1,2})?(?!\\d)|(?:${MONTH}\\s*,?\\s*)?(?:\\d{1,2}[/.-])?(?:\\d{1,2}[/.-])?${YEAR}|${MONTH}\\s+'\\d{2}|${MONTH}['’]?\\d{2}(?!\\d)|q[1-4]\\s+${YEAR}|${YEAR}[/.-]\\d{1,2}|${OPEN})`;
// "7/21 - 10/22": month/yy, only as a range (a lone "1/24" may be a fraction or a day).
const MONTH_YY = "(?:0?[1-9]|1[0-2])/\\d{2}";
const DATE_RANGE_SRC = `(?:${MONTH_YY}\\s*(?:–|—|-|−|to)\\s*(?:${MONTH_YY}|${OPEN})|(?:(?:since|from)\\s+)?${DATE}(?:\\s*(?:–|—|-|−|--|&ndash;|&mdash;|to|until|till|→|->|~)\\s*${DATE})?)`;
const DATE_RANGE_RE = new RegExp(`(?<![\\p{L}\\p{N}])${DATE_RANGE_SRC}(?![\\p{L}\\p{N}])`, "iu");
const DATE_RANGE_G = new RegExp(DATE_RANGE_RE.source, "giu");
const HAS_YEAR_OR_OPEN = new RegExp(`${YEAR}|(?<![\\p{L}])${OPEN}(?![\\p{L}])|'\\d{2}|(?<![\\p{L}])${MONTH}\\d{2}(?!\\d)|(?<![\\d/])${MONTH_YY}\\s*[–—−-]`, "iu");

// Headings repeat within and across documents ("Experience", a company's name): their normal form
// and kind are pure functions of the text, kept in bounded memos like the word records.
const MEMO_MAX = 4096;
const normMemo = new Map<string, string>();
const kindMemo = new Map<string, SectionKind | null>();

function normHeading(s: string): string {
  let n = normMemo.get(s);
  if (n === undefined) {
    if (normMemo.size >= MEMO_MAX) normMemo.clear();
    normMemo.set(s, (n = normalizeHeading(s)));
  }
  return n;
}

function normalizeHeading(s: string): string {
  // Pandoc's attributes ("Experience {#experience .section}") are not the heading's words.
  if (s.includes("{")) s = s.replace(/\{[#.][^}]*\}/g, " ");
  return s
    .toLowerCase()
    .replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, "")
    .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The kind of section a heading opens. `h`: normHeading(heading), when the caller has it already. */
export function sectionKindOf(heading: string, h = normHeading(heading)): SectionKind | undefined {
  if (!h) return undefined;
  let k = kindMemo.get(h);
  if (k === undefined) {
    if (kindMemo.size >= MEMO_MAX) kindMemo.clear();
    kindMemo.set(h, (k = kindOfNormal(h) ?? null));
  }
  return k ?? undefined;
}

function kindOfNormal(h: string): SectionKind | undefined {
  for (const [kind, words] of SECTION_MATCHERS) if (words.has(h)) return kind;
  // "Goals for next year", "Feedback received": context in a promo packet, not achievements.
  const padded = " " + h.replace(/[^\p{L}\p{N}]+/gu, " ") + " ";
  if (CONTEXT_PADDED.some((w) => padded.includes(w))) return "context";
  // "Professional Experience (selected)", "Skills & Tools", "Impact this cycle"
  for (const [kind, affixes] of SECTION_AFFIXES) for (const [prefix, suffix] of affixes) if (h.startsWith(prefix) || h.endsWith(suffix)) return kind;
  return undefined;
}

// ---------------------------------------------------------------------------
// Masking
// ---------------------------------------------------------------------------

const TEMPLATE_RE = /\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}|\{#[\s\S]*?#\}/g;
const BARE_URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;

/** An ASCII letter or digit. */
const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
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

/** An indented code block (not fenced) that holds HTML or list items: a layout, not code (layouts/html.ts). */
function isIndentedCode(text: string, node: { position?: { start: { offset?: number }; end: { offset?: number } } }, shift: number): boolean {
  const src = text.slice(node.position!.start.offset! + shift, node.position!.end.offset! + shift);
  if (/^[ \t]{0,3}(?:```|~~~)/.test(src)) return false;
  const first = src.trimStart();
  return first.startsWith("<") || markdownItems(src).length > 0;
}

function buildMasked(text: string, tree: Root, shift: number): string {
  const keep: [number, number][] = [];
  const visit = (node: Nodes, inSkip: boolean) => {
    if (node.type === "text") {
      if (!inSkip && node.position) keep.push([node.position.start.offset! + shift, node.position.end.offset! + shift]);
      return;
    }
    // HTML résumés (layouts/html.ts): the text of headings and list items is prose; tags are not. So
    // is an indented block of HTML or of list items (Markdown reads it as code).
    if ((node.type === "html" || (node.type === "code" && isIndentedCode(text, node, shift))) && !inSkip && node.position) {
      const base = node.position.start.offset! + shift;
      const src = text.slice(base, node.position.end.offset! + shift);
      const keepText = (from: number, body: string) => {
        for (const t of body.matchAll(/[^<]+|<[^>]*>/g)) if (t[0][0] !== "<" && t[0].trim()) keep.push([base + from + t.index!, base + from + t.index! + t[0].length]);
      };
      if (/<(?:li|h[1-6])\b/i.test(src)) {
        for (const m of src.matchAll(HTML_PROSE_RE)) keepText(m.index! + m[0].indexOf(">") + 1, m[2] ?? "");
      }
      for (const it of markdownItems(src)) keepText(it.start, src.slice(it.start, it.end));
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
  // Blockquote markers on continuation lines.
  if (out.includes(">")) out = out.replace(/^([ \t]*)>/gm, "$1 ");
  return out;
}

// ---------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------

const ABBREV = new Set(["e.g", "i.e", "etc", "vs", "inc", "ltd", "co", "corp", "jr", "sr", "dr", "mr", "mrs", "ms", "st", "no", "approx", "dept", "est", "fig", "al", "u.s", "ph.d", "m.s", "b.s", "b.a", "m.a", "mgr", "eng"]);

const isLetterOrDot = (cp: number): boolean => cp === 46 || isLetterCp(cp);
const LOWER_START = /^\p{Ll}/u;

function splitSentences(span: Span, bullet?: Bullet): Sentence[] {
  const t = span.text;
  const out: Sentence[] = [];
  let s = 0;
  const push = (a: number, b: number) => {
    while (a < b && isJsSpace(t.charCodeAt(a))) a++;
    while (b > a && isJsSpace(t.charCodeAt(b - 1))) b--;
    if (b > a) {
      const text = t.slice(a, b);
      // A span's text has no surrounding whitespace (makeSpan), so a sentence that is all of it reads as span.plain.
      const plain = a === 0 && b === t.length ? span.plain : collapseSpaces(text);
      out.push({ start: span.start + a, end: span.start + b, text, plain, bullet });
    }
  };
  const re = /[.!?]+["')\]”’]*(?=\s+|$)|;(?=\s)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    const end = m.index + m[0].length;
    if (m[0][0] === ".") {
      // The word before the period: /([\p{L}.]+)$/u on t.slice(s, m.index), without the slice.
      const ws = runStartBefore(t, s, m.index, isLetterOrDot);
      const word = ws < m.index ? t.slice(ws, m.index).toLowerCase() : "";
      if (ABBREV.has(word) || /^\p{L}$/u.test(word)) continue; // "e.g.", initials "J."
      let next = end;
      while (next < t.length && isJsSpace(t.charCodeAt(next))) next++;
      if (next < t.length && LOWER_START.test(t.slice(next, next + 2))) continue; // "vs. the" — no capital, no new sentence
    }
    if (m[0] === ";") continue; // keep clauses joined by ";" in one sentence ("We shipped X; I drove Y")
    push(s, end);
    s = end;
  }
  push(s, t.length);
  return out;
}

// ---------------------------------------------------------------------------
// Role lines
// ---------------------------------------------------------------------------

interface RoleParts {
  title: string;
  employer: string;
  dates: string;
}

const PART_HEAD_RE = /^[\s\p{Extended_Pictographic}\uFE0F\u200D|@,–—:•·()[\]*_-]+/u;
const PART_TAIL_RE = /[\s|@,;–—:•·()[\]*_-]+$/u;
/** An ASCII letter or digit: in neither set that cleanPart strips from the ends. */

function cleanPart(s: string): string {
  // Most parts begin and end with a letter or digit: nothing to strip there (test/core/parse-fast.test.ts).
  if (!isAsciiAlnum(s.charCodeAt(0))) s = s.replace(PART_HEAD_RE, "");
  if (!isAsciiAlnum(s.charCodeAt(s.length - 1))) s = s.replace(PART_TAIL_RE, "");
  return collapseSpaces(s);
}

/** A part of a role line as a name: "Acme (consultant)" → "Acme" (cleanPart takes the ")", the note in brackets is not the name). */
function namePart(s: string): string {
  const c = cleanPart(s);
  return c.includes("(") ? cleanPart(c.replace(/\s*\([^)]*$/, "")) : c;
}

/** Finds a date range in a line; returns it and the line without it. */
function takeDates(line: string): { dates: string; rest: string } {
  // A role line is asked about several times in a row (parseRoleLine, isDatesLine, the caller).
  if (line === lastDates.line) return lastDates.result;
  const result = findDates(line);
  lastDates = { line, result };
  return result;
}
let lastDates: { line: string | undefined; result: { dates: string; rest: string } } = { line: undefined, result: { dates: "", rest: "" } };

function findDates(line: string): { dates: string; rest: string } {
  // "April&nbsp;2020": the entity is a space (as many characters, so the rest keeps its offsets).
  if (line.includes("&nbsp;")) {
    const r = findDates(line.replace(/&nbsp;/g, "      "));
    return { dates: r.dates.replace(/\s+/g, " "), rest: r.rest };
  }
  // A range counts only when it holds a year, an open end or a 'yy, which it can only do when the
  // line does (test/core/parse-fast.test.ts): most lines have none, and skip the long expression.
  if (!HAS_YEAR_OR_OPEN.test(line)) return { dates: "", rest: line };
  let dates = "";
  let best: RegExpExecArray | undefined;
  DATE_RANGE_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RANGE_G.exec(line))) {
    if (!HAS_YEAR_OR_OPEN.test(m[0])) continue;
    if (!best || m[0].length > best[0].length) best = m;
  }
  if (!best) return { dates, rest: line };
  dates = best[0].trim();
  const rest = line.slice(0, best.index) + " " + line.slice(best.index + best[0].length);
  return { dates, rest };
}

const NOT_VERBS = new Set(["distinguished", "certified", "licensed", "registered", "seasoned", "accomplished", "founded"]);
const VERB_START = new Set(["led", "lead", "leading", "built", "ran", "grew", "drove", "won", "made", "set", "took", "wrote", "cut", "owned", "hired", "shipped", "managed", "helped", "worked"]);
/** "Led the engineering team…", "Engineering manager for 8 engineers": an achievement, not a title. */
function notATitle(part: string): boolean {
  // "Ruby on Rails Developer": the framework's "on" is no preposition of a sentence.
  if (/ruby on rails/i.test(part)) part = part.replace(/ruby on rails/gi, "Rails");
  // "Software Design Engineer in Test", "Software Engineer in Growth Infrastructure": a title "in" a team.
  const inTeam = /^(.*?)\s+[Ii]n\s+\p{Lu}/u.exec(part);
  if (inTeam && TITLE_RE.test(inTeam[1]!) && !/\s(?:in|for|with|to|the|by|on)\s/i.test(inTeam[1]!)) part = inTeam[1]!;
  if (/(?<![\p{L}])(?:for|with|to|the|by|in|on|from|through|while|a|an|across|over|into|my|our)(?![\p{L}])/iu.test(part)) return true;
  if (/\d{2,}|%|\$/.test(part)) return true;
  return startsWithVerb(part);
}

/** "Lead software engineer", "Lead developer": "lead" as an adjective of a short title, not the verb. */
const LEAD_TITLE_RE = /^lead\s+(?:[\p{L}-]+\s+){0,2}(?:engineer|developer|architect|designer|programmer|scientist|analyst|consultant|sre|entwickler)s?(?:\s+[\p{L}()-]+){0,3}\s*$/iu;

function startsWithVerb(part: string): boolean {
  const w = (/^[\p{L}'-]+/u.exec(part)?.[0] ?? "").toLowerCase();
  if (!w || NOT_VERBS.has(w)) return false;
  if (w === "lead" && LEAD_TITLE_RE.test(part.trim())) return false;
  // The "-ed" test is English's: a title word ("Vorstandsmitglied") is none.
  return VERB_START.has(w) || (w.length > 4 && /ed$/.test(w) && part === part.replace(/^\p{Lu}{2,}/u, "") && !TITLE_WORD_SET.has(w));
}

/** s.split(/\s+/).filter(Boolean).length, by a scan (no arrays: it runs on every line of a role). */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isJsSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** True when the line is (almost) only a date range, maybe with a location. */
function isDatesLine(line: string): boolean {
  const { dates, rest } = takeDates(line);
  if (!dates) return false;
  // A duration in brackets is no place: "Paris, France / Jan 2022 - Nov 2022 (11 mois)".
  const r = cleanPart(rest.replace(/\([^)]*\)/g, " ").replace(/[()|]/g, " "));
  return wordCount(r) <= 4 && !/[.!?]$/.test(r) && !/\d{2,}%/.test(r);
}

/**
 * Parses a line as a role header: "Title — Company (2019–2022)", "Company | Title | Dates",
 * "Title @ Company", "Title, Company", "Title: dates", "Title at Company". Returns undefined when the
 * line does not look like one.
 */
function parseRoleLine(line: string, opts: { heading: boolean; strongTitle?: string }): RoleParts | undefined {
  const raw = collapseSpaces(line);
  if (!raw) return undefined;
  // Checked first because they are cheap; every path below that returns parts passes both.
  if (wordCount(raw) > 16) return undefined;
  // A sentence is not a header line.
  if (!opts.heading && !opts.strongTitle && /[.!?]$/.test(raw)) return undefined;
  // "The team tech stack: Go, Kafka" is a list of tools, whatever title words it holds.
  if (STACK_LABEL_INSIDE_RE.test(raw.replace(/^[^\p{L}]+/u, ""))) return undefined;
  const { dates, rest } = takeDates(raw);
  let parts: string[];
  // " at ", and French and German "chez" / "bei" ("Product Owner chez Acme").
  if (/[|—–@•·]| - | (?:at|chez|bei) /i.test(rest)) parts = rest.split(/\s*(?:\||—|–|@|•|·|\s-\s|\s(?:at|chez|bei)\s)\s*/i);
  else if (rest.includes(",")) parts = rest.split(/\s*,\s*/);
  else if (/:\s/.test(rest)) parts = rest.split(/\s*:\s+/);
  else parts = [rest];
  parts = parts.map(namePart).filter((p) => p.length > 0);
  if (!parts.length) return undefined;
  let titleIdx = -1;
  if (opts.strongTitle) {
    // A bold title is the title as a whole ("**Engineering Manager, Platform**").
    const st = cleanPart(opts.strongTitle);
    const at = rest.indexOf(opts.strongTitle.trim());
    // The bold title stands alone or is followed by a separator: "**Mentor** to four interns" is a bullet.
    const after = at >= 0 ? rest.slice(at + opts.strongTitle.trim().length).trim() : "";
    if (after && !/^[,;|—–@•·(:-]|^at\s/i.test(after)) return undefined;
    // "Optimized **release management processes**, reducing…": a sentence around bold words, not a title.
    if (/^\p{Ll}/u.test(opts.strongTitle.trim()) || (at > 0 && startsWithVerb(cleanPart(rest.slice(0, at))))) return undefined;
    if (st && at >= 0) {
      // "**Data Scientist at Acme**": the bold text holds both.
      const inside = /\s(?:at|@|chez|bei|pour|for)\s/i.test(st) ? st.split(/\s+(?:at|@|chez|bei|pour|for)\s+/i).map(namePart) : [];
      if (inside.length === 2 && TITLE_RE.test(inside[0]!) && !TITLE_RE.test(inside[1]!)) return { title: inside[0]!, employer: inside[1]!, dates };
      const others = (rest.slice(0, at) + " | " + rest.slice(at + opts.strongTitle.trim().length))
        .split(/\s*(?:\||—|–|@|•|·|\s-\s|\sat\s|,)\s*/i)
        .map(cleanPart)
        .filter((p) => p.length > 0);
      return { title: st, employer: others[0] ?? "", dates };
    }
    titleIdx = parts.findIndex((p) => p === st || p.includes(st) || st.includes(p));
  }
  if (titleIdx < 0) titleIdx = parts.findIndex((p) => TITLE_RE.test(p) && wordCount(p) <= 8 && !notATitle(p));
  if (titleIdx < 0) return undefined;
  const title = parts[titleIdx]!;
  const others = parts.filter((_, i) => i !== titleIdx);
  const employer = others[0] ?? "";
  if (!opts.heading && !dates && !employer && !opts.strongTitle) return undefined;
  return { title, employer, dates };
}

// ---------------------------------------------------------------------------
// The model
// ---------------------------------------------------------------------------

interface Ctx {
  text: string;
  masked: string;
  shift: number;
  lines: LineIndex;
}

/** A job title on its own: "Staff Software Engineer, Data Platform" (the layouts' test for a title). */
function isTitleText(s: string): boolean {
  const t = collapseSpaces(s);
  // Titles are written capitalised ("Engineering Manager"; "release management processes" is not one).
  return !!t && !/^\p{Ll}/u.test(t) && !STACK_LABEL_INSIDE_RE.test(t) && TITLE_RE.test(t) && wordCount(t) <= 10 && !notATitle(t) && !startsWithVerb(t) && !/[.!?]$/.test(t);
}
const hasDateText = (s: string): boolean => HAS_YEAR_OR_OPEN.test(s);
/** The tests layouts/plain-lines.ts reads a header block with. */
const HEADER_TESTS = { isTitle: isTitleText, isDates: isDatesLine, words: wordCount };

/** A role carried by a static-site component (layouts/components.ts), when the node is one. */
function roleFromComponentNode(b: Builder, s: number, e: number): boolean {
  const raw = b.ctx.text.slice(s, e);
  const c = raw.trimStart().charCodeAt(0);
  if (c !== 123 /* { */ && c !== 60 /* < */) return false;
  // The whole node (a component over several lines), else each line: an HTML block runs on over the
  // lines after it ("<hr>" then "{% include role.html … %}" is one block).
  const tries: [number, string][] = [[s, raw]];
  if (raw.includes("\n")) {
    let at = s;
    for (const line of raw.split("\n")) {
      tries.push([at, line]);
      at += line.length + 1;
    }
  }
  let found = false;
  for (const [at, piece] of tries) {
    const parts = roleFromComponent(piece, isTitleText, hasDateText);
    if (!parts) continue;
    if (b.section.kind === "other" || b.section.kind === "summary") b.section.kind = "experience";
    newRole(b, parts, at, Math.min(e, b.ctx.lines.lineRange(at).end));
    found = true;
    if (at === s && piece === raw) break;
  }
  return found;
}

const escapeKey = (k: string) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Sections whose headings and lines are never roles: degrees, courses, certificates, contact, skills. */
const NO_ROLES = new Set<SectionKind>(["education", "skills", "contact", "publications"]);

/** Roles and bullets of HTML written inside Markdown (layouts/html.ts). */
function handleHtmlBlock(b: Builder, s: number, e: number): void {
  if (NO_ROLES.has(b.section.kind)) return;
  const raw = b.ctx.text.slice(s, e);
  if (raw.indexOf("<h") < 0 && raw.indexOf("<li") < 0 && raw.indexOf("<H") < 0 && raw.indexOf("<LI") < 0 && !/^[ \t]*[-*+][ \t]/m.test(raw)) return;
  const html = readHtmlBlock(raw);
  const events: { at: number; run: () => void }[] = [];
  for (const h of html.headings) {
    const own = sectionKindOf(h.text);
    if (own) {
      // An HTML heading that names a section ("<h2>Experience</h2>") opens it as a Markdown one would.
      events.push({ at: h.start, run: () => {
        if (own === "experience") {
          b.section.kind = "experience";
          b.company = "";
          b.role = undefined;
        }
      } });
      continue;
    }
    const inExp = b.expDepth > 0 || b.section.kind === "experience";
    let parts = parseRoleLine(h.text, { heading: true });
    if (!parts && isTitleText(h.text)) parts = { title: cleanPart(h.text), employer: "", dates: "" };
    if (!parts || (!inExp && !parts.dates && !parts.employer)) continue;
    const next = html.headings.find((x) => x.start > h.start)?.start ?? Infinity;
    for (const f of html.fields) {
      if (f.after < h.start || f.after > next) continue;
      // An element named "company" is the employer; the heading's comma then belongs to the title
      // ("<h3>Staff Engineer, Observability</h3><span class="company">Acme</span>").
      if (f.field === "employer" && parts.employer && parts.employer !== f.text && !/[|—–@]| - | at /i.test(h.text)) {
        parts = { ...parts, title: cleanPart(takeDates(h.text).rest), employer: f.text };
      }
      if (f.field === "employer" && !parts.employer) parts.employer = f.text;
      if (f.field === "dates" && !parts.dates) parts.dates = takeDates(f.text).dates || f.text;
    }
    const p = parts;
    events.push({ at: h.start, run: () => {
      if (b.section.kind === "other" || b.section.kind === "summary") b.section.kind = "experience";
      newRole(b, p, s + h.start, s + h.end);
    } });
  }
  for (const it of html.items) events.push({ at: it.start, run: () => void addBullet(b, s + it.start, s + it.end, 0, false) });
  events.sort((x, y) => x.at - y.at);
  for (const ev of events) ev.run();
}

type PlacedRoles = ReturnType<typeof placeListRoles>;

/** The roles a front matter lists, placed in the text (layouts/front-matter.ts). */
function frontMatterListRoles(text: string, fm: FrontMatter | undefined): PlacedRoles {
  if (!fm?.data) return [];
  const roles = rolesFromFrontMatterLists(fm.data, isTitleText);
  if (!roles.length) return [];
  return placeListRoles(text.slice(fm.start, fm.end), roles).map((p) => ({
    ...p,
    title: [p.title[0] + fm.start, p.title[1] + fm.start] as [number, number],
    items: p.items.map(([s, e]) => [s + fm.start, e + fm.start] as [number, number]),
  }));
}

/** The masked text with the front matter's listed achievements shown (they are the document's prose). */
function unmaskRanges(text: string, masked: string, ranges: [number, number][]): string {
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

/** Roles listed in front matter, each with its achievements; an item that starts in lower case continues the one above. */
function rolesFromFrontMatterList(b: Builder, placed: PlacedRoles): void {
  if (!placed.length || b.kind !== "resume") return;
  const outer = b.section;
  const sec: Section = { heading: "", depth: 6, kind: "experience", headingStart: placed[0]!.title[0], headingEnd: placed[0]!.title[0], start: placed[0]!.title[0], end: b.ctx.text.length };
  b.sections.push(sec);
  b.section = sec;
  for (const p of placed) {
    newRole(b, p.role, p.title[0], p.title[1]);
    const merged: [number, number][] = [];
    for (const [s, e] of p.items) {
      const last = merged[merged.length - 1];
      if (last && /^\p{Ll}/u.test(b.ctx.text.slice(s, s + 1))) last[1] = e;
      else merged.push([s, e]);
    }
    for (const [s, e] of merged) addBullet(b, s, e, 0, false);
  }
  b.section = outer;
  b.role = undefined;
}

/** One file per role with the role in front matter (layouts/front-matter.ts): the body is its bullets. */
function roleFromFrontMatterBlock(b: Builder, fm: FrontMatter | undefined): void {
  if (!fm?.data || b.kind !== "resume") return;
  const parts = roleFromFrontMatter(fm.data, isTitleText);
  if (!parts) return;
  const block = b.ctx.text.slice(fm.start, fm.end);
  const at = new RegExp(`^[ \\t]*["']?${escapeKey(parts.key)}["']?[ \\t]*[:=]`, "m").exec(block);
  const start = fm.start + (at ? at.index + at[0].length - at[0].trimStart().length : 0);
  const line = b.ctx.lines.lineRange(start);
  b.section.kind = "experience";
  newRole(b, parts, start, line.end);
}

/**
 * In a résumé with no Experience heading, a paragraph whose first line is a title with dates
 * ("Founding Engineer, Jan 2024 – Present" under "## Jitty") opens the roles of its section; a short
 * section heading above it is the employer.
 */
function opensRoleSection(b: Builder, p: Paragraph): boolean {
  if (b.kind !== "resume" || b.section.kind !== "other" || b.section.depth < 2) return false;
  const header = roleFromParagraphLine(b, p);
  if (!header || !header.parts.dates || !isTitleText(header.parts.title)) {
    const [s, e] = off(p, b.ctx);
    const lines = b.ctx.masked.slice(s, e).split(/\r?\n/);
    if (!headerBlock(lines, HEADER_TESTS, false)) return false;
  }
  b.section.kind = "experience";
  const heading = cleanPart(b.section.heading);
  if (!b.role && heading && wordCount(heading) <= 5) {
    b.company = heading;
    b.companyDates = "";
  }
  return true;
}

function off(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, ctx: Ctx): [number, number] {
  return [node.position!.start.offset! + ctx.shift, node.position!.end.offset! + ctx.shift];
}

function makeSpan(ctx: Ctx, start: number, end: number): Span {
  // Trim surrounding whitespace (in the masked text: blanked syntax counts as whitespace).
  while (start < end && isJsSpace(ctx.masked.charCodeAt(start))) start++;
  while (end > start && isJsSpace(ctx.masked.charCodeAt(end - 1))) end--;
  const text = ctx.masked.slice(start, end);
  return { start, end, text, plain: collapseSpaces(text) };
}

/** The kind the headings suggest; `normalized`: normHeading of each. */
function inferKind(normalized: string[]): DocKind | undefined {
  let resume = 0;
  let promo = 0;
  // The first heading (or the front matter's title) names the document: "Brag Document" outweighs
  // one "Technical skills" section further down.
  normalized.forEach((n, i) => {
    const weight = i === 0 ? 2 : 1;
    if (RESUME_HEADINGS.has(n) || RESUME_PREFIXES.some((p) => n.startsWith(p))) resume += weight;
    if (PROMO_HEADINGS.has(n) || PROMO_AFFIXES.some(([p, sfx]) => n.startsWith(p) || n.endsWith(sfx) || n.includes(p))) promo += weight;
  });
  if (promo > resume) return "promo";
  if (resume > 0) return "resume";
  return undefined;
}

const PROMO_FILE_RE = /brag|hype[-_ ]?doc|self[-_ ]?review|self[-_ ]?assessment|accomplishments?|year[-_ ]?in[-_ ]?review|promo(?:tion)?[-_ ]?(?:packet|case|doc)|packet|perf(?:ormance)?[-_ ]?review/i;
const RESUME_FILE_RE = /r[eé]sum[eé]|(?:^|[^a-z])cv(?:[^a-z]|$)|curriculum|lebenslauf|curr[ií]culo|резюме/i;

/** The kind a file's name tells ("brag-2024.md": promo; "resume.md", "cv-en.md": résumé). */
function kindOfFilename(filename: string | undefined): DocKind | undefined {
  if (!filename) return undefined;
  const base = filename.slice(Math.max(filename.lastIndexOf("/"), filename.lastIndexOf("\\")) + 1);
  if (PROMO_FILE_RE.test(base)) return "promo";
  if (RESUME_FILE_RE.test(base)) return "resume";
  return undefined;
}

const DATED_HEADING_RE = new RegExp(`^(?:week(?: of)?\\s+)?(?:${MONTH}\\s*\\d{0,2},?\\s*)?(?:q[1-4]\\s*|h[12]\\s*)?(?:${YEAR})?(?:\\s*q[1-4]|\\s*h[12])?$`, "i");

/** Most headings (at least two) are dates: "2024", "Q3 2024", "March 2025", "Week of Jan 6": a log. */
function datedLog(normalized: string[]): boolean {
  let dated = 0;
  for (const n of normalized) if (n && /\d/.test(n) && DATED_HEADING_RE.test(n)) dated++;
  return dated >= 2 && dated * 2 >= normalized.length;
}

const FIRST_PERSON_RE = /(?<![\p{L}\p{N}'’])(?:I|my|me|myself|I'm|I’m|I've|I’ve)(?![\p{L}\p{N}])/u;

/** The share of bullets and paragraphs that speak as "I" (I, my, me, myself). */
function firstPersonShare(bullets: Bullet[], prose: Span[]): number {
  let n = 0;
  let fp = 0;
  for (const x of [...bullets, ...prose]) {
    if (!x.plain) continue;
    n++;
    if (FIRST_PERSON_RE.test(x.plain)) fp++;
  }
  return n >= 4 ? fp / n : 0;
}

function parseFrontMatter(text: string, tree: Root, ctx: Ctx): FrontMatter | undefined {
  const node = tree.children[0];
  if (node && (node.type as string) === "toml") {
    // Hugo's +++ front matter: masked from prose; ladderlint settings are read from YAML front matter only,
    // and its data only for the roles it may list (layouts/front-matter.ts). Broken TOML is no role.
    const [start, end] = off(node, ctx);
    let data: Record<string, unknown> = {};
    try {
      data = toml().parse((node as unknown as { value: string }).value) as Record<string, unknown>;
    } catch {
      data = {};
    }
    return { start, end, data };
  }
  if (node && node.type === "yaml") {
    const [start, end] = off(node, ctx);
    const fm: FrontMatter = { start, end };
    try {
      const data = fastFrontMatter(node.value) ?? yaml().parse(node.value, { prettyErrors: false, logLevel: "error" });
      if (data === null || data === undefined) fm.data = {};
      else if (typeof data === "object" && !Array.isArray(data)) fm.data = data as Record<string, unknown>;
      else fm.error = "front matter must be a mapping of keys to values";
    } catch (err) {
      const e = err as { message?: string; linePos?: { line: number }[] };
      const line = e.linePos?.[0]?.line;
      const msg = String(e.message ?? err).split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
      fm.error = line ? `line ${line + 1}: ${msg}` : msg;
    }
    // The `target:` line (document-level findings are reported there).
    const body = text.slice(start, end);
    const m = /^[ \t]*target[ \t]*:.*$/m.exec(body);
    if (m) {
      fm.target = { start: start + m.index + (m[0].length - m[0].trimStart().length), end: start + m.index + m[0].trimEnd().length };
    } else {
      // The flow form DESIGN shows: `ladderlint: {kind: promo, target: EM6}` → "target: EM6".
      const f = /[{,][ \t]*(target[ \t]*:[^,}\n]*)/.exec(body);
      if (f) {
        const at = start + f.index + f[0].length - f[1]!.length;
        fm.target = { start: at, end: at + f[1]!.trimEnd().length };
      }
    }
    return fm;
  }
  // "---" at the very top that never closes: broken front matter (remark reads it as a rule).
  const first = text.slice(ctx.shift, ctx.shift + 4);
  if (/^---\r?\n/.test(text.slice(ctx.shift)) || first === "---") {
    const rest = text.slice(ctx.shift + 3);
    if (!/\r?\n(---|\.\.\.)[ \t]*(\r?\n|$)/.test(rest) && /^\r?\n[ \t]*[\w"'-]+[ \t]*:/.test(rest)) {
      return { start: ctx.shift, end: ctx.shift + 3, error: "front matter opened with --- on line 1 is never closed with ---" };
    }
  }
  return undefined;
}

const DIRECTIVE_RE = /<!--\s*ladderlint-(disable-next-line|disable|enable)\b([\s\S]*?)-->/g;

function collectDirectives(tree: Root, ctx: Ctx): Directive[] {
  const out: Directive[] = [];
  const visit = (node: Nodes) => {
    if (node.type === "html") {
      // The source, not node.value: inside containers a value can differ from the text it came from
      // (a tab after ">" becomes spaces), and offsets must point into the text.
      const [s, e] = off(node, ctx);
      const source = ctx.text.slice(s, e);
      DIRECTIVE_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = DIRECTIVE_RE.exec(source))) {
        const start = s + m.index;
        const end = start + m[0].length;
        const rules = m[2]!.split(/[\s,]+/).map((r) => r.trim()).filter(Boolean);
        out.push({ kind: m[1] as Directive["kind"], rules, start, end, line: ctx.lines.lineCol(start).line });
      }
      return;
    }
    if ("children" in node) for (const c of node.children as Nodes[]) visit(c);
  };
  visit(tree);
  return out;
}

/** Text content of phrasing nodes (for headings and strong titles), from the masked source. */
function nodeText(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, ctx: Ctx): string {
  const [s, e] = off(node, ctx);
  return collapseSpaces(ctx.masked.slice(s, e));
}

interface Builder {
  ctx: Ctx;
  sections: Section[];
  roles: Role[];
  bullets: Bullet[];
  prose: Span[];
  kind: DocKind;
  /** Experience context. */
  company: string;
  companyDates: string;
  role: Role | undefined;
  section: Section;
  /** Depth of the heading that opened the current experience section (0: none). */
  expDepth: number;
  sectionStack: Section[];
  /** A Pandoc div row's fields so far (layouts/pandoc-divs.ts). */
  div?: { title?: [number, number]; employer?: string; dates?: string };
}

function isAchievementSection(kind: SectionKind, docKind: DocKind): boolean {
  if (kind === "context") return false;
  if (kind === "experience" || kind === "impact" || kind === "competencies") return true;
  // In a brag document or year in review, projects shipped and articles written are the achievements.
  if (docKind === "promo") return kind === "other" || kind === "summary" || kind === "projects" || kind === "publications";
  return false;
}

/** "Senior Engineer → Engineering Manager": a promotion on one line (DESIGN §2b: arrow promotions). */
const PROMOTION_RE = /\s*(?:→|&rarr;|->|⇒)\s*/;

function newRole(b: Builder, parts: RoleParts, start: number, end: number): Role {
  if (PROMOTION_RE.test(parts.title)) {
    // Each title is a role of its own, in the order held; the bullets go to the last (the one reached).
    const titles = parts.title.split(PROMOTION_RE).map(cleanPart);
    if (titles.length >= 2 && titles.every(isTitleText)) {
      const lineText = b.ctx.text.slice(start, end);
      let role: Role | undefined;
      let from = 0;
      for (const title of titles) {
        const at = lineText.indexOf(title, from);
        const s = at >= 0 ? start + at : start;
        role = addRole(b, { ...parts, title }, s, at >= 0 ? s + title.length : end);
        if (at >= 0) from = at + title.length;
      }
      return role!;
    }
  }
  return addRole(b, parts, start, end);
}

function addRole(b: Builder, parts: RoleParts, start: number, end: number): Role {
  const line = b.ctx.lines.lineRange(start);
  const role: Role = {
    title: parts.title,
    employer: parts.employer || b.company,
    dates: parts.dates || b.companyDates,
    line: b.ctx.lines.lineCol(start).line,
    titleStart: Math.max(line.start, start),
    titleEnd: Math.min(line.end, Math.max(end, start)),
    bullets: [],
    section: b.section,
  };
  // Trim the title range to non-space text on its line.
  const lineText = b.ctx.text.slice(role.titleStart, role.titleEnd);
  const lead = lineText.length - lineText.trimStart().length;
  role.titleStart += lead;
  role.titleEnd = role.titleStart + lineText.trim().length;
  b.roles.push(role);
  b.role = role;
  return role;
}

/** Labels that open a list of tools, not an achievement: "Technologies used: Go, Kafka", "Stack: …". */
const STACK_LABEL_RE = /^(?:(?:key\s+)?technolog(?:y|ies)(?:\s+used)?|tech(?:nical)?\s+stack|stack|tools?(?:\s+used)?|environment|skills(?:\s+used)?|languages?|frameworks?|tags|keywords|technical\s+environment)\s*:/i;
/** "The team tech stack: …", "Стек: …": a label for tools within the first words. */
const STACK_LABEL_INSIDE_RE = /^(?:[\p{L}-]+\s+){0,3}(?:tech(?:nology|nical)?\s+stack|stack|technologies|tools|языки|стек|технологии|tecnologias|tecnologías|technologien)\s*:/iu;
/** STAR labels on their own ("Action:"), and any short label that ends in a colon ("Detailed achievements:"). */
const LABEL_ONLY_RE = /^[^.!?]{0,60}:$/;

/**
 * A list item that is not an achievement (issue 26): a label alone, a list of tools, a spacer
 * (`&nbsp;`, nothing but punctuation), or a line of dates.
 */
/**
 * Names on their own, one to six, split by "/", "," or "|": "AWS", "PHP / Python / Node.js", "Tags".
 * Each part is one or two words none of which starts in lower case (product names), and the first
 * is not a verb.
 */
function isNameList(t: string): boolean {
  if (/[.!?:]$/.test(t) || startsWithVerb(t)) return false;
  const parts = t.split(/\s*[/,|]\s*/).filter(Boolean);
  if (!parts.length || parts.length > 6) return false;
  for (const p of parts) {
    const ws = p.split(/\s+/).filter(Boolean);
    if (ws.length > 2 || ws.some((w) => /^\p{Ll}/u.test(w))) return false;
  }
  return true;
}

const FOOTER_RE = /^(?:visit|see|find|view|read)\s+(?:my|the|our)\b.{0,40}\b(?:linkedin|profile|website|github|cv|r[ée]sum[ée]|portfolio)\b/i;

function notAnAchievement(plain: string): boolean {
  const t = plain.includes("&") ? plain.replace(/&nbsp;/g, " ").replace(/^[^\p{L}\p{N}]+/u, "").trim() : plain.replace(/^[^\p{L}\p{N}]+/u, "").trimEnd();
  if (!t) return true;
  const words = wordCount(t);
  if (STACK_LABEL_RE.test(t) || STACK_LABEL_INSIDE_RE.test(t)) return true;
  // Everything below is a short line; an achievement of more than twelve words is none of them.
  if (words > 12) return false;
  if (!/[\p{L}\p{N}]/u.test(t)) return true;
  if (words <= 6 && LABEL_ONLY_RE.test(t)) return true;
  // A footer pointing elsewhere: "Visit my LinkedIn profile for more information."
  if (FOOTER_RE.test(t)) return true;
  // A title alone ("Engineering manager."): what the role was, not what was done in it.
  if (words <= 4 && isTitleText(t.replace(/\.$/, "")) && !startsWithVerb(t)) return true;
  // A name or two on their own ("AWS", "PHP / Python / Node.js", "Tags"): a list of tools, not a claim.
  if (isNameList(t)) return true;
  // Dates, with at most a place ("Paris, France / Jan 2022 - Nov 2022 (11 months)").
  if (HAS_YEAR_OR_OPEN.test(t)) {
    const { dates, rest } = takeDates(t);
    const place = cleanPart(rest.replace(/\([^)]*\)/g, " "));
    if (dates && wordCount(place) <= 4 && !startsWithVerb(place)) return true;
  }
  return false;
}

function addBullet(b: Builder, start: number, end: number, depth: number, paragraph: boolean, phr?: PhrasingContent[], parent?: Bullet): Bullet | undefined {
  const span = makeSpan(b.ctx, start, end);
  if (!span.plain) return undefined;
  const section = b.section;
  const inExperience = b.expDepth > 0 || section.kind === "experience";
  const achievement = isAchievementSection(section.kind, b.kind) && (!inExperience || b.role !== undefined || b.kind === "promo") && !notAnAchievement(span.plain);
  const bullet: Bullet = {
    start: span.start,
    end: span.end,
    text: span.text,
    plain: span.plain,
    line: b.ctx.lines.lineCol(span.start).line,
    depth,
    section,
    achievement,
    bodyStart: span.start,
    paragraph,
  };
  if (b.role && inExperience) bullet.role = b.role;
  if (parent) bullet.parent = parent;
  // `**Label:** text`
  const first = phr?.[0];
  if (first && first.type === "strong") {
    const [s, e] = off(first, b.ctx);
    const label = nodeText(first, b.ctx);
    const after = b.ctx.masked.slice(e, span.end);
    const colonInside = /:\s*$/.test(label);
    const colonAfter = /^\s*:/.test(b.ctx.text.slice(e, span.end));
    if (s <= span.start && (colonInside || colonAfter) && wordCount(label) <= 6) {
      bullet.label = label.replace(/:\s*$/, "").trim();
      let body = colonAfter ? b.ctx.text.indexOf(":", e) + 1 : e;
      while (body < span.end && /\s/.test(b.ctx.masked[body]!)) body++;
      if (after.trim()) bullet.bodyStart = body;
    }
  }
  b.bullets.push(bullet);
  if (bullet.role) bullet.role.bullets.push(bullet);
  if (!NOT_PROSE.has(section.kind)) b.prose.push(span);
  return bullet;
}

/** Sections whose text is lists of names, not sentences: no prose checks there. */
const NOT_PROSE = new Set<SectionKind>(["skills", "contact", "education", "publications"]);

function handleList(b: Builder, list: List, depth: number, parent?: Bullet): void {
  for (const item of list.children) handleListItem(b, item, depth, parent);
}

/** "Position: Engineering Manager", "Era: 09/2021 - 03/2025", "Company: Acme", "Location: Remote". */
const ROLE_FIELD_RE = /^\s*(position|job title|title|role|era|dates?|period|duration|company|employer|organi[sz]ation|location|team|industry|type)\s*:\s*(\S.*)$/i;

/**
 * A role told as labelled list items (layout: role fields), under a company heading:
 *   * Location: Chicago, IL (Remote)
 *   * Era: 09/2021 - 03/2025
 *   * Position: Engineering Manager, Post Purchase Team
 * Returns true when the item was such a field (it is then not a bullet).
 */
function roleField(b: Builder, p: Paragraph): boolean {
  const [s, e] = off(p, b.ctx);
  const line = b.ctx.masked.slice(s, e);
  if (line.includes("\n")) return false;
  const m = ROLE_FIELD_RE.exec(line);
  if (!m) return false;
  const key = m[1]!.toLowerCase();
  const value = cleanPart(m[2]!);
  if (key === "position" || key === "job title" || key === "title" || key === "role") {
    if (!TITLE_RE.test(value)) return false;
    const at = s + line.indexOf(m[2]!);
    newRole(b, { title: value, employer: "", dates: "" }, at, e);
    return true;
  }
  if (key === "era" || key.startsWith("date") || key === "period" || key === "duration") {
    const d = takeDates(value).dates;
    if (!d) return false;
    if (b.role && !b.role.dates && b.role.bullets.length === 0) b.role.dates = d;
    else b.companyDates = d;
    return true;
  }
  if (key === "company" || key === "employer" || key.startsWith("organi")) {
    b.company = value;
    return true;
  }
  // Location, team, industry, type: header material.
  return !!b.company || !!b.role;
}

function handleListItem(b: Builder, item: ListItem, depth: number, parent?: Bullet): void {
  let self: Bullet | undefined;
  const own = item.children.filter((c) => c.type !== "list");
  const paras = own.filter((c): c is Paragraph => c.type === "paragraph");
  if (depth === 0 && paras.length === 1 && own.length === 1 && (b.expDepth > 0 || b.section.kind === "experience") && roleField(b, paras[0]!)) {
    for (const c of item.children) if (c.type === "list") handleList(b, c, depth + 1, undefined);
    return;
  }
  if (own.length) {
    const [s] = off(own[0]!, b.ctx);
    const [, e] = off(own[own.length - 1]!, b.ctx);
    // A list item that is a role header ("- **Staff Engineer**, Acme (2019–2022)") inside experience.
    const firstPara = paras[0];
    const inExp = b.expDepth > 0 || b.section.kind === "experience";
    let header = firstPara && inExp && depth === 0 ? roleFromParagraphLine(b, firstPara) ?? roleFromSecondLine(b, firstPara) : undefined;
    // In a résumé with no Experience heading, an item that opens with dates and a title is a role too
    // ("* Oct 2023 - Feb 2026 — Programmer at UpTrust — Haskell"), and its section holds roles.
    if (!header && firstPara && depth === 0 && b.kind === "resume" && b.section.kind === "other") {
      const h = roleFromParagraphLine(b, firstPara);
      if (h && h.parts.dates && TITLE_RE.test(h.parts.title)) {
        header = h;
        b.section.kind = "experience";
      }
    }
    // "* **Acme** - Led the team that…" in a list of past employers: the employer and what was done there.
    const named = !header && firstPara && inExp && depth === 0 ? employerLedItem(b, firstPara) : undefined;
    if (named) {
      newRole(b, { title: "", employer: named.employer, dates: "" }, named.start, named.end);
      EMPLOYER_ITEM_ROLES.add(b.role!);
      self = addBullet(b, s, e, depth, false, firstPara?.children, parent);
    } else if (header) {
      newRole(b, header.parts, header.start, header.end);
      // Paragraphs under the header in the same item are the role's (told as prose).
      for (const p of paras.slice(1)) {
        const [ps, pe] = off(p, b.ctx);
        addBullet(b, ps, pe, depth, true, p.children, parent);
      }
    } else if (paras.length) {
      self = addBullet(b, s, e, depth, false, firstPara?.children, parent);
    }
  }
  for (const c of item.children) if (c.type === "list") handleList(b, c, header0(b, item) ? depth : depth + 1, self);
}

/** Roles read from an employer-led item: the next such item is another role, not this one's bullet. */
const EMPLOYER_ITEM_ROLES = new WeakSet<Role>();

/**
 * A list item that opens with an employer's name in bold, a dash and what was done there
 * ("* **[Acme](…)** - Led a team building…"), in an experience section with no role of another form
 * open: the role of a résumé that lists past employers without titles.
 */
function employerLedItem(b: Builder, p: Paragraph): { employer: string; start: number; end: number } | undefined {
  if (b.role && !EMPLOYER_ITEM_ROLES.has(b.role)) return undefined;
  const first = p.children[0];
  if (!first || first.type !== "strong") return undefined;
  const [fs, fe] = off(first, b.ctx);
  const name = cleanPart(nodeText(first, b.ctx));
  // A name: each word capitalised ("Palo Alto Networks"); "**Load testing**: …" is a label.
  if (!name || wordCount(name) > 4 || TITLE_RE.test(name) || hasDateText(name) || name.split(" ").some((w) => !/^[\p{Lu}\p{N}]/u.test(w))) return undefined;
  const after = b.ctx.text.slice(fe, off(p, b.ctx)[1]);
  if (!/^\s*[-–—]\s+\S/.test(after) || wordCount(after) < 5) return undefined;
  return { employer: name, start: fs, end: fe };
}

function header0(b: Builder, item: ListItem): boolean {
  // When the item itself was a role header, its nested list holds that role's bullets at depth 0.
  return !!(b.role && b.ctx.lines.lineCol(off(item, b.ctx)[0]).line === b.role.line);
}

/** "&mdash;" and "&ndash;" as the dashes they stand for (role lines are split on dashes). */
const decodeDashes = (s: string): string => (s.includes("&") ? s.replace(/&mdash;/g, "—").replace(/&ndash;/g, "–") : s);

/** A one-line paragraph (or the first line of one) that is a role header. */
function roleFromParagraphLine(b: Builder, p: Paragraph): { parts: RoleParts; start: number; end: number } | undefined {
  const [s, e] = off(p, b.ctx);
  const masked = b.ctx.masked.slice(s, e);
  const nl = masked.search(/\r?\n/);
  const lineEnd = nl < 0 ? e : s + nl;
  const line = decodeDashes(b.ctx.masked.slice(s, lineEnd));
  const strong = p.children[0]?.type === "strong" ? nodeText(p.children[0], b.ctx) : undefined;
  const strongTitle = strong && TITLE_RE.test(strong) && !startsWithVerb(strong) ? strong : undefined;
  // Without a bold title a header needs dates: skip the full parse for ordinary bullets.
  if (!strongTitle && !HAS_YEAR_OR_OPEN.test(line)) return undefined;
  const parts = parseRoleLine(line, { heading: false, strongTitle });
  if (!parts) return undefined;
  // A list item is a header only with a bold title, or a short title with dates ("- Staff Engineer, Acme, 2019–2022").
  // A longer line passes when separators split it and the title and employer are short ("Jul 2020 -
  // Feb 2022 — Engineer at Acme — Haskell, Elm, Nix, Google Cloud": the tail is the stack).
  if (!strongTitle && !(parts.dates && wordCount(parts.title) <= 5 && (wordCount(line) <= 12 || (wordCount(parts.employer) <= 4 && / [—–|] /.test(line))))) return undefined;
  if (nl >= 0) {
    // Multi-line paragraph: only when the other lines are header material too (dates, location).
    const rest = masked.slice(nl).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (rest.some((l) => !isDatesLine(l) && wordCount(l) > 6)) return undefined;
    for (const l of rest) if (!parts.dates && isDatesLine(l)) parts.dates = takeDates(l).dates;
  }
  return { parts, start: s, end: lineEnd };
}

/**
 * A list item whose first line names the employer alone and whose second line is the title with dates:
 *   -   [**Citrix**](https://example.com)\
 *       _Lead software engineer, 2012_
 */
function roleFromSecondLine(b: Builder, p: Paragraph): { parts: RoleParts; start: number; end: number } | undefined {
  const [s, e] = off(p, b.ctx);
  const masked = b.ctx.masked.slice(s, e);
  const lines = masked.split("\n");
  if (lines.length < 2) return undefined;
  const first = cleanPart(lines[0]!.replace(/\\$/, ""));
  const second = lines[1]!.replace(/\\$/, "");
  if (!first || wordCount(first) > 6 || /[.!?:]$/.test(first)) return undefined;
  const parts = parseRoleLine(second, { heading: false });
  // ("Lead software engineer" opens like a verb; with dates on the line it is a title.)
  if (!parts || !parts.dates || !TITLE_RE.test(parts.title) || wordCount(parts.title) > 8) return undefined;
  const start = s + lines[0]!.length + 1;
  if (!parts.employer) parts.employer = first.replace(/\s*—.*$/, "");
  return { parts, start: start + (second.length - second.trimStart().length), end: start + second.trimEnd().length };
}

/** Paragraph inside an experience section: header lines (title, dates), glyph bullets or prose. */
function handleExperienceParagraph(b: Builder, p: Paragraph): void {
  const [s, e] = off(p, b.ctx);
  const masked = b.ctx.masked;
  // Split into lines (hard-wrapped lines and <br> breaks).
  const lines: { start: number; end: number }[] = [];
  let ls = s;
  for (let i = s; i <= e; i++) {
    const c = i < e ? b.ctx.text[i] : "\n";
    const isBr = i < e && b.ctx.text.startsWith("<br", i) && /^<br\s*\/?>/i.test(b.ctx.text.slice(i, i + 6));
    if (c === "\n" || isBr) {
      let le = i;
      if (le > ls && b.ctx.text[le - 1] === "\r") le--;
      lines.push({ start: ls, end: le });
      if (isBr) {
        const close = b.ctx.text.indexOf(">", i);
        i = close;
      }
      ls = i + 1;
    }
  }
  const strongTitles = new Map<number, string>();
  for (const c of p.children) {
    if (c.type === "strong" || c.type === "emphasis") {
      const t = nodeText(c, b.ctx);
      if (TITLE_RE.test(t)) strongTitles.set(b.ctx.lines.lineOf(off(c, b.ctx)[0]), t);
    }
  }
  // Location, dates and title lines on their own (layouts/plain-lines.ts).
  const block = headerBlock(
    lines.map((l) => masked.slice(l.start, l.end)),
    HEADER_TESTS,
    !!b.company,
  );
  if (block) {
    let dates = "";
    for (const h of block) if (h.kind === "dates") dates ||= takeDates(masked.slice(lines[h.index]!.start, lines[h.index]!.end)).dates;
    // With no company heading, a name on the first line above the titles ("**Rival Technologies**") is the employer.
    const top = !b.company && block[0]!.kind === "other" && block.some((h) => h.kind === "title") ? lines[block[0]!.index]! : undefined;
    const employer = top ? namePart(masked.slice(top.start, top.end)) : "";
    for (const h of block) {
      if (h.kind !== "title") continue;
      const l = lines[h.index]!;
      newRole(b, { title: cleanPart(masked.slice(l.start, l.end)), employer, dates }, l.start, l.end);
    }
    return;
  }
  if (definitionRole(b, p, lines)) return;
  if (plainTextRoles(b, s, e)) {
    plainTextParagraph(b, lines);
    return;
  }
  let proseStart = -1;
  let proseEnd = -1;
  const flushProse = () => {
    if (proseStart >= 0) addBullet(b, proseStart, proseEnd, 0, true);
    proseStart = -1;
  };
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li]!;
    const raw = b.ctx.text.slice(l.start, l.end);
    const text = masked.slice(l.start, l.end);
    if (!text.trim()) continue;
    const next = lines[li + 1];
    if (next && proseStart < 0 && wordCount(text) <= 5 && !/[.!?:]$/.test(text.trim()) && !GLYPH_RE.test(raw) && !parseRoleLine(text, { heading: false })) {
      const nextText = masked.slice(next.start, next.end);
      if (parseRoleLine(nextText, { heading: false, strongTitle: strongTitles.get(b.ctx.lines.lineOf(next.start)) })) {
        // "Tailwind Traders" on the line above "Engineering Manager: 2021 – Present".
        const { dates, rest } = takeDates(text);
        b.company = cleanPart(rest);
        b.companyDates = dates;
        continue;
      }
    }
    const glyph = GLYPH_RE.exec(raw);
    if (glyph) {
      flushProse();
      addBullet(b, l.start + glyph[0].length, l.end, 0, false);
      continue;
    }
    const strong = strongTitles.get(b.ctx.lines.lineOf(l.start));
    const parts = parseRoleLine(text, { heading: false, strongTitle: strong });
    if (parts) {
      flushProse();
      newRole(b, parts, l.start, l.end);
      continue;
    }
    if (isDatesLine(text)) {
      flushProse();
      const { dates: d, rest } = takeDates(text);
      // "**Acme** | 08/2024 - Present | Berlin" under a title: the employer comes first.
      const first = namePart(rest.split(/[|•·]/)[0] ?? "");
      if (b.role && !b.role.employer && !b.role.bullets.length && first && /[|•·]/.test(rest)) b.role.employer = first;
      if (b.role && !b.role.dates) b.role.dates = d;
      else if (!b.role) b.companyDates = d;
      continue;
    }
    if (b.role && wordCount(text) <= 4 && !/[.!?]$/.test(text.trim()) && proseStart < 0 && b.role.bullets.length === 0) {
      // A short line under a header (location, team name, "Remote") is header material.
      if (!b.role.employer) b.role.employer = cleanPart(text);
      continue;
    }
    if (proseStart < 0 && b.company && isTitleText(text) && wordCount(text) <= 8) {
      // A title on its own line under a company heading (or stacked under another title: a promotion).
      newRole(b, { title: cleanPart(text), employer: "", dates: "" }, l.start, l.end);
      continue;
    }
    if (proseStart < 0) proseStart = l.start;
    proseEnd = l.end;
  }
  flushProse();
}

/**
 * A definition list's pair or a paragraph opened by "*Title*." (layouts/definition-list.ts): dates
 * and an employer, a labelled field, or the role a paragraph tells. True when the paragraph is read.
 */
function definitionRole(b: Builder, p: Paragraph, lines: { start: number; end: number }[]): boolean {
  const masked = b.ctx.masked;
  const raw = lines.map((l) => b.ctx.text.slice(l.start, l.end));
  const pair = definitionPair(raw);
  if (pair) {
    const def = cleanPart(masked.slice(lines[pair.line]!.start, lines[pair.line]!.end));
    const field = labelField(pair.term);
    if (field === "title" && isTitleText(def)) {
      const l = lines[pair.line]!;
      const at = l.start + masked.slice(l.start, l.end).indexOf(def.split(" ")[0]!);
      newRole(b, { title: def, employer: "", dates: "" }, at, l.end);
      return true;
    }
    if (field === "employer") {
      if (b.role && !b.role.employer) b.role.employer = def;
      return true;
    }
    // Dates and a role ("Jan 2017 - 2020 / : *Engineer at Acme*") are a role line's two lines: read below.
    if (isDatesLine(pair.term) && def && wordCount(def) <= 10 && !TITLE_RE.test(def)) {
      b.role = undefined;
      b.company = def;
      b.companyDates = takeDates(pair.term).dates;
      return true;
    }
    // Another field of the role's header ("Unidad: KiN", "Fecha de incorporación: 15 de marzo de 2018").
    if (b.role && !b.role.bullets.length && wordCount(pair.term) <= 4 && wordCount(def) <= 8) {
      if (!b.role.dates && hasDateText(def)) b.role.dates = takeDates(def).dates;
      return true;
    }
    return false;
  }
  // "*Bioinformático*. A lo largo de esos años…" under an employer's dates: the role, told as a paragraph.
  const first = p.children[0];
  if (!b.company || !first || (first.type !== "emphasis" && first.type !== "strong")) return false;
  const title = cleanPart(nodeText(first, b.ctx));
  const [, fe] = off(first, b.ctx);
  if (!isTitleText(title) || !/^[ \t]*\.(?:\s|$)/.test(b.ctx.text.slice(fe, fe + 3))) return false;
  const [fs] = off(first, b.ctx);
  newRole(b, { title, employer: "", dates: "" }, fs, fe);
  addBullet(b, ...off(p, b.ctx), 0, true, p.children);
  return true;
}

/** The role a plain-text line holds: columns with a title and dates ("Engineer<TAB>Acme<TAB>1/24 - 1/25"). */
function plainRoleLine(text: string, raw = text): RoleParts | undefined {
  // The gaps are the author's (in the raw line), not markup the masked text blanked ("**A** — B").
  if (!COLUMN_HINT.test(raw) || !hasColumns(raw) || !hasColumns(text)) return undefined;
  const bar = barred(text);
  const parts = parseRoleLine(bar, { heading: false });
  if (parts?.dates) return parts;
  const cols = columns(text);
  const one = oneLineRole(cols, isTitleText, hasDateText);
  return one ? { ...one, dates: takeDates(cols[1]!).dates } : undefined;
}
const COLUMN_HINT = /\t| {3}/;

/** True when the paragraph's lines are a plain-text résumé's (layouts/plain-text.ts). */
function plainTextRoles(b: Builder, s: number, e: number): boolean {
  const raw = b.ctx.text.slice(s, e);
  if (!COLUMN_HINT.test(raw)) return false;
  const rawLines = raw.split("\n");
  const lines = b.ctx.masked.slice(s, e).split("\n");
  // A section name padded with tabs opens a plain-text paragraph too ("Education<TAB><TAB>").
  const first = rawLines.findIndex((t) => t.trim());
  if (first >= 0 && /\S\s*\t/.test(rawLines[first]!) && sectionLine(lines[first]!, sectionKindOf)) return true;
  // Elsewhere, role lines in columns; not in a section that holds no roles (an education line in columns).
  return !NO_ROLES.has(b.section.kind) && lines.some((t, i) => plainRoleLine(t, rawLines[i]) !== undefined);
}

/**
 * A plain-text résumé's paragraph, line by line: section names, role lines in columns, and one
 * achievement per line (a line that starts in lower case, or follows a comma, continues the one above).
 */
function plainTextParagraph(b: Builder, lines: { start: number; end: number }[]): void {
  const masked = b.ctx.masked;
  let cur: { start: number; end: number } | undefined;
  const flush = () => {
    if (cur) addBullet(b, cur.start, cur.end, 0, false);
    cur = undefined;
  };
  for (const l of lines) {
    const text = masked.slice(l.start, l.end);
    if (!text.trim()) continue;
    const kind = sectionLine(text, sectionKindOf);
    if (kind) {
      flush();
      const at = l.start + (text.length - text.trimStart().length);
      const sec: Section = { heading: columns(text)[0]!, depth: 2, kind, headingStart: at, headingEnd: at + text.trim().length, start: l.start, end: b.ctx.text.length };
      b.sections.push(sec);
      b.section = sec;
      b.role = undefined;
      b.company = "";
      b.companyDates = "";
      continue;
    }
    const parts = plainRoleLine(text, b.ctx.text.slice(l.start, l.end));
    if (parts) {
      flush();
      newRole(b, parts, l.start, l.end);
      continue;
    }
    const trimmed = text.trim();
    if (cur && (/^\p{Ll}/u.test(trimmed) || /,\s*$/.test(masked.slice(cur.start, cur.end)))) {
      cur.end = l.end;
      continue;
    }
    flush();
    cur = { start: l.start, end: l.end };
  }
  flush();
}

/** A paragraph that is one field of a Pandoc div row, kept until the row ends (layouts/pandoc-divs.ts). */
function pandocDiv(b: Builder, s: number, e: number): boolean {
  const raw = b.ctx.text.slice(s, e);
  if (!raw.startsWith(":::")) return false;
  const lines = raw.split("\n");
  if (onlyFences(lines)) return true;
  const f = divField(lines);
  if (!f) return false;
  b.div ??= {};
  if (f.value < 0 || f.field === "other") return true;
  let at = s;
  for (let i = 0; i < f.value; i++) at += lines[i]!.length + 1;
  const value = lines[f.value]!.trim();
  if (f.field === "title") {
    const lead = lines[f.value]!.length - lines[f.value]!.trimStart().length;
    b.div.title = [at + lead, at + lead + value.length];
  } else if (f.field === "employer") b.div.employer = cleanPart(value);
  else b.div.dates = takeDates(value).dates || value;
  return true;
}

/** The row of divs has ended: its title, employer and dates are a role (or, with no title, the employer of the roles below). */
function endPandocDiv(b: Builder): void {
  const d = b.div;
  b.div = undefined;
  if (!d || NO_ROLES.has(b.section.kind) || b.sectionStack.some((x) => NO_ROLES.has(x.kind)) || (!d.title && !d.employer)) return;
  if (b.section.kind === "other") b.section.kind = "experience";
  if (d.title) {
    const title = cleanPart(b.ctx.masked.slice(d.title[0], d.title[1]));
    newRole(b, { title, employer: d.employer ?? "", dates: d.dates ?? "" }, d.title[0], d.title[1]);
  } else {
    b.role = undefined;
    b.company = d.employer!;
    b.companyDates = d.dates ?? "";
  }
}

/** A table whose rows are roles (layouts/table.ts): a role per row with a title, at the title's cell. */
function rolesFromTable(b: Builder, table: Table): void {
  if (b.kind !== "resume" || NO_ROLES.has(b.section.kind) || table.children.length < 2) return;
  // A table's text is masked (it is no prose): its cells are read from the source, markup stripped.
  const cellText = (at: [number, number]) => cleanPart(b.ctx.text.slice(...at).replace(/<[^>]*>|[*_`|]/g, " "));
  const cells = table.children.map((row) => row.children.map((c) => ({ text: cellText(off(c, b.ctx)), at: off(c, b.ctx) })));
  // Outside an experience section only a header that names the columns makes the rows roles.
  const guess = b.section.kind === "experience" || b.expDepth > 0;
  const cols = tableColumns(cells[0]!.map((c) => c.text), cells.slice(1).map((r) => r.map((c) => c.text)), { isTitle: isTitleText, hasDates: hasDateText }, guess);
  if (cols.title === undefined) return;
  for (const row of cells.slice(1)) {
    const title = row[cols.title];
    if (!title || !isTitleText(title.text)) continue;
    if (b.section.kind === "other") b.section.kind = "experience";
    const employer = cols.employer !== undefined ? (row[cols.employer]?.text ?? "") : "";
    const dates = cols.dates !== undefined ? takeDates(row[cols.dates]?.text ?? "").dates : "";
    const raw = b.ctx.text.slice(title.at[0], title.at[1]);
    const at = title.at[0] + Math.max(0, raw.indexOf(title.text.split(" ")[0]!));
    newRole(b, { title: title.text, employer: employer === "-" ? "" : employer, dates }, at, at + title.text.length);
  }
  b.role = undefined;
}

/** A LaTeX paragraph (layouts/latex.ts): a table row that is a role line, and \item lines as its bullets. */
function latexParagraph(b: Builder, s: number, e: number): boolean {
  const raw = b.ctx.text.slice(s, e);
  if (b.kind !== "resume" || NO_ROLES.has(b.section.kind) || !isLatex(raw)) return false;
  let at = s;
  for (const line of raw.split("\n")) {
    const lineEnd = at + line.length;
    const cells = latexRow(line);
    const parts = cells ? parseRoleLine(cells.join(" | "), { heading: true }) : undefined;
    if (parts?.dates) {
      if (b.section.kind === "other") b.section.kind = "experience";
      const first = line.indexOf(parts.title.split(" ")[0]!);
      newRole(b, parts, first >= 0 ? at + first : at, lineEnd);
    } else {
      const item = latexItem(line);
      if (item >= 0) addBullet(b, at + item, lineEnd, 0, false);
    }
    at = lineEnd + 1;
  }
  return true;
}

/** `text`, `norm`: the heading's nodeText and its normHeading (parseDocument has them). */
function handleHeading(b: Builder, h: Heading, text: string, norm: string): void {
  const [s, e] = off(h, b.ctx);
  const own = sectionKindOf(text, norm);
  // Close sections at this depth or deeper.
  while (b.sectionStack.length && b.sectionStack[b.sectionStack.length - 1]!.depth >= h.depth) b.sectionStack.pop();
  // A heading at the Experience heading's own depth that is not a section of its own but a company or
  // role with dates ("#### Professional Experience" then "#### [Corva](…) (2021 – present)") stays in it.
  const sameDepthRole = b.expDepth > 0 && h.depth === b.expDepth && !own && !!takeDates(text).dates;
  if (b.expDepth > 0 && h.depth <= b.expDepth && !sameDepthRole) b.expDepth = 0;
  const parent = b.sectionStack[b.sectionStack.length - 1];
  const headingRange = b.ctx.lines.lineRange(s);
  let kind: SectionKind;
  if (own && !(own === "competencies" && b.expDepth > 0)) kind = own;
  else kind = parent?.kind ?? "other";
  const section: Section = { heading: text, depth: h.depth, kind, headingStart: s, headingEnd: Math.min(e, headingRange.end), start: s, end: b.ctx.text.length };
  if (own === "experience") {
    b.expDepth = h.depth;
    b.company = "";
    b.companyDates = "";
    b.role = undefined;
  }
  const inExp = b.expDepth > 0 && (h.depth > b.expDepth || sameDepthRole);
  // A heading that is only dates under a role heading ("#### April 2022 – Present") is that role's dates.
  if (inExp && b.role && isDatesLine(text) && h.depth > b.role.section.depth) {
    if (!b.role.dates) b.role.dates = takeDates(text).dates;
    section.kind = "experience";
    b.section = section;
    b.sectionStack.push(section);
    return;
  }
  // The H1 is the person's name, often with a headline ("Ana Müller — Engineering Manager"): never a role.
  if ((!own && h.depth > 1) || inExp) {
    // A role or company heading.
    const parts = NO_ROLES.has(kind) ? undefined : parseRoleLine(text, { heading: true });
    if (parts && (inExp || parts.employer || parts.dates || (kind === "other" && b.kind === "resume"))) {
      if (inExp) section.kind = "experience";
      else if (section.kind === "other" || section.kind === "summary") section.kind = "experience";
      b.section = section;
      b.sectionStack.push(section);
      if (!inExp && b.expDepth === 0) b.company = "";
      newRole(b, parts, s, Math.min(e, headingRange.end));
      return;
    }
    if (b.role && h.depth > b.role.section.depth && b.role.section.depth > 0 && b.role.section.kind === "experience") {
      // A heading under a role's own heading that is not a role ("#### Platform contributions",
      // "##### *HDInsight*"): a group of that role's bullets.
      section.kind = "experience";
      b.section = section;
      b.sectionStack.push(section);
      return;
    }
    if (inExp) {
      // A company heading: later title lines or sub-headings make the roles.
      section.kind = "experience";
      const { dates, rest } = takeDates(text);
      b.company = cleanPart(rest);
      b.companyDates = dates;
      b.role = undefined;
      b.section = section;
      b.sectionStack.push(section);
      return;
    }
  }
  if (!inExp) {
    b.role = undefined;
    if (own && own !== "experience") b.expDepth = 0;
  }
  b.section = section;
  b.sectionStack.push(section);
}

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
function guardLines(text: string): { text: string; long: { start: number; end: number }[]; deep: { start: number; end: number }[] } {
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
function dropDeepBlocks(tree: Root, shift: number): { start: number; end: number }[] {
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

/** Bullets and prose paragraphs in document order, as plain text (the language sample's input). */
function prosePieces(bullets: Bullet[], prose: Span[]): string[] {
  const all: Span[] = [...bullets, ...prose].sort((x, y) => x.start - y.start);
  return all.map((x) => x.plain);
}

export function parseDocument(text: string, options: ParseOptions = {}): Doc {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const guarded = guardLines(text);
  let source = shift ? guarded.text.slice(1) : guarded.text;
  // micromark drops one byte order mark at the start of what it is given, and offsets then skip it.
  // Ours is dropped above (shift); a second one is content: hand it over as a space of the same length.
  if (source.charCodeAt(0) === 0xfeff) source = " " + source.slice(1);
  const tree = parseBlocks(source, parsePiece, options.cache);
  const deepBlocks = [...guarded.deep, ...dropDeepBlocks(tree, shift)].sort((a, b) => a.start - b.start);
  const lines = LineIndex.of(text);
  const masked = buildMasked(text, tree, shift);
  const ctx: Ctx = { text, masked, shift, lines };
  const frontMatter = parseFrontMatter(text, tree, ctx);
  const listed = frontMatterListRoles(text, frontMatter);
  if (listed.length) ctx.masked = unmaskRanges(text, masked, listed.flatMap((p) => p.items));

  // Kind: forced → front matter → config → headings.
  // Each heading's text and normal form, once (the kind inference and the sections both read them).
  const headingText = new Map<Heading, { text: string; norm: string }>();
  const normalized: string[] = [];
  for (const n of tree.children) {
    if (n.type !== "heading") continue;
    const t = nodeText(n, ctx);
    const norm = normHeading(t);
    headingText.set(n, { text: t, norm });
    normalized.push(norm);
  }
  const fmBlock = frontMatter?.data?.["ladderlint"];
  const fmKind = fmBlock && typeof fmBlock === "object" ? (fmBlock as Record<string, unknown>)["kind"] : undefined;
  // The front matter's title reads as a heading for the kind ("title: BRAG 2024").
  const fmTitle = frontMatter?.data?.["title"];
  const kindHeadings = typeof fmTitle === "string" ? [normHeading(fmTitle), ...normalized] : normalized;
  const told =
    options.kind ??
    (fmKind === "resume" || fmKind === "promo" ? fmKind : undefined) ??
    (options.baseKind === "resume" || options.baseKind === "promo" ? options.baseKind : undefined) ??
    inferKind(kindHeadings) ??
    kindOfFilename(options.filename);
  const decided = told !== undefined;
  let kind: DocKind = told ?? "resume";

  const build = (kind: DocKind) => {
    const implicit: Section = { heading: "", depth: 0, kind: "other", headingStart: 0, headingEnd: 0, start: 0, end: text.length };
    const b: Builder = { ctx, sections: [implicit], roles: [], bullets: [], prose: [], kind, company: "", companyDates: "", role: undefined, section: implicit, expDepth: 0, sectionStack: [] };
    let h1: { start: number; end: number } | undefined;
    roleFromFrontMatterBlock(b, frontMatter);
    rolesFromFrontMatterList(b, listed);

    for (const node of tree.children as RootContent[]) {
      if (node.type === "paragraph" && pandocDiv(b, ...off(node, ctx))) continue;
      if (b.div) endPandocDiv(b);
      switch (node.type) {
        case "heading": {
          const ht = headingText.get(node)!;
          handleHeading(b, node, ht.text, ht.norm);
          if (b.sections[b.sections.length - 1] !== b.section) b.sections.push(b.section);
          if (node.depth === 1 && !h1) {
            const r = lines.lineRange(off(node, ctx)[0]);
            h1 = { start: off(node, ctx)[0], end: Math.min(off(node, ctx)[1], r.end) };
          }
          break;
        }
        case "list":
          handleList(b, node, 0);
          break;
        case "table":
          rolesFromTable(b, node);
          break;
        case "thematicBreak":
          // A rule after a list of employers ends it: what follows is no employer's.
          if (b.role && EMPLOYER_ITEM_ROLES.has(b.role)) b.role = undefined;
          break;
        case "paragraph": {
          if (roleFromComponentNode(b, ...off(node, ctx))) break;
          if (latexParagraph(b, ...off(node, ctx))) break;
          const inExp = b.expDepth > 0 || b.section.kind === "experience";
          if (inExp || opensRoleSection(b, node) || (b.kind === "resume" && plainTextRoles(b, ...off(node, ctx)))) handleExperienceParagraph(b, node);
          else {
            const [s, e] = off(node, ctx);
            const raw = text.slice(s, e);
            if (GLYPH_RE.test(raw) && isAchievementSection(b.section.kind, b.kind)) handleExperienceParagraph(b, node);
            else if (isAchievementSection(b.section.kind, b.kind) && b.kind === "promo") addBullet(b, s, e, 0, true, node.children);
            else {
              const span = makeSpan(ctx, s, e);
              if (span.plain && b.section.kind !== "contact" && b.section.kind !== "skills") b.prose.push(span);
            }
          }
          break;
        }
        case "code": {
          // An indented block of HTML or of list items (an HTML résumé's indentation, bullets indented
          // under a definition) is read as the HTML block it is; fenced code is code.
          if (isIndentedCode(text, node, shift)) handleHtmlBlock(b, ...off(node, ctx));
          break;
        }
        case "html": {
          if (!roleFromComponentNode(b, ...off(node, ctx))) handleHtmlBlock(b, ...off(node, ctx));
          break;
        }
        case "blockquote": {
          // In a brag document or self-review a block quote is someone else's words (a manager's
          // feedback, a quoted review): neither the author's claims nor their prose.
          if (b.kind === "promo") break;
          for (const c of node.children) {
            if (c.type === "paragraph") {
              const [s, e] = off(c, ctx);
              const span = makeSpan(ctx, s, e);
              if (span.plain) b.prose.push(span);
            } else if (c.type === "list") handleList(b, c, 0);
          }
          break;
        }
        default:
          break;
      }
    }
    // Section ends.
    const secs = b.sections;
    for (let i = 1; i < secs.length; i++) {
      const cur = secs[i]!;
      let end = text.length;
      for (let j = i + 1; j < secs.length; j++) {
        if (secs[j]!.depth <= cur.depth) {
          end = secs[j]!.start;
          break;
        }
      }
      cur.end = end;
    }
    if (secs.length > 1) implicit.end = secs[1]!.start;

    // A promo packet's introduction straight under the title (when sections follow) frames the case; it is
    // not an achievement.
    if (kind === "promo" && b.bullets.some((x) => x.achievement && x.section.depth >= 2)) {
      for (const x of b.bullets) if (x.achievement && x.paragraph && x.section.depth <= 1) x.achievement = false;
    }
    return { b, h1 };
  };
  let { b, h1 } = build(kind);
  // No heading told the kind and no role was read: a document told in the first person, or one
  // whose headings are dates (a weekly or monthly log), is a brag document or self-review (DESIGN §2).
  if (!decided && b.roles.length === 0 && (datedLog(normalized) || firstPersonShare(b.bullets, b.prose) >= 0.3)) {
    kind = "promo";
    ({ b, h1 } = build(kind));
  }
  const directives = collectDirectives(tree, ctx);
  const firstLine = lines.lineRange(shift);
  // DESIGN §3: the first H1, or the `target:` line in front matter, or line 1.
  const docAnchor = h1 ?? frontMatter?.target ?? { start: firstLine.start, end: firstLine.end };
  // Headings and titles come after the prose: they fill the sample when the prose is short (a résumé
  // in tables, whose cells are no prose).
  const sample = languageSample(prosePieces(b.bullets, b.prose), [...b.sections.map((x) => x.heading), ...b.roles.map((r) => r.title)]);
  const language = memo("language", sample, () => detectLanguage(sample));

  return {
    text,
    kind,
    frontMatter,
    sections: b.sections,
    roles: b.roles,
    bullets: b.bullets,
    proseBlocks: b.prose,
    directives,
    h1,
    docAnchor,
    language,
    ...(guarded.long.length ? { skippedLines: guarded.long } : {}),
    ...(deepBlocks.length ? { skippedBlocks: deepBlocks } : {}),
    sentences: sentencesOf(b.bullets),
    lineCol: (o: number) => lines.lineCol(o),
    offsetAt: (l: number, c: number) => lines.offsetAt(l, c),
  };
}

export { splitSentences, takeDates, isDatesLine, parseRoleLine, cleanPart };
/** The date grammar (for the test that checks takeDates's shortcut against a plain scan). */
export const DATE_GRAMMAR = { range: DATE_RANGE_RE, hasYearOrOpen: HAS_YEAR_OR_OPEN };
