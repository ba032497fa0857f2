// The document model: parse Markdown once (unified + remark-parse + remark-frontmatter + remark-gfm)
// into sections, roles, bullets and prose blocks with UTF-16 offsets. Pure: no vscode, no fs.
//
// parseDocument is a pipeline read top to bottom (DESIGN §8):
//   1. guards.ts: leave out lines and nesting the parser cannot take; parse the blocks once;
//   2. mask.ts: the masked text (prose kept, everything else spaces of the same length), and the
//      front matter with the roles it may list;
//   3. sections.ts: each heading's kind, and the document's kind from headings and file name;
//   4. the walk: each block, in order, goes to the layout that reads it (layouts/: headings, lists,
//      paragraphs, tables, HTML, Pandoc divs, definition lists, LaTeX, plain text, front matter,
//      site components), which asks roleline.ts about its lines and adds roles and bullets through
//      builder.ts;
//   5. the kind again when nothing told it (first person, dated headings), the language, sentences.
import { parseBlocks, type BlockCache } from "./blocks.js";
import { type Builder, type Ctx, NO_ROLES, addBullet, closeDatedCompany, isAchievementSection, makeSpan, nodeText, off } from "./builder.js";
import { collapseSpaces, isJsSpace, isLetterCp, runStartBefore } from "./chars.js";
import { fastParse } from "./fastmd.js";
import { dropDeepBlocks, guardLines } from "./guards.js";
import { LATIN_SCRIPT_LANGUAGES, NOT_LATIN_RE, detectLanguage, fallbackSample, languageSample, mixedScriptLanguage, mostlyOtherScript, otherScriptLanguage } from "./language.js";
import { roleFromComponentNode } from "./layouts/components.js";
import { readClosedHashHeadings } from "./layouts/closed-hashes.js";
import { DEFINITION_ROLES, indentedParagraphs } from "./layouts/definition-list.js";
import { employerFromFrontMatter, frontMatterListRoles, frontMatterRoleItems, roleFromFrontMatter, roleFromFrontMatterBlock, rolesFromFrontMatterList } from "./layouts/front-matter.js";
import { handleHeading, indentedTitleUnderCompany, employerDatesHeadings, stackedTitleHeadings, titleEmployerDatesHeadings } from "./layouts/headings.js";
import { boldTitleCardParagraph, handleHtmlBlock, htmlSectionHeading, roleHeaderBox } from "./layouts/html.js";
import { latexParagraph } from "./layouts/latex.js";
import { EMPLOYER_ITEM_ROLES, handleList, otherRolesList } from "./layouts/lists.js";
import { endPandocDiv, pandocDiv } from "./layouts/pandoc-divs.js";
import { appointedTitleParagraph, boldLineOverCompanyDates, employerHeadingToldInFirstPerson, handleExperienceParagraph, nextCompanyLine, opensRoleSection, quotedFields, quotedHeader, quotedItemDescription, roleHistoryLine, ticketLines, titleAtHeadingCompany, titleOverHeaderLines } from "./layouts/paragraphs.js";
import { fencedBodyLines, fencedRoleItems, fenceTextRuns, plainTextParagraph, plainTextRoles, roleItemsHeading } from "./layouts/plain-text.js";
import { rolesFromHeaderlessTable, rolesFromHtmlTable, rolesFromTable } from "./layouts/table.js";
import { toml, yaml } from "./lazy-deps.cjs";
import { buildMasked, codeLayout, type CodeLayout, unmaskRanges } from "./mask.js";
import { memo } from "./memo.js";
import { LineIndex } from "./positions.js";
import { EMPHASIS_GLYPH_RE, GLYPH_RE, isTitleText, startsWithVerb, wordCount } from "./roleline.js";
import { datedLog, exactSectionKind, firstPersonShare, inferKind, kindOfFilename, kindOfTags, normHeading, reviewQuestions, sectionKindOf, timeLog } from "./sections.js";
import { sentencesOf } from "./sentences.js";
import type { Bullet, Directive, Doc, DocKind, FrontMatter, Section, Sentence, Span } from "./types.js";
import { fastFrontMatter } from "./yamlfast.js";
import type { Heading, Nodes, Paragraph, Root, RootContent } from "mdast";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { type Processor, unified } from "unified";

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

/** Bullets and prose paragraphs in document order, as plain text (the language sample's input). */
function prosePieces(bullets: Bullet[], prose: Span[]): string[] {
  const all: Span[] = [...bullets, ...prose].sort((x, y) => x.start - y.start);
  return all.map((x) => x.plain);
}

