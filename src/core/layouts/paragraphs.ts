// Layout: paragraphs in an experience section (DESIGN §2b): a role line with its bullets glyph by
// glyph ("• Led…", "🏆 Built…") or one sentence a line, header lines (company, title, dates, location
// on lines of their own), roles told as paragraphs, definition-list pairs and plain-text columns
// (handed to their modules); a block quote under a role's or dated heading holding its header lines;
// a heading read as a title alone that a bold title with dates follows names the company (64); a
// labelled line of titles each with its dates, held in turn at one employer (68); lines of Chinese or
// Japanese under a role, which have few spaces, are what was done, not header material (70); role lines
// stacked in one paragraph, newest first, give the text below to the first (71); under a company
// heading with no dates, a short Japanese or Chinese line of the job's terms with its years and months
// dates the company, one role with no title when no title follows (76); a one-sentence "Title at
// Company …" under that company's heading may be wrapped onto a second line (78).
// A line in the first person ('I am currently employed at Acme as Lead Engineer …') is prose, not a role line: 89.
// Under a role heading that is a title alone, an employer line then an undated team line are header material: 93.
// Under a role with nothing yet, an undated line wholly in emphasis is its employer, whatever its words: 96.
// Under a titled role's own heading, a sentence wrapped by hand onto a line that goes on in lower case is no role line: 105.
// A title alone in its paragraph over a paragraph of the employer (place after a comma) and the dates is a role: 106;
// the employer and the dates each a one-line paragraph of their own: 161.
// In a promo packet, a glyph line set in bold ("**• Ship It Together**") is a glyph line too, the group's label: 108.
// A dash or arrow written as an HTML entity ("Feb 2017 &#8594; March 2020", "&rarr;", "&#8211;") is one: 111.
// Under a company heading, "**Title** - Working on …": the text after the bold title that tells what the job was
// (it opens with a verb) is no employer; with its wrapped lines it is the role's first item: 115.
// "[Brindlewood](…) - Mar 2018 → Jan 2024" alone in its paragraph names an employer and its years; the first title
// listed after it ("Positions Held:") takes what was read before it; with no title, the line is a role: 116.
// A sentence set in emphasis ("_Beta build server upkeep._") names no title: 129; nor a headline of more than ten words: 256.
// The next employer in bold with its place after a comma ("**Monite GMBH**, Georgia, Germany") over "dates, Title." is read so: 162.
// Under a company heading, a quote of a bold title and its dates (a line of tools after) is a role there: 153.
// A title's words on a line that a sentence wraps from (the next line ends it and goes on) are prose: 158.
// Under a role, a line of tools over its intro sentence ("**Stack / Tools:** Go" / "Joined as …") is an item of its own: 157.
// Under a role heading "Title, Area", a line "**Employer** · *dates · place*" gives the employer and dates, the area the title's: 177.
// A bold headline whose only title's word names a field in a sentence ("… and fleet management") is an item, no group label: 179.
// Pandoc's hard breaks ("**Title** \| *Employer* 2015" wrapped to "-- 2021\"): the lines between two are one: 169.
// Under a dated role heading that is a title alone, "*Lindqvist Maritime AB*, *Fleet Software*, Gothenburg" names its employer: 216.
// "**Staff Engineer** [Fabrikam](…) March 2019 - Current": a bold title, a capitalised name with no separator, then the dates the line ends with (roleline.ts nameBeforeEndDates): 222.
// A page's heading read as a title alone, then a bold title line naming its employer and dates: the heading is no role (223).
// "_2016 - 2019_" over "**Kestrel Freight**" (its link, then what the job was) in one paragraph, no title: a role with no title there: 229.
// Right under a company heading, a short line wholly in bold over a paragraph of its dates is the title held there, whatever its words: 255.
// Right under a company heading, a block quote of labelled fields ("> Period: …", "> Team/Title: Search Team / Senior Engineer",
// "> 직급: 과장") one of them a title's label is the role held there, its title that field's value: 277.
// The same fields as a paragraph of their own there ("Position: Senior Engineer" / "Duties: search indexing"): one role: 284.
// In a brag document, a paragraph of lines each opening with an issue's key ("[LEDG-118] …") is one item a line: 283.
// Under a company heading, "**From 2021 - 2024,** I worked as a **Staff Platform Engineer** at …": bold years, then the bold title after "as a" in
// the first sentence, a role told in the first person, the paragraph its first item: 295.
// "In May 2020, I was appointed Deputy Head of the Data Services Group, …", "The consortium appointed me coordinator of … in 2012.": a
// role told in the first person, its item the paragraph (none under a role read otherwise): 301.
// A block quote right after an item that opens with its dates ("* 2014.9 - 2014.12 青岚1A 网络性能优化") tells what was done there: 280.
// Fixtures: test/fixtures/layouts/09, 10, 15–18, 23, 27, 33, 37, 38, 44, 47, 64, 68, 70, 71, 76, 78, 89, 93, 96, 105, 106, 108, 111, 115, 116, 129, 153, 157, 158, 161, 162, 169, 177, 179, 216, 222, 223, 229, 255, 256, 277, 280, 283, 284, 295, 301. Pure: no vscode, no fs.
import { type Builder, addBullet, closeDatedCompany, newRole, nodeText, off } from "../builder.js";
import { collapseSpaces, escapeRe } from "../chars.js";
import { EMPHASIS_GLYPH_RE, GLYPH_RE, HAS_YEAR_OR_OPEN, HEADER_TESTS, type RoleParts, TITLE_LABEL_RE, TITLE_RE, cjkCount, cleanPart, decodeDashes, hasDateText, isDatesLine, isFieldOnlyTitle, isTitleText, namePart, notAnAchievement, parseRoleLine, startsWithVerb, takeDates, wordCount } from "../roleline.js";
import { definitionRole } from "./definition-list.js";
import { sectionKindOf } from "../sections.js";
import { roleFromParagraphLine } from "./lists.js";
import { headerBlock } from "./plain-lines.js";
import { plainTextParagraph, plainTextRoles } from "./plain-text.js";
import type { Blockquote, List, Paragraph, RootContent } from "mdast";
import type { Role } from "../types.js";

/** "As _Director of Engineering_", "As a Software Engineer:": a title the lines below belong to. */
const AS_TITLE_RE = /^as\s+(?:an?\s+|the\s+)?(.{3,60}?)\s*:?$/i;

/** A line that opens with an emphasised phrase and a colon: "*Desenvolvedor Pleno*: desenvolvimento de…". */
const EMPHASIS_TITLE_COLON_RE = /^\s*(?:\*\*|__|\*|_)([^*_]+)(?:\*\*|__|\*|_)\s*:/;

/** An "employer" that is a sentence about the job: it ends in a period or starts in lower case. */
const DESCRIPTION_RE = /[.!?]\s*$|^\p{Ll}/u;

/** "Company: Acme", "**Employer:** Acme": the label before the employer's name in a header block. */
const COMPANY_LABEL_RE = /^\s*(?:company|employer|organi[sz]ation)\s*:\s*/i;

/**
 * "**[V Kontakte LLC](…) (Saint Petersburg, Russia)**" alone in its paragraph (first, or after a role's bullets),
 * with a title and dates right after it ("_**Senior Software Developer (Nov 2017 – Jul 2020)**_"): the
 * next employer, not one more item of the role above. True when it was read so.
 */
export function nextCompanyLine(b: Builder, p: Paragraph, next: RootContent | undefined): boolean {
  if (b.kind !== "resume" || (b.role && !b.role.bullets.length) || (b.expDepth === 0 && b.section.kind !== "experience")) return false;
  if (next?.type !== "paragraph" || p.children[0]?.type !== "strong") return false;
  // "**Monite GMBH**, Georgia, Germany, US": the name in bold, its place after a comma (a stray "*" aside).
  const place = p.children.length === 2 && p.children[1]!.type === "text" && /^\*?,[^.!?:;\n]+$/.test(p.children[1]!.value);
  if (p.children.length !== 1 && !place) return false;
  const [s, e] = place ? off(p.children[0]!, b.ctx) : off(p, b.ctx);
  const text = b.ctx.masked.slice(s, e).trim();
  if (!text || text.includes("\n") || wordCount(text) > 8 || /[.!?:]$/.test(text) || isTitleText(text) || isDatesLine(text)) return false;
  const header = roleFromParagraphLine(b, next);
  if (!header?.parts.dates || !isTitleText(header.parts.title)) return false;
  b.company = namePart(text);
  b.companyDates = "";
  b.role = undefined;
  return true;
}

/**
 * " Technical Director (Central Org)" alone in its paragraph, then " VMware, Palo Alto, CA" / " Jun 2017 –
 * Apr 2023" in the next: in experience, a title on a line of its own (two titles joined: "Chief
 * Architect | Interim CTO") over a paragraph of the employer (its place after a comma) and the dates
 * is a role; so is a title over a one-line paragraph of the employer and one of the dates (`after`). The
 * number of paragraphs after `p` read as the role's header (0: not read so); the caller skips them.
 */
