// Layout: roles as the rows of a table (DESIGN §2b), one column each for the dates, the title and
// the employer, named by the header row:
//   | Period            | Position            | Company          |
//   | ----------------- | ------------------- | ---------------- |
//   | May 2023 - today  | Lead Developer      | Tailwind Traders |
// Without a header that names them, a column is the title's when most of its cells are titles and
// the dates' when most hold dates. Fixture: test/fixtures/layouts/28-table-roles.md. Pure.

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
