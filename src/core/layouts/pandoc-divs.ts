// Layout: a Pandoc résumé whose role header is a row of fenced divs, the class naming each field
// (DESIGN §2b: components with the role in attributes):
//   ::::::: position-flex
//   ::: {.position-flex-text .position-flex-company}
//   Tailwind Traders
//   :::
//
//   ::: {.position-flex-text .position-flex-title}
//   Staff Engineer
//   :::
//
//   ::: {.position-flex-text .position-flex-date}
//   2021-03 -- present
//   :::
//   :::::::
// Markdown reads each div as a paragraph; this module names the field a paragraph holds. The reader
// makes the role when the row ends. Fixture: test/fixtures/layouts/26-pandoc-divs.md. Pure.
import { type Builder, NO_ROLES, newRole } from "../builder.js";
import { cleanPart, takeDates } from "../roleline.js";
export type DivField = "title" | "employer" | "dates" | "other";

const OPEN_RE = /^[ \t]*:{3,}[ \t]*\{([^}\n]*)\}[ \t]*$/;
const CLOSE_RE = /^[ \t]*:{3,}[ \t]*(?:[\w-]+[ \t]*)?$/;

const FIELDS: Record<string, DivField> = {
  title: "title", position: "title", role: "title", job: "title", jobtitle: "title",
  company: "employer", employer: "employer", organization: "employer", organisation: "employer", org: "employer",
  date: "dates", dates: "dates", period: "dates", duration: "dates", time: "dates",
};

/** The field a class list names by its classes' last parts: ".position-flex-title" → title, ".position-flex-space" → other. */
function fieldOf(classes: string): DivField {
  for (const c of classes.match(/[\w-]+/g) ?? []) {
    const f = FIELDS[c.split("-").pop()!.toLowerCase()];
    if (f) return f;
  }
  return "other";
}

/**
 * The field a paragraph's lines hold, and the index of its value line (-1: the div is empty), or
 * undefined when the paragraph is not a fenced div with classes.
 */
export function divField(lines: string[]): { field: DivField; value: number } | undefined {
  // The row's own fence may open on the line above ("::::::: position-flex").
  let open = 0;
  while (open < lines.length - 1 && CLOSE_RE.test(lines[open]!)) open++;
  const m = OPEN_RE.exec(lines[open] ?? "");
  if (!m) return undefined;
  for (let i = open + 1; i < lines.length; i++) {
    if (CLOSE_RE.test(lines[i]!)) break;
    if (lines[i]!.trim()) return { field: fieldOf(m[1]!), value: i };
  }
  return { field: fieldOf(m[1]!), value: -1 };
}

/** True when a paragraph only opens or closes divs ("::::::: position-flex", ":::::::"). */
export function onlyFences(lines: string[]): boolean {
  return lines.every((l) => !l.trim() || CLOSE_RE.test(l));
}

/** A paragraph that is one field of a Pandoc div row, kept until the row ends (layouts/pandoc-divs.ts). */
export function pandocDiv(b: Builder, s: number, e: number): boolean {
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
export function endPandocDiv(b: Builder): void {
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

