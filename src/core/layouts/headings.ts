// Layout: headings (DESIGN §2b). A heading opens a section (its kind from sections.ts), names a
// company whose roles follow, or is a role line itself ("### Staff Engineer — Acme (2019–2022)"); a
// dated company heading with no title under it, only what was done there, is a role with no title.
// After a role heading "Employer - Title" (or "Title @ Employer"), a heading of the same shape is a
// role whatever its title.
// German titles and sections: 49; German compound titles ("Softwareingenieur", "Forschungspraktikant", roleline.ts): 88; "Fachinformatiker": 126.
// A company heading that names its position in brackets ("Acme (职位-Engineer->Manager)"): 57.
// French and Italian words between title and employer ("à la", "au", "presso"): 60.
// A heading opening with dates under a company heading gives it its dates: 61.
// Among company headings, one whose name ends in a section's word ("### Bridgepoint Education"): 65.
// Chinese and Japanese headings with full-width commas and brackets, "至今" / "現在", "〜": 66.
// Project headings under a dated company heading with no title: 67. "Title @ Employer" siblings: 73.
// A heading that names a field only ("### Before Software Engineering"), no employer, no dates, right over
// a deeper heading, groups what is under it, no role: 107.
// A dated team heading right under a title heading gives that role its dates: 74.
// A heading its label names as the role ('### Rolle: Testmanager / Tester') is one whatever its words: 83; right under a role heading, that role's title: 84.
// Under a dated company heading with no title, 'At Acme I was a senior engineer on …' names it (builder.ts closeDatedCompany): 80.
// A long heading whose slashes, dashes and a link note's brackets stand alone (roleline.ts counts no word for them): 91.
// A title alone in a heading with nothing read under it, right before the Experience heading, is the headline: 92.
// A company heading read as a job of its own is not the employer of a role heading at its own depth: 94.
// Two headings or more one level under a dated role heading, each a title alone, are the titles held there (stackedTitleHeadings): 95.
// "### Acme - Austin, TX", its dates line, then "#### Technical Writer" (a writer is a title, model.json): 124.
// "### Lead-capture flow — the moat": a title word hyphened to a Latin word is none (roleline.ts): 131.
// "### 🌟 Project 1: Expense Approval Management Workflow", a project named by its label, is no role: 132.
// "## TeamLead платформы платежей" ("TeamLead", "Тимлид": title words, model.json): 133.
// Under an Experience heading, "### Head of Developer Experience" is a title, no section of its own: 134.
// A headline of titles side by side ("### Engineering Leader | Platform Architect | Mentor") is no role: 135.
// A title heading over paragraphs only, before the Experience heading, is the headline over a summary: 136.
// "### Freelance - Remote", its dates, then "#### Software Engineer": the heading names the company: 138.
// In a document of several H1s, an H1 naming a title, an employer and dates is a role: 150.
// Among role headings under the Experience heading, one naming skills is that section, no company: 156.
// A heading that is only the employer of a role read from a table above holds that role's items: 160; so does one
// opening with that employer's name under a projects section one level up ("## 项目经验", "### Employer -- Project"): 198.
// Right under a dated company heading, one short line indented as code is the title held there: 154.
// "#### Courses" deeper than a role's heading is that role's part, as its "#### Technologies" is (187).
// "# Manager", "## Acme", "### Jun 2022 — May 2025", each one level under the last: a title, its employer, its dates (200).
// "#### ポジション: テックリード" (a Japanese label naming the position) is the title; "#### プロジェクト概要" (overview) after it at its depth is the role's part (201).
// Under no Experience heading, "**Achievements:**" or "#### Responsibilities" deeper than a role's heading is that role's part too (202).
// "### **05/2019 – heute Leiter IT** / Brunnhof Optik, Lübeck": the bold dates and title, then "/" and the employer (215).
// "### Freelancer – Sem contrato" over "- Técnico, de 03/2014 a 11/2016.", a title item with its dates: the heading names the company (219).
// "#### QA Intern, Fabrikam, Inc., Reston, VA, June - August 2007": a month alone, a dash, a month and its year are one range (roleline.ts findDates): 225.
// "### 株式会社ハルカゼ (2022 年 4 月 〜 現在)": 年 (year) and 月 (month) may stand a space from their numbers (roleline.ts): 232.
// "## fulltime: Kestrel Freight" (a kind of employment, a colon, a name) is a job at that employer with no title: 228.
// Under no Experience heading, two name headings or more at one depth, each over its dates line and a list, are jobs with no title: 270.
// Under a dated company heading, deeper dated headings that name its units ("### 基盤開発部", department; "### Payments Team")
// or a posting at a company by its legal form, with no title, are jobs there of their own, in turn: 278.
// "### **Ведущий инженер …** в [ООО "Фабрикам"](…)": a bold title, the Russian "в" (at), the employer (roleline.ts); "Повышение квалификации" (further training) is education: 290.
// "## März 2019 bis Juni 2023: [Nordwind Apps][nw] in Berlin" (or "… von Hamburg aus"): the town is no part of the dated employer: 293.
// "### IT-Berater @ Kestrel Consulting" over "#### DevOps Engineer bei einem Maschinenbauer" (a client named by no name): a role, its parts: 294.
// "### Кестрел | B2B SaaS", its dates alone in bold, then "### Обязанности" (duties) at its depth: the dated job's part, no company: 297.
// In a brag document, "## Software engineering at Kestrel Labs" (a field, where, no dates) heads a group of accomplishments, no role: 299.
// Fixtures: test/fixtures/layouts/03–08, 15–17, 39, 42, 43, 46, 49, 55–57, 60, 61, 65–67, 73, 74, 80, 83, 84, 88, 91, 92, 94, 95, 107, 124, 126, 131, 132, 133, 134, 135, 136, 138, 150, 154, 156, 160, 165, 167, 187, 198, 200, 201, 202, 215, 219, 225, 228, 232, 270, 278, 290, 293, 294, 297, 299. Pure: no vscode, no fs.
import { type Builder, NO_ROLES, closeDatedCompany, newRole, nodeText, off } from "../builder.js";
import { type RoleParts, TITLE_LABEL_RE, cleanPart, hasDateText, isDatesLine, isFieldOnlyTitle, isTitleText, namePart, parseRoleLine, takeDates, wordCount } from "../roleline.js";
import { exactSectionKind, sectionKindOf } from "../sections.js";
import type { Section, SectionKind } from "../types.js";
import type { Heading } from "mdast";