/** Letters outside ASCII before a section's language is asked (most English sections have none or a name's few). */
const MIN_NON_ASCII_SHARE = 0.01;
const MIN_NON_ASCII_LETTERS = 5;

/**
 * The top-level sections of an English document that are written in another language: a bilingual
 * CV ("🇬🇧 About me … 🇵🇱 O mnie …"). Only sections at the shallowest heading depth, when there are
 * two or more, and only those whose prose has non-ASCII letters (franc is asked only then: it costs
 * about 0.3 ms a call). Their bullets get `otherLanguage`.
 */
function otherLanguageHalves(sections: Section[], bullets: Bullet[], prose: Span[]): NonNullable<Doc["otherLanguageSections"]> {
  const headed = sections.filter((s) => s.depth > 0);
  if (headed.length < 2) return [];
  let top = Infinity;
  for (const s of headed) top = Math.min(top, s.depth);
  const tops = headed.filter((s) => s.depth === top);
  if (tops.length < 2) return [];
  const out: NonNullable<Doc["otherLanguageSections"]> = [];
  for (const s of tops) {
    const inside = bullets.filter((x) => x.start >= s.start && x.start < s.end);
    const pieces = prosePieces(inside, prose.filter((x) => x.start >= s.start && x.start < s.end));
    let letters = 0;
    let foreign = 0;
    for (const piece of pieces) {
      for (let i = 0; i < piece.length; i++) {
        const c = piece.charCodeAt(i);
        if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
        else if (c > 127 && /\p{L}/u.test(piece[i]!)) (letters++, foreign++);
      }
    }
    if (foreign < MIN_NON_ASCII_LETTERS || foreign < letters * MIN_NON_ASCII_SHARE) continue;
    const sample = languageSample(pieces, [s.heading]);
    const language = memo("language", sample, () => detectLanguage(sample));
    if (language.code === "en") continue;
    for (const x of inside) x.otherLanguage = language;
    out.push({ start: s.start, end: s.end, headingStart: s.headingStart, headingEnd: s.headingEnd, language });
  }
  return out;
}

/**
 * A paragraph that is only a bold section name ("**Опыт работы**", "**Experience:**"), as a heading:
 * one level under the current section's, or at its level when the current section is such a name too.
 */
function pseudoHeading(p: Paragraph, ctx: Ctx, current: Section, pseudo: WeakSet<Section>): { heading: Heading; text: string; norm: string } | undefined {
  const kids = p.children.filter((c) => !(c.type === "text" && !c.value.trim()));
  if (kids.length !== 1 || kids[0]!.type !== "strong") return undefined;
  const text = nodeText(kids[0]!, ctx).trim().replace(/:$/, "").trim();
  if (!text || text.includes("\n") || wordCount(text) > 4) return undefined;
  const norm = normHeading(text);
  if (!sectionKindOf(text, norm)) return undefined;
  const depth = Math.min(6, Math.max(1, pseudo.has(current) ? current.depth : current.depth + 1)) as Heading["depth"];
  return { heading: { type: "heading", depth, children: p.children, position: p.position } as Heading, text, norm };
}

/** A label that introduces a list of topics or tools rather than of achievements. */
// (Also the technical environment, in English and as French, Spanish, Portuguese, Italian and German CVs
// write it: "Environnement technique :", "Entorno técnico:", "Technische Umgebung:", "Technologien:".)
/** A paragraph wholly in bold, one line. */
const BOLD_LABEL_RE = /^\s*(?:\*\*[^*\n]+\*\*|__[^_\n]+__)\s*$/;
/** A paragraph wholly in italics ("_…_", "*…*"), one span. */
const FORM_PROMPT_RE = /^\s*(?:_(?!_)[^_]+_|\*(?!\*)[^*]+\*)\s*$/;
// ("**Habiletés développée :**", "Skills gained:": the skills a role gave, named, no achievements, 205.)
const TOPIC_LABEL_RE = /^(?:(?:focus |key )?areas(?: of (?:work|focus|expertise))?|topics|technolog(?:y|ies)(?: used)?|tools(?: used)?|tech(?:nical)? stack|stack|skills(?: used| developed| gained| acquired| learned)?|soft skills|habilet[ée]s(?: d[ée]velopp[ée]e?s?| acquises)?|comp[ée]tences(?: d[ée]velopp[ée]e?s?| acquises)?|keywords|tags|(?:technical )?environment|environnement(?: techniques?)?|technologies utilisées|outils|entorno t[ée]cnico|tecnolog[íi]as(?: utilizadas)?|ferramentas|herramientas|ambiente t[ée]cnico|ambiente tecnologico|technische umgebung|technologien|werkzeuge|технологии|стек)\s*:$/iu;