export function titleOverHeaderLines(b: Builder, p: Paragraph, next: RootContent | undefined, after?: RootContent): number {
  if (b.kind !== "resume" || next?.type !== "paragraph" || (b.expDepth === 0 && b.section.kind !== "experience")) return 0;
  const [s, e] = off(p, b.ctx);
  const text = b.ctx.masked.slice(s, e).trim();
  if (!text || text.includes("\n") || wordCount(text) > 8 || /[.!?:;,]$/.test(text) || hasDateText(text)) return 0;
  const parts = isTitleText(text) ? undefined : parseRoleLine(text, { heading: false });
  if (!isTitleText(text) && !(parts && isTitleText(parts.title) && parts.employer && isTitleText(parts.employer))) return 0;
  const paraLines = (n: RootContent) => b.ctx.masked.slice(...off(n, b.ctx)).split("\n").map((l) => l.trim()).filter(Boolean);
  const lines = paraLines(next);
  // "Lead Frontend Developer" / "BlocSolutions, Québec, Canada" / "2021 - Présent": the employer and the
  // dates each a paragraph of their own, one line each.
  const dated = lines.length === 1 && after?.type === "paragraph" ? paraLines(after) : [];
  const split = dated.length === 1 && isDatesLine(dated[0]!);
  if (split) lines.push(dated[0]!);
  if (lines.length < 2 || lines.length > 3 || !isDatesLine(lines[lines.length - 1]!)) return 0;
  const names = lines.slice(0, -1);
  if (names.some((l) => wordCount(l) > 8 || /[.!?:;]$/.test(l) || hasDateText(l) || isTitleText(l))) return 0;
  const employer = namePart(names[0]!.split(",")[0]!);
  if (!employer) return 0;
  const at = s + b.ctx.text.slice(s, e).search(/\S/);
  newRole(b, { title: collapseSpaces(text).trim(), employer, dates: takeDates(lines[lines.length - 1]!).dates }, at, e);
  return split ? 2 : 1;
}

/** A label of a role's parts, without its colon: "Responsabilidades principais", "Key tasks", "Atividades", "Aufgaben". */
const ROLE_PART_LABEL_RE = /^(?:(?:key|main|principais|principales|principaux|wichtigste)\s+)?(?:responsibilit|responsabilidad|responsabilit|dut(?:y|ies)|tasks?\b|activit|atividad|actividad|tâches|aufgaben|tätigkeit|achievements|projects?\b|projetos|proyectos)/iu;

/**
 * "### Ribeira Ventilação Industrial" then "**Calculista**" alone in its paragraph and "*Ago/2013 - Ago/2015.*" in the
 * next: right under a company heading (nothing read under it yet), a short line wholly in bold over a paragraph of its
 * dates is the title held there, whatever its words (a trade's name no list of titles knows: "Modelista", "Aprendiz de
 * caldeiraria"). Not a label (a colon), a sentence, a verb's clause or a line with dates. The number of paragraphs after
 * `p` read as the role's header (0: not read so): the dates, and a place on a line of its own after them (255).
 */
export function boldLineOverCompanyDates(b: Builder, p: Paragraph, next: RootContent | undefined, after?: RootContent): number {
  const ch = b.companyHeading;
  if (b.kind !== "resume" || next?.type !== "paragraph" || !b.company || ch?.section !== b.section || ch.company !== b.company || b.role?.section === b.section) return 0;
  const only = p.children.length === 1 ? p.children[0]! : undefined;
  if (only?.type !== "strong") return 0;
  const [s, e] = off(only, b.ctx);
  const title = cleanPart(b.ctx.masked.slice(s, e));
  if (!title || wordCount(title) > 5 || !/^\p{Lu}/u.test(title) || /[.!?:;,]$/.test(title) || hasDateText(title) || startsWithVerb(title) || ROLE_PART_LABEL_RE.test(title) || sectionKindOf(title)) return 0;
  const dates = b.ctx.masked.slice(...off(next, b.ctx)).trim();
  if (dates.includes("\n") || !isDatesLine(dates)) return 0;
  const at = s + b.ctx.masked.slice(s, e).search(/\S/);
  newRole(b, { title, employer: b.company, dates: takeDates(dates).dates }, at, at + title.length);
  return after?.type === "paragraph" && isPlaceLine(cleanPart(b.ctx.masked.slice(...off(after, b.ctx)))) ? 2 : 1;
}

/** A name's words in lower case that join it ("São Bernardo do Campo", "Villa de la Paz"). */
const PLACE_JOINER_RE = /^(?:d[aeo]s?|del?|la|las|los|el|of|the|upon|on|am|an|der|sur|en)$/;

/**
 * "Campo Alegre do Norte - SP - Brasil", "Vila Serena, São Paulo - SP - Brasil": a place on a line of its own, two to five
 * names parted by " - " or commas, each of at most four words in capitals (a joiner aside), no figure (255).
 */
function isPlaceLine(t: string): boolean {
  if (!t || t.includes("\n") || /\d|[.!?:;]$/.test(t)) return false;
  const names = t.split(/\s+-\s+|\s*,\s*/);
  return names.length >= 2 && names.length <= 5 && names.every((n) => wordCount(n) <= 4 && n.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || PLACE_JOINER_RE.test(w)));
}

/** "Globalpas (тимлид, группа из пяти программистов)": an employer, then the title and the team in brackets. */
const EMPLOYER_BRACKETS_RE = /^([^()]{2,60}?)\s*\(([^()]+)\)\s*$/;

/**
 * A block quote right under a role's or a dated heading in a résumé, its header lines (layout: quoted
 * header): "### 2015-2017" then "> Globalpas (тимлид, группа из пяти программистов)" is a role, the
 * employer before the brackets, the title its first parts that are titles ("архитектор, лид"); under
 * "### Acme - Senior Engineer", "> Madrid, Spain" / "> January 2016 - September 2017" are its place and
 * dates. True when it was read so (it is then no prose).
 */
export function quotedHeader(b: Builder, q: Blockquote): boolean {
  if (b.kind !== "resume" || b.section.kind !== "experience" || q.children.length !== 1 || q.children[0]!.type !== "paragraph") return false;
  const [s, e] = off(q.children[0]!, b.ctx);
  const lines = b.ctx.masked.slice(s, e).split("\n").map((l) => l.trim()).filter(Boolean);
  const role = b.role?.section === b.section ? b.role : undefined;
  // "#### [Unipro](…)" then "> **Ведущий разработчик С++**" / "> *06.2021 - ...*" / "> C++, LLVM": under a
  // company heading, a quote whose first line is wholly in bold and no dates, its second dates (a line of
  // tools may follow), is a role there; several such quotes, the titles held there in turn.
  const bold = /^(?:\*\*|__)[^*_\n]+(?:\*\*|__)\s*$/.test(b.ctx.text.slice(s, e).split("\n")[0]!);
  if (bold && b.company && (lines.length === 2 || lines.length === 3) && isDatesLine(lines[1]!) && !hasDateText(lines[0]!) && wordCount(lines[0]!) <= 8 && (!role || role.line !== b.ctx.lines.lineCol(b.section.headingStart).line)) {
    const at = s + b.ctx.masked.slice(s, e).indexOf(lines[0]!);
    newRole(b, { title: cleanPart(lines[0]!), employer: "", dates: takeDates(lines[1]!).dates }, at, at + lines[0]!.length);
    return true;
  }
  if (role) {
    // The role's own header: its place and dates, before any bullet.
    if (role.dates || role.bullets.length || lines.length > 3 || lines.some((l) => wordCount(l) > 8)) return false;
    const dated = lines.find(isDatesLine);
    if (!dated) return false;
    role.dates = takeDates(dated).dates;
    return true;
  }
  // Under a heading that is only dates ("### 2018-2019"): the quote names the employer and the title.
  if (b.company || !b.companyDates || lines.length !== 1) return false;
  const m = EMPLOYER_BRACKETS_RE.exec(lines[0]!);
  const inside = m ? m[2]!.split(/\s*,\s*/) : [];
  const n = inside.findIndex((p) => !TITLE_RE.test(p) || wordCount(p) > 4);
  const title = inside.slice(0, n < 0 ? inside.length : n).join(", ");
  const parts: RoleParts | undefined = m && title ? { title, employer: cleanPart(m[1]!), dates: "" } : parseRoleLine(lines[0]!, { heading: false });
  if (!parts?.title || !TITLE_RE.test(parts.title)) return false;
  const at = s + b.ctx.masked.slice(s, e).indexOf(lines[0]!);
  newRole(b, parts, at, at + lines[0]!.length);
  return true;
}