/** `text`, `norm`: the heading's nodeText and its normHeading (parseDocument has them). */
const SEPARATOR_RE = /\s[|—–@·]\s|,\s|\sat\s/;

/** A title's words, in lower case, whatever marks part them ("CTO - Directeur technique", "CTO / Directeur technique"). */
const titleWords = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** A town after a company's name, "… in Berlin", "… in Frankfurt am Main", "… von Hamburg aus" (from there): where, not who (293). */
const PLACE_TAIL_RE = /\s+(?:in\s+\p{Lu}[\p{L}.-]*(?:\s+(?:am\s+)?\p{Lu}[\p{L}.-]*)?|von\s+\p{Lu}[\p{L}.-]*\s+aus)$/u;

/** Words in lower case a company's name may hold: "Marks and Spencer", "Banco de España", "и Mobiplus" (and). */
const NAME_JOINER_RE = /(?<![\p{L}])(?:and|of|de|del|du|des|la|le|von|van|der|y|e|et|и)(?![\p{L}])/gu;

/**
 * "### Kestrel Data - Technical Lead / Postgres Database Consultant and review-board member" after "### Orlin - Senior
 * Technical Services Engineer": when the role just read came from a heading at this depth written
 * "Employer - Title", a heading of the same shape is a role too, whatever its title's words
 * ("SysAdmin Linux", "Application Support"): the employer before the first " - ", the title after it.
 */
function siblingEmployerTitle(b: Builder, depth: number, text: string): RoleParts | undefined {
  const prev = b.role;
  if (!prev?.employer || prev.section.depth !== depth || b.ctx.lines.lineCol(prev.section.headingStart).line !== prev.line) return undefined;
  // "### Mentor @ Techstars" then "### Editor @ Solid": the shape "Title @ Employer", the other way round.
  const heading = cleanPart(prev.section.heading);
  const atSign = heading.startsWith(prev.title + " @ ") && heading.endsWith(" @ " + prev.employer);
  if (!atSign && !heading.startsWith(prev.employer + " - ")) return undefined;
  const at = text.indexOf(atSign ? " @ " : " - ");
  if (at < 0 || (atSign && text.indexOf(" @ ", at + 3) >= 0)) return undefined;
  const employer = cleanPart(atSign ? text.slice(at + 3) : text.slice(0, at));
  const title = cleanPart(atSign ? text.slice(0, at) : text.slice(at + 3));
  if (!employer || !title || wordCount(employer) > 5 || wordCount(title) > 10 || /[.!?:]$/.test(title) || !/^[\p{Lu}\p{N}]/u.test(title) || isDatesLine(title)) return undefined;
  // "### Tools - Ansible, Terraform": a section's name first is no employer.
  if (sectionKindOf(employer)) return undefined;
  return { title, employer, dates: "" };
}

/**
 * "## 1999 - 2005 : NetSys – Software Development Manager", then "### Software Development Manager and
 * EXCO member", "### Systems Architect", "### Software Engineer": under a dated heading, two headings
 * or more one level down, each a person's title alone (no dates, no employer) and nothing else at that
 * level, are the titles held there in turn. The headings returned are those titles.
 */
export function stackedTitleHeadings(nodes: readonly { type: string }[], textOf: (h: Heading) => string | undefined): Set<Heading> {
  const out = new Set<Heading>();
  const heads = nodes.filter((n): n is Heading => n.type === "heading");
  for (let i = 0; i < heads.length; i++) {
    const top = heads[i]!;
    const kids: Heading[] = [];
    let j = i + 1;
    for (; j < heads.length && heads[j]!.depth > top.depth; j++) if (heads[j]!.depth === top.depth + 1) kids.push(heads[j]!);
    if (kids.length < 2 || !takeDates(textOf(top) ?? "").dates) continue;
    const titles = kids.every((k) => {
      const t = textOf(k) ?? "";
      return !sectionKindOf(t) && !takeDates(t).dates && !parseRoleLine(t, { heading: true })?.employer && isTitleText(cleanPart(t));
    });
    if (titles) for (const k of kids) out.add(k);
  }
  return out;
}

/**
 * "# Manager", "## Deloitte Digital", "### Jun 2022 — May 2025" (a timeline's page, one role a file): three headings
 * in a row, nothing between, each one level under the last: a title alone, a name (no section's, no title, no dates),
 * then dates alone. The title heading is the role; the two under it are its employer and its dates (200).
 */
export function titleEmployerDatesHeadings(nodes: readonly { type: string }[], textOf: (h: Heading) => string | undefined): Map<Heading, RoleParts | undefined> {
  const out = new Map<Heading, RoleParts | undefined>();
  for (let i = 0; i + 2 < nodes.length; i++) {
    const [a, m, z] = [nodes[i]!, nodes[i + 1]!, nodes[i + 2]!] as Heading[];
    if (a.type !== "heading" || m.type !== "heading" || z.type !== "heading" || m.depth !== a.depth + 1 || z.depth !== m.depth + 1) continue;
    const [title, employer, dates] = [a, m, z].map((h) => cleanPart(textOf(h) ?? ""));
    if (!title || !employer || !dates || sectionKindOf(title) || sectionKindOf(employer) || takeDates(title).dates || takeDates(employer).dates) continue;
    if (!isTitleText(title) || parseRoleLine(title, { heading: true })?.employer || isTitleText(employer) || wordCount(employer) > 6 || /[.!?:]$/.test(employer)) continue;
    const d = takeDates(dates).dates;
    if (!d || !isDatesLine(dates) || !dates.startsWith(d)) continue;
    out.set(a, { title, employer, dates: d });
    out.set(m, undefined);
    out.set(z, undefined);
  }
  return out;
}