/**
 * "*[DSI]: Direction des Services Informatiques": abbreviations defined for the page (kramdown, PHP
 * Markdown Extra), one a line; a glossary, neither a role nor an achievement nor prose.
 */
const ABBREVIATIONS_RE = /^(?:[ \t]*\*\[[^\]\n]+\]:[^\n]*(?:\n|$))+$/;

/** "Some books I enjoyed:", "Podcasts I listened to:": a list of things read or heard, not achievements. */
const MEDIA_LIST_RE = /\b(?:books?|podcasts?|articles|newsletters|blogs|videos|reading list|audiobooks?)\b[^:]{0,60}:$/i;

/** "**Title:** `Staff Engineer`", "**Dates:** `Jun 2022 – Jul 2024`": a role field whose value is set as inline code. */
const CODE_FIELD_RE = /^[ \t]*(?:[*_]{1,2})?(title|position|role|job title|dates?|period|duration|company|employer)[ \t]*:[ \t]*(?:[*_]{1,2})?[ \t]*`([^`\n]+)`[ \t]*$/gim;

/**
 * The values of role fields written as inline code (a LinkedIn draft's layout: fenced-linkedin): the
 * value is the field's text, read as if the backticks were not there. Only on lines whose label is
 * prose (not inside a code block).
 */
function codeFieldValues(text: string, masked: string): [number, number][] {
  if (!text.includes("`")) return [];
  const out: [number, number][] = [];
  for (const m of text.matchAll(CODE_FIELD_RE)) {
    const label = m.index + m[0].indexOf(m[1]!);
    if (masked.slice(label, label + m[1]!.length) !== m[1]) continue;
    const value = m.index + m[0].lastIndexOf("`" + m[2]!) + 1;
    out.push([value, value + m[2]!.length]);
  }
  return out;
}


/** The next heading after `top[i]` as high as `depth` or higher names a section ("### Experience"). */
function nextSectionAt(top: readonly RootContent[], i: number, depth: number, text: (h: Heading) => string): boolean {
  const n = top.slice(i + 1).find((x): x is Heading => x.type === "heading" && x.depth <= depth);
  return !!n && !!sectionKindOf(text(n));
}

/**
 * "**Staff Engineer, Payments** | Acme (2022 – Present)" with its bullets under "Current role", then
 * "**Staff Engineer** | Acme (2022 – Present)" again in a list of highlights below: the role told twice
 * is one role (the first). A later role line with no bullets, in another section, at the same employer
 * with the same dates, whose title is the earlier's or its opening words, is not read as a role.
 */
function dropRecappedRoles(b: Builder): void {
  if (b.roles.length < 2) return;
  const keep = b.roles.filter((r, i) => {
    if (r.bullets.length || !r.dates || !/\d/.test(r.dates) || !r.employer) return true;
    const t = r.title.toLowerCase();
    return !b.roles.slice(0, i).some((o) => o.section !== r.section && o.employer === r.employer && o.dates === r.dates && t.length > 0 && (o.title.toLowerCase() === t || o.title.toLowerCase().startsWith(t + ",")));
  });
  if (keep.length === b.roles.length) return;
  b.roles = keep;
  if (b.role && !keep.includes(b.role)) b.role = keep[keep.length - 1];
}

/** A file named for the experience section, a language's code after the name aside: "experience_zh.md", "work-experience.md" (300). */
function experienceFile(filename: string | undefined): boolean {
  const base = filename?.slice(Math.max(filename.lastIndexOf("/"), filename.lastIndexOf("\\")) + 1).replace(/\.(?:md|markdown|mdx)$/i, "");
  if (!base) return false;
  return exactSectionKind(normHeading(base.replace(/[-_.][a-z]{2}(?:[-_][a-zA-Z]{2})?$/, "").replace(/[-_]+/g, " "))) === "experience";
}

/** "Role: Technical lead", "Rol: Liderazgo técnico", "Função: …": the person's role in a project, one line. */
const PROJECT_ROLE_RE = /^(?:my\s+)?(?:role|rol|função|papel|rôle|rolle|ruolo)\s*:\s*[^\n]{3,80}$/i;

