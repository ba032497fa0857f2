// Layout: a résumé written in LaTeX inside a Markdown file (for a Pandoc-to-PDF build), its role
// header a table row and its achievements \item lines:
//   \begin{tabularx}{\textwidth}{lXr}
//   \textbf{Head of Engineering} & \textbf{Tailwind Traders} & \textbf{Mar 2022 – Present} \\
//   \end{tabularx}
//   \begin{itemize}
//     \item Grew the platform group from 12 to 40 engineers
//   \end{itemize}
// Fixture: test/fixtures/layouts/29-latex.md. Pure: no vscode, no fs.
import { type Builder, NO_ROLES, addBullet, newRole } from "../builder.js";
import { parseRoleLine } from "../roleline.js";
const ROW_RE = /^\s*(.+?)\s*\\\\\s*(?:\\hline\s*)?$/;
const ITEM_RE = /^\s*\\item(?:\[[^\]]*\])?\s+(?=\S)/;

/** "\&" → "&", "\textbf{Acme}" → "Acme": a cell's words. */
export function latexText(s: string): string {
  return s
    .replace(/\\(?:textbf|textit|emph|underline|textsc|mbox|href\{[^}]*\})\{([^{}]*)\}/g, "$1")
    .replace(/\\([&%$#_])/g, "$1")
    .replace(/\\[a-zA-Z]+\*?(?:\{[^{}]*\})*/g, " ")
    .replace(/[{}]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A table row's cells ("A & B & C \\"), or undefined when the line is not a row of two cells or more. */
export function latexRow(line: string): string[] | undefined {
  const m = ROW_RE.exec(line);
  if (!m) return undefined;
  const cells = m[1]!.split(/(?<!\\)&/).map(latexText);
  return cells.length >= 2 && cells.every((c) => c) ? cells : undefined;
}

/** Where an \item line's text starts, or -1. */
export function latexItem(line: string): number {
  const m = ITEM_RE.exec(line);
  return m ? m[0].length : -1;
}

/** True when a paragraph is LaTeX (an environment, an \item or a row). */
export function isLatex(raw: string): boolean {
  return /\\(?:begin|end)\{|^\s*\\item\b/m.test(raw);
}

/** A LaTeX paragraph (layouts/latex.ts): a table row that is a role line, and \item lines as its bullets. */
export function latexParagraph(b: Builder, s: number, e: number): boolean {
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

