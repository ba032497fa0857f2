// Layout: a plain-text résumé pasted into a Markdown file (DESIGN §2b: plain text). No Markdown
// headings or list markers; columns are lined up with tabs or runs of spaces, a section name stands
// alone on its line, and each line under a role line is one achievement:
//   Experience
//   Engineering Manager<TAB><TAB>Tailwind Traders<TAB><TAB>7/21 - 10/22
//   Stack: Go, Kafka, PostgreSQL
//   Grew the payments team from 3 to 9 engineers.
//   Skills
// Markdown folds those lines into one paragraph; this module tells the reader how to split it again.
// The same résumé may sit inside one code fence (a plain-text résumé pasted whole, or a LinkedIn-style
// draft with **Title** lines and "- " bullets): a fence with no language, or text/markdown, that
// holds two role lines or more is read the same way, its markup left out. Columns may be joined by a
// leader ("2011-2012   ACME, Senior SE ---------- Boston MA"), and in a fence a line that follows one
// ending mid-sentence continues it (wrapped by hand, indented under its role line). A LinkedIn draft
// may also give each role's fields outside ("**Title:** `Staff Engineer`") and only its text in a
// fence: an intro sentence (prose) and "- " items (its achievements). A fence tagged as a shell
// ("```bash") holds text the same way when none of its lines is a command, a comment or code: under a
// role's heading its "- " items are the role's, a short line ending in a colon ("[*] Duties:") labels
// them, and an item that is only a title and its dates ("- Support Engineer (2017 - 2019)") is a title
// held before at that employer, a role of its own (72). A career told in brief in a fence, an
// employer's name and dates on a line ("🔹 Pellucid Freight (2023–present)", a glyph may lead it) over
// items ("— Backend and CI/CD"), is a role with no title there each, and its section one of
// experience (103). A fence right under a role's heading of its tasks or achievements ("##### Aufgaben", "##### Erfolge")
// holds one item of the role a line, however short (217).
// Fixtures: test/fixtures/layouts/23-plain-text.md, 31-fenced-plain.md, 32-fenced-linkedin.md,
// 40-fenced-leaders.md, 45-fenced-role-text.md, 72-shell-fenced-role-text.md,
// 103-fenced-employer-dates-items.md, 217-fenced-tasks-under-role-heading.md.
// Pure: no vscode, no fs.
import { type Builder, NO_ROLES, addBullet, newRole } from "../builder.js";
import { GLYPH_RE, type RoleParts, TITLE_RE, hasDateText, isTitleText, namePart, parseRoleLine, takeDates, wordCount } from "../roleline.js";
import { sectionKindOf } from "../sections.js";
import type { Section } from "../types.js";
/**
 * Columns: text separated by a tab, by three or more spaces, or by a leader of dashes, dots or
 * underscores between spaces ("Acme, Senior Engineer ---------- Boston MA").
 */
const COLUMN_GAP = /\s*\t\s*|\s{3,}|\s+(?:-{4,}|\.{4,}|_{4,}|·{4,})\s+/;

/** The line's columns, trimmed; one column when the line has no gap. */
export function columns(line: string): string[] {
  return line
    .trim()
    .split(COLUMN_GAP)
    .map((c) => c.trim())
    .filter(Boolean);
}

/** The line with its column gaps shown as " | " (the separator the role-line reader knows). */
export function barred(line: string): string {
  return columns(line).join(" | ");
}

/** True when the line has at least two columns. */
export function hasColumns(line: string): boolean {
  return columns(line).length >= 2;
}

/**
 * A section name on a line of its own, maybe padded with tabs ("Experience\t\t\t", "SKILLS"): the
 * plain-text form of a heading. `kindOf` is the reader's section-name test.
 */
export function sectionLine<K>(line: string, kindOf: (heading: string) => K | undefined): K | undefined {
  const cols = columns(line);
  if (cols.length !== 1) return undefined;
  const t = cols[0]!;
  if (t.length > 40 || /[.!?,;]$/.test(t) || t.split(/\s+/).length > 4) return undefined;
  return kindOf(t.replace(/:$/, ""));
}

/**
 * "Engineer - Acme - Built the storefront.  <TAB> 2010-2011": a one-line role of an older job,
 * its title, employer and what it was, then the dates in their own column.
 */
export function oneLineRole(cols: string[], isTitle: (s: string) => boolean, hasDates: (s: string) => boolean): { title: string; employer: string } | undefined {
  if (cols.length !== 2 || !hasDates(cols[1]!) || hasDates(cols[0]!)) return undefined;
  const parts = cols[0]!.split(/\s+[-–—|]\s+/).map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3) return undefined;
  const [title, employer] = parts as [string, string];
  if (!isTitle(title) || title.split(/\s+/).length > 6 || employer.split(/\s+/).length > 6) return undefined;
  return { title, employer };
}