/** "재직 기간: 2018.09 ~ 2020.03", "Team/Title: Platform / Engineer": a field's short label, its colon, then its value. */
const FIELD_LINE_RE = /^([^:：\n]{1,24}?)\s*[:：]\s*(\S.*)$/u;

/**
 * "## Fabrikam Data" then "> 재직 기간: 2019.04 ~ 2023.08" / "> 고용 형태: 정규직" / "> 팀/직책: 플랫폼팀 / 팀장" /
 * "> 역할: 데이터 파이프라인": right under a company heading, a block quote of labelled fields (period, terms, team and
 * post, duties), one of them a title's label ("직책", post; "직급", rank; "Position"), is the role held there: the title
 * that field's value (under "Team/Title", the part of "Platform / Engineer" the label's title word stands over), the
 * dates the value that is a range of them (277). True when it was read so (its fields are then no prose).
 */
export function quotedFields(b: Builder, q: Blockquote): boolean {
  return q.children.length === 1 && q.children[0]!.type === "paragraph" && labelledFieldsRole(b, q.children[0]!);
}

/**
 * The same fields in a paragraph of their own right under the company heading ("Period: 2012.01 ~ 2015.02" / "Team/Title:
 * Search Team / Senior Engineer" / "Duties: search indexing"): one role, its title the title field's; no other field is a
 * title (284).
 */
function labelledFieldsRole(b: Builder, p: Paragraph): boolean {
  if (b.kind !== "resume" || !(b.expDepth > 0 || b.section.kind === "experience") || !b.company) return false;
  if (b.role?.section === b.section) return false;
  const [s, e] = off(p, b.ctx);
  const text = b.ctx.masked.slice(s, e);
  const lines = text.split("\n").map((l) => l.replace(/\\$/, "").trim());
  if (lines.length < 2 || lines.length > 8) return false;
  let titled: { title: string; at: number } | undefined;
  let dates = "";
  let from = 0;
  for (const l of lines) {
    const at = s + text.indexOf(l, from);
    from = at - s + l.length;
    const m = FIELD_LINE_RE.exec(l);
    if (!m || wordCount(m[1]!) > 3) return false;
    const label = m[1]!.trim();
    const value = m[2]!.trim();
    if (!dates && isDatesLine(value)) dates = takeDates(value).dates;
    // "팀/직책" (team/post) over "플랫폼팀 / 팀장": the value's part the title's label stands over.
    const labels = label.split(/\s*\/\s*/);
    const k = labels.findIndex((x) => TITLE_LABEL_RE.test(`${x}: x`));
    if (k < 0) continue;
    if (titled) return false;
    const values = value.split(/\s+\/\s+/);
    const title = cleanPart(labels.length > 1 && values.length === labels.length ? values[k]! : value);
    if (!title || wordCount(title) > 8 || /[.!?。]$/.test(title)) return false;
    titled = { title, at: at + l.indexOf(value) + (labels.length > 1 && values.length === labels.length ? value.indexOf(values[k]!) : 0) };
  }
  if (!titled) return false;
  newRole(b, { title: titled.title, employer: "", dates, labelled: true }, titled.at, titled.at + titled.title.length);
  return true;
}

/**
 * "* 2014.9 - 2014.12 青岚1A 网络性能优化" then "> 给网络驱动增加软中断…": in a résumé's experience, a block quote right
 * after a list whose last item opens with its dates (a project's), under a role or a dated company heading, tells what
 * was done in that project: its paragraphs are that role's items (280). (A quote after other items is someone else's
 * words or a line of tools.) True when it was read so.
 */
export function quotedItemDescription(b: Builder, q: Blockquote, list: List): boolean {
  if (b.kind !== "resume" || !(b.expDepth > 0 || b.section.kind === "experience") || !(b.role || b.datedCompany) || !q.children.every((c) => c.type === "paragraph")) return false;
  const last = list.children[list.children.length - 1]?.children[0];
  if (last?.type !== "paragraph") return false;
  const line = b.ctx.masked.slice(...off(last, b.ctx)).split("\n")[0]!.trim();
  const { dates } = takeDates(line);
  if (!dates || !line.startsWith(dates) || line.length === dates.length) return false;
  for (const c of q.children) addBullet(b, ...off(c, b.ctx), 0, true);
  return true;
}

/** "[LEDG-118] Split the settlement batch into hourly runs", "LEDG-140: Retry policy for the card gateway": a line that opens with an issue's key. */
const TICKET_LINE_RE = /^\s*(?:\[[A-Z][A-Z0-9]{1,9}-\d{1,6}\]|[A-Z][A-Z0-9]{1,9}-\d{1,6}:?)\s+\S/;

/**
 * "[LEDG-118] Split the settlement batch into hourly runs" over "[LEDG-131] Move the payout reports …": in a brag
 * document or self-review, a paragraph of two lines or more, each opening with an issue tracker's key, is a list of the
 * issues done, one item a line (283). The lines' ranges, or undefined when it is not one.
 */
export function ticketLines(b: Builder, s: number, e: number): { start: number; end: number }[] | undefined {
  const lines = paragraphLines(b.ctx.text, s, e).filter((l) => b.ctx.text.slice(l.start, l.end).trim());
  return lines.length >= 2 && lines.every((l) => TICKET_LINE_RE.test(b.ctx.text.slice(l.start, l.end))) ? lines : undefined;
}

/** A section deep enough to hold roles: under an H2 or deeper, or under any H1 when there are several. */
const roleSectionDepth = (b: Builder): boolean => b.section.depth >= (b.manyH1 ? 1 : 2);

/**
 * In a résumé with no Experience heading, a paragraph whose first line is a title with dates
 * ("Founding Engineer, Jan 2024 – Present" under "## Jitty") opens the roles of its section; a short
 * section heading above it is the employer.
 */
export function opensRoleSection(b: Builder, p: Paragraph): boolean {
  // "# Atlas" then "**Senior Software Engineer** -- October 2023": with several H1s, an H1 is a section too.
  if (b.kind !== "resume" || b.section.kind !== "other" || !roleSectionDepth(b)) return false;
  const header = roleFromParagraphLine(b, p);
  if (!header || !header.parts.dates || !isTitleText(header.parts.title)) {
    const [s, e] = off(p, b.ctx);
    const lines = b.ctx.masked.slice(s, e).split(/\r?\n/);
    if (!headerBlock(lines, HEADER_TESTS, false)) return false;
  }
  b.section.kind = "experience";
  const heading = cleanPart(b.section.heading);
  if (!b.role && heading && wordCount(heading) <= 5) {
    b.company = heading;
    b.companyDates = "";
  }
  return true;
}

/**
 * "## Google Cloud" then "Engineering Manager at Google Edge Compute.": in a résumé, a one-line
 * sentence under a heading that names a title "at" the company the heading names (a word in common)
 * opens that section's role, with no dates. True when it did.
 */
export function titleAtHeadingCompany(b: Builder, p: Paragraph): boolean {
  if (b.kind !== "resume" || (b.section.kind !== "other" && b.section.kind !== "experience") || !roleSectionDepth(b)) return false;
  if (b.role && b.role.section === b.section) return false;
  const [s, e] = off(p, b.ctx);
  // (A sentence wrapped by hand onto a second line is one line: "Teacher at Acme College (adult
  // education) at their\nSoftware Testing programme.")
  const raw = b.ctx.masked.slice(s, e).trim();
  const text = raw.split("\n").length === 2 && /[.!?]$/.test(raw) ? raw.replace(/\s*\n\s*/, " ") : raw;
  // Its first sentence ("Founding engineer at Parcelo. Drone parcel-delivery…": what follows says what the company does).
  const line = text.split(/\.\s/)[0]!.replace(/\.$/, "");
  if (!line || text.includes("\n") || wordCount(line) > 12 || !/ at /.test(line)) return false;
  const parts = parseRoleLine(line, { heading: true });
  if (!parts || !parts.employer || parts.dates || !isTitleText(parts.title)) return false;
  const heading = new Set(cleanPart(b.section.heading).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
  if (!parts.employer.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => heading.has(w))) return false;
  b.section.kind = "experience";
  newRole(b, parts, s, s + b.ctx.masked.slice(s, e).trimEnd().length);
  return true;
}

/** "**役割の変遷**", "**Roles:**", "**Career progression**": a label over the titles held at one employer. */
const ROLE_HISTORY_LABEL_RE = /^(?:役割の変遷|役割|役職|職位の変遷|职位变化|职位|roles?(?:\s+(?:held|history))?|positions?(?:\s+held)?|titles?|career(?:\s+(?:path|progression))?|progression|promotions?)\s*[:：]?$/iu;

/**
 * "**役割の変遷**　2020/04〜2022/12 メンバー、2023/01〜2023/09 チームリーダー、2023/10〜2025/04 開発グループ
 * マネージャー。", "**Roles:** 2016–2018 Engineer, 2018–2021 Tech Lead, 2021–present Engineering Manager":
 * under an employer, a labelled line of two or more titles each with its dates, the titles held there
 * in turn. Each is a role at that employer; what follows is the last's. Returns whether it was one.
 */
