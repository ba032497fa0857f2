// Layout: roles as the rows of a table (DESIGN §2b), one column each for the dates, the title and
// the employer, named by the header row:
//   | Period            | Position            | Company          |
//   | ----------------- | ------------------- | ---------------- |
//   | May 2023 - today  | Lead Developer      | Tailwind Traders |
// Without a header that names them, a column is the title's when most of its cells are titles and
// the dates' when most hold dates. An HTML `<table>` is read the same way; titles stacked in one cell
// as a list are a role each, and a later table keyed by company whose cells list items gives those
// companies' roles their achievements; cells that name their field by class (`<td class="position">`,
// `<td class="duration">`) make every row a role, with no header row.
// A project's table of fields, one a row ("| 担当役割 | … |"), under dated headings gives a role (128).
// Fixtures: test/fixtures/layouts/28-table-roles.md, 35-html-table.md, 48-html-tables-stacked-items.md,
// 53-html-table-classed-cells.md, 128-project-field-table-role.md, 159 (a header naming the employer and
// the title, no project: a short title cell in a script other than Latin is one whatever its words, "営業";
// "時期" names the dates), 192 (kramdown's table with no header, "| --- | --- |" first: a paragraph to Markdown;
// "Title bei Employer" in one cell), 193, 198 (a header naming the post, "岗位", beside "公司名称"), 230 (a job as a card:
// "| Employer | Title |" over "| *Depuis 2021* | *Lyon* |", in a document of any kind). Pure.
import { type Builder, NO_ROLES, addBullet, newRole, off } from "../builder.js";
import { cleanPart, hasDateText, isTitleText, namePart, parseRoleLine, takeDates, wordCount } from "../roleline.js";
import type { Table } from "mdast";
export type Column = "title" | "employer" | "dates";