/** The role a plain-text line holds: columns with a title and dates ("Engineer<TAB>Acme<TAB>1/24 - 1/25"). */
function plainRoleLine(text: string, raw = text): RoleParts | undefined {
  // The gaps are the author's (in the raw line), not markup the masked text blanked ("**A** — B").
  if (!COLUMN_HINT.test(raw) || !hasColumns(raw) || !hasColumns(text)) return undefined;
  const bar = barred(text);
  const parts = parseRoleLine(bar, { heading: false });
  if (parts?.dates && !parts.employer) {
    // "Engineering Manager, Tailwind Traders<gap>2021 - Present": the comma splits the first column.
    const alt = parseRoleLine(columns(text).join(", "), { heading: false });
    if (alt?.dates && alt.employer) return alt;
  }
  if (parts?.dates) return employerFirst(parts);
  const cols = columns(text);
  const one = oneLineRole(cols, isTitleText, hasDateText);
  return one ? { ...one, dates: takeDates(cols[1]!).dates } : undefined;
}
/**
 * "2011-2012<gap>ACME CORP, Senior SE<gap>Boston MA": the employer before the title in one column, the
 * place after it in another.
 */
function employerFirst(parts: RoleParts): RoleParts {
  const pieces = parts.title.split(/\s*,\s*/);
  if (pieces.length < 2 || TITLE_RE.test(pieces[0]!) || !isTitleText(pieces[1]!)) return parts;
  return { ...parts, title: pieces.slice(1).join(", "), employer: pieces[0]! };
}
const COLUMN_HINT = /\t| {3}| (?:-{4,}|\.{4,}|_{4,}|·{4,}) /;

/** True when the paragraph's lines are a plain-text résumé's (layouts/plain-text.ts). */
export function plainTextRoles(b: Builder, s: number, e: number): boolean {
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

const TEXT_FENCE_RE = /^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*(?:text|txt|plain|plaintext|md|markdown)?[ \t]*$/i;
/** A fence tagged as a shell session ("```bash"): text when no line of it reads as a command or comment. */
const SHELL_FENCE_RE = /^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*(?:bash|sh|shell|console|zsh)[ \t]*$/i;
const SHELL_LINE_RE = /^\s*(?:#|\$\s|sudo\s|cd\s|export\s|echo\s)|\s(?:&&|\|\||>>?|2>)\s|\s--?[a-z][\w-]*(?:=|\s|$)/;

/**
 * Whether a fence holds text, not code: no language or text/markdown, or a shell tag ("```bash") on
 * lines none of which is a command, a comment or code (a résumé's text set in a fence for its look).
 */
function textFence(src: string, nl: number): boolean {
  const open = src.slice(0, nl).replace(/\r$/, "");
  if (TEXT_FENCE_RE.test(open)) return true;
  if (!SHELL_FENCE_RE.test(open)) return false;
  const body = src.slice(nl + 1).split("\n").slice(0, -1);
  return !body.some((l) => SHELL_LINE_RE.test(l) || FENCE_CODE_RE.test(l));
}
const FENCE_MARKUP_RE = /^[ \t]*#{1,6}[ \t]+|[*`]+/g;
const FENCE_ITEM_RE = /^[ \t]*(?:[-*+•—–]|\d{1,2}[.)])[ \t]+(?=\S)/;

/** A line of a fenced résumé as text: its Markdown marks ("### ", "**", "`") as spaces of the same length. */
function fenceText(line: string): string {
  return line.replace(FENCE_MARKUP_RE, (m) => " ".repeat(m.length));
}

/** A role line inside a fence: columns, or "Title, Company, dates" / "**Title** at Company (dates)". */
function fenceRoleLine(line: string): RoleParts | undefined {
  if (FENCE_ITEM_RE.test(line)) return undefined;
  const t = fenceText(line);
  const cols = plainRoleLine(t, line);
  if (cols) return cols;
  const parts = wordCount(t) <= 14 ? parseRoleLine(t, { heading: false }) : undefined;
  return parts?.dates ? parts : undefined;
}

/**
 * "🔹 Eventus24 (2024–настоящее время)" over "— Backend + infrastructure" items: in a fence, an
 * employer's name (a glyph may lead it) with its dates and no title, items right under it: a role
 * with no title there.
 */
function fenceEmployerLine(line: string, next: string | undefined): RoleParts | undefined {
  if (next === undefined || !FENCE_ITEM_RE.test(next) || FENCE_ITEM_RE.test(line)) return undefined;
  const t = fenceText(line).replace(GLYPH_RE, "").trim();
  const { dates, rest } = takeDates(t);
  if (!dates) return undefined;
  const employer = namePart(rest);
  if (!employer || !/^[\p{Lu}\p{N}]/u.test(employer) || wordCount(employer) > 4 || /[.!?:;,]/.test(employer) || isTitleText(employer)) return undefined;
  return { title: "", employer, dates };
}

/** The next line of `lines` with text, after index `i`. */
function nextText(lines: string[], i: number): string | undefined {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.trim()) return lines[j];
  return undefined;
}

