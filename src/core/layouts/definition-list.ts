// Layout: a Pandoc definition list (DESIGN §2b), the form of many academic and European CVs:
//   2012 - 2018                     Puesto
//   :   Universidad de Oviedo       :   *Research Engineer*
//
//   *Research Engineer*. What the role was, told as a paragraph…
// A term of dates names the employer of the roles below it; a term that is a field label ("Puesto",
// "Position", "Company") gives that field; a paragraph that opens with an emphasised title and a
// full stop opens the role it tells. CommonMark reads each pair as one paragraph of two lines; this
// module splits it. A term of dates over a definition that opens with a bold title and "for Employer"
// ("**Since 2019**" / ":   **Platform Lead** for Acme") is a role; the paragraphs indented under it
// (read as code by Markdown) are its achievements. Fixtures: test/fixtures/layouts/27-definition-list.md,
// 52-definition-dates-bold-title.md. Pure: no vscode, no fs.
import { type Builder, addBullet, newRole, nodeText, off } from "../builder.js";
import { type RoleParts, TITLE_RE, cleanPart, hasDateText, isDatesLine, isTitleText, startsWithVerb, takeDates, wordCount } from "../roleline.js";
import type { Role } from "../types.js";
import type { Paragraph } from "mdast";
const DEFINITION_RE = /^[ \t]{0,3}:[ \t]+(\S.*)$/;

/** The term and definition of a paragraph that is one pair (two lines, the second opening with ": "). */
export function definitionPair(lines: string[]): { term: string; definition: string; line: number } | undefined {
  const ls = lines.map((l, i) => ({ l, i })).filter((x) => x.l.trim());
  if (ls.length !== 2) return undefined;
  const m = DEFINITION_RE.exec(ls[1]!.l);
  if (!m || DEFINITION_RE.test(ls[0]!.l)) return undefined;
  return { term: ls[0]!.l.trim(), definition: m[1]!.trim(), line: ls[1]!.i };
}

const TITLE_LABELS = new Set(["position", "title", "job title", "role", "puesto", "cargo", "posición", "cargo actual", "poste", "fonction", "stelle", "position / titel", "funzione", "ruolo"]);
const EMPLOYER_LABELS = new Set(["company", "employer", "organization", "organisation", "organismo", "empresa", "entidad", "institución", "entreprise", "société", "arbeitgeber", "firma", "unternehmen", "azienda"]);

/** The field a term labels: "Puesto" → title, "Organismo" → employer. */
export function labelField(term: string): "title" | "employer" | undefined {
  const t = term.toLowerCase().replace(/[:*_]/g, "").trim();
  if (TITLE_LABELS.has(t)) return "title";
  if (EMPLOYER_LABELS.has(t)) return "employer";
  return undefined;
}

/** Roles read from a definition whose term is their dates: the paragraphs indented below are theirs. */
export const DEFINITION_ROLES = new WeakSet<Role>();
// (A few words on the role may come before: "**Software developer** web tooling work for [Acme](…)".)
const EMPLOYER_AFTER_RE = /^(?:\s+[^\s()]+){0,3}?\s+(?:for|at|chez|pour|bei|@)\s+(\S[^()]*)/i;

function datesThenBoldTitle(b: Builder, p: Paragraph, term: string, line: { start: number; end: number }): { parts: RoleParts; start: number; end: number } | undefined {
  const { dates, rest } = takeDates(term.replace(/[*_]/g, ""));
  // A note on the time may follow the dates ("**2010** (half time)", "(7 months)").
  if (!dates || wordCount(cleanPart(rest.replace(/\([^)]*\)/g, " "))) > 0) return undefined;
  const strong = p.children.find((c) => c.type === "strong" && off(c, b.ctx)[0] >= line.start);
  if (!strong) return undefined;
  const [fs, fe] = off(strong, b.ctx);
  if (b.ctx.text.slice(line.start, fs).replace(/^[ \t]*:[ \t]+/, "").trim()) return undefined;
  const title = cleanPart(nodeText(strong, b.ctx));
  const m = EMPLOYER_AFTER_RE.exec(b.ctx.masked.slice(fe, line.end));
  // The shape names the role: a title in bold, capitalised, need not hold a title word ("IT Quant").
  if (!m || !title || wordCount(title) > 6 || !/^\p{Lu}/u.test(title) || /[.!?:]$/.test(title) || startsWithVerb(title)) return undefined;
  const employer = cleanPart(m[1]!);
  if (!employer || wordCount(employer) > 6) return undefined;
  return { parts: { title, employer, dates }, start: fs, end: fe };
}

/**
 * A definition list's pair or a paragraph opened by "*Title*." (layouts/definition-list.ts): dates
 * and an employer, a labelled field, or the role a paragraph tells. True when the paragraph is read.
 */
export function definitionRole(b: Builder, p: Paragraph, lines: { start: number; end: number }[]): boolean {
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
    // "**Since 2019**" / ":   **Quant Trader** for [Acme](…) (New York, USA).": the role's dates, then its
    // title in bold and its employer after "for" / "at"; the paragraphs indented below it are its achievements.
    const titled = datesThenBoldTitle(b, p, pair.term, lines[pair.line]!);
    if (titled) {
      newRole(b, titled.parts, titled.start, titled.end);
      DEFINITION_ROLES.add(b.role!);
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


/** The paragraphs of an indented block (blank lines between them): each one's range and its lines' text without the indentation. */
export function indentedParagraphs(text: string, start: number, end: number): { start: number; end: number; lines: [number, number][] }[] {
  const out: { start: number; end: number; lines: [number, number][] }[] = [];
  let cur: { start: number; end: number; lines: [number, number][] } | undefined;
  let at = start;
  for (const l of text.slice(start, end).split("\n")) {
    const lead = l.length - l.trimStart().length;
    const body = l.trim();
    if (!body) cur = undefined;
    else {
      const r: [number, number] = [at + lead, at + lead + body.length];
      if (!cur) out.push((cur = { start: r[0], end: r[1], lines: [] }));
      cur.end = r[1];
      cur.lines.push(r);
    }
    at += l.length + 1;
  }
  return out;
}
