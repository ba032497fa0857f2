// Layout: a plain-text résumé pasted into a Markdown file (DESIGN §2b: plain text). No Markdown
// headings or list markers; columns are lined up with tabs or runs of spaces, a section name stands
// alone on its line, and each line under a role line is one achievement:
//   Experience
//   Engineering Manager<TAB><TAB>Tailwind Traders<TAB><TAB>7/21 - 10/22
//   Stack: Go, Kafka, PostgreSQL
//   Grew the payments team from 3 to 9 engineers.
//   Skills
// Markdown folds those lines into one paragraph; this module tells the reader how to split it again.
// Fixture: test/fixtures/layouts/23-plain-text.md. Pure: no vscode, no fs.
import { type Builder, NO_ROLES, addBullet, newRole } from "../builder.js";
import { type RoleParts, hasDateText, isTitleText, parseRoleLine, takeDates } from "../roleline.js";
import { sectionKindOf } from "../sections.js";
import type { Section } from "../types.js";
/** Columns: text separated by a tab or by three or more spaces. */
const COLUMN_GAP = /\s*\t\s*|\s{3,}/;

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
  if (parts?.dates) return parts;
  const cols = columns(text);
  const one = oneLineRole(cols, isTitleText, hasDateText);
  return one ? { ...one, dates: takeDates(cols[1]!).dates } : undefined;
}
const COLUMN_HINT = /\t| {3}/;

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

/**
 * A plain-text résumé's paragraph, line by line: section names, role lines in columns, and one
 * achievement per line (a line that starts in lower case, or follows a comma, continues the one above).
 */
export function plainTextParagraph(b: Builder, lines: { start: number; end: number }[]): void {
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