/**
 * The content lines of a fenced block that holds a résumé as text (offsets in `src`, the block's
 * source), or undefined: the fence names no language or text/markdown, and two of its lines or more
 * are role lines.
 */
export function fencedResumeLines(src: string): { start: number; end: number }[] | undefined {
  const lines = textFenceLines(src);
  if (!lines) return undefined;
  // (The next line's text is looked for in the block as written, its closing fence too.)
  const body = src.slice(src.indexOf("\n") + 1).split("\n");
  let roles = 0;
  for (let i = 0; i < lines.length && roles < 2; i++) if (fenceRoleLine(lines[i]!.line) || fenceEmployerLine(lines[i]!.line, nextText(body, i))) roles++;
  return roles >= 2 ? lines.map((l) => ({ start: l.at, end: l.at + l.line.length })) : undefined;
}

/** The lines inside a fence with no language, or text/markdown (textFence), each with its offset in `src`; the closing fence ends them. */
function textFenceLines(src: string): { line: string; at: number }[] | undefined {
  const nl = src.indexOf("\n");
  if (nl < 0 || !textFence(src, nl)) return undefined;
  const out: { line: string; at: number }[] = [];
  let at = nl + 1;
  const body = src.slice(at).split("\n");
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!.replace(/\r$/, "");
    if (i === body.length - 1 && /^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*$/.test(line)) break;
    out.push({ line, at });
    at += body[i]!.length + 1;
  }
  return out;
}

const FENCE_LABEL_RE = /^[^:]*\S:\s*$/;

/** A line of code in a fence: ends in a brace or semicolon, holds an arrow or an assignment, or opens with a keyword. */
// (The keywords in lower case, as code writes them: "For this task, …" opens a sentence.)
const FENCE_CODE_RE = /[{};]\s*$|=>|\s=\s|^\s*(?:def|function|const|let|var|import|return|if|for|while|class|[Ss][Ee][Ll][Ee][Cc][Tt]|\$)\b/;

/**
 * The content lines of a fenced block that holds one role's text (a LinkedIn draft: a role's fields
 * above the fence, its intro sentence and "- " achievements inside), or undefined: the fence names no
 * language or text/markdown, it holds a "- " item, and every line is a sentence or item of five words
 * or more, none of them code. Offsets in `src`, the block's source; `item` marks the "- " items (the
 * achievements; a line of prose there introduces the role).
 */
export function fencedBodyLines(src: string): { start: number; end: number; item: boolean }[] | undefined {
  const nl = src.indexOf("\n");
  if (nl < 0 || !textFence(src, nl)) return undefined;
  const out: { start: number; end: number; item: boolean }[] = [];
  let at = nl + 1;
  let items = 0;
  const body = src.slice(at).split("\n");
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!.replace(/\r$/, "");
    if (i === body.length - 1 && /^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*$/.test(line)) break;
    const item = FENCE_ITEM_RE.test(line);
    // "[*] Responsibilities:", "- Built for the platform team:": a label over the items, neither an
    // item nor prose.
    if (FENCE_LABEL_RE.test(line) && wordCount(line) <= 6) {
      at += body[i]!.length + 1;
      continue;
    }
    if (line.trim()) {
      if (FENCE_CODE_RE.test(line) || wordCount(line) < 5) return undefined;
      if (item) items++;
    }
    out.push({ start: at, end: at + line.length, item });
    at += body[i]!.length + 1;
  }
  return items ? out : undefined;
}

/** Under a role, a heading that names its tasks ("##### Aufgaben", "#### Responsibilities", "Tâches") (an achievements heading is one of "impact"). */
const ROLE_TASKS_HEADING_RE = /^(?:aufgaben|t[äa]tigkeiten|verantwortlichkeiten|(?:key\s+|main\s+)?(?:responsibilities|duties|tasks)|responsabilidades|responsabilit[ée]s|missions|t[âa]ches|tarefas|atividades|actividades|tareas|funciones|fun[çc][õo]es)$/i;