/**
 * "## Brightwater Labs", then "2021 - present" on the next line, then the list of what was done there, and
 * "## Corvid Systems" the same way: two headings or more at one depth, each a name alone (no section's, no
 * title, no dates) over a line that is its dates alone and a list right after, are the jobs held at those
 * employers, with no title named, under no Experience heading (270); each such section holds its dates and its list only,
 * and no heading holds them but the page's title. The headings returned are those names.
 */
export function employerDatesHeadings(nodes: readonly { type: string; children?: unknown[] }[], textOf: (h: Heading) => string | undefined, paragraphText: (n: { type: string }) => string): Map<Heading, RoleParts> {
  const found: [Heading, RoleParts][] = [];
  for (let i = 0; i + 2 < nodes.length; i++) {
    const [h, p, l] = [nodes[i]!, nodes[i + 1]!, nodes[i + 2]!];
    if (h.type !== "heading" || p.type !== "paragraph" || l.type !== "list" || (h as Heading).depth < 2) continue;
    const employer = cleanPart(textOf(h as Heading) ?? "");
    const line = paragraphText(p).trim();
    if (!employer || line.includes("\n") || sectionKindOf(employer) || takeDates(employer).dates || isTitleText(employer) || wordCount(employer) > 5 || /[.!?:]$/.test(employer) || !/^[\p{Lu}\p{N}]/u.test(employer)) continue;
    if (parseRoleLine(employer, { heading: true })?.employer) continue;
    // (Its section is the dates and the list alone, nothing after them; and no heading holds it but the page's title: under a
    // dated one they are its parts, projects each with its own years; under "### Worked as a developer for these firms" the
    // parent names the title.)
    const next = nodes[i + 3];
    if (next && (next.type !== "heading" || (next as Heading).depth > (h as Heading).depth)) continue;
    let parent: Heading | undefined;
    for (let j = i - 1; j >= 0 && !parent; j--) if (nodes[j]!.type === "heading" && (nodes[j] as Heading).depth < (h as Heading).depth) parent = nodes[j] as Heading;
    if (parent && takeDates(textOf(parent) ?? "").dates) continue;
    const d = takeDates(line).dates;
    if (!d || !isDatesLine(line) || !line.startsWith(d)) continue;
    found.push([h as Heading, { title: "", employer, dates: d }]);
  }
  const out = new Map<Heading, RoleParts>();
  // (One such heading alone is no pattern: a project's name over its years reads the same.)
  for (const [h, parts] of found) if (found.filter(([k]) => k.depth === h.depth).length >= 2) out.set(h, parts);
  return out;
}

/** The heading's section becomes the one being read (of `kind` when given): its text is read under it. */
function enterSection(b: Builder, section: Section, kind?: SectionKind): void {
  if (kind) section.kind = kind;
  b.section = section;
  b.sectionStack.push(section);
}

/** Something was read right under this company heading, no role's: a role with no title made of it, or items. */
function readUnder(b: Builder, section: Section): boolean {
  if (b.roles.some((r) => r.section === section)) return true;
  for (let i = b.bullets.length - 1; i >= 0 && b.bullets[i]!.start > section.start; i--) if (!b.bullets[i]!.role) return true;
  return false;
}

/** The last heading at this depth was a company's: a role read under it names it as its employer. */
function siblingWasCompany(b: Builder, depth: number): boolean {
  for (let i = b.sections.length - 1; i > 0; i--) {
    const x = b.sections[i]!;
    if (x.depth < depth) return false;
    if (x.depth > depth) continue;
    const name = cleanPart(takeDates(x.heading).rest);
    return x.kind === "experience" && !!name && b.roles.some((r) => r.section.start >= x.start && r.employer === name);
  }
  return false;
}

/**
 * `pseudo`: a section name in bold alone on its line, read as a heading (parse.ts pseudoHeading).
 * `headline`: the heading right under the document's first one, nothing between ("# Ana Silva" then
 * "## Full Stack Developer"): the person's headline, a role only when it names an employer or dates.
 */
/** A heading that names a part of a role: its duties ("Responsibilities", "Key duties"). */
// (Japanese and Chinese: "プロジェクト概要" (the project's overview), "業務内容" (the work), "担当業務", "工作内容", "主要职责", 201.)
// (Russian "Обязанности" (duties), "Ответственность", "Зона ответственности" (responsibility), 297.)
const ROLE_PART_HEADING_RE = /^(?:(?:key\s+|main\s+)?(?:responsibilities|duties)|(?:основные\s+)?обязанности|ответственность|зона\s+ответственности|プロジェクト概要|業務内容|担当業務|職務内容|工作内容|工作职责|主要职责)$/i;

/** A company's legal form at the end of a name: "Nordlicht Daten Management AG", "Acme GmbH". */
/** "基盤開発部", "データ分析グループ", "<生産管理部>", "Platform Team", "Payments Division": a unit of a company, by its last word. */
const UNIT_END_RE = /(?:部|課|室|領域|グループ|チーム|センター|[<＜(（][^<>＜＞()（）]{1,20}(?:部|課|室|グループ|チーム)[>＞)）])$|(?<![\p{L}])(?:team|department|dept\.?|division)$/iu;
/** "株式会社…", "… co.,ltd", "… GmbH": a company by its legal form. */
const LEGAL_FORM_RE = /^(?:株式会社|有限会社|合同会社)|(?:株式会社|有限会社|合同会社)$|(?<![\p{L}])(?:co\.?,?\s*ltd\.?|Inc\.?|Ltd\.?|GmbH|LLC|Corp\.?)$/iu;