export function roleHistoryLine(b: Builder, p: Paragraph): boolean {
  if (b.kind !== "resume" || !(b.expDepth > 0 || b.section.kind === "experience")) return false;
  const employer = b.datedCompany?.employer ?? (b.role ? "" : b.company);
  if (!employer || p.children[0]?.type !== "strong") return false;
  const label = nodeText(p.children[0], b.ctx).trim();
  if (!ROLE_HISTORY_LABEL_RE.test(label)) return false;
  const [s, e] = off(p, b.ctx);
  const text = b.ctx.masked.slice(s, e);
  if (text.includes("\n")) return false;
  const labelEnd = text.indexOf(label) + label.length;
  const steps: { title: string; dates: string; start: number; end: number }[] = [];
  let at = labelEnd;
  for (const seg of text.slice(labelEnd).split(/[、,;；]/)) {
    const segStart = text.indexOf(seg, at);
    at = segStart + seg.length;
    const { dates, rest } = takeDates(seg);
    const title = cleanPart(rest.replace(/[。.]\s*$/, ""));
    const cjk = cjkCount(title);
    // A title in Latin letters must read as one ("Tech Lead"; not "Built the ledger in"); one in Chinese or
    // Japanese, which has no capitals to tell, is taken on the label's word.
    if (!dates || !title || wordCount(title) + Math.floor(cjk / 3) > 6 || /[.!?。]/.test(title) || (!cjk && !isTitleText(title))) return false;
    const t = text.indexOf(title, segStart);
    steps.push({ title, dates, start: s + t, end: s + t + title.length });
  }
  if (steps.length < 2) return false;
  // Under a dated company heading the roles are that heading's: its sub-headings group their bullets.
  const dc = b.datedCompany;
  for (const x of steps) {
    const r = newRole(b, { title: x.title, employer, dates: x.dates }, x.start, x.end);
    if (dc) r.section = dc.section;
  }
  return true;
}

/** "Jun 2019 – Mar 2022" then "Mar 2022 – Present": the older dates end where the newer start. */
function promotedFrom(older: string, newer: string): boolean {
  const ends = older.split(DATE_RANGE_DASH_RE);
  const starts = newer.split(DATE_RANGE_DASH_RE);
  if (ends.length !== 2 || starts.length !== 2) return false;
  const a = ends[1]!.trim().toLowerCase();
  return /\d/.test(a) && a === starts[0]!.trim().toLowerCase();
}
const DATE_RANGE_DASH_RE = /\s+(?:[-–—]|to)\s+|\s*[–—]\s*/;

/** The role a line's first sentence names when it opens with dates ("С 2023 по 2024: ООО «Ойл», инженер."), with more after it. */
function datedOpeningSentence(text: string): RoleParts | undefined {
  // A year near the start first: most lines of prose have none there (the date grammar is not cheap).
  if (!/(?:19|20)\d\d/.test(text.slice(0, 48))) return undefined;
  const dot = text.search(/[.!?]\s+\S/);
  if (dot < 0) return undefined;
  const first = text.slice(0, dot).trim();
  if (wordCount(first) > 16) return undefined;
  // parseRoleLine reads the dates (on the sentence with its spaces collapsed): they must open it.
  const parts = parseRoleLine(first, { heading: false });
  return parts?.dates && collapseSpaces(first).startsWith(parts.dates) ? parts : undefined;
}

/** A `<br>` break at `i`: "<br", optional spaces, an optional "/" and ">", within six characters. */
const BR_RE = /^<br\s*\/?>/i;

/**
 * The lines of text[s, e): hard-wrapped lines (a CR before the LF left out) and `<br>` breaks. Jumps
 * from one line ending or "<br" to the next rather than testing every character; the searches stay
 * inside the paragraph (a "<br" may start at its last two characters), so a long document with many
 * paragraphs costs what its paragraphs do.
 */
function paragraphLines(text: string, s: number, e: number): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  const para = text.slice(s, e);
  const brArea = text.slice(s, e + 2);
  let ls = s;
  let i = s;
  for (;;) {
    const n = para.indexOf("\n", i - s);
    const nl = n < 0 ? e : s + n;
    let b = i < nl ? brArea.indexOf("<br", i - s) : -1;
    // A "<br" that is no break (or none before the line ending): keep looking before the line ending.
    while (b >= 0 && s + b < nl && !BR_RE.test(text.slice(s + b, s + b + 6))) b = brArea.indexOf("<br", b + 1);
    const br = b >= 0 ? s + b : -1;
    const at = br >= 0 && br < nl ? br : nl;
    const le = at > ls && text[at - 1] === "\r" ? at - 1 : at;
    lines.push({ start: ls, end: le });
    if (at === e) return lines;
    i = at === br ? text.indexOf(">", at) + 1 : at + 1;
    if (i > e) return lines; // a break whose ">" lies past the paragraph's end ends it
    ls = i;
  }
}

/**
 * "**Java Developer** \| *Acme* 2015" / "-- 2021\" / "**Tecnologías:** Java, Oracle,": where a paragraph ends
 * some of its lines with a backslash (pandoc's hard break) and wraps others at its width, the lines
 * between two breaks are one, as they are shown.
 */
function backslashBreakLines(text: string, lines: { start: number; end: number }[]): { start: number; end: number }[] {
  if (lines.length < 2) return lines;
  const broken = lines.map((l) => text.charCodeAt(l.end - 1) === 92);
  if (!broken.includes(true) || !broken.slice(0, -1).includes(false)) return lines;
  const out: { start: number; end: number }[] = [];
  let start = -1;
  lines.forEach((l, i) => {
    if (start < 0) start = l.start;
    if (broken[i] || i === lines.length - 1) {
      out.push({ start, end: l.end });
      start = -1;
    }
  });
  return out;
}

/** "2021年12月〜2024年4月", "2017年10月～現在": a range of years and months written in Japanese or Chinese. */
const CJK_YEAR_MONTH_RANGE_RE = /(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*[〜～~\-–—]\s*(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月|現在|现在|至今)/u;

/**
 * "### 北辰物流株式会社" then "正社員として2019年4月〜2023年3月の間勤務" (as a full-time employee, worked
 * from … to …): right under a company heading with no dates, a short line of the terms of the job with
 * a range of years and months written in Japanese or Chinese gives the company its dates; with no title
 * under it, the company is one role with no title (as a dated company heading is, 67). True when it was
 * read so (the line is the job's header, not an achievement).
 */
function employmentTermsLine(b: Builder, s: number, e: number): boolean {
  if (!rightUnderUndatedCompany(b, s)) return false;
  const line = b.ctx.masked.slice(s, e).split("\n")[0]!.trim();
  const range = CJK_YEAR_MONTH_RANGE_RE.exec(line);
  if (!range || line.length > 60 || /[。.!?]\s*$/.test(line) || isTitleText(line)) return false;
  datedCompanyHere(b, range[0]);
  return true;
}

/** In a résumé, no role open yet, and `s` within two lines of a company heading that gave no dates. */
function rightUnderUndatedCompany(b: Builder, s: number): boolean {
  if (b.kind !== "resume" || b.role || !b.company || b.companyDates || b.datedCompany) return false;
  const sec = b.section;
  return cleanPart(takeDates(sec.heading).rest) === b.company && b.ctx.lines.lineOf(s) <= b.ctx.lines.lineOf(sec.headingEnd) + 2;
}

/**
 * "[TaxJar](…) - Feb 2017 &#8594; March 2020" alone in its paragraph, after a role's items or before
 * any role: an employer's name and its years, no title. The titles held there may follow ("Positions
 * Held:"): the first takes what was read before it; if none comes, the line is a role with no title
 * (builder.ts closeDatedCompany). True when it was read so.
 */
function employerDatesLine(b: Builder, s: number, e: number): boolean {
  if (b.kind !== "resume" || (b.role && !b.role.bullets.length)) return false;
  const t = decodeDashes(b.ctx.masked.slice(s, e)).trim();
  const { dates, rest } = takeDates(t);
  // ("**Beacon App Store: (November 2012 - February 2013)**", "**Earlier experience (2011 - 2015):**" label a project or a group.)
  if (!dates || t.includes(":") || cleanPart(t.slice(t.lastIndexOf(dates) + dates.length))) return false;
  const name = namePart(rest);
  if (!name || wordCount(name) > 4 || !/^[\p{Lu}\p{N}]/u.test(name) || /[.!?:;,]/.test(name) || TITLE_RE.test(name) || GLYPH_RE.test(t)) return false;
  closeDatedCompany(b);
  b.company = name;
  b.companyDates = dates;
  b.role = undefined;
  b.datedCompany = { start: s, end: e, depth: b.section.depth, section: b.section, company: name, employer: name, dates, items: [], line: true };
  return true;
}

/**
 * "_2016 - 2019 (remote)_" over "**Kestrel Freight**", a line of its link maybe, then what the job was, one paragraph
 * (hard breaks between): the dates alone on the first line (a note in brackets may follow), an employer's name alone
 * in bold on the next and no title: the employer and its years, a role with no title there unless a title follows
 * (closeDatedCompany), its line the name's. The lines after the name (links aside) are its first item (229).
 */
function datedBoldEmployerLines(b: Builder, lines: { start: number; end: number }[], e: number): boolean {
  if (b.kind !== "resume" || lines.length < 2 || (b.role && !b.role.bullets.length)) return false;
  const [first, second] = [lines[0]!, lines[1]!];
  const when = b.ctx.masked.slice(first.start, first.end).trim();
  const { dates, rest } = takeDates(when);
  if (!dates || !when.startsWith(dates) || !isDatesLine(when) || !/^(?:\s*\([^()]*\))?\s*$/.test(rest)) return false;
  const raw = b.ctx.text.slice(second.start, second.end).trim();
  const name = namePart(b.ctx.masked.slice(second.start, second.end));
  if (!/^(\*\*|__)[^*_]+\1\\?$/.test(raw) || !name || wordCount(name) > 6 || /[.!?:;]$/.test(name) || hasDateText(name) || isTitleText(name) || parseRoleLine(name, { heading: false })) return false;
  // ("[https://kestrel.example](https://kestrel.example)": the employer's link on a line of its own is no item.)
  let from = 2;
  while (from < lines.length && LINK_ONLY_LINE_RE.test(b.ctx.text.slice(lines[from]!.start, lines[from]!.end))) from++;
  // ("**Globex**" over "*Software Engineer*": a title on the next line is a header block's, read elsewhere.)
  const next = lines[from] ? cleanPart(b.ctx.masked.slice(lines[from]!.start, lines[from]!.end)) : "";
  if (next && (isTitleText(next) || parseRoleLine(next, { heading: false }))) return false;
  closeDatedCompany(b);
  const at = second.start + b.ctx.text.slice(second.start, second.end).indexOf(name);
  b.company = name;
  b.companyDates = dates;
  b.role = undefined;
  b.datedCompany = { start: at >= second.start ? at : second.start, end: second.end, depth: b.section.depth, section: b.section, company: name, employer: name, dates, items: [], line: true };
  if (from < lines.length) addBullet(b, lines[from]!.start, e, 0, true);
  return true;
}

/** A line that is one link alone ("[https://acme.example](https://acme.example)", "<https://acme.example>", a bare URL). */
const LINK_ONLY_LINE_RE = /^\s*(?:\[[^\]]*\]\([^)]*\)|<https?:[^>]*>|https?:\/\/\S+)\s*\\?\s*$/;

