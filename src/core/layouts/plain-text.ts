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