/** Whether a heading's text names a role's tasks or its achievements (fencedRoleItems). */
export function roleItemsHeading(text: string): boolean {
  const t = text.trim().replace(/:$/, "");
  return ROLE_TASKS_HEADING_RE.test(t) || sectionKindOf(t) === "impact";
}

/**
 * A fence right under a role's heading of its tasks or achievements ("##### Aufgaben", "##### Erfolge"), text and no code:
 * each line one item of the role ("Betreuung der Server an drei Standorten", "Datensicherung"), however short; a line with
 * no word of three letters ("s.o.", see above) is none. Offsets in `src`, the block's source (217).
 */
export function fencedRoleItems(src: string): { start: number; end: number }[] | undefined {
  const lines = textFenceLines(src);
  if (!lines || lines.some((l) => FENCE_CODE_RE.test(l.line) || wordCount(l.line) > 40)) return undefined;
  const out = lines.filter((l) => /\p{L}{3,}/u.test(l.line)).map((l) => ({ start: l.at + l.line.length - l.line.trimStart().length, end: l.at + l.line.trimEnd().length }));
  return out.length ? out : undefined;
}

/** Where a fenced résumé's line holds text: the runs between its Markdown marks (for the masked text). */
export function fenceTextRuns(line: string): { start: number; end: number }[] {
  const t = fenceText(line).replace(FENCE_ITEM_RE, (m) => " ".repeat(m.length));
  return [...t.matchAll(/\S(?:.*\S)?/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** "Senior Engineer (Oct 2018 - Jun 2020)": an item of a fence that is only a title and its dates. */
function heldTitle(text: string): RoleParts | undefined {
  const t = fenceText(text).trim();
  if (wordCount(t) > 10) return undefined;
  const parts = parseRoleLine(t, { heading: false });
  return parts?.dates && !parts.employer && isTitleText(parts.title) ? parts : undefined;
}

/**
 * A plain-text résumé's paragraph (or fenced block), line by line: section names, role lines in
 * columns, and one achievement per line (a line that starts in lower case, or follows a comma,
 * continues the one above; in a fence, "- " opens one).
 */
export function plainTextParagraph(b: Builder, lines: { start: number; end: number }[], fenced = false): void {
  const masked = b.ctx.masked;
  let cur: { start: number; end: number } | undefined;
  const flush = () => {
    if (cur) addBullet(b, cur.start, cur.end, 0, false);
    cur = undefined;
  };
  const raws = lines.map((l) => b.ctx.text.slice(l.start, l.end));
  for (const [i, l] of lines.entries()) {
    const raw = raws[i]!;
    const text = fenced ? fenceText(raw) : masked.slice(l.start, l.end);
    if (!text.trim()) {
      if (fenced) flush();
      continue;
    }
    if (fenced) {
      const item = FENCE_ITEM_RE.exec(raw);
      const held = item && b.role ? heldTitle(raw.slice(item[0].length)) : undefined;
      if (held && b.role) {
        // "- Senior Engineer (Oct 2018 - Jun 2020)" under a role's heading: a title held before it at
        // its employer, a role of its own; the items that follow stay the heading's.
        flush();
        const head = b.role;
        newRole(b, { ...held, employer: held.employer || head.employer }, l.start + item![0].length, l.end);
        b.role = head;
        continue;
      }
      if (item) {
        flush();
        cur = { start: l.start + item[0].length, end: l.end };
        continue;
      }
      const parts = fenceRoleLine(raw) ?? fenceEmployerLine(raw, nextText(raws, i));
      if (parts) {
        flush();
        // The fence holds the career: its section is one of experience ("### Кратко о работе").
        if (b.section.kind === "other" || b.section.kind === "summary") b.section.kind = "experience";
        newRole(b, parts, l.start, l.end);
        continue;
      }
    }
    const kind = sectionLine(text.replace(/:\s*$/, ""), sectionKindOf);
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
    const parts = fenced ? undefined : plainRoleLine(text, raw);
    if (parts) {
      flush();
      newRole(b, parts, l.start, l.end);
      continue;
    }
    const trimmed = text.trim();
    // In a fence, a line that follows one ending mid-sentence continues it (text wrapped by hand).
    const wrapped = fenced && cur !== undefined && !/[.!?:;]\s*$/.test(fenceText(b.ctx.text.slice(cur.start, cur.end)));
    if (cur && (wrapped || /^\p{Ll}/u.test(trimmed) || /,\s*$/.test(masked.slice(cur.start, cur.end)))) {
      cur.end = l.end;
      continue;
    }
    flush();
    cur = { start: l.start, end: l.end };
  }
  flush();
}