/** A dated heading that names a unit of a company or a company by its legal form, and no title: "開発部(2019/10/01 ~ 現在)" (278). */
function unitHeading(text: string): boolean {
  const { dates, rest } = takeDates(text);
  const name = cleanPart(rest.replace(/<[^<>]*出向[^<>]*>/u, " "));
  if (!dates || !name || wordCount(name) > 6 || isTitleText(name)) return false;
  if (parseRoleLine(text, { heading: true })?.title) return false;
  return UNIT_END_RE.test(name) || LEGAL_FORM_RE.test(name);
}

const LEGAL_FORM_END_RE = /(?<![\p{L}])(?:AG|GmbH|SE|KG|Inc\.?|Ltd\.?|LLC|Ltda\.?|S\.?A\.?|SAS|SARL|Corp\.?|B\.V\.?|N\.V\.?)$/u;

/**
 * "### **05/2019 – heute Leiter IT** / Brunnhof Optik, Lübeck": in experience, a heading that opens in bold with its dates and
 * the title, then "/" and the employer (its town after a comma): the bold part is the dates and the title, whatever its
 * words ("Anwendungsbetreuung, Kundenservice"), the part after the slash the employer (215).
 */
function boldDatesTitleSlash(b: Builder, h: Heading): RoleParts | undefined {
  const first = h.children[0];
  const second = h.children[1];
  if (first?.type !== "strong" || second?.type !== "text" || !/^\s*\/\s/.test(second.value)) return undefined;
  const bold = nodeText(first, b.ctx);
  const { dates, rest } = takeDates(bold);
  const title = cleanPart(rest);
  if (!dates || !cleanPart(bold).startsWith(dates) || !title || wordCount(title) > 8 || /[.!?]$/.test(title) || hasDateText(title)) return undefined;
  const after = b.ctx.masked.slice(off(first, b.ctx)[1], off(h, b.ctx)[1]).replace(/^[\s*_]*\/\s*/, "");
  const employer = namePart(after.split(/,\s/)[0]!);
  // (A title after the slash is a second title, no employer, unless a company's legal form ends it: "Nordlicht Daten Management AG".)
  if (!employer || wordCount(employer) > 8 || hasDateText(employer) || (isTitleText(employer) && !LEGAL_FORM_END_RE.test(employer))) return undefined;
  return { title, employer, dates };
}