/** The section's company heading, dated `dates`: one role with no title unless a title comes under it (67). */
function datedCompanyHere(b: Builder, dates: string): void {
  const sec = b.section;
  b.companyDates = dates;
  b.datedCompany = { start: sec.headingStart, end: sec.headingEnd, depth: sec.depth, section: sec, company: b.company, employer: namePart(b.company), dates, items: [] };
}

/** Headings that name time off or one's own projects, not an employer ("Personal projects" under "Hiatus"). */
const NO_EMPLOYER_RE = /\b(?:(?:personal|side|hobby|own|open[- ]source)\s+projects?|hiatus|sabbatical|career\s+break|break|gap\s+year|time\s+off)\b/i;

/**
 * "### Northwind Traders" then "Austin, TX" and "2008 – 2010", each on its own line, and no title: right
 * under a company heading with no dates, a block of short lines that gives the dates (and at most one
 * other line: the place) dates the company, one role with no title, as a dated company heading is (67;
 * held-out round 10). True when it was read so. A block with a title is a header block (plain-lines.ts).
 */
function undatedCompanyDatesBlock(b: Builder, s: number, lines: string[]): boolean {
  if (!rightUnderUndatedCompany(b, s) || NO_EMPLOYER_RE.test(b.company)) return false;
  const block = lines.map((l) => l.trim()).filter((l) => l);
  if (block.length > 2) return false;
  let dates = "";
  for (const l of block) {
    // "Founding Engineer, Jan 2024 -- Present": a title with its dates is a role line, read elsewhere.
    if (HEADER_TESTS.words(l) > 8 || /[.!?;]$/.test(l) || HEADER_TESTS.isTitle(l) || parseRoleLine(l, { heading: false })) return false;
    if (!dates && HEADER_TESTS.isDates(l)) dates = takeDates(l).dates;
  }
  if (!dates) return false;
  datedCompanyHere(b, dates);
  return true;
}

/** A line that opens with a label in bold, its colon inside or right after, and goes on: "**Stack / Tools:** Java" ("**The Strategy:**" alone is a heading's). */
const BOLD_LABEL_LINE_RE = /^\s*(\*\*|__)[^*_\n:]{1,40}(?::\1|\1\s*:)\s*\S/;