const HEADERS: [Column, RegExp][] = [
  ["title", /^(?:position|title|job(?: title)?|role|rolle|funktion|cargo|puesto|poste|fonction|ruolo|stanowisko|должность|позиция|(?:主な|担当)?(?:役割|役職|職位|担当)|职位|职务|职务|担任职务|岗位|崗位)$/i],
  ["employer", /^(?:company|employer|organi[sz]ation|client|unternehmen(?: \/ projekt)?|firma|arbeitgeber|empresa|entreprise|soci[ée]t[ée]|azienda|firma|компания|организация|(?:所属|勤務先|会社(?:名)?)(?:[／/]屋号)?|公司(?:名称)?|工作单位)$/i],
  ["dates", /^(?:dates?|period|years?|when|time|duration|zeitraum|zeit|periode|per[ií]odo|p[ée]riode|fechas?|anni|okres|период|годы|(?:在籍)?(?:期間|時期)|期间|时间|起止时间|任职时间)$/i],
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

type Cell = { text: string; at: [number, number]; cls?: string };

const PROJECT_HEADER_RE = /^\s*(?:projects?|projekte?|projet|proyecto|progetto|проекты?|プロジェクト|项目)\s*$/i;

/** A table's "Start" and "End" columns (the dates in two cells). */
const START_RE = /^(?:start|from|since|begin|beginning|started|von|desde|début|inizio)$/i;
const END_RE = /^(?:end|to|until|ended|bis|hasta|fin|fine)$/i;

/** A table whose rows are roles (layouts/table.ts): a role per row with a title, at the title's cell. */
export function rolesFromTable(b: Builder, table: Table): void {
  if (NO_ROLES.has(b.section.kind) || table.children.length < 2) return;
  // A table's text is masked (it is no prose): its cells are read from the source, markup stripped.
  const rows = table.children.map((row) => row.children.map((c) => cellAt(b, off(c, b.ctx))));
  if (roleCardTable(b, rows)) return;
  if (b.kind !== "resume") return;
  const before = b.roles.length;
  rolesFromRows(b, rows);
  if (b.roles.length === before) roleFromFieldRows(b, rows);
}

/**
 * "| Kestrel Freight | Lead Developer |" over "| *Since 2021* | *Lyon* |": a table of two columns and one row under its
 * header, the header the employer and the title (either way round), the row the dates alone in one cell (the place
 * in the other): one job told as a card, its header the role line, whatever the document's kind (230).
 */
function roleCardTable(b: Builder, rows: Cell[][]): boolean {
  if (rows.length !== 2 || rows.some((r) => r.length !== 2)) return false;
  const [head, body] = rows as [Cell[], Cell[]];
  const ti = head.findIndex((c) => isTitleText(c.text));
  const title = head[ti];
  const employer = head[1 - ti];
  if (!title || !employer?.text || isTitleText(employer.text) || hasDateText(employer.text) || hasDateText(title.text) || wordCount(employer.text) > 5 || /[.!?:;]$/.test(employer.text)) return false;
  // ("*De 2014 à 2018*": a word of "from" or "since" may open the dates.)
  const dated = body.map((c) => ({ c, d: takeDates(c.text) }));
  const when = dated.find(({ d }) => d.dates && !cleanPart(d.rest.replace(/^\s*(?:de|depuis|du|from|since|von|seit|ab|desde|dal|da)\s*$/iu, "")));
  const other = body.find((c) => c !== when?.c);
  if (!when || !other || hasDateText(other.text) || wordCount(other.text) > 5) return false;
  if (b.section.kind === "other" || b.section.kind === "summary") b.section.kind = "experience";
  const raw = b.ctx.text.slice(...title.at);
  const at = title.at[0] + Math.max(0, raw.indexOf(title.text));
  newRole(b, { title: title.text, employer: employer.text, dates: when.d.dates }, at, at + title.text.length);
  return true;
}

/**
 * A project's overview as a table of fields, one a row ("| 担当役割 | フロントエンドリード |", "| 期間 |
 * 2023 年 2 月〜 |"), under a dated heading: the row named as the role gives a role at that row, whatever
 * its words. The dated heading it stands under is the role's (what follows, to the next heading at that
 * depth, is its); a dated heading above that one names the employer.
 */
function roleFromFieldRows(b: Builder, rows: Cell[][]): void {
  const value = (col: Column) => rows.find((r) => r.length === 2 && HEADERS.find(([c]) => c === col)![1].test(r[0]!.text))?.[1];
  const title = value("title");
  const dated = b.sectionStack.filter((x) => x.depth > b.expDepth && takeDates(x.heading).dates).reverse();
  if (!title?.text || rows.some((r) => r.length !== 2) || wordCount(title.text) > 8 || /[.!?。]$/.test(title.text) || !dated.length || b.section.kind !== "experience") return;
  // ("2021 年 4 月〜 / 株式会社 Acme (正社員)": the name after the last separator.)
  const employer = dated[1] ? namePart(dated[1].heading.split(/\s[/|]\s/).pop()!) : (value("employer")?.text ?? "");
  const period = value("dates")?.text ?? "";
  const dates = hasDateText(period) ? period : takeDates(dated[0]!.heading).dates;
  const section = b.section;
  newRole(b, { title: title.text, employer, dates }, title.at[0], title.at[1]).section = dated[0]!;
  b.section = section;
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
const CLASS_RE = /\bclass\s*=\s*["']([^"']*)["']/i;
const TITLE_CLASS_RE = /\b(?:position|title|role|job)\b/i;
const DATES_CLASS_RE = /\b(?:duration|dates?|period|years?|time)\b/i;
const EMPLOYER_CLASS_RE = /\b(?:company|employer|organi[sz]ation)\b/i;

/**
 * Rows whose cells name their field by class ('<td class="position">Data Scientist</td><td
 * class="duration">2015 - 2017</td>'), every row a role, the first too (no header row): the title
 * cell is the title whatever its words ("Game Mathematician"); the employer is the cell classed so,
 * or else the one cell with no class. True when roles were so read.
 */
function rolesFromClassedRows(b: Builder, rows: Cell[][]): boolean {
  const colOf = (re: RegExp): number => rows[0]!.findIndex((c, i) => !!c.cls && re.test(c.cls) && rows.every((r) => !!r[i]?.cls && re.test(r[i]!.cls!)));
  const titleCol = colOf(TITLE_CLASS_RE);
  const datesCol = colOf(DATES_CLASS_RE);
  if (titleCol < 0 || datesCol < 0 || !rows.every((r) => hasDateText(r[datesCol]?.text ?? ""))) return false;
  let employerCol = colOf(EMPLOYER_CLASS_RE);
  if (employerCol < 0) {
    const bare = rows[0]!.map((c, i) => i).filter((i) => rows.every((r) => r[i] && !r[i]!.cls));
    employerCol = bare.length === 1 ? bare[0]! : -1;
  }
  for (const row of rows) {
    const title = row[titleCol]!;
    if (!title.text || wordCount(title.text) > 8 || /[.!?]$/.test(title.text)) continue;
    const raw = b.ctx.text.slice(title.at[0], title.at[1]);
    const at = title.at[0] + Math.max(0, raw.indexOf(title.text.split(" ")[0]!));
    newRole(b, { title: title.text, employer: employerCol >= 0 ? namePart(row[employerCol]!.text) : "", dates: takeDates(row[datesCol]!.text).dates }, at, at + title.text.length);
  }
  if (b.section.kind === "other") b.section.kind = "experience";
  b.role = undefined;
  return true;
}

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
      cell.cls = CLASS_RE.exec(c[0].slice(0, c[0].indexOf(">")))?.[1];
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
  if (rows.length >= 2 && rolesFromClassedRows(b, rows)) return b.roles.length > before;
  if (rows.length >= 2) rolesFromRows(b, rows);
  return b.roles.length > before || (rows.length >= 2 && itemsByEmployer(b, rows));
}

const ITEM_RE = /<li\b[^>]*>([\s\S]*?)<\/li\s*>/gi;

/** The `<li>` items of a cell, each with its text and where it is. */
function cellItems(b: Builder, cell: Cell): Cell[] {
  const raw = b.ctx.text.slice(...cell.at);
  if (raw.indexOf("<li") < 0) return [];
  return [...raw.matchAll(ITEM_RE)].map((m) => {
    const start = cell.at[0] + m.index! + m[0].indexOf(">") + 1;
    return cellAt(b, [start, start + m[1]!.length]);
  });
}

/** An employer's name for matching: lower case, letters and digits, no legal suffix ("Acme Inc." → "acme"). */
const employerKey = (s: string): string => s.toLowerCase().replace(/\b(?:inc|ltd|llc|co|corp|corporation|gmbh)\b\.?/g, " ").replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * A table keyed by employer whose other cells list items (`Company | Project`, each `<li>` an
 * achievement) after a table of roles: each item is an achievement of the first role read at that
 * employer. True when items were so read.
 */
function itemsByEmployer(b: Builder, rows: Cell[][]): boolean {
  const col = rows[0]!.findIndex((c) => HEADERS[1]![1].test(c.text.replace(/[*_`]/g, "").trim()));
  if (col < 0 || b.section.kind !== "experience") return false;
  let read = false;
  for (const row of rows.slice(1)) {
    const key = employerKey(row[col]?.text ?? "");
    const role = key ? b.roles.find((r) => { const k = employerKey(r.employer); return !!k && (k === key || k.startsWith(key + " ") || key.startsWith(k + " ")); }) : undefined;
    if (!role) continue;
    b.role = role;
    for (const [i, cell] of row.entries()) if (i !== col) for (const it of cellItems(b, cell)) read = !!addBullet(b, ...it.at, 0, false) || read;
  }
  b.role = undefined;
  return read;
}

const DELIMITER_ROW_RE = /^\|(?:\s*:?-{3,}:?\s*\|)+\s*$/;

/**
 * kramdown's table with no header: a paragraph to Markdown whose first line is the delimiter row ("| --- | --- |")
 * and every line a row ("| 2014 - 2016 | SOA-Architekt bei Acme GmbH |"): every row a role whose dates and title
 * columns read as they do in a table; a cell that holds the title and the employer ("Title bei/an der Employer")
 * gives both. True when the paragraph is such a table (a table, no prose, whether or not its rows were roles). Fixture: test/fixtures/layouts/192-kramdown-headerless-table-roles.md.
 */
export function rolesFromHeaderlessTable(b: Builder, s: number, e: number): boolean {
  const lines = b.ctx.text.slice(s, e).split("\n");
  if (b.kind !== "resume" || NO_ROLES.has(b.section.kind) || lines.length < 3 || !DELIMITER_ROW_RE.test(lines[0]!) || !lines.every((l) => /^\|.*\|\s*$/.test(l))) return false;
  const rows: Cell[][] = [];
  let at = s;
  for (const line of lines) {
    const bars = [...line.matchAll(/(?<!\\)\|/g)].map((m) => at + m.index!);
    rows.push(bars.slice(1).map((end, i) => cellAt(b, [bars[i]! + 1, end])));
    at += line.length + 1;
  }
  rows[0] = rows[0]!.map((c) => ({ ...c, text: "" }));
  rolesFromRows(b, rows, true);
  return true;
}

function rolesFromRows(b: Builder, cells: Cell[][], headerless = false): void {
  // Outside an experience section only a header that names the columns makes the rows roles.
  const guess = headerless || b.section.kind === "experience" || b.expDepth > 0;
  const roleLine = (s: string) => (headerless ? parseRoleLine(s, { heading: false }) : undefined);
  const cols = tableColumns(cells[0]!.map((c) => c.text), cells.slice(1).map((r) => r.map((c) => c.text)), { isTitle: (s) => isTitleText(s) || !!roleLine(s)?.employer, hasDates: hasDateText }, guess);
  if (cols.title === undefined) return;
  // "Start" and "End" columns, when no column holds the dates whole.
  const before = b.roles.length;
  const header = cells[0]!.map((c) => c.text.trim());
  // (A table with a project's column lists projects, the part played in each: "メンバー" is no title.)
  const namedTitle = cols.employer !== undefined && HEADERS[0]![1].test(header[cols.title]!.replace(/[*_`]/g, "").trim()) && !header.some((h) => PROJECT_HEADER_RE.test(h.replace(/[*_`]/g, "")));
  const startCol = cols.dates === undefined ? header.findIndex((h) => START_RE.test(h)) : -1;
  const endCol = startCol >= 0 ? header.findIndex((h) => END_RE.test(h)) : -1;
  for (const row of cells.slice(1)) {
    const cell = row[cols.title];
    if (!cell) continue;
    // Titles stacked in one cell as a list ("<ul><li>CTO</li><li>Software Engineer</li></ul>"): a role each.
    const items = cellItems(b, cell);
    const titles = items.length >= 2 && items.every((t) => isTitleText(t.text)) ? items : [cell];
    // Under a header that names the title's and the employer's columns ("会社名 | 時期 | 役割"), a short cell
    // is the title whatever its words ("営業", sales); a guessed column's cells must read as titles.
    // (In a row that names its employer: "Career break, travelling | -" is none. A title in Latin letters
    // must read as one, as English titles are known well enough: "Funemployed" is none.)
    let t = titles[0]!.text;
    let employer = cols.employer !== undefined ? (row[cols.employer]?.text ?? "") : "";
    const parts = cols.employer === undefined && titles.length === 1 ? roleLine(t) : undefined;
    if (parts?.employer) [t, employer] = [parts.title, parts.employer];
    if (!isTitleText(t) && !(namedTitle && /[\p{L}\p{N}]/u.test(employer) && !/\p{Script=Latin}/u.test(t) && t && wordCount(t) <= 4 && t.length <= 24 && !/[.!?。]$/.test(t) && !hasDateText(t))) continue;
    if (b.section.kind === "other") b.section.kind = "experience";
    let dates = cols.dates !== undefined ? takeDates(row[cols.dates]?.text ?? "").dates : "";
    if (startCol >= 0 && row[startCol]?.text) dates = takeDates([row[startCol]!.text, row[endCol]?.text].filter(Boolean).join(" - ")).dates;
    for (const title of titles) {
      const raw = b.ctx.text.slice(title.at[0], title.at[1]);
      const at = title.at[0] + Math.max(0, raw.indexOf(title.text.split(" ")[0]!));
      const named = parts?.employer ? t : title.text;
      newRole(b, { title: named, employer: employer === "-" ? "" : employer, dates }, at, at + named.length);
    }
  }
  // (A table that gave no role, a project's under a role, leaves that role open.)
  if (b.roles.length > before) b.role = undefined;
}