export function handleHeading(b: Builder, h: Heading, text: string, norm: string, pseudo = false, headline = false): void {
  const [s, e] = off(h, b.ctx);
  let own = sectionKindOf(text, norm);
  // "CTO | Pythia Technologies", "Engineer — Acme Education", "Web Developer at Acme Technologies": a role
  // whose employer's name ends in a section's word ("technologies", "education"); "Skills | Tools" keeps
  // its kind (its first part has it).
  if (own && own !== "experience" && SEPARATOR_RE.test(text) && !sectionKindOf(text.split(SEPARATOR_RE)[0]!) && parseRoleLine(text, { heading: true })?.employer) own = undefined;
  // "### Bridgepoint Education" among company headings of its depth under Work Experience: a company
  // whose name ends in a section's word, not that section ("### Education" itself still is).
  if (own && own !== "experience" && b.expDepth > 0 && h.depth > b.expDepth && !exactSectionKind(norm) && siblingWasCompany(b, h.depth)) own = undefined;
  // "### Head of Developer Experience" under "## Professional Experience": a title, not a section of its own.
  if (own === "experience" && b.expDepth > 0 && h.depth > b.expDepth && !exactSectionKind(norm) && isTitleText(text)) own = undefined;
  // "#### Courses" under a role's heading "### Title" (deeper than it): courses taken in that job, the role's own part (187).
  if (own === "education" && norm !== "education" && b.expDepth > 0 && b.role && b.role.section.depth < h.depth && b.ctx.lines.lineCol(b.role.section.headingStart).line === b.role.line) own = undefined;
  // "### Кестрел | B2B SaaS", its dates on a line of their own, then "### Обязанности" (duties) at its depth: under a dated
  // company that no title has followed, a heading that names the job's duties is its part, not the next company (297).
  const dutiesOfDated = !!b.datedCompany && h.depth === b.datedCompany.depth && b.expDepth > 0 && ROLE_PART_HEADING_RE.test(text.trim());
  if (b.datedCompany && h.depth <= b.datedCompany.depth && !dutiesOfDated) closeDatedCompany(b);
  // Close sections at this depth or deeper.
  while (b.sectionStack.length && b.sectionStack[b.sectionStack.length - 1]!.depth >= h.depth) b.sectionStack.pop();
  // A heading at the Experience heading's own depth that is not a section of its own but a company or
  // role with dates ("#### Professional Experience" then "#### [Corva](…) (2021 – present)") stays in it.
  const sameDepthRole = b.expDepth > 0 && h.depth === b.expDepth && !own && !!takeDates(text).dates;
  if (b.expDepth > 0 && h.depth <= b.expDepth && !sameDepthRole) b.expDepth = 0;
  // "### Education" under "## Experience" ends it (a role's "#### Technologies" does not: tools used in it).
  if (b.expDepth > 0 && (own === "education" || own === "publications" || own === "contact")) b.expDepth = 0;
  const parent = b.sectionStack[b.sectionStack.length - 1];
  const headingRange = b.ctx.lines.lineRange(s);
  let kind: SectionKind;
  if (own && !(own === "competencies" && b.expDepth > 0)) kind = own;
  else kind = parent?.kind ?? "other";
  const section: Section = { heading: text, depth: h.depth, kind, headingStart: s, headingEnd: Math.min(e, headingRange.end), start: s, end: b.ctx.text.length };
  if (dutiesOfDated) {
    enterSection(b, section, "experience");
    return;
  }
  // A page of one role in front matter ("title: CTO / Directeur technique"), then "## CTO - Directeur technique": the role's
  // title said again over its text, that role's heading, no role of its own (298).
  const fmRole = b.frontMatterRole;
  if (fmRole && b.kind === "resume" && titleWords(text) === titleWords(fmRole.title)) {
    enterSection(b, section, "experience");
    b.role = fmRole;
    return;
  }
  // A title's heading over its employer's and its dates' (titleEmployerDatesHeadings): the role, and its two header lines.
  // (Under "## Education" a degree, its school and its years have that shape: no job.)
  if (b.titleEmployerDates?.has(h) && !NO_ROLES.has(kind) && (b.titleEmployerDates.get(h) || b.role)) {
    const parts = b.titleEmployerDates.get(h);
    enterSection(b, section, "experience");
    if (parts) {
      b.company = "";
      b.companyDates = "";
      const at = b.ctx.text.indexOf(parts.title, s);
      newRole(b, parts, at >= s && at < headingRange.end ? at : s, Math.min(e, headingRange.end));
    }
    return;
  }
  // "## fulltime: Kestrel Freight", "## part-time: Loomwise" (a kind of employment, a colon, then a name): a job at that
  // employer whatever the rest of the page, no title named; what is under it is that role's (228).
  // So is "## Brightwater Labs" over its dates line and a list, as its siblings are (employerDatesHeadings), under no
  // Experience heading (270).
  const typed = !own && h.depth > 1 && !NO_ROLES.has(kind) ? (b.expDepth === 0 ? b.employerDates?.get(h) : undefined) ?? employmentTypeHeading(text) : undefined;
  if (typed) {
    enterSection(b, section, "experience");
    b.company = "";
    b.companyDates = "";
    const at = b.ctx.text.indexOf(typed.employer, s);
    newRole(b, { title: "", employer: typed.employer, dates: typed.dates }, at >= s && at < headingRange.end ? at : s, Math.min(e, headingRange.end));
    return;
  }
  if (own === "experience") {
    // "## Senior Full-Stack Developer" (a table of contacts under it), then "## Work Experience": the
    // only role so far, a heading that was a title alone with nothing read under it, was the person's
    // headline, not a job.
    // (Paragraphs under it, no list, are the summary the headline heads.)
    const only = b.roles.length === 1 ? b.roles[0]! : undefined;
    if (only && !only.employer && !only.dates && only.bullets.every((x) => x.paragraph) && only.section.depth > 0 && only.section.depth <= h.depth && b.ctx.lines.lineCol(only.section.headingStart).line === only.line && !b.sections.some((x) => x !== only.section && x.kind === "experience")) {
      b.roles.pop();
      for (const x of only.bullets) {
        x.role = undefined;
        x.achievement = false;
      }
      only.section.kind = "other";
    }
    b.expDepth = h.depth;
    b.company = "";
    b.companyDates = "";
    b.role = undefined;
  }
  const inExp = b.expDepth > 0 && (h.depth > b.expDepth || sameDepthRole);
  // A heading that is only dates under a role heading ("#### April 2022 – Present") is that role's dates.
  if (inExp && b.role && isDatesLine(text) && h.depth > b.role.section.depth) {
    // (Its own dates, not those it took from the company heading above: "##### 2010 - 2016 • Asti".)
    if (!b.role.dates || (b.role.dates === b.companyDates && !b.role.bullets.length)) b.role.dates = takeDates(text).dates;
    // "### Architecte logiciel" then "#### [Lumière Rail](…) – *2019-2023*": a name beside the dates is
    // the employer (a place is written with a comma: "Paris, France").
    const name = namePart(takeDates(text).rest);
    if (!b.role.employer && name && !name.includes(",")) b.role.employer = name;
    enterSection(b, section, "experience");
    return;
  }
  // "## DCOPS Technician" then, on the next line, "#### Server Room Operations Technician ( May 2004 - March
  // 2003 )": right under a heading that is a title alone (no dates, no employer, nothing read under it
  // yet), a deeper dated heading names that role's team or product and its dates, not another role.
  if (b.kind === "resume" && b.role && b.role.section.kind === "experience" && h.depth > b.role.section.depth && !b.role.dates && !b.role.employer && !b.role.bullets.length && b.ctx.lines.lineCol(s).line === b.role.line + 1 && b.ctx.lines.lineCol(b.role.section.headingStart).line === b.role.line) {
    const dates = takeDates(text).dates;
    if (dates) {
      b.role.dates = dates;
      enterSection(b, section, "experience");
      return;
    }
  }
  // The H1 is the person's name, often with a headline ("Ana Müller — Engineering Manager"): no role,
  // unless the document has several H1s and this one names a title, an employer and dates
  // ("# Staff Engineer at Acme (2018 - 2019)"): then each H1 is a job.
  const h1Role = !own && h.depth === 1 && b.manyH1 && !inExp ? parseRoleLine(text, { heading: true }) : undefined;
  if ((!own && h.depth > 1) || inExp || (h1Role?.title && h1Role.employer && h1Role.dates)) {
    // A role or company heading.
    let parts = NO_ROLES.has(kind) ? undefined : (inExp ? boldDatesTitleSlash(b, h) : undefined) ?? parseRoleLine(text, { heading: true });
    // ("### Engineering Lead | Systems Designer | Coach": titles side by side, no employer.)
    if (parts && headline && !parts.dates && (!parts.employer || isTitleText(parts.employer))) parts = undefined;
    if (!parts && inExp && !own && b.kind === "resume") parts = siblingEmployerTitle(b, h.depth, text);
    // "## 2018 - 2019 Scrum Master, Booking portal (Acme)" then "### Rolle: Scrum Master, Agile coach",
    // nothing between: the label names that role's title on its own line; one role, read there.
    const r = b.role;
    if (parts && r && !r.bullets.length && TITLE_LABEL_RE.test(text.trim()) && h.depth > r.section.depth && r.section.depth > 0 && b.ctx.lines.lineCol(r.section.headingStart).line === r.line) {
      const at = b.ctx.text.indexOf(parts.title.split(" ")[0]!, s);
      r.title = parts.title;
      r.line = b.ctx.lines.lineCol(s).line;
      r.titleStart = at >= s && at < headingRange.end ? at : s;
      r.titleEnd = Math.max(r.titleStart + 1, Math.min(headingRange.end, r.titleStart + parts.title.length));
      enterSection(b, section, "experience");
      return;
    }
    // Titles stacked under a dated role heading that names the employer (stackedTitleHeadings): that
    // heading names the company and its years, and each title heading is a role there.
    const top = b.role;
    if (b.stackedTitles?.has(h) && top?.employer && top.section.depth < h.depth && b.ctx.lines.lineCol(top.section.headingStart).line === top.line && b.roles[b.roles.length - 1] === top) {
      // (A long title is one too: "Software Development Manager and EXCO 'New Products' process owner".)
      parts ??= { title: cleanPart(text), employer: "", dates: "" };
      b.roles.pop();
      for (const x of top.bullets) x.role = undefined;
      b.company = top.employer;
      b.companyDates = top.dates;
      b.companyHeading = undefined;
      b.role = undefined;
      b.expDepth ||= top.section.depth;
    }
    // "### Engineering Manager" then "#### Knowledge management team", "#### Leader, mentor, hands-on
    // developer": under a titled role's own heading, one with neither dates nor an employer of its own (a
    // name, in capitals: "mentor" after the comma is none) names a part of that role, not another role.
    if (parts && !parts.dates && !/^\p{Lu}|^\p{Lo}/u.test(parts.employer) && b.role?.title && h.depth > b.role.section.depth && b.role.section.depth > 0 && b.role.section.kind === "experience" && b.ctx.lines.lineCol(b.role.section.headingStart).line === b.role.line) parts = undefined;
    // "### Pre Software Engineering" over "#### Kitchens" and a list of jobs: a heading that names a field
    // only (no person's title in it), with no employer and no dates, groups what is under it, no role.
    if (parts && !parts.employer && !parts.dates && !parts.labelled && isFieldOnlyTitle(parts.title) && deeperHeadingNext(b, e, h.depth)) parts = undefined;
    // In a brag document, "## Software engineering at Kestrel Labs" (a field, where, no dates) heads a group of accomplishments
    // done there, no role (299).
    if (parts && b.kind === "promo" && parts.employer && !parts.dates && !parts.labelled && isFieldOnlyTitle(parts.title)) parts = undefined;
    // "### Freelance - Remote", its dates, then "#### Software Engineer": over a title heading one level
    // down (a line between at most), an undated "X - Y" heading names the company, whatever its words.
    // ("### Freelancer – Sem contrato" over "- Técnico em Informática, de 03/2014 a 11/2016.": over a list item that reads as a
    // title with its dates, the same, 219.)
    if (parts && inExp && parts.employer && !parts.dates && (titleHeadingBelow(b, e, h.depth) || datedTitleItemBelow(b, e))) parts = undefined;
    // Outside experience, a heading with only a title must read as one ("### devOps" over a list of tools does not).
    // On an employer's page (front matter), one anywhere is a role held there ("## Accomplishments By Role", "### Staff Engineer").
    const pageTitle = !!b.pageEmployer && !own && !parts?.employer && !parts?.dates && isTitleText(parts?.title ?? "");
    if (parts && (inExp || parts.employer || parts.dates || pageTitle || (kind === "other" && b.kind === "resume" && (isTitleText(parts.title) || !!parts.labelled)))) {
      if (inExp || pageTitle) section.kind = "experience";
      else if (section.kind === "other" || section.kind === "summary") section.kind = "experience";
      enterSection(b, section);
      if (!inExp && b.expDepth === 0) {
        b.company = b.pageEmployer?.employer ?? "";
        b.companyDates = b.pageEmployer?.dates ?? b.companyDates;
      }
      // "#### Staff Engineer (2021 - 2022)" right under "#### Tech Lead (2020 - 2021)" at one company,
      // nothing between: titles stacked newest first; the text below them is the newest's (the first).
      // "### Années sabbatiques (2019 – 2021)" and what was done then, then "### Leader technique": a
      // company heading that was read as a job of its own (its items under it, no title between) is not
      // the employer of a role heading at its own depth or above. ("#### Acme" right above "#### Engineer"
      // still is.)
      // Nor is it of one at its depth or above that names an employer of its own ("### CTO @ Kestrel Freight" read as a
      // company with its dates, then "### Platform Lead @ Loomwise", its own dates on the line below): the company's dates
      // are not that role's (253).
      const ch = b.companyHeading;
      if (inExp && ch?.company === b.company && ch.section.depth >= h.depth && (parts.employer ? parts.employer !== b.company : readUnder(b, ch.section))) {
        b.company = "";
        b.companyDates = "";
      }
      const last = b.roles[b.roles.length - 1];
      const line = b.ctx.lines.lineCol(s).line;
      const head = inExp && last && b.role && !last.bullets.length && !b.role.bullets.length && last.line === line - 1 && last.section.depth === h.depth && parts.dates && last.dates && last.employer === (parts.employer || b.company) ? b.role : undefined;
      newRole(b, parts, s, Math.min(e, headingRange.end));
      if (head) b.role = head;
      return;
    }
    // "| 会社名 | 時期 | 役割 |" rows read as roles, then "### 株式会社ハナミズキ" over what was done there:
    // a heading that is only the employer of one role read above on no heading of its own, nothing under
    // that role yet, holds its items.
    // ("## 项目经验" (project experience) right after the table, "### 上海某某科技有限公司 -- 对上智能商汇": under a
    // projects section one level up, a heading that opens with such an employer's name, a project's name after it,
    // holds its items too; the projects section is then the roles' experience, 198.)
    const projectsOf = !parts && b.kind === "resume" && parent && parent.depth === h.depth - 1 && ((!inExp && parent.kind === "projects") || PROJECTS_READ_AS_EXPERIENCE.has(parent)) ? parent : undefined;
    const name = cleanPart(text);
    const listed = projectsOf ? b.roles.filter((r) => r.employer && (r.employer === name || name.startsWith(r.employer + " "))) : inExp && !parts ? b.roles.filter((r) => r.employer === name) : [];
    const only = listed.length === 1 ? listed[0]! : undefined;
    if (only && !only.bullets.length && only.section.depth < h.depth && b.ctx.lines.lineCol(only.section.headingStart).line !== only.line) {
      if (projectsOf) {
        // (The role's items are those under this heading: the next heading at its depth that names no such employer ends them.)
        projectsOf.kind = "experience";
        PROJECTS_READ_AS_EXPERIENCE.add(projectsOf);
        b.expDepth = projectsOf.depth;
        only.section = section;
      }
      section.kind = "experience";
      b.company = only.employer;
      b.role = only;
      enterSection(b, section);
      return;
    }
    if (b.role && h.depth > b.role.section.depth && b.role.section.depth > 0 && b.role.section.kind === "experience") {
      // A heading under a role's own heading that is not a role ("#### Platform contributions",
      // "##### *HDInsight*"): a group of that role's bullets; "### Stack", "### Tecnologias Utilizadas"
      // there list the tools the role used, no achievements (a bold "**Technologies:**" is no heading
      // that a later "**Key Responsibilities:**" would close, so it stays a group of the role's).
      section.kind = "experience";
      if (own === "skills" && !pseudo) b.toolSection = section;
      enterSection(b, section);
      return;
    }
    if (inExp && b.kind === "resume" && b.role && (own === "impact" || ROLE_PART_HEADING_RE.test(text.trim())) && (h.depth >= b.role.section.depth || (!!b.company && h.depth === b.role.section.depth - 1))) {
      // "### Senior Software Engineer" then "### Impact": the role's achievements under a heading of
      // their own, at the role heading's depth; no company named "Impact". Also at its company heading's
      // depth ("### Acme", "#### Engineer (2012 - 2014)", then "### Accomplishments", "### Responsibilities").
      enterSection(b, section, "experience");
      return;
    }
    // "#### Acme S.r.l." then "##### 2015 ad oggi • Verona": a heading that opens with dates (a place may
    // follow) right under a company heading gives the company its dates; it names no company of its own.
    // ("#### Captain - 2013-2019", "#### Acme, July 2019 - Oct 2022" name something first.)
    if (inExp && !b.role && b.company && parent && h.depth > parent.depth && isDatesLine(text) && cleanPart(text).startsWith(takeDates(text).dates) && cleanPart(takeDates(parent.heading).rest) === b.company) {
      b.companyDates = takeDates(text).dates;
      enterSection(b, section, "experience");
      return;
    }
    // "## Kestrel Data株式会社(2018/07/01 ~ 現在)" then "### 基盤開発部(2018/07/01 ~ 2019/09/30)" and "### 開発部(2019/10/01 ~
    // 現在)": under a dated company heading, a deeper heading with its own dates that names a unit of it (a department, a
    // team, an area) or a company by its legal form (a posting), and no title, is a job there of its own: no title unless
    // one comes under it (278).
    const ch = b.companyHeading;
    if (inExp && b.kind === "resume" && ch && ch.company === b.company && b.companyDates && h.depth > ch.section.depth && (!b.role || b.role.section.depth > ch.section.depth) && unitHeading(text)) {
      closeDatedCompany(b);
      b.role = undefined;
      section.kind = "experience";
      b.datedCompany = { start: s, end: Math.min(e, headingRange.end), depth: h.depth, section, company: b.company, employer: namePart(b.company), dates: takeDates(text).dates, items: [] };
      enterSection(b, section);
      return;
    }
    // "### Acme: full-time (2025/05 〜 現在)" then "#### The ad delivery platform (2025/05 〜 現在)": under a
    // dated company heading that no title has followed yet, a deeper heading that reads as no role
    // names a part of that job (a project), not another company: what is under it stays the company's.
    if (inExp && !b.role && b.datedCompany && h.depth > b.datedCompany.depth && b.company === b.datedCompany.company) {
      enterSection(b, section, "experience");
      return;
    }
    // "# Experience", its jobs as "## Acme - Engineer", then "## Tools and Languages": a heading that names
    // skills among the role headings (not under one) is that section, no company: the experience ends there.
    if (inExp && own && NO_ROLES.has(own) && !parseRoleLine(text, { heading: true })?.employer) {
      b.expDepth = 0;
      b.role = undefined;
      b.company = "";
      b.companyDates = "";
      enterSection(b, section);
      return;
    }
    if (inExp) {
      // A company heading: later title lines or sub-headings make the roles.
      section.kind = "experience";
      const { dates, rest } = takeDates(text);
      b.company = cleanPart(rest);
      b.companyDates = dates;
      b.companyHeading = { company: b.company, section };
      b.role = undefined;
      // "### 2018-04 — 2023-12, Acme (Malmö)": a company's name (no words in lower case: not "Bachelor in
      // Informatics, ETH") with its dates; if no title comes under it, the heading is the role. (A name
      // with a capital inside its first word, "iTaxio", "eBay", is no word in lower case.)
      // ("## Februar 2020 bis September 2022: [Nordwind Apps][nw] in Berlin", "… von Hamburg aus": the town after the name is
      // where, no part of it, 293.)
      const named = dates ? b.company.replace(PLACE_TAIL_RE, "") : b.company;
      if (dates && named && b.kind === "resume" && wordCount(named) <= 6 && !/(?:^|\s)\p{Ll}(?!\p{L}*\p{Lu})/u.test(named.replace(/\([^)]*\)?/g, " ").replace(NAME_JOINER_RE, " ")))
        b.datedCompany = { start: s, end: Math.min(e, headingRange.end), depth: h.depth, section, company: b.company, employer: namePart(named), dates, items: [] };
      enterSection(b, section);
      return;
    }
  }
  // "### Abbey Capital, _Software Engineer_" (a role heading under no Experience heading: a page titled so), then
  // "**Achievements:**" or "#### Responsibilities" deeper than it: that role's achievements, as under an Experience heading (202).
  const r = b.role;
  if (!inExp && r && b.kind === "resume" && (own === "impact" || ROLE_PART_HEADING_RE.test(text.trim())) && r.section.kind === "experience" && r.section.depth > 0 && h.depth > r.section.depth && b.ctx.lines.lineCol(r.section.headingStart).line === r.line) {
    enterSection(b, section, "experience");
    return;
  }
  // A page of one role in its front matter, then "## Overview", "## Key Responsibilities & Achievements": the role's parts, their
  // items its own (292).
  if (r && r === b.frontMatterRole && b.kind === "resume" && (own === "impact" || own === "summary" || ROLE_PART_HEADING_RE.test(text.trim()))) {
    enterSection(b, section, "experience");
    return;
  }
  if (!inExp) {
    b.role = undefined;
    if (own && own !== "experience") b.expDepth = 0;
  }
  enterSection(b, section);
}