/** Paragraph inside an experience section: header lines (title, dates), glyph bullets or prose. */
export function handleExperienceParagraph(b: Builder, p: Paragraph): void {
  const [s, e] = off(p, b.ctx);
  if (employmentTermsLine(b, s, e)) return;
  const masked = b.ctx.masked;
  const lines = backslashBreakLines(b.ctx.text, paragraphLines(b.ctx.text, s, e));
  if (lines.length === 1 && employerDatesLine(b, lines[0]!.start, lines[0]!.end)) return;
  const strongTitles = new Map<number, string>();
  for (const c of p.children) {
    if (c.type === "strong" || c.type === "emphasis") {
      const t = nodeText(c, b.ctx);
      // ("_Beta build server upkeep._": a sentence set in emphasis, its last word in lower case, is no title.)
      // ("**Reworked the shared booking tooling for depots, billing, and route planning**": a field's word in a sentence, a headline.)
      // ("_Patient team leader who grows small platform groups and steady release trains for apps_": more than ten
      // words and no separator that would part a title from its employer, a headline, 256.)
      if (TITLE_RE.test(t) && !/\s\p{Ll}[\p{Ll}-]*[.!?]$/u.test(t.trim()) && !(isFieldOnlyTitle(t) && !isTitleText(cleanPart(t))) && !(wordCount(t) > 10 && !/[,|—–@·•(]| - | at /.test(t))) strongTitles.set(b.ctx.lines.lineOf(off(c, b.ctx)[0]), t);
    }
  }
  if (labelledFieldsRole(b, p)) return;
  if (datedFirstPersonTitle(b, p)) return;
  // Location, dates and title lines on their own (layouts/plain-lines.ts).
  const lineTexts = lines.map((l) => masked.slice(l.start, l.end));
  const block = headerBlock(lineTexts, HEADER_TESTS, !!b.company);
  if (!block && undatedCompanyDatesBlock(b, s, lineTexts)) return;
  if (!block && datedBoldEmployerLines(b, lines, e)) return;
  if (block) {
    let dates = "";
    for (const h of block) if (h.kind === "dates") dates ||= takeDates(masked.slice(lines[h.index]!.start, lines[h.index]!.end)).dates;
    // With no company heading, a name on the first line above the titles ("**Rival Technologies**") is the employer.
    const top = !b.company && block[0]!.kind === "other" && block.some((h) => h.kind === "title") ? lines[block[0]!.index]! : undefined;
    const employer = top ? namePart(masked.slice(top.start, top.end).replace(COMPANY_LABEL_RE, "")) : "";
    for (const h of block) {
      if (h.kind !== "title") continue;
      const l = lines[h.index]!;
      // "*Desenvolvedor*: desenvolvimento de sites": the title is the emphasised part.
      const titled = EMPHASIS_TITLE_COLON_RE.exec(b.ctx.text.slice(l.start, l.end))?.[1];
      newRole(b, { title: cleanPart(titled && isTitleText(cleanPart(titled)) ? titled : masked.slice(l.start, l.end)), employer, dates }, l.start, l.end);
    }
    return;
  }
  if (definitionRole(b, p, lines)) return;
  if (plainTextRoles(b, s, e)) {
    plainTextParagraph(b, lines);
    return;
  }
  const oneSentenceLines = sentencePerLine(b, lines);
  let proseStart = -1;
  let proseEnd = -1;
  const flushProse = () => {
    const item = proseStart >= 0 ? addBullet(b, proseStart, proseEnd, 0, true) : undefined;
    if (item?.achievement && describesEmployer(b, item.plain)) item.achievement = false;
    proseStart = -1;
  };
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li]!;
    const raw = b.ctx.text.slice(l.start, l.end);
    const text = masked.slice(l.start, l.end);
    if (!text.trim()) continue;
    const next = lines[li + 1];
    // "**Stack / Tools:** Java, Kotlin" over "First engineer at a small consultancy.": under a role, a line of
    // tools under its label in bold is an item of its own (no achievement); the text below it starts the
    // next. (A list wrapped onto the next line, "Technologies: Linux, Java,", has no bold label.)
    if (next && proseStart < 0 && b.role && BOLD_LABEL_LINE_RE.test(raw) && notAnAchievement(text.trim())) {
      addBullet(b, l.start, l.end, 0, true);
      continue;
    }
    if (next && proseStart < 0 && wordCount(text) <= 5 && !/[.!?:]$/.test(text.trim()) && !GLYPH_RE.test(raw) && !parseRoleLine(text, { heading: false })) {
      const nextText = masked.slice(next.start, next.end);
      const nextParts = parseRoleLine(nextText, { heading: false, strongTitle: strongTitles.get(b.ctx.lines.lineOf(next.start)) });
      // (Under a role heading that is a title alone, the employer of that role, above its team: below.)
      if (nextParts && !(headedRole(b) && !nextParts.dates && !strongTitles.has(b.ctx.lines.lineOf(next.start)))) {
        // "Tailwind Traders" on the line above "Engineering Manager: 2021 – Present".
        const { dates, rest } = takeDates(text);
        b.company = cleanPart(rest);
        b.companyDates = dates;
        continue;
      }
    }
    const glyph = GLYPH_RE.exec(raw) ?? (b.kind === "promo" ? EMPHASIS_GLYPH_RE.exec(raw) : null);
    if (glyph) {
      flushProse();
      addBullet(b, l.start + glyph[0].length, l.end, 0, false);
      continue;
    }
    const strong = strongTitles.get(b.ctx.lines.lineOf(l.start));
    // "**Leadership & Team Management**" under a role: a group of its bullets named by a field, no role.
    if (b.role && strong && lines.length === 1 && cleanPart(text) === cleanPart(strong) && isFieldOnlyTitle(strong) && !isDatesLine(text)) continue;
    // "As _Director of Engineering_" under stacked titles: the bullets that follow are that title's.
    if (b.role && lines.length === 1 && proseStart < 0) {
      const as = AS_TITLE_RE.exec(text.trim());
      const title = as ? cleanPart(as[1]!) : "";
      let held: Role | undefined;
      for (let k = b.roles.length - 1; k >= 0 && title && !held; k--) {
        const r = b.roles[k]!;
        if (r.employer === b.role.employer && r.title.toLowerCase() === title.toLowerCase()) held = r;
      }
      if (held) {
        b.role = held;
        continue;
      }
    }
    // "*Desenvolvedor Pleno*: criação de ferramentas internas…" under a company heading: the
    // title in emphasis, then what the job was, however long.
    if (b.company && strong && proseStart < 0 && EMPHASIS_TITLE_COLON_RE.exec(raw)?.[1]?.trim() === strong.trim() && isTitleText(cleanPart(strong))) {
      flushProse();
      newRole(b, { title: cleanPart(strong), employer: "", dates: "" }, l.start, l.end);
      continue;
    }
    // "**Lead Game Programmer**" then "*Estúdio Lumen - Studio that makes and sells games*": under a role
    // with no employer, no dates and nothing read under it yet, an undated line alone in its paragraph
    // and wholly in emphasis names that role's employer, whatever its words.
    const r0 = b.role;
    if (r0 && !r0.employer && !r0.dates && !r0.bullets.length && proseStart < 0 && lines.length === 1 && WHOLE_EMPHASIS_RE.test(raw.trim()) && !takeDates(text).dates && wordCount(text) <= 16 && !/[.!?]$/.test(text.trim())) {
      r0.employer = cleanPart(text);
      continue;
    }
    // "### 2020–2024 — Principal Engineer" then "*Lindqvist Maritime AB*, *Fleet Software*, Gothenburg, Sweden": under a role read from
    // its own heading (a title alone with its dates), no employer and nothing read under it yet, an undated line alone in
    // its paragraph that opens with a name in emphasis, then commas (a department, a place), names that role's employer (216).
    const named = r0 && !r0.employer && r0.dates && !r0.bullets.length && proseStart < 0 && lines.length === 1 && r0.section === b.section && b.ctx.lines.lineCol(b.section.headingStart).line === r0.line ? EMPHASIS_NAME_COMMAS_RE.exec(raw.trim()) : null;
    if (named && !takeDates(text).dates && wordCount(text) <= 16 && !/[.!?]$/.test(text.trim())) {
      r0!.employer = cleanPart(named[2]!);
      continue;
    }
    // ("Feb 2017 &#8594; March 2020": a dash or arrow written as an entity is one.)
    const parts = parseRoleLine(decodeDashes(text), { heading: false, strongTitle: strong });
    // "### Leader technique", "**Acme Bank**", then "Liquidity Management Agency - LMA" and "*2021 – 2024*":
    // under a role heading that is a person's title alone, with no dates and nothing read under it yet,
    // an undated line with no bold title names the team or project there, not another role.
    const r = headedRole(b);
    if (parts && !parts.dates && !strong && proseStart < 0 && r) {
      if (!r.employer) r.employer = cleanPart(text);
      continue;
    }
    // "Gestion de l'ensemble du périmètre, management, développement …": with no dates and no bold
    // title, a part in lower case between commas is no title; the line is prose.
    // "**Parts Catalogue Tracking system** (link). Led a team of 3 …": a bold name that a sentence
    // follows on its line, with no dates, is a project told in prose.
    // "Author, contributor, and editor of several open specifications in the," wrapped onto the next line
    // with no dates and no bold: a sentence's first line, no role line.
    // "Full Stack Engineer using Ruby, TypeScript, and Ember. Rebuilt" over "the front end to …"
    // under a titled role's own heading: a line of six words or more, no dates, no bold, whose next
    // line goes on in lower case, is a sentence wrapped by hand, no role line. (Under a company heading
    // with no title, "Senior Software Engineer at Acme's IT department. My" over "primary duties …"
    // still names the role.)
    // "*Catedrático, Facultad de Ciencias*" over the school's link and "Profesor de Ciencias de la Computación, …":
    // under a role its paragraph opened with a title in emphasis, a line with no dates and no emphasis tells that
    // role's work, no other role.
    // "### Project Manager · Rovetta Srl" over "*Energia, Project Management, AI · Mar 2018 – Dic 2019*": under a role read from its own
    // heading (title and employer, no dates, nothing under it yet), a line wholly in emphasis whose parts are split by "·" and one
    // of them the dates gives that role's field and dates, not another role (308).
    const fieldDates = !strong && proseStart < 0 && /^(?:\*[^*]+\*|_[^_]+_)$/.test(raw.trim()) ? headedRole(b) : undefined;
    const fieldDated = fieldDates?.employer ? partedDatesLine(text) : undefined;
    if (fieldDates && fieldDated) {
      flushProse();
      fieldDates.dates = fieldDated;
      continue;
    }
    const rp = b.role;
    const toldUnder = !!rp && !parts?.dates && !strong && rp.titleStart >= s && rp.titleStart < l.start && strongTitles.has(b.ctx.lines.lineOf(rp.titleStart));
    const sentenceAfter = toldUnder || (!!strong && !parts?.dates && /[.!?]\s+\p{Lu}/u.test(text.slice(text.indexOf(strong) + strong.length))) || (!strong && !parts?.dates && li + 1 < lines.length && /,\s*$/.test(text) && wordCount(text) >= 8) || (!strong && !parts?.dates && !!b.role?.title && b.role.section === b.section && li + 1 < lines.length && wordCount(text) >= 6 && /^\s*\p{Ll}/u.test(masked.slice(lines[li + 1]!.start, lines[li + 1]!.end)));
    if (parts && !sentenceAfter && (parts.dates || strong || isTitleText(parts.title))) {
      flushProse();
      // "*Especialista de Sistemas*: Coordenação e manutenção de sistemas." under a company heading:
      // what follows the title is what the job was, and the employer is the heading's.
      // "**Principal Engineer** - Part of the compiler team, building …" under "## Larkspur - 2022 -
      // 2024": after a bold title, a part that opens with a verb tells what the job was, too; that
      // text, wrapped lines and all, is the role's first item.
      let told = -1;
      if (b.company && parts.employer && (DESCRIPTION_RE.test(parts.employer) || (!!strong && (startsWithVerb(parts.employer) || /^\p{Lu}\p{Ll}{2,}ing\s/u.test(parts.employer))))) {
        if (strong) told = text.indexOf(parts.employer.slice(0, 12));
        parts.employer = "";
      }
      headingWasCompany(b, parts, strong);
      // "**Staff Engineer** | Acme (Mar 2022 – Present)" right above "**Senior Engineer** | Acme (Jun 2019 –
      // Mar 2022)" in one paragraph, nothing between: a promotion (the older title ends when the newer
      // starts), stacked newest first; the text below is the first's. (With a gap between them, two jobs
      // told one under the other, the text stays the last's.)
      const last = b.role;
      const head = li > 0 && last && !last.bullets.length && b.ctx.lines.lineOf(last.titleStart) === b.ctx.lines.lineOf(lines[li - 1]!.start) && last.employer === (parts.employer || b.company) && promotedFrom(parts.dates, last.dates) ? last : undefined;
      newRole(b, parts, l.start, l.end);
      if (head) b.role = head;
      if (told > 0) {
        proseStart = l.start + told;
        proseEnd = l.end;
      }
      continue;
    }
    // "2023 – 2024: Acme Oil, lead software engineer. Built the …": a role told in one paragraph that
    // opens with its dates, employer and title as a sentence; the paragraph is its achievement.
    const opening = proseStart < 0 ? datedOpeningSentence(text) : undefined;
    if (opening) {
      flushProse();
      newRole(b, opening, l.start, l.start + text.indexOf(".") + 1);
      addBullet(b, l.start, l.end, 0, true);
      continue;
    }
    // "**Northwind Cloud** · *June 2023 – Present · Portland, OR*" under a role heading: short parts, one the dates.
    const parted = b.role && !b.role.bullets.length && proseStart < 0 ? partedDatesLine(text) : undefined;
    if (parted || isDatesLine(text)) {
      flushProse();
      const { dates: d, rest } = parted ? { dates: parted, rest: text } : takeDates(text);
      // "**Acme** | 08/2024 - Present | Berlin" under a title: the employer comes first.
      const first = namePart(rest.split(/[|•·]/)[0] ?? "");
      // "### Principal Engineer, Generative AI Platforms" over "**Amazon Web Services** · dates": the heading's
      // part after its comma was the title's area, not the employer the line names.
      const r = headedRole(b);
      // (Only a name in emphasis of its own: "**Options Income SaaS | 2025 – Present**", one bold line, may be a product's.)
      if (r && parted && first && r.employer && OWN_EMPHASIS_NAME_RE.test(raw) && !takeDates(first).dates && b.section.heading.includes(`${r.title}, ${r.employer}`)) {
        r.title = `${r.title}, ${r.employer}`;
        r.employer = "";
      }
      if (b.role && !b.role.employer && !b.role.bullets.length && first && /[|•·]/.test(rest) && !takeDates(first).dates) b.role.employer = first;
      if (b.role && !b.role.dates) b.role.dates = d;
      else if (!b.role) b.companyDates = d;
      continue;
    }
    // (Chinese and Japanese, with no spaces, count about a word per two characters.)
    const words = wordCount(text) + Math.floor(cjkCount(text) / 2);
    if (b.role && (words <= 4 || (words <= 8 && /^\*\*[^*]+\*\*\s*$/.test(raw.trim()))) && !/[.!?]$/.test(text.trim()) && proseStart < 0 && b.role.bullets.length === 0) {
      // A short line under a header (location, team name, "Remote"), or a bold name alone on its line
      // ("**Anzus Development SAS / services**"), is header material.
      if (!b.role.employer) b.role.employer = cleanPart(text);
      continue;
    }
    // A title on its own line under a company heading (or stacked under another title: a promotion);
    // alone in its paragraph it may end in a period ("Соучредитель, директор, ведущий разработчик.").
    const bare = lines.length === 1 ? text.trim().replace(/\.$/, "") : text;
    // ("Руководитель группы интеграции сервисов в мобильные продукты" over "2ГИС. Задача команды - …": a
    // sentence wrapped there, the next line ending it and going on, is prose, no title.)
    const after = next ? masked.slice(next.start, next.end).trim() : "";
    const wraps = /^\p{Ll}/u.test(after) || (wordCount(after) >= 6 && /^[^.!?]{1,40}[.!?]\s+\p{Lu}/u.test(after));
    if (proseStart < 0 && b.company && isTitleText(bare) && wordCount(bare) <= 8 && !wraps && !toldUnder) {
      newRole(b, { title: cleanPart(bare), employer: "", dates: "" }, l.start, l.end);
      continue;
    }
    // "Co-architected the payroll model.\nMentored four engineers.": one sentence a line, each its own item.
    if (oneSentenceLines) flushProse();
    if (proseStart < 0) proseStart = l.start;
    proseEnd = l.end;
  }
  flushProse();
}