export function parseDocument(text: string, options: ParseOptions = {}): Doc {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const guarded = guardLines(text);
  let source = shift ? guarded.text.slice(1) : guarded.text;
  // micromark drops one byte order mark at the start of what it is given, and offsets then skip it.
  // Ours is dropped above (shift); a second one is content: hand it over as a space of the same length.
  if (source.charCodeAt(0) === 0xfeff) source = " " + source.slice(1);
  const tree = parseBlocks(source, parsePiece, options.cache);
  readClosedHashHeadings(tree, source);
  const deepBlocks = [...guarded.deep, ...dropDeepBlocks(tree, shift)].sort((a, b) => a.start - b.start);
  const lines = LineIndex.of(text);
  const codeLayouts = new Map<object, CodeLayout | undefined>();
  const masked = buildMasked(text, tree, shift, codeLayouts);
  const ctx: Ctx = { text, masked, shift, lines };
  const frontMatter = parseFrontMatter(text, tree, ctx);
  const listed = frontMatterListRoles(text, frontMatter);
  if (listed.length) ctx.masked = unmaskRanges(text, masked, listed.flatMap((p) => p.items));
  // A file of one role, its achievements listed in the front matter (layouts/front-matter.ts).
  const roleItems = frontMatterRoleItems(text, frontMatter);
  if (roleItems.length) ctx.masked = unmaskRanges(text, ctx.masked, roleItems);
  const fieldValues = codeFieldValues(text, ctx.masked);
  if (fieldValues.length) ctx.masked = unmaskRanges(text, ctx.masked, fieldValues);

  // Kind: forced → front matter → config → headings.
  // Each heading's text and normal form, once (the kind inference and the sections both read them).
  const headingText = new Map<Heading, { text: string; norm: string }>();
  const normalized: string[] = [];
  let h1s = 0;
  // A résumé whose every job is set in a block quote (`> ### Acme` / `> **Title • 2021 - 2023**` / `> - …`):
  // each such quote that opens with a heading is read as if its lines stood outside it.
  // So is a list whose every item opens with a heading ("*   ### Acme - Remote", its dates, "#### Title", bullets).
  const opensWithHeading = (n: { children: RootContent[] }) => n.children[0]?.type === "heading" && n.children[0].depth >= 2;
  const quotedParts = (nodes: RootContent[]): RootContent[] =>
    nodes.flatMap((n) => (n.type === "blockquote" && opensWithHeading(n) ? (n.children as RootContent[]) : n.type === "list" && n.children.every(opensWithHeading) ? n.children.flatMap((i) => i.children as RootContent[]) : [n]));
  for (const n of quotedParts(tree.children as RootContent[])) {
    if (n.type === "blockquote") continue;
    if (n.type !== "heading") continue;
    const inQuote = !tree.children.includes(n);
    if (inQuote) {
      const t = nodeText(n, ctx);
      headingText.set(n, { text: t, norm: normHeading(t) });
      continue;
    }
    if (n.depth === 1) h1s++;
    const t = nodeText(n, ctx);
    const norm = normHeading(t);
    headingText.set(n, { text: t, norm });
    normalized.push(norm);
  }
  const fmBlock = frontMatter?.data?.["ladderlint"];
  const fmKind = fmBlock && typeof fmBlock === "object" ? (fmBlock as Record<string, unknown>)["kind"] : undefined;
  // The front matter's title reads as a heading for the kind ("title: BRAG 2024").
  const fmTitle = frontMatter?.data?.["title"];
  const pageEmployer = employerFromFrontMatter(frontMatter?.data, isTitleText);
  const kindHeadings = typeof fmTitle === "string" ? [normHeading(fmTitle), ...normalized] : normalized;
  const told =
    options.kind ??
    (fmKind === "resume" || fmKind === "promo" ? fmKind : undefined) ??
    (options.baseKind === "resume" || options.baseKind === "promo" ? options.baseKind : undefined) ??
    // A page of one employer's roles (front matter: the employer and its years) is a résumé's part.
    (pageEmployer ? "resume" : undefined) ??
    // So is a page of one role (front matter: its title and employer), whatever its sections ("## Overview", "## Impact"): 292.
    (frontMatter?.data && roleFromFrontMatter(frontMatter.data, isTitleText) ? "resume" : undefined) ??
    inferKind(kindHeadings) ??
    kindOfTags(frontMatter?.data) ??
    kindOfFilename(options.filename);
  const decided = told !== undefined;
  let kind: DocKind = told ?? "resume";

  const build = (kind: DocKind) => {
    // A page whose front matter's title names experience ("title: Work Experience") is that section.
    // A file named for the experience ("experience_zh.md", a site's section file) with no heading, no title, no employer in it (they
    // live in another file): its items are what was achieved there, no role to hold them (300).
    const pageKind = typeof fmTitle === "string" && sectionKindOf(fmTitle) === "experience" ? "experience" : !normalized.length && experienceFile(options.filename) ? "impact" : "other";
    const implicit: Section = { heading: "", depth: 0, kind: pageKind, headingStart: 0, headingEnd: 0, start: 0, end: text.length };
    const b: Builder = { ctx, sections: [implicit], roles: [], bullets: [], prose: [], kind, company: "", companyDates: "", role: undefined, section: implicit, expDepth: 0, sectionStack: [], toolSection: undefined, manyH1: h1s > 1 };
    const top = kind === "resume" ? quotedParts(tree.children as RootContent[]) : (tree.children as RootContent[]);
    if (kind === "resume") b.stackedTitles = stackedTitleHeadings(top, (h) => headingText.get(h)?.text);
    if (kind === "resume") b.titleEmployerDates = titleEmployerDatesHeadings(top, (h) => headingText.get(h)?.text);
    if (kind === "resume") b.employerDates = employerDatesHeadings(top, (h) => headingText.get(h)?.text, (n) => nodeText(n as RootContent, ctx));
    let h1: { start: number; end: number } | undefined;
    roleFromFrontMatterBlock(b, frontMatter, roleItems);
    rolesFromFrontMatterList(b, listed);
    // An employer's page whose front matter lists no role: its title headings are the roles.
    if (kind === "resume" && pageEmployer && !b.roles.length) {
      b.pageEmployer = pageEmployer;
      b.company = pageEmployer.employer;
      b.companyDates = pageEmployer.dates;
    }

    let prev: RootContent | undefined;
    let prevContent: RootContent | undefined;
    const pseudoSections = new WeakSet<Section>();
    const headerRead = new WeakSet<RootContent>();
    for (const [ni, node] of top.entries()) {
      const before = prev;
      const beforeRule = prevContent;
      prev = node;
      // A rule between the name and the headline ("# Ana Silva", "---", "#### Staff Engineer") is no content.
      if (node.type !== "thematicBreak") prevContent = node;
      if (headerRead.has(node)) continue;
      if (node.type === "paragraph" && pandocDiv(b, ...off(node, ctx))) continue;
      if (b.div) endPandocDiv(b);
      switch (node.type) {
        case "heading": {
          const ht = headingText.get(node)!;
          // Right under the document's first heading, nothing between (a rule aside): the person's headline.
          // (The first heading an H1 or at this heading's level, and no section's name: "### Acme" then
          // "#### Senior Engineer" is a company and its title.)
          // ("### Ana Silva", "#### Staff Engineer", then "### Experience": the next heading as high as the first names a
          // section, so the first was the person's name, no company, 191.)
          const headline = beforeRule?.type === "heading" && b.sections.length === 2 && b.sections[1]!.kind === "other" && b.roles.length === 0 && (beforeRule.depth === 1 || beforeRule.depth === node.depth || nextSectionAt(top, ni, beforeRule.depth, (h) => headingText.get(h)?.text ?? ""));
          handleHeading(b, node, ht.text, ht.norm, false, headline);
          if (b.sections[b.sections.length - 1] !== b.section) b.sections.push(b.section);
          const next = top[ni + 1];
          if (next?.type === "paragraph") employerHeadingToldInFirstPerson(b, ht.text, node.depth, off(node, ctx), nodeText(next, ctx));
          if (node.depth === 1 && !h1) {
            const r = lines.lineRange(off(node, ctx)[0]);
            h1 = { start: off(node, ctx)[0], end: Math.min(off(node, ctx)[1], r.end) };
          }
          break;
        }
        case "list": {
          // A list under "Areas:" or "Technologies:" names topics or tools, not achievements.
          if (before?.type === "paragraph") {
            const label = nodeText(before, ctx).trim();
            b.topicList = TOPIC_LABEL_RE.test(label) || MEDIA_LIST_RE.test(label.slice(label.search(/[^.!?]*$/)));
          }
          // "Other roles:" then "- Technical Lead": more titles held at the role's employer (layouts/lists.ts).
          if (before?.type === "paragraph" && otherRolesList(b, node, nodeText(before, ctx))) break;
          // Under a role's "### Stack" or "#### Tecnologias Utilizadas": the tools it used.
          if (b.toolSection && b.section === b.toolSection) b.topicList = true;
          handleList(b, node, 0);
          b.topicList = false;
          break;
        }
        case "table":
          rolesFromTable(b, node);
          break;
        case "thematicBreak":
          // A rule after a list of employers ends it: what follows is no employer's.
          if (b.role && EMPLOYER_ITEM_ROLES.has(b.role)) b.role = undefined;
          break;
        case "paragraph": {
          if (text.startsWith("*[", off(node, ctx)[0]) && ABBREVIATIONS_RE.test(text.slice(...off(node, ctx)))) break;
          // "**Опыт работы**", "**Experience**" alone on a line: a section name set in bold, read as a
          // heading one level under the last real one (two in a row are at the same level).
          const pseudo = b.kind === "resume" ? pseudoHeading(node, ctx, b.section, pseudoSections) : undefined;
          if (pseudo) {
            handleHeading(b, pseudo.heading, pseudo.text, pseudo.norm, true);
            pseudoSections.add(b.section);
            if (b.sections[b.sections.length - 1] !== b.section) b.sections.push(b.section);
            break;
          }
          if (roleFromComponentNode(b, ...off(node, ctx)) || rolesFromHeaderlessTable(b, ...off(node, ctx))) break;
          // "<strong>Title</strong><br>" over "[Acme][acme]<br><i>dates</i>": a role's card (layouts/html.ts).
          if (boldTitleCardParagraph(b, ...off(node, ctx))) break;
          if (titleAtHeadingCompany(b, node) || roleHistoryLine(b, node)) break;
          if (nextCompanyLine(b, node, top[ni + 1])) break;
          // A title alone over a paragraph of its employer and dates: a role; that paragraph is its header.
          const header = titleOverHeaderLines(b, node, top[ni + 1], top[ni + 2]);
          if (header) {
            for (let k = 1; k <= header; k++) headerRead.add(top[ni + k]!);
            break;
          }
          // "**Calculista**" over "*Ago/2013 - Ago/2015.*" (and a place) right under a company heading: the title held there (255).
          const boldTitle = boldLineOverCompanyDates(b, node, top[ni + 1], top[ni + 2]);
          if (boldTitle) {
            for (let k = 1; k <= boldTitle; k++) headerRead.add(top[ni + k]!);
            break;
          }
          if (latexParagraph(b, ...off(node, ctx))) break;
          if (appointedTitleParagraph(b, node)) break;
          const inExp = b.expDepth > 0 || b.section.kind === "experience";
          if (inExp || opensRoleSection(b, node) || (b.kind === "resume" && plainTextRoles(b, ...off(node, ctx)))) handleExperienceParagraph(b, node);
          else {
            const [s, e] = off(node, ctx);
            const raw = text.slice(s, e);
            // (In a promo packet the bullet may be set in bold with its label: "**• Wow Every Customer**".)
            if ((GLYPH_RE.test(raw) || (b.kind === "promo" && EMPHASIS_GLYPH_RE.test(raw))) && isAchievementSection(b.section.kind, b.kind)) handleExperienceParagraph(b, node);
            // "_Summarise your year's results against the goals you set …_": a form's prompt,
            // set in italics and spoken to "you"; the form's words, not the author's.
            else if (b.kind === "promo" && FORM_PROMPT_RE.test(raw) && /(?<![\p{L}'’])(?:you|your)(?![\p{L}'’])/iu.test(raw)) break;
            else if (isAchievementSection(b.section.kind, b.kind) && b.kind === "promo") {
              // "[LEDG-118] …" over "[LEDG-131] …": the issues done, one item a line (layouts/paragraphs.ts).
              const tickets = ticketLines(b, s, e);
              if (tickets) {
                for (const l of tickets) addBullet(b, l.start, l.end, 0, false);
                break;
              }
              const x = addBullet(b, s, e, 0, true, node.children);
              // "**A: Engineer Growth**" alone over the items: a group's label, no achievement.
              if (x?.achievement && BOLD_LABEL_RE.test(raw) && wordCount(x.plain) <= 6 && !/[.!?]$/.test(x.plain) && !startsWithVerb(x.plain)) x.achievement = false;
            }
            else {
              const span = makeSpan(ctx, s, e);
              if (span.plain && b.section.kind !== "contact" && b.section.kind !== "skills") b.prose.push(span);
              // "### Checkout rewrite" then "*Role: Technical lead*": a project the person held a role in;
              // its items are what they did there (achievements, no role of the résumé's).
              if (b.kind === "resume" && (b.section.kind === "projects" || b.section.kind === "other") && b.section.depth >= 2 && PROJECT_ROLE_RE.test(span.plain)) b.section.kind = "impact";
            }
          }
          break;
        }
        case "code": {
          // An indented block of HTML or of list items (an HTML résumé's indentation, bullets indented
          // under a definition) is read as the HTML block it is; fenced code is code.
          const layout = codeLayout(text, node, shift, codeLayouts);
          // A title indented as code right under a dated company heading (layouts/headings.ts).
          if (!layout && before?.type === "heading" && indentedTitleUnderCompany(b, ...off(node, ctx))) break;
          if (layout?.indented) handleHtmlBlock(b, ...off(node, ctx));
          else if (layout && b.kind === "resume" && !NO_ROLES.has(b.section.kind)) {
            // A résumé pasted whole inside a fence (layouts/plain-text.ts).
            const [s] = off(node, ctx);
            const before = b.roles.length;
            plainTextParagraph(b, layout.fenced.map((l) => ({ start: s + l.start, end: s + l.end })), true);
            // The fence closes the roles it held: a line after it ("More in my profile") is not the last one's.
            if (b.roles.length > before) b.role = undefined;
          } else if (!layout && b.role && DEFINITION_ROLES.has(b.role) && !/^[ \t]*(?:```|~~~)/.test(text.slice(...off(node, ctx)))) {
            // Paragraphs indented under a definition that opened a role ("**2013-2019**" / ":   **IT
            // Quant** for Acme", then its paragraphs indented four spaces; layouts/definition-list.ts):
            // Markdown reads them as code; Pandoc as the definition's paragraphs, the role's achievements.
            const paras = indentedParagraphs(text, ...off(node, ctx));
            ctx.masked = unmaskRanges(text, ctx.masked, paras.flatMap((q) => q.lines));
            for (const q of paras) addBullet(b, q.start, q.end, 0, true);
          } else if (!layout && b.kind === "resume" && b.role && before?.type === "heading" && b.section.depth > b.role.section.depth && b.role.section.depth > 0 && b.sectionStack.includes(b.role.section) && roleItemsHeading(b.section.heading) && fencedRoleItems(text.slice(...off(node, ctx)))) {
            // "##### Aufgaben" (tasks) or "##### Erfolge" (achievements) under a role's heading, then a fence: a line an item (layouts/plain-text.ts).
            const [s, e] = off(node, ctx);
            const items = fencedRoleItems(text.slice(s, e))!.map((l) => ({ start: s + l.start, end: s + l.end }));
            ctx.masked = unmaskRanges(text, ctx.masked, items.map((l): [number, number] => [l.start, l.end]));
            for (const l of items) addBullet(b, l.start, l.end, 0, false);
          } else if (!layout && b.kind === "resume" && b.section.kind === "experience" && b.role?.section === b.section) {
            // A role's text in a fence right under its fields (layout: fenced-linkedin): its lines are prose.
            const [s, e] = off(node, ctx);
            const lines = fencedBodyLines(text.slice(s, e))?.map((l) => ({ start: s + l.start, end: s + l.end, item: l.item }));
            if (lines) {
              ctx.masked = unmaskRanges(text, ctx.masked, lines.flatMap((l) => fenceTextRuns(text.slice(l.start, l.end)).map((r): [number, number] => [l.start + r.start, l.start + r.end])));
              // Its "- " items are the role's achievements; a sentence before them introduces the role (prose).
              for (const l of lines) {
                const span = l.item ? undefined : makeSpan(ctx, l.start, l.end);
                if (span?.plain) b.prose.push(span);
              }
              plainTextParagraph(b, lines.filter((l) => l.item), true);
            }
          }
          break;
        }
        case "html": {
          // "<h2 class="…">職務経歴詳細</h2>" in a block of HTML: a section's name opens that section as a
          // Markdown heading of its level would (layouts/html.ts).
          const named = htmlSectionHeading(text.slice(...off(node, ctx)));
          if (named && b.kind === "resume") {
            const h = { type: "heading", depth: named.level, children: [], position: node.position } as Heading;
            handleHeading(b, h, named.text, normHeading(named.text));
            if (b.sections[b.sections.length - 1] !== b.section) b.sections.push(b.section);
          }
          // A box of short elements (employer, dates) right under a role heading (layouts/html.ts).
          if (before?.type === "heading" && roleHeaderBox(b, ...off(node, ctx))) break;
          if (!roleFromComponentNode(b, ...off(node, ctx)) && !rolesFromHtmlTable(b, ...off(node, ctx))) handleHtmlBlock(b, ...off(node, ctx));
          break;
        }
        case "blockquote": {
          // In a brag document or self-review a block quote is someone else's words (a manager's
          // feedback, a quoted review): neither the author's claims nor their prose.
          if (b.kind === "promo" || quotedHeader(b, node) || quotedFields(b, node)) break;
          // A project's description quoted under its dated item (layouts/paragraphs.ts).
          if (before?.type === "list" && quotedItemDescription(b, node, before)) break;
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
    closeDatedCompany(b);
    dropRecappedRoles(b);
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
  // whose headings are dates (a weekly or monthly log), or whose items open with their time of day (a day's log, 272), is a
  // brag document or self-review (DESIGN §2).
  // (One company heading read from a first-person paragraph, "## Datadog" then "I joined Datadog …", is
  // a year's story as much as a career's: no role that tells the kind.)
  const toldOnce = (b.toldEmployers ?? 0) === 1 && b.roles.length <= 1;
  // So is a page of achievements alone ("## Key Projects and Achievements", no other section, no role).
  const achievementsOnly = b.roles.length === 0 && b.sections.length > 1 && b.sections.every((x, i) => i === 0 || x.kind === "impact");
  // So is one whose sections open with a review form's questions to the person ("Which piece of your work mattered most, and why?"), two or more (281).
  if (!decided && (b.roles.length === 0 || toldOnce) && (datedLog(normalized) || timeLog(b.bullets) || achievementsOnly || firstPersonShare(b.bullets, b.prose) >= 0.3 || reviewQuestions(b.bullets, b.prose) >= 2)) {
    kind = "promo";
    ({ b, h1 } = build(kind));
  }
  const directives = collectDirectives(tree, ctx);
  const firstLine = lines.lineRange(shift);
  // DESIGN §3: the first H1, or the `target:` line in front matter, or line 1.
  const docAnchor = h1 ?? frontMatter?.target ?? { start: firstLine.start, end: firstLine.end };
  // Headings and titles come after the prose: they fill the sample when the prose is short (a résumé
  // in tables, whose cells are no prose).
  const sample = fallbackSample(languageSample(prosePieces(b.bullets, b.prose), [...b.sections.map((x) => x.heading), ...b.roles.map((r) => r.title)]), text);
  let language = memo("language", sample, () => detectLanguage(sample));
  let otherLanguageSections = language.code === "en" ? otherLanguageHalves(b.sections, b.bullets, b.prose) : [];
  // Another script mixed through an English reading, in no half of its own: that language. Or the
  // bullets and prose mostly in another script, whatever halves were told (a slide deck's layout lines
  // read as English headings): the document's language.
  if (language.code === "en" && NOT_LATIN_RE.test(text)) {
    const mixed = !otherLanguageSections.length ? mixedScriptLanguage(text) : mostlyOtherScript(prosePieces(b.bullets, b.prose)) ? otherScriptLanguage(text) : undefined;
    if (mixed) {
      language = mixed;
      otherLanguageSections = [];
    }
  } else if (LATIN_SCRIPT_LANGUAGES.has(language.code) && NOT_LATIN_RE.test(text) && mostlyOtherScript(prosePieces(b.bullets, b.prose))) {
    // Read as French or another language written in Latin letters, though the bullets and prose are mostly in another script
    // (a Chinese CV: its sentences, with their "，", leave the sample, and the tools' names in it tip franc): that script's language (203).
    language = otherScriptLanguage(text) ?? language;
  }

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
    // Every document has the same fields, the optional ones undefined (one object shape for the rules).
    otherLanguageSections: otherLanguageSections.length ? otherLanguageSections : undefined,
    skippedLines: guarded.long.length ? guarded.long : undefined,
    skippedBlocks: deepBlocks.length ? deepBlocks : undefined,
    sentences: sentencesOf(b.bullets),
    lineCol: (o: number) => lines.lineCol(o),
    offsetAt: (l: number, c: number) => lines.offsetAt(l, c),
  };
}



// The reader's parts, as this module has always exported them.
export { splitSentences };
export { takeDates, isDatesLine, parseRoleLine, cleanPart, DATE_GRAMMAR } from "./roleline.js";
export { blankUrls } from "./mask.js";
export { MAX_LINE_CHARS, MAX_NESTING } from "./guards.js";
export { sectionKindOf } from "./sections.js";
