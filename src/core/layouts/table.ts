// Layout: roles as the rows of a table (DESIGN §2b), one column each for the dates, the title and
// the employer, named by the header row:
//   | Period            | Position            | Company          |
//   | ----------------- | ------------------- | ---------------- |
//   | May 2023 - today  | Lead Developer      | Tailwind Traders |
// Without a header that names them, a column is the title's when most of its cells are titles and
// the dates' when most hold dates. An HTML `<table>` is read the same way.
// Fixtures: test/fixtures/layouts/28-table-roles.md, 35-html-table.md. Pure.
import { type Builder, NO_ROLES, newRole, off } from "../builder.js";
import { cleanPart, hasDateText, isTitleText, takeDates } from "../roleline.js";
import type { Table } from "mdast";
export type Column = "title" | "employer" | "dates";

const HEADERS: [Column, RegExp][] = [
  ["title", /^(?:position|title|job(?: title)?|role|rolle|funktion|cargo|puesto|poste|fonction|ruolo|stanowisko|должность|позиция)$/i],
  ["employer", /^(?:company|employer|organi[sz]ation|client|unternehmen(?: \/ projekt)?|firma|arbeitgeber|empresa|entreprise|soci[ée]t[ée]|azienda|firma|компания|организация)$/i],
  ["dates", /^(?:dates?|period|years?|when|time|duration|zeitraum|zeit|periode|per[ií]odo|p[ée]riode|fechas?|anni|okres|период|годы)$/i],
];

/** Which column holds each field, from the header cells or, failing that, from the body cells. */
export function tableColumns(header: string[], rows: string[][], t: { isTitle(s: string): boolean; hasDates(s: string): boolean }, guess = true): Partial<Record<Column, number>> {
  const out: Partial<Record<Column, number>> = {};
  header.forEach((h, i) => {
    const name = h.replace(/[*_`]/g, "").trim();
    for (const [col, re] of HEADERS) if (out[col] === undefined && re.test(name)) out[col] = i;
  });
  if (out.title !== undefined && (out.dates !== undefined || out.employer !== undefined)) return out;
  // No header names them: most of a column's cells are titles, or dates.
  if (!guess || rows.length < 2) return {};
  const share = (i: number, f: (s: string) => boolean) => rows.filter((r) => r[i] && f(r[i]!)).length / rows.length;
  const found: Partial<Record<Column, number>> = {};
  for (let i = 0; i < header.length; i++) {
    if (found.dates === undefined && share(i, t.hasDates) >= 0.6) found.dates = i;
    else if (found.title === undefined && share(i, t.isTitle) >= 0.6) found.title = i;
  }
  return found.title !== undefined && found.dates !== undefined ? found : {};
}

type Cell = { text: string; at: [number, number] };

/** A table whose rows are roles (layouts/table.ts): a role per row with a title, at the title's cell. */
export function rolesFromTable(b: Builder, table: Table): void {
  if (b.kind !== "resume" || NO_ROLES.has(b.section.kind) || table.children.length < 2) return;
  // A table's text is masked (it is no prose): its cells are read from the source, markup stripped.
  rolesFromRows(b, table.children.map((row) => row.children.map((c) => cellAt(b, off(c, b.ctx)))));
}

function cellAt(b: Builder, at: [number, number]): Cell {
  const raw = b.ctx.text.slice(...at);
  const text = cleanPart(raw.replace(/<[^>]*>|[*_`|]/g, " ").replace(/&nbsp;/g, " "));
  // A logo alone in the cell names the company by its alt text.
  return { text: text || cleanPart(/<img\s[^>]*\balt="([^"]*)"/i.exec(raw)?.[1] ?? ""), at };
}

const ROW_RE = /<tr[\s>][\s\S]*?<\/tr>/gi;
const CELL_RE = /<t([hd])(?:\s[^>]*)?>([\s\S]*?)<\/t\1>/gi;
const ROWSPAN_RE = /\browspan\s*=\s*["']?(\d+)/i;

/**
 * An HTML `<table>` whose header cells name the columns (`<th>Role</th><th>Dates</th>`), or whose
 * columns hold titles and dates: a role per `<tr>`, as a Markdown table. `[s, e]`: the HTML block.
 * Returns true when roles were read. Fixture: test/fixtures/layouts/35-html-table.md.
 */
export function rolesFromHtmlTable(b: Builder, s: number, e: number): boolean {
  const html = b.ctx.text.slice(s, e);
  if (b.kind !== "resume" || NO_ROLES.has(b.section.kind) || !/<table[\s>]/i.test(html)) return false;
  const rows: Cell[][] = [];
  // Cells that span rows below their own ('<td rowspan=5>Infosys</td>'): each row under them gets them
  // back at their column (held-out round 5).
  let spans: { col: number; cell: Cell; left: number }[] = [];
  for (const row of html.matchAll(ROW_RE)) {
    const own: Cell[] = [];
    const spanning: { cell: Cell; rows: number }[] = [];
    for (const c of row[0].matchAll(CELL_RE)) {
      const start = s + row.index! + c.index! + c[0].indexOf(">") + 1;
      const cell = cellAt(b, [start, start + c[2]!.length]);
      own.push(cell);
      const n = Number(ROWSPAN_RE.exec(c[0].slice(0, c[0].indexOf(">")))?.[1] ?? 1);
      spanning.push({ cell, rows: n });
    }
    const cells: Cell[] = [];
    let k = 0;
    const carried = spans.filter((x) => x.left > 0);
    for (let col = 0; k < own.length || carried.some((x) => x.col >= col); col++) {
      const from = carried.find((x) => x.col === col);
      if (from) cells.push(from.cell);
      else if (k < own.length) {
        if (spanning[k]!.rows > 1) spans.push({ col, cell: own[k]!, left: spanning[k]!.rows });
        cells.push(own[k++]!);
      } else break;
    }
    for (const x of spans) x.left--;
    spans = spans.filter((x) => x.left > 0);
    if (cells.length) rows.push(cells);
  }
  const before = b.roles.length;
  if (rows.length >= 2) rolesFromRows(b, rows);
  return b.roles.length > before;
}

function rolesFromRows(b: Builder, cells: Cell[][]): void {
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