/** A line that opens with a name in emphasis of its own, a separator after it: "**Acme** · *2020 – 2024*". */
const OWN_EMPHASIS_NAME_RE = /^\s*(\*{1,2}|_{1,2})[^*_|•·\n]+\1\s*[|•·]/;

/** A line of two to four short parts parted by "·", "|" or "•", one of them dates alone ("Acme · Oct 2024 – Present · Seattle, WA"): those dates. */
function partedDatesLine(text: string): string | undefined {
  if (!/\s[|•·]\s/.test(text)) return undefined;
  const parts = text.split(/\s[|•·]\s/).map(cleanPart).filter(Boolean);
  if (parts.length < 2 || parts.length > 4) return undefined;
  let dates = "";
  for (const p of parts) {
    const d = takeDates(p).dates;
    if (d && !dates && cleanPart(p) === cleanPart(d)) dates = d;
    else if (wordCount(p) > 4 || /[.!?:]$/.test(p) || HAS_YEAR_OR_OPEN.test(p)) return undefined;
  }
  return dates || undefined;
}

/** A line wholly in emphasis: "*Acme - Tech Consulting*", "_Acme_", "**Acme**". */
/** "*Lindqvist Maritime AB*, *Fleet Software*, Gothenburg": a name in emphasis, then a comma and more (216). */
const EMPHASIS_NAME_COMMAS_RE = /^(\*{1,2}|_{1,2})([^*_\n]{1,80}?)\1\s*,\s*\S/;
const WHOLE_EMPHASIS_RE = /^(\*{1,2}|_{1,2})(?![\s*_]).*[^\s*_]\1$/;

/**
 * The role read from the heading of the current section when that heading is a person's title alone
 * ("### Leader technique", no field's name) and nothing has been read under it yet: no dates, no bullets.
 */
function headedRole(b: Builder): Role | undefined {
  const r = b.role;
  return r && !r.dates && !r.bullets.length && r.section === b.section && b.ctx.lines.lineCol(b.section.headingStart).line === r.line && !isFieldOnlyTitle(r.title) ? r : undefined;
}

/**
 * "### Lakeside Health Partners" then "**Lead Software Engineer** _Sep 2018 - Present_": the
 * heading, read as a role of a title alone ("Management" is a title's word), names the company when a
 * bold title with dates and no employer follows it before anything else. The heading's role is taken
 * back and its text becomes the company of this role and of the titles after it. When that line names its own
 * employer, the heading's role is taken back alone (223).
 */
function headingWasCompany(b: Builder, parts: RoleParts, strong: string | undefined): void {
  const prev = b.role;
  if (!prev || !strong || !parts.dates || !isTitleText(parts.title)) return;
  if (prev.section !== b.section || prev.employer || prev.dates || prev.bullets.length || b.ctx.lines.lineCol(b.section.headingStart).line !== prev.line) return;
  if (b.roles[b.roles.length - 1] !== prev) return;
  b.roles.pop();
  b.role = undefined;
  // "## Engineering Management" over "**Staff Engineer** [Fabrikam](…) March 2019 - Current": a line that names its own
  // employer leaves the heading the name of the page or of a group of roles, no role and no employer (223).
  if (parts.employer) return;
  b.company = prev.title;
  b.companyDates = "";
  parts.employer = prev.title;
}

/** "Tempo is a booking platform used by…": what the employer is or does, after its name. */
const EMPLOYER_VERB_RE = /^\s+(?:is|was|are|were|provides|provided|builds|built|offers|offered|develops|developed|makes|sells|helps|operates|runs)(?![\p{L}])/u;

/**
 * The names an employer goes by in its own description: its name, its first word ("Pivotal" for
 * "Pivotal Software & Pivotal Labs") and its initials ("RGM" for "Real Girls Media").
 */
function employerNames(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    if (!n) continue;
    out.push(n);
    const words = n.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length >= 2 && words[0]!.length >= 4) out.push(words[0]!);
    if (words.length >= 2 && words.length <= 5) out.push(words.map((w) => w[0]).join(""));
  }
  return out;
}

/** A paragraph that says what the role's employer is ("Acme is a …", "Acme provides …"), not what the author did: context, not an achievement. */
function describesEmployer(b: Builder, plain: string): boolean {
  const employer = employerNames([b.role?.employer ?? "", b.company]).find((x) => x.length >= 2 && plain.startsWith(x));
  // ("Twitter was my first job…", "Acme offers X. As its founder, I…": what the author did there.)
  return !!employer && EMPLOYER_VERB_RE.test(plain.slice(employer.length)) && !FIRST_PERSON_RE.test(plain) && !/(?<![\p{L}])(?:we|our|us)(?![\p{L}])/iu.test(plain);
}