/** A kind of employment labelling a job ("fulltime:", "Full-time:", "Part time:", "Contract:", "Freelance:", "Internship:"). */
const EMPLOYMENT_TYPE_LABEL_RE = /^(?:full[- ]?time|part[- ]?time|contract|freelance|internship)\s*[:：]\s*/iu;

/**
 * "fulltime: Kestrel Freight", "Part-time: Loomwise (2019 – 2020)": a kind of employment as the heading's label, then the
 * employer's name (a short name, no sentence) and maybe its dates: a job there with no title (228).
 */
function employmentTypeHeading(text: string): RoleParts | undefined {
  const t = text.trim();
  const m = EMPLOYMENT_TYPE_LABEL_RE.exec(t);
  if (!m) return undefined;
  const { dates, rest } = takeDates(t.slice(m[0].length));
  const employer = cleanPart(rest);
  if (!employer || wordCount(employer) > 5 || /[.!?:;]$/.test(employer) || hasDateText(employer) || sectionKindOf(employer)) return undefined;
  return { title: "", employer, dates };
}

/** Projects sections whose headings were read as the employers of roles from a table above (198). */
const PROJECTS_READ_AS_EXPERIENCE = new WeakSet<Section>();

/** The next heading after `end`, a line between at most, is one level under `depth` and a title alone. */
function titleHeadingBelow(b: Builder, end: number, depth: number): boolean {
  const m = /^[^\n]*\n(?:[ \t]*\n)*(?:[ \t]*[^\s#][^\n]*\n(?:[ \t]*\n)*)?[ \t]*(#{1,6})[ \t]+([^\n]+)/.exec(b.ctx.text.slice(end, end + 300));
  // ("#### DevOps Engineer bei einem Maschinenbauer", "… at a retailer": a title at a client named by no name, an engagement of
  // the role above, which is a role, no company, 294.)
  return !!m && m[1]!.length === depth + 1 && isTitleText(cleanPart(m[2]!)) && !UNNAMED_CLIENT_RE.test(m[2]!);
}
/** "… bei einem Maschinenbauer", "… für eine Versicherung", "… at a retailer": where, told by an indefinite article, not by a name. */
const UNNAMED_CLIENT_RE = /\s(?:bei|at|for|für|chez|pour|para|en|em)\s+(?:einem|einer|eine|einen|ein|a|an|un|une|um|uma|una)\s/iu;

/** True when the next line with text after `end` is a list item that reads as a title with its dates ("- Analyst, de 2019 - 2021.") (219). */
function datedTitleItemBelow(b: Builder, end: number): boolean {
  const m = /^[^\n]*\n(?:[ \t]*\n)*[ \t]{0,3}[-*+][ \t]+([^\n]+)/.exec(b.ctx.text.slice(end, end + 300));
  const parts = m ? parseRoleLine(m[1]!, { heading: false }) : undefined;
  return !!parts?.dates && isTitleText(parts.title);
}

/**
 * "### 03.2005-10.2007 Acme Labs, Moscow" then "    Инженер 1 категории" (indented four spaces: Markdown
 * reads it as code): right under a company heading with its dates, one short indented line, no sentence
 * and no code, is the title held there. True when it was read so.
 */
export function indentedTitleUnderCompany(b: Builder, s: number, e: number): boolean {
  const raw = b.ctx.text.slice(s, e);
  const line = raw.trim();
  if (b.kind !== "resume" || b.section.kind !== "experience" || !b.company || !b.companyDates || b.role?.section === b.section) return false;
  if (!line || line.includes("\n") || !/^ {4}|^\t/.test(raw) || wordCount(line) > 8 || hasDateText(line) || /[{};=<>`]|[.!?:]$/.test(line)) return false;
  const at = s + raw.indexOf(line);
  newRole(b, { title: cleanPart(line), employer: "", dates: "" }, at, at + line.length);
  return true;
}

/** True when the next line with text after `end` is a heading deeper than `depth` ("#### Kitchens" under "### Pre Software Engineering"). */
function deeperHeadingNext(b: Builder, end: number, depth: number): boolean {
  const m = /^\s*\n(?:[ \t]*\r?\n)*[ \t]{0,3}(#{1,6})[ \t]/.exec(b.ctx.text.slice(end, end + 400));
  return !!m && m[1]!.length > depth;
}