/** A sentence of prose: one that speaks as "I", or opens on a word that links it to the one before. */
const PROSE_OPENER_RE = /^(?:it|its|this|these|that|those|there|however|additionally|also|moreover|furthermore|but|and|so|then|unlike|below|originally|some)(?![\p{L}])/iu;
const FIRST_PERSON_RE = /(?<![\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]e)(?![\p{L}\p{N}'’])/u;

/** A line that ends a sentence, or an explicit break ("  " or "\\" at its end). */
const LINE_END_RE = /[.!?;…]\s*$/;
const HARD_BREAK_RE = /(?: {2,}|\\)$/;

/**
 * True when a paragraph of two lines or more is one sentence (or one item) a line, as bullets with
 * no markers are written: every line but the last ends a sentence or with a hard break, and every
 * line after the first opens with a capital or a digit. A hard-wrapped paragraph breaks its lines
 * mid-sentence somewhere, and stays one item.
 */
function sentencePerLine(b: Builder, lines: { start: number; end: number }[]): boolean {
  const texts = lines.map((l) => ({ raw: b.ctx.text.slice(l.start, l.end), text: b.ctx.masked.slice(l.start, l.end).trim() })).filter((t) => t.text);
  if (texts.length < 2) return false;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    // Prose with a line per sentence ("semantic line breaks") speaks as "I" or links its sentences.
    if (PROSE_OPENER_RE.test(t.text) || FIRST_PERSON_RE.test(t.text)) return false;
    if (i > 0 && !/^[\p{Lu}\p{N}]/u.test(t.text)) return false;
    if (i < texts.length - 1 && !LINE_END_RE.test(t.text) && !HARD_BREAK_RE.test(t.raw)) return false;
  }
  return true;
}


/**
 * "From March 2016 to May 2019, I was appointed Deputy Head of the Data Services Group. …", "The consortium appointed me
 * Area Lead for Storage in 2012. …": a paragraph of a résumé that opens telling, in the first person, when the person was
 * appointed to what: a role told in prose, its line the title's, the paragraph its item (301). The title ends at the
 * sentence's first comma or period, or before "in the" (where).
 */
export function appointedTitleParagraph(b: Builder, p: Paragraph): boolean {
  // (Under a role read otherwise, its text tells of that job: "In January 2025, I was appointed …" is that role's item.)
  if (b.kind !== "resume" || (b.role && !APPOINTED_ROLES.has(b.role))) return false;
  const [s, e] = off(p, b.ctx);
  const text = b.ctx.masked.slice(s, e);
  if (!text.includes("appointed")) return false;
  let title: string | undefined;
  let dates = "";
  let at = -1;
  const i = APPOINTED_I_RE.exec(text);
  if (i && takeDates(i[1]!).dates) {
    title = i[2]!;
    dates = takeDates(i[1]!).dates;
    at = i.index + i[0].length - title.length;
  } else {
    const me = APPOINTED_ME_RE.exec(text);
    if (!me) return false;
    title = me[1]!;
    dates = takeDates(me[2]!).dates;
    at = me.index + me[0].indexOf(title, me[0].indexOf("appointed me"));
  }
  title = title.trim();
  // (The sentence tells it is a title: "Deputy Head of the Data Services Group" may hold "of the", as a sentence's words do.)
  // ("… appointed me Area Lead for Storage in the Grid project from 2015 to 2019": the title ends before "in the", where.)
  title = title.split(/\s+in\s+the\s+/)[0]!.trim();
  if (!title || !dates || at < 0 || wordCount(title) > 12 || !TITLE_RE.test(title) || /^to\s/i.test(title)) return false;
  b.section.kind = "experience";
  APPOINTED_ROLES.add(newRole(b, { title, employer: "", dates }, s + at, s + at + title.length));
  addBullet(b, s, e, 0, true);
  return true;
}
/** Roles read from such a paragraph: the next one is another role, not this one's item. */
const APPOINTED_ROLES = new WeakSet<Role>();
/** "In September 2019, I was appointed (the) <title>", "From 2014 to 2016, I was appointed <title>": the dates, then the title. */
const APPOINTED_I_RE = /^\s*((?:In|From|Since|Between)\s+[^,.;]{4,50}),\s+I\s+was\s+appointed\s+(?:as\s+)?(?:the\s+)?(\p{Lu}[^,.;]*?)(?=\s+in\s+the\s|\s*[,.;])/u;
/** "The consortium appointed me <title> in 2012", "… appointed me <title> from 2015 to 2019": the title, then the dates. */
const APPOINTED_ME_RE = /^\s*(?:The\s+)?\p{Lu}[^,.;]{0,60}?\s+appointed\s+me\s+(?:as\s+)?(?:the\s+)?([^,.;]+?)\s+(?:in|from)\s+((?:19|20)\d{2}(?:\s+to\s+(?:19|20)\d{2})?)(?![\p{N}])/u;

/**
 * "**From 2021 - 2023,** I worked as a **Platform Engineer** at Fabrikam. …": under a company heading, a paragraph that opens
 * with its years in bold and whose first sentence says, in the first person, as what the person worked ("I worked as", "I
 * joined as", "I served there as" a bold title): a role there told in prose, its line that paragraph's, the paragraph its first
 * item (295).
 */
function datedFirstPersonTitle(b: Builder, p: Paragraph): boolean {
  const first = p.children[0];
  if (b.kind !== "resume" || !b.company || first?.type !== "strong") return false;
  const dates = takeDates(nodeText(first, b.ctx)).dates;
  if (!dates) return false;
  const from = off(first, b.ctx)[1];
  for (const c of p.children.slice(1)) {
    if (c.type !== "strong") continue;
    const [cs, ce] = off(c, b.ctx);
    const before = b.ctx.text.slice(from, cs);
    // Only in the first sentence.
    if (/[.!?]\s/.test(before)) return false;
    if (!AS_TITLE_BEFORE_RE.test(before)) continue;
    const title = cleanPart(nodeText(c, b.ctx));
    if (!isTitleText(title) || wordCount(title) > 10) return false;
    const [s, e] = off(p, b.ctx);
    const employer = namePart(b.company).split(/\s+[-–—|]\s+/)[0]!;
    const at = b.ctx.text.indexOf(title, cs);
    newRole(b, { title, employer, dates }, at >= cs && at < ce ? at : cs, at >= cs && at < ce ? at + title.length : ce);
    addBullet(b, s, e, 0, true);
    return true;
  }
  return false;
}
/** "… I worked as a ", "… I joined Fabrikam as the ": the first person, then "as", right before the bold title. */
const AS_TITLE_BEFORE_RE = /(?<![\p{L}])I\s[^.!?]{0,80}?(?<![\p{L}])as\s+(?:an?\s+|the\s+)?$/u;

/**
 * "Hillarys" as a heading with no dates, no title and no section's name, outside any experience
 * section, then a paragraph in the first person that names it as the place worked (`I am the lead web
 * developer at Hillarys.`, `At Hillarys I …`, `I worked for Hillarys …`): a company heading whose job
 * is told in paragraphs; with no title line under it, a role with no title (closeDatedCompany).
 * (Roles told as paragraphs, fixture 121.)
 */
export function employerHeadingToldInFirstPerson(b: Builder, text: string, depth: number, at: [number, number], next: string): void {
  if (b.kind !== "resume" || b.role || b.expDepth > 0 || b.datedCompany || b.section.kind !== "other" || b.section.headingStart !== at[0]) return;
  const name = cleanPart(text);
  if (!name || wordCount(name) > 5 || hasDateText(name) || isTitleText(name) || /(?:^|\s)\p{Ll}/u.test(name.replace(/&/g, " "))) return;
  const first = /^[\p{L}\p{N}][\p{L}\p{N}&.'’-]*/u.exec(name)?.[0]?.replace(/[.’']+$/, "");
  // The pattern below needs the name's first word in the paragraph: most headings stop here, before a
  // pattern is compiled for them (bench/profile.mjs: this function was 1.6 % of the CLI's time).
  if (!first || first.length < 2 || !next.includes(first)) return;
  const worked = new RegExp(`(?:(?:^|[.!?]\\s+)At\\s+${escapeRe(first)}(?![\\p{L}\\p{N}])[^.!?]{0,60}?\\bI\\s)|(?<![\\p{L}])I\\s[^.!?]{0,80}?\\b(?:at|for|advised|joined)\\s+${escapeRe(first)}(?![\\p{L}\\p{N}])`, "u");
  if (!worked.test(next)) return;
  const section = b.section;
  section.kind = "experience";
  const lineEnd = b.ctx.text.indexOf("\n", at[0]);
  b.toldEmployers = (b.toldEmployers ?? 0) + 1;
  b.company = name;
  b.companyDates = "";
  b.datedCompany = { start: at[0], end: lineEnd < 0 ? at[1] : Math.min(at[1], lineEnd), depth, section, company: name, employer: namePart(name), dates: "", items: [] };
}
