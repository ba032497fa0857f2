// Layout: list items (DESIGN §2b). An item may be a bullet, a role header ("- **Staff Engineer**,
// Acme (2019–2022)", "* Oct 2023 - Feb 2026 — Programmer at Acme — Haskell"), a role's field
// ("Position: Engineering Manager"), an employer then a title on the next line, or a past employer
// with what was done there ("* **Acme** - Led a team…"), or a step of one employer's ladder
// ("- Hired as …", "- Promoted to … @ 4 mo"), or a role and what was done in it ("- Platform Lead
// (2021/3 a la fecha): Designed …"), or more titles held there under "Other roles:".
// A bold label ending in a colon alone on its item ("* **Data Management:**") is a group of the role's
// bullets, whatever its words. Under an item read as a role, its nested items with no dates of their
// own are that role's ("- The wallet feature / Tech Lead" is what was done there, not a role) (75).
// In a list of labelled fields ("- **Backend**: Go, …", "- **Frontend**: …"), an item whose label is a
// title's word ("- **DevOps**: Docker") is a field too, no role (90); one that names tools, however few
// ("- **Frontend**: Svelte"), is no achievement (98).
// A list under a label of tools ("Technologies:", "**Environnement technique** :", parse.ts TOPIC_LABEL_RE)
// names them, no achievements (97).
// In experience, items of two names and dates ("* Harbour Grill – Dishwasher - June 2009 – August 2010")
// beside one read as a role ("* Copper Kettle – Barista, Shift Supervisor - …"), or right after such a
// role, are roles of that shape whatever the title's words (104).
// A role field naming titles one after the other ("Role: Lab Assistant, Guest Lecturer"), each a person's
// title of its own, is a role each ("Role: Engineering Manager, Platform" one) (109).
// Under titles held in turn at one employer, an item labelled with one of them ("* **Mobile team lead**: …")
// is that title's (builder.ts addBullet) (110).
// An item opening with a bold "Employer, Title" and its years in brackets, then what was done, is a role
// told in one item, the item its achievement (173). An item of two lines, "Employer, years" then the title alone, is a role (183),
// a length of time after the years too ("- **Acme** - Março/2019 até Julho/2023 - 4 anos", 190).
// An item opening with its years alone in code, then a title ("- `2011 - 2015` Engineering manager - …"), is a role (195).
// An item opening with yy/month dates and the employer, the title in italics at its end ("* 17/9至今 Acme有限公司 *技术总监*"), is a role (197).
// Under a company heading, an item that is a title's label alone ("- ポジション", "- Position") over short items names the
// titles held there; under a role, one that is a label of tools alone ("- スキル", "- Tech stack") names tools, no achievements (224).
// An item naming an employer alone ("- Vertavia - Logistique - Lyon, France") over nested items each a title and its dates
// ("* **Ingénieur Logiciel** - De January,2017 à March,2021") holds a role each at that employer (226).
// In a role, items indented so far under their item that Markdown reads them as code are that item's list (227).
// "- **Halden Systems** (2013–2019) — Built …": an employer-led item may give its years in brackets before the dash (231).
// Under a role, "- **Platform Lead** (Ene 2021 – Mar 2023) → Led …" is a title held there in turn, the item its achievement (259).
// "* Analista de Redes - Vidrotec S.A. - Porto Sereno, PR - Junho 2017 - Fevereiro 2019.": an item of a title, its employer and
// place parted by dashes, each short, then the dates it ends with (a period after them), is a role however long (275); beside
// such items, one of that shape holding a list of its own is a role whatever its title's words ("NOC I (…)") or length (282).
// "- 2016-2021: **storage & backup senior engineer**, [Contoso Labs](…)": the years and a colon, then a bold title (in lower case
// too) and its employer after a comma or "in" ("**network administrator** in Northwind Traders spa"), is a role (291).
// Fixtures: test/fixtures/layouts/01–11, 20–22, 36, 51, 58, 63, 75, 90, 97, 98, 104, 109, 110, 173, 183, 190, 195, 197, 224, 226, 227, 231, 259, 275, 282, 291.
// Pure: no vscode, no fs.
import { collapseSpaces } from "../chars.js";
import { type Builder, addBullet, newRole, nodeText, off } from "../builder.js";
import { HAS_YEAR_OR_OPEN, MONTH, type RoleParts, TITLE_RE, cjkCount, cleanPart, dashedTitleDatesLine, decodeDashes, hasDateText, isDatesLine, isFieldOnlyTitle, isNameList, isTitleText, namePart, parseRoleLine, startsWithVerb, takeDates, wordCount } from "../roleline.js";
import type { Bullet, Role } from "../types.js";
import type { Code, List, ListItem, Paragraph } from "mdast";
import { markdownItems } from "./html.js";
import { unmaskRanges } from "../mask.js";

export function handleList(b: Builder, list: List, depth: number, parent?: Bullet): void {
  const ladder = b.kind === "resume" ? promotionLadder(b, list) : undefined;
  const shaped = b.kind === "resume" && depth === 0 && !ladder ? shapedRoleItems(b, list) : undefined;
  const dashed = b.kind === "resume" && depth === 0 && !ladder && !shaped ? dashedShapeItems(b, list) : undefined;
  // A list of qualities or keywords ("audacity", "self-motivation", "critical thinking"): no achievements.
  const topics = b.topicList;
  const fields = b.fieldList;
  if (!b.topicList && qualityList(b, list)) b.topicList = true;
  b.fieldList = labelledFields(b, list);
  if (b.kind === "resume" && list.children.some((item) => labelAloneItem(b, item, DUTIES_LABEL_ALONE_RE))) for (const item of list.children) BESIDE_DUTIES.add(item);
  for (const item of list.children) {
    const step = ladder?.get(item);
    const like = shaped?.get(item) ?? dashed?.get(item);
    if (step) promotionStep(b, item, step, depth);
    else if (like) {
      newRole(b, like.parts, like.start, like.end);
      if (shaped) SHAPED.set(b, { role: b.role!, employerFirst: like.employerFirst });
      for (const c of item.children) if (c.type === "list") handleList(b, c, depth, undefined);
    } else handleListItem(b, item, depth, parent);
  }
  b.topicList = topics;
  b.fieldList = fields;
}

/** A list item's first line, as the reader sees it (links' targets masked, dashes written as entities decoded). */
function firstLine(b: Builder, item: ListItem): string | undefined {
  const p = item.children[0];
  if (p?.type !== "paragraph") return undefined;
  const [s, e] = off(p, b.ctx);
  return decodeDashes(b.ctx.masked.slice(s, e).split(/\r?\n/)[0]!).trim();
}

/** "NOC II (Network Operations) - Conect Banda Larga - Fevereiro 2018 - Junho 2018.": two to five short parts parted by dashes, then the dates it ends with. */
function dashedShape(line: string): RoleParts | undefined {
  const t = line.replace(/[.:;]$/, "").trimEnd();
  const { dates } = takeDates(t);
  if (!dates || !t.endsWith(dates)) return undefined;
  const raw = t.slice(0, t.length - dates.length).split(/\s+[-–—|]\s+|\s+[-–—|]\s*$/).filter((x) => cleanPart(x));
  const parts = raw.map(cleanPart);
  if (parts.length < 2 || parts.length > 5 || parts.some((x) => wordCount(x) > 8 || /[!?]$/.test(x)) || startsWithVerb(parts[0]!) || !/^\p{Lu}/u.test(parts[0]!) || wordCount(parts[0]!) > 6) return undefined;
  // cleanPart takes a closing bracket off the end: "NOC II (Network Operations)" keeps its own.
  const title = /\([^)]*$/.test(parts[0]!) && raw[0]!.trimEnd().endsWith(")") ? parts[0]! + ")" : parts[0]!;
  return { title, employer: namePart(parts[1]!), dates };
}

/**
 * "* NOC II (Network Operations) - Conect Banda Larga - Fevereiro 2018 - Junho 2018." beside items read as roles by their dashed
 * parts ("* Analista de Redes - Vidrotec S.A. - Porto Sereno, PR - Junho 2017 - Fevereiro 2019.", roleline.ts dashedTitleDatesLine):
 * in experience, an item of that shape (two to five short parts parted by dashes, the dates it ends with) that holds a list of its
 * own is a role of that shape whatever its title's words or its length, the first part the title, the second the employer (282).
 */
function dashedShapeItems(b: Builder, list: List): Map<ListItem, { parts: RoleParts; start: number; end: number; employerFirst: boolean }> | undefined {
  if (!(b.expDepth > 0 || b.section.kind === "experience") || list.children.length < 3) return undefined;
  const lines = list.children.map((item) => firstLine(b, item) ?? "");
  if (lines.filter((l) => dashedTitleDatesLine(l)).length < 2) return undefined;
  const out = new Map<ListItem, { parts: RoleParts; start: number; end: number; employerFirst: boolean }>();
  list.children.forEach((item, i) => {
    const p = item.children[0];
    if (p?.type !== "paragraph" || !item.children.some((c) => c.type === "list") || roleFromParagraphLine(b, p)) return;
    const parts = dashedShape(lines[i]!);
    if (!parts) return;
    const [s] = off(p, b.ctx);
    const at = b.ctx.masked.indexOf(parts.title, s);
    out.set(item, { parts, start: at >= 0 ? at : s, end: (at >= 0 ? at : s) + parts.title.length, employerFirst: false });
  });
  return out.size ? out : undefined;
}

/** "Joey's Diner – Waiter – September 2004 – August 2005": two names and the dates the line ends with. */
const SHAPE_SEP_RE = /\s+[-–—|]\s+/;
const MONTH_ALONE_RE = new RegExp(`^${MONTH}$`, "iu");
function itemShape(line: string): { a: string; b: string; dates: string } | undefined {
  let { dates, rest } = takeDates(line);
  if (!dates) return undefined;
  const at = line.lastIndexOf(dates);
  if (at < 0 || cleanPart(line.slice(at + dates.length))) return undefined;
  const parts = line.slice(0, at).split(SHAPE_SEP_RE).map((x) => x.trim()).filter(Boolean);
  // "Laborer/Mover - May - August 1999": a month alone before the dates opens them.
  if (parts.length === 3 && MONTH_ALONE_RE.test(parts[2]!)) dates = `${parts.pop()!} - ${dates}`;
  if (parts.length !== 2 || !rest) return undefined;
  const [a, b2] = parts as [string, string];
  for (const x of [a, b2]) if (wordCount(x) > 6 || startsWithVerb(x) || /[.!?:;]$/.test(x) || HAS_YEAR_OR_OPEN.test(x)) return undefined;
  return { a, b: b2, dates };
}

/** The roles read from items of one shape, the last of them (shapedRoleItems). */
const SHAPED = new WeakMap<Builder, { role: Role; employerFirst: boolean }>();

/**
 * "* Joey's Diner – Waiter – 2004 – 2005" beside "* Perrin's – Cook, Supervisor – 1998 – 2000": in
 * experience, items of two names and dates, one of them read as a role (an employer, a title and its
 * dates) or right after such a role, are roles of that shape whatever the title's words.
 */
function shapedRoleItems(b: Builder, list: List): Map<ListItem, { parts: RoleParts; start: number; end: number; employerFirst: boolean }> | undefined {
  if (!(b.expDepth > 0 || b.section.kind === "experience")) return undefined;
  const shapes = new Map<ListItem, { a: string; b: string; dates: string; start: number; end: number; read: RoleParts | undefined }>();
  for (const item of list.children) {
    const p = item.children[0];
    if (p?.type !== "paragraph" || item.children.filter((c) => c.type !== "list").length !== 1) return undefined;
    const [s, e] = off(p, b.ctx);
    const line = decodeDashes(b.ctx.masked.slice(s, e));
    if (line.includes("\n")) return undefined;
    const shape = itemShape(line.trim());
    if (!shape) return undefined;
    shapes.set(item, { ...shape, start: s, end: e, read: roleFromParagraphLine(b, p)?.parts });
  }
  let employerFirst: boolean | undefined;
  for (const x of shapes.values()) {
    if (!x.read?.dates || !x.read.title || !x.read.employer) continue;
    if (x.read.employer === x.a && x.read.title === x.b) employerFirst = true;
    else if (x.read.employer === x.b && x.read.title === x.a) employerFirst = false;
  }
  const last = SHAPED.get(b);
  if (employerFirst === undefined && last && b.roles[b.roles.length - 1] === last.role) employerFirst = last.employerFirst;
  if (employerFirst === undefined) return undefined;
  const out = new Map<ListItem, { parts: RoleParts; start: number; end: number; employerFirst: boolean }>();
  for (const [item, x] of shapes) {
    const [employer, title] = employerFirst ? [x.a, x.b] : [x.b, x.a];
    out.set(item, { parts: { title, employer, dates: x.dates }, start: x.start, end: x.end, employerFirst });
  }
  return out;
}

/**
 * "- **Backend**: C#, PostgreSQL", "- **Frontend**: Angular", "- **DevOps**: Docker, CI/CD": two items
 * or more that open with a bold label then a colon, one label at least no title's word: a list of
 * labelled fields (a role's stack), where a label that is a title's word ("DevOps") names a field too.
 */
function labelledFields(b: Builder, list: List): boolean {
  let labelled = 0;
  let untitled = false;
  for (const item of list.children) {
    const first = item.children[0];
    const strong = first?.type === "paragraph" && first.children[0]?.type === "strong" ? first.children[0] : undefined;
    if (!strong) continue;
    const [, e] = off(strong, b.ctx);
    const label = nodeText(strong, b.ctx);
    if (!/:\s*$/.test(label) && !/^\s*:/.test(b.ctx.masked.slice(e, e + 3))) continue;
    labelled++;
    if (!TITLE_RE.test(label)) untitled = true;
  }
  return untitled && labelled >= 2 && labelled * 2 >= list.children.length;
}

/**
 * Four items or more, each a word or two in lower case with no figure, verb or sentence end, and no
 * list under them ("audacity", "self-motivation", "critical thinking"): qualities or keywords named,
 * nothing done. After a sentence ending "such as:" they may be capitalised ("User research").
 */
function qualityList(b: Builder, list: List): boolean {
  if (list.children.length < 4) return false;
  // "… by applying techniques such as:" then "- User research", "- Ideation": examples named, capitalised or not.
  const [s] = off(list, b.ctx);
  const examples = SUCH_AS_RE.test(b.ctx.masked.slice(Math.max(0, s - 120), s).trimEnd());
  for (const item of list.children) {
    if (item.children.length !== 1 || item.children[0]!.type !== "paragraph") return false;
    const t = nodeText(item.children[0]!, b.ctx).trim();
    if (!t || wordCount(t) > 3 || (!examples && !/^\p{Ll}/u.test(t)) || /[\d.!?:;]/.test(t) || startsWithVerb(t)) return false;
  }
  return true;
}

/** A sentence that ends by introducing examples: "… techniques such as:", "… including:", "… like:". */
const SUCH_AS_RE = /(?<![\p{L}])(?:such as|including|like|e\.\s?g\.)\s*:$/iu;

/** "Hired as a Software Engineer", "Promoted to REST API Team Lead @ 4 mo": a step of one employer's ladder. */
const HIRED_RE = /^(?:hired|joined|started|began)\s+as\s+(?:an?\s+)?(.+)$/i;
const PROMOTED_RE = /^(?:promoted|moved\s+up)\s+(?:to|as)\s+(?:an?\s+)?(.+)$/i;
/** What may follow the title on such a line: when ("@ 4 mo", "after 12 months", "in 2019", "(2019)"). */
const STEP_TAIL_RE = /\s*(?:@|\bafter\b|\bin\b|\bwithin\b|\(|[—–-]\s).*$/i;

/**
 * A list that tells one employer's ladder (DESIGN §2b, arrow promotions told as items): an item
 * "Hired as …" and one or more "Promoted to …", each naming a title (and maybe when), the duties
 * nested under each. Each such item is a role; in any other list "Promoted to…" stays a bullet.
 */
function promotionLadder(b: Builder, list: List): Map<ListItem, { title: string; start: number; end: number }> | undefined {
  let hired = false;
  let promoted = false;
  const steps = new Map<ListItem, { title: string; start: number; end: number }>();
  for (const item of list.children) {
    const p = item.children[0];
    if (!p || p.type !== "paragraph") continue;
    const [s, e] = off(p, b.ctx);
    const line = b.ctx.masked.slice(s, e).split("\n")[0]!.trim();
    const hiredAs = HIRED_RE.exec(line);
    const m = hiredAs ?? PROMOTED_RE.exec(line);
    if (!m || wordCount(line) > 12) continue;
    const title = cleanPart(m[1]!.replace(STEP_TAIL_RE, ""));
    if (!title || !TITLE_RE.test(title) || wordCount(title) > 6) continue;
    if (hiredAs) hired = true;
    else promoted = true;
    const at = s + b.ctx.masked.slice(s, e).indexOf(title);
    steps.set(item, { title, start: at, end: at + title.length });
  }
  return hired && promoted ? steps : undefined;
}

/** One step of a promotion ladder: a role with the employer named above, its nested items its bullets. */
function promotionStep(b: Builder, item: ListItem, step: { title: string; start: number; end: number }, depth: number): void {
  if (b.section.kind === "other") b.section.kind = "experience";
  const employer = b.company || (b.section.depth > 0 ? cleanPart(b.section.heading) : "");
  newRole(b, { title: step.title, employer, dates: "" }, step.start, step.end);
  for (const c of item.children) if (c.type === "list") handleList(b, c, depth + 1, undefined);
}

/** "Other roles:", "Additional positions:", "Also served as:": a label over more titles held at the role's employer. */
const OTHER_ROLES_RE = /^(?:(?:other|additional|further|concurrent)\s+(?:roles?|positions?|titles?)(?:\s+held)?|also\s+(?:served|worked|acted)\s+as)\s*:$/i;

/**
 * A list under "Other roles:" right under a role, each item a title alone ("- Technical Lead",
 * "- Firm Administrator (and Partner)"): more roles held at that role's employer in the same years,
 * each a role of its own with no bullets; what follows stays the first role's. Returns whether it was one.
 */
export function otherRolesList(b: Builder, list: List, label: string): boolean {
  const main = b.role;
  if (!main || b.kind !== "resume" || !OTHER_ROLES_RE.test(label.trim())) return false;
  const items: { title: string; start: number; end: number }[] = [];
  for (const item of list.children) {
    if (item.children.length !== 1 || item.children[0]!.type !== "paragraph") return false;
    const [s, e] = off(item.children[0]!, b.ctx);
    const text = b.ctx.masked.slice(s, e);
    // (Not cleanPart: a note in brackets at the end is the title's own, "(and Partner)".)
    const title = collapseSpaces(text).replace(/^[\s*_]+|[\s*_.,;]+$/g, "");
    if (!title || text.includes("\n") || !isTitleText(title.replace(/\s*\([^)]*\)/g, ""))) return false;
    const at = s + text.indexOf(title);
    items.push({ title, start: at, end: at + title.length });
  }
  if (!items.length) return false;
  for (const it of items) newRole(b, { title: it.title, employer: main.employer, dates: main.dates }, it.start, it.end);
  b.role = main;
  return true;
}

/** "**Platform Lead** (Ene 2021 – Mar 2023) → Led …": a bold title, its dates in brackets, an arrow, what was done. */
const TITLE_STEP_RE = /^\s*(?:\*\*|__)([^*_\n]{2,80})(?:\*\*|__)\s*\(([^()\n]{4,60})\)\s*(?:→|->|&rarr;)\s*\S/;

/**
 * Under a role (its heading names the employer), an item "**Platform Lead** (Ene 2021 – Mar 2023) → Led the move to …": a
 * title held at that employer in turn, its dates in brackets, what was done there after the arrow; a role of its own, the
 * item its achievement (what follows stays the role's above). An item with that role's own title is the role's item (259).
 */
/** The roles read from such items (one after another under one role). */
const STEP_ROLES = new WeakSet<Role>();

function titleStepItem(b: Builder, p: Paragraph): { title: string; dates: string; start: number; end: number; same: boolean } | undefined {
  const main = b.role;
  const last = b.roles[b.roles.length - 1];
  if (!main?.employer || !last || (last !== main && !(STEP_ROLES.has(last) && last.employer === main.employer))) return undefined;
  const [s, e] = off(p, b.ctx);
  const text = b.ctx.text.slice(s, e);
  const m = TITLE_STEP_RE.exec(text);
  const title = m ? cleanPart(m[1]!) : "";
  if (!m || text.includes("\n") || !isTitleText(title) || !isDatesLine(m[2]!)) return undefined;
  const at = s + text.indexOf(m[1]!);
  return { title, dates: takeDates(m[2]!).dates, start: at, end: at + m[1]!.length, same: title === main.title };
}

/** "Position: Engineering Manager", "Era: 09/2021 - 03/2025", "Company: Acme", "Location: Remote". */
const ROLE_FIELD_RE = /^\s*(position|job title|title|role|era|dates?|period|duration|company|employer|organi[sz]ation|location|team|industry|type)\s*:\s*(\S.*)$/i;

/**
 * A role told as labelled list items (layout: role fields), under a company heading:
 *   * Location: Chicago, IL (Remote)
 *   * Era: 09/2021 - 03/2025
 *   * Position: Engineering Manager, Returns Experience Team
 * Returns true when the item was such a field (it is then not a bullet).
 */
function roleField(b: Builder, p: Paragraph): boolean {
  const [s, e] = off(p, b.ctx);
  const line = b.ctx.masked.slice(s, e);
  if (line.includes("\n")) return false;
  const m = ROLE_FIELD_RE.exec(line);
  if (!m) return false;
  const key = m[1]!.toLowerCase();
  const value = cleanPart(m[2]!);
  if (key === "position" || key === "job title" || key === "title" || key === "role") {
    if (!TITLE_RE.test(value)) return false;
    const at = s + line.indexOf(m[2]!);
    // "Role: Lab Assistant, Guest Tutor": titles named one after the other, each a
    // person's title of its own ("Engineering Manager, Platform" is one: "Platform" is none), a role each.
    const titles = value.split(/\s*,\s*/);
    if (titles.length >= 2 && titles.length <= 4 && titles.every((t) => isTitleText(t) && !isFieldOnlyTitle(t) && wordCount(t) <= 4)) {
      let from = 0;
      for (const t of titles) {
        const i = line.indexOf(t, from);
        newRole(b, { title: t, employer: "", dates: "" }, s + i, s + i + t.length);
        from = i + t.length;
      }
      return true;
    }
    newRole(b, { title: value, employer: "", dates: "" }, at, e);
    return true;
  }
  if (key === "era" || key.startsWith("date") || key === "period" || key === "duration") {
    const d = takeDates(value).dates;
    if (!d) return false;
    if (b.role && !b.role.dates && b.role.bullets.length === 0) b.role.dates = d;
    else b.companyDates = d;
    return true;
  }
  if (key === "company" || key === "employer" || key.startsWith("organi")) {
    b.company = value;
    return true;
  }
  // Location, team, industry, type: header material.
  return !!b.company || !!b.role;
}

function handleListItem(b: Builder, item: ListItem, depth: number, parent?: Bullet): void {
  let self: Bullet | undefined;
  // "- > __Label__ - Led…": a résumé's item written as a block quote is the item's own text (in a promo
  // document a block quote is someone else's words, and stays out).
  const children = b.kind === "resume" && item.children.some((c) => c.type === "blockquote") ? item.children.flatMap((c) => (c.type === "blockquote" ? c.children : [c])) : item.children;
  const own = children.filter((c) => c.type !== "list");
  const paras = own.filter((c): c is Paragraph => c.type === "paragraph");
  // "- ポジション" (position) over "  - インフラエンジニア", "- Position" over "  - Tech Lead": under a company heading, an
  // item that is a title's label alone names the titles held there in the short items under it (224).
  const held = depth === 0 && paras.length === 1 && own.length === 1 && b.kind === "resume" && b.company && (b.expDepth > 0 || b.section.kind === "experience") ? labelledTitles(b, item, paras[0]!) : undefined;
  if (held) {
    for (const t of held) newRole(b, { title: t.title, employer: "", dates: "" }, t.start, t.end);
    return;
  }
  if (depth === 0 && paras.length === 1 && own.length === 1 && b.kind === "resume" && (b.expDepth > 0 || b.section.kind === "experience") && employerOverTitleItems(b, item, paras[0]!)) return;
  if (depth === 0 && paras.length === 1 && own.length === 1 && (b.expDepth > 0 || b.section.kind === "experience") && roleField(b, paras[0]!)) {
    for (const c of item.children) if (c.type === "list") handleList(b, c, depth + 1, undefined);
    return;
  }
  // "- **Platform Lead** (Ene 2021 – Mar 2023) → Led the move to …" under a role: a title held there in turn (259).
  const step = depth === 0 && paras.length === 1 && own.length === 1 && b.kind === "resume" && (b.expDepth > 0 || b.section.kind === "experience") ? titleStepItem(b, paras[0]!) : undefined;
  if (step) {
    const main = b.role!;
    if (!step.same) STEP_ROLES.add(newRole(b, { title: step.title, employer: main.employer, dates: step.dates }, step.start, step.end));
    addBullet(b, ...off(paras[0]!, b.ctx), depth, false, paras[0]!.children, parent);
    b.role = main;
    return;
  }
  if (own.length) {
    const [s] = off(own[0]!, b.ctx);
    const [, e] = off(own[own.length - 1]!, b.ctx);
    // A list item that is a role header ("- **Staff Engineer**, Acme (2019–2022)") inside experience.
    const firstPara = paras[0];
    const inExp = b.expDepth > 0 || b.section.kind === "experience";
    // "- **Acme, Senior Engineer** (2015 – 2019). Built …": a role told in one item, the item its achievement.
    const boldTold = firstPara && inExp && depth === 0 ? boldRoleDatesItem(b, firstPara) : undefined;
    let header = firstPara && inExp && depth === 0 ? boldTold ?? datedEmployerEmphasisTitle(b, firstPara) ?? roleFromParagraphLine(b, firstPara) ?? roleFromSecondLine(b, firstPara) : undefined;
    if (header && !header.parts.dates && nestedUnder && nestedUnder === b.role) header = undefined;
    // "- **DevOps**: Docker, Azure DevOps Server" among "- **Backend**: …", "- **Frontend**: …": a field.
    if (header && !header.parts.dates && b.fieldList) header = undefined;
    let titled = false;
    // In a résumé with no Experience heading, an item that opens with dates and a title is a role too
    // ("* Oct 2023 - Feb 2026 — Programmer at UpTrust — Haskell"), and its section holds roles.
    if (!header && firstPara && depth === 0 && b.kind === "resume" && b.section.kind === "other") {
      const h = roleFromParagraphLine(b, firstPara);
      if (h && h.parts.dates && TITLE_RE.test(h.parts.title)) {
        header = h;
        b.section.kind = "experience";
      }
    }
    // "### Toolkit3D (2023 – current)" then "- Technical Product Manager for the Integrations team": under a
    // company heading, an item that is a title alone is a role of that company (a promotion when another
    // follows), and the items after it are its bullets.
    if (!header && firstPara && inExp && depth === 0 && paras.length === 1 && b.company && !b.topicList && !(nestedUnder && nestedUnder === b.role) && (b.role ? TITLE_ITEM_ROLES.has(b.role) && b.role.employer === b.company : !bulletSince(b, b.section.start))) {
      const title = titleItem(b, firstPara);
      if (title) {
        header = { parts: { title, employer: "", dates: "" }, start: s, end: e };
        titled = true;
      }
    }
    // "- Platform Lead (2021/3 - present): Designed …" under an employer: the role and what was done in
    // it, in one item (the item is the role's achievement too).
    const told = boldTold ?? (!header && firstPara && inExp && depth === 0 ? titleDatesColonItem(b, firstPara) ?? codeDatesTitleItem(b, firstPara) : undefined);
    if (told) header = told;
    // "* **Acme** - Led the team that…" in a list of past employers: the employer and what was done there.
    const named = !header && firstPara && inExp && depth === 0 ? employerLedItem(b, firstPara) : undefined;
    if (named) {
      newRole(b, { title: "", employer: named.employer, dates: named.dates }, named.start, named.end);
      EMPLOYER_ITEM_ROLES.add(b.role!);
      self = addBullet(b, s, e, depth, false, firstPara?.children, parent);
    } else if (header) {
      newRole(b, header.parts, header.start, header.end);
      if (titled) TITLE_ITEM_ROLES.add(b.role!);
      if (told) self = addBullet(b, s, e, depth, false, firstPara?.children, parent);
      if (boldTold) ONE_ITEM_ROLES.add(b.role!);
      // Paragraphs under the header in the same item are the role's (told as prose).
      for (const p of paras.slice(1)) {
        const [ps, pe] = off(p, b.ctx);
        addBullet(b, ps, pe, depth, true, p.children, parent);
      }
    } else if (paras.length) {
      // In a timeline of dated items ("* Mar 2023 - Oct 2023 — Break", "* 2020 — BSc Computing"), an
      // item that opens with dates but is no role ends the role above: neither it nor its paragraphs
      // are that role's achievements.
      if (inExp && depth === 0 && b.role && firstPara && datedTimelineItem(b, firstPara)) b.role = undefined;
      // After a role told in one item ("**Acme, Engineer** (2015 – 2019). Built …"), an item of no role is not its.
      if (depth === 0 && b.role && ONE_ITEM_ROLES.has(b.role)) b.role = undefined;
      self = addBullet(b, s, e, depth, false, firstPara?.children, parent);
      // "- **Frontend**: Angular, extJs", "- **Протоколы связи**: RabbitMQ" among labelled fields: a
      // label and the names of tools, however few; no achievement. ("- **Result**: Cut latency by 40%" is one.)
      if (self?.achievement && b.fieldList && isNameList(self.plain.slice(self.plain.indexOf(":") + 1).trim())) self.achievement = false;
      if (!b.role) for (const p of paras.slice(1)) addBullet(b, ...off(p, b.ctx), depth, true, p.children, parent);
    }
  }
  const under = header0(b, item) ? b.role : undefined;
  const outer = nestedUnder;
  if (under) nestedUnder = under;
  // "- スキル" (skills) over "  - Golang（1年）", "- Tech stack" over "  - Go": under a role, an item that is a label of
  // tools alone names tools in the list under it, no achievements (224).
  const topics = b.topicList;
  if (b.role && paras.length === 1 && own.length === 1 && TOOLS_LABEL_ALONE_RE.test(b.ctx.masked.slice(...off(paras[0]!, b.ctx)).trim())) b.topicList = true;
  for (const c of children) {
    if (c.type === "list") handleList(b, c, under ? depth : depth + 1, self);
    else if (c.type === "code" && b.role) indentedItems(b, c, under ? depth : depth + 1, self);
  }
  b.topicList = topics;
  nestedUnder = outer;
}

/**
 * "  * **Ingénieur Logiciel** - De January,2015 à March,2019" over "        - Refonte du moteur de facturation.":
 * items indented further than their item's text (eight spaces under a nested item) are read by Markdown as
 * an indented code block. In a role, a block whose lines are all list items (and their wrapped lines), none
 * reading as code, is that item's list: its items are bullets (227).
 */
function indentedItems(b: Builder, code: Code, depth: number, parent?: Bullet): void {
  const [s, e] = off(code, b.ctx);
  const raw = b.ctx.text.slice(s, e);
  if (/^[ \t]*(?:```|~~~)/.test(raw) || CODE_LINE_RE.test(raw)) return;
  // (Its first line an item, the rest items or their wrapped lines; no HTML.)
  const items = markdownItems(raw);
  if (!items.length || !MD_ITEM_LINE_RE.test(raw.trimStart()) || /^[ \t]*</m.test(raw)) return;
  b.ctx.masked = unmaskRanges(b.ctx.text, b.ctx.masked, items.map((it): [number, number] => [s + it.start, s + it.end]));
  for (const it of items) addBullet(b, s + it.start, s + it.end, depth, false, undefined, parent);
}

/** What joins a title to its dates at the line's end: a dash, then "from" or "since" ("- De", "- Depuis", "– seit"). */
const TITLE_DATES_JOINER_RE = /\s*[-–—|,]?\s*(?:de|depuis|dès|du|from|since|von|seit|ab|desde|dal|da|от|с)?\s*[-–—|,(]?\s*$/iu;
/** A title that still names a second part ("Engineer - Acme", "Engineer @ Acme", "Engineer at Acme"): not a title alone. */
const SEPARATOR_IN_TITLE_RE = /\s[-–—|@·]\s|\sat\s|\schez\s/;
/** A list item's marker at a line's start ("- ", "* ", "+ "). */
const MD_ITEM_LINE_RE = /^[ \t]*[-*+][ \t]+\S/;
/** A line of code in an indented block: ends in a brace or semicolon, holds an arrow, opens with a keyword. */
const CODE_LINE_RE = /[{};]\s*$|=>|^\s*(?:def|function|const|let|var|import|return|if|for|while|class)\b/m;

/**
 * "- Vertavia - Logistique - Lyon, France" over nested "  * **Architecte Logiciel** - Depuis March,2019" (and
 * a second title held there after it): an item that names an employer alone (no dates, no sentence) whose
 * nested items each open with a title and its dates, nothing else: each nested item is a role at that
 * employer (the name before its first " - "), its own nested items (or indented ones) its bullets (226).
 */
function employerOverTitleItems(b: Builder, item: ListItem, p: Paragraph): boolean {
  const lists = item.children.filter((c): c is List => c.type === "list");
  if (lists.length !== 1 || item.children.length !== 2) return false;
  // ("* Era:" over "  * Team Lead: 03/2017 - 08/2020": a field's label and its values, no employer.)
  const raw = b.ctx.masked.slice(...off(p, b.ctx)).trim();
  const line = cleanPart(raw);
  if (!line || /[:：]$/.test(raw) || line.includes("\n") || wordCount(line) > 12 || /[.!?:;]$/.test(line) || hasDateText(line) || parseRoleLine(line, { heading: false })?.title) return false;
  // (The name alone: "Vertavia (R&D)" keeps no bracketed note.)
  const employer = namePart(line.split(/\s[-–—|]\s|,\s/)[0]!);
  if (!employer || isTitleText(employer) || wordCount(employer) > 6) return false;
  const heads = lists[0]!.children.map((sub) => {
    const q = sub.children[0];
    if (q?.type !== "paragraph" || sub.children.slice(1).some((c) => c.type !== "list" && c.type !== "code")) return undefined;
    const [s, e] = off(q, b.ctx);
    const text = b.ctx.masked.slice(s, e);
    if (text.trim().includes("\n")) return undefined;
    // The title, then its dates after a dash and a word of "from" or "since" ("De …", "Depuis …"): nothing else.
    const { dates, rest } = takeDates(text);
    const head = rest.replace(TITLE_DATES_JOINER_RE, "");
    const title = cleanPart(head);
    if (/[:：]\s*$/.test(head)) return undefined;
    // (A title's word in it: "- Acme" over "  - Project Phoenix (2019 - 2020)" names a project, no title.)
    if (!dates || !title || wordCount(title) > 12 || !TITLE_RE.test(title) || SEPARATOR_IN_TITLE_RE.test(title) || !/^[\p{Lu}\p{N}]/u.test(title) || /[.!?:;]$/.test(title) || startsWithVerb(title)) return undefined;
    return { sub, parts: { title, employer, dates }, start: s, end: e };
  });
  if (!heads.length || heads.some((h) => !h)) return false;
  for (const h of heads) {
    newRole(b, h!.parts, h!.start, h!.end);
    for (const c of h!.sub.children) {
      if (c.type === "list") handleList(b, c, 0, undefined);
      else if (c.type === "code") indentedItems(b, c, 0);
    }
  }
  return true;
}

/** A label of tools alone on its item, no colon needed: "Skills", "Tech stack", "スキル", "使用技術" (the techniques used) (224). */
const TOOLS_LABEL_ALONE_RE = /^(?:skills(?:\s+used)?|tech(?:nical)?\s+stack|stack|technolog(?:y|ies)(?:\s+used)?|tools(?:\s+used)?|スキル|使用技術|技術スタック|開発環境)\s*[:：]?$/iu;

/**
 * The role whose header item holds the list being read ("- Acme's iOS engineer" then, nested, "- The
 * wallet feature / Tech Lead"): an item there with no dates of its own is that role's, not a role.
 */
let nestedUnder: Role | undefined;

/** True when a bullet was read at or after `start` (the company heading's section). */
function bulletSince(b: Builder, start: number): boolean {
  const last = b.bullets[b.bullets.length - 1];
  return !!last && last.start >= start;
}

/** Where a title item's title ends and what it covered begins: ", in charge of the SDK", " for the team". */
const TITLE_QUALIFIER_RE = /,\s|\s(?:for|in charge of|on|at)\s/;

/** Roles read from a title alone in a list item: the next such item is another title of that company. */
const TITLE_ITEM_ROLES = new WeakSet<Role>();

/** The title a one-line item names alone ("Lead Vue developer", "Intern (C++)"), or undefined. */
function titleItem(b: Builder, p: Paragraph): string | undefined {
  const [s, e] = off(p, b.ctx);
  const text = b.ctx.masked.slice(s, e).trim();
  if (!text || text.includes("\n") || wordCount(text) > 10 || /[!?:;]|\.$/.test(text)) return undefined;
  // "Technical Product Manager for the Integrations team", "Unity3D / C♯ developer, in charge of the SDK":
  // the title, then what it covered.
  const head = cleanPart(text.replace(/\([^)]*\)/g, " ").split(TITLE_QUALIFIER_RE)[0]!);
  return isTitleText(head) && !startsWithVerb(head) ? collapseSpaces(text.split(TITLE_QUALIFIER_RE)[0]!) : undefined;
}

/** A title's label alone on its item, no colon needed: "Position", "Job title", "ポジション", "役職" (position, post). */
const TITLE_LABEL_ALONE_RE = /^(?:position|role|job\s+title|ポジション|役職|職位|职位|担当ポジション)\s*[:：]?$/iu;

/** A label of duties alone on its item: "Responsibilities", "職務内容" (the work's content), "業務内容" (224). */
const DUTIES_LABEL_ALONE_RE = /^(?:(?:key\s+|main\s+)?(?:responsibilities|duties|tasks)|職務内容|業務内容|担当業務|工作内容|工作职责|主要职责)\s*[:：]?$/iu;

/** Items of a list that holds a label of duties alone over a list of its own (labelledTitles). */
const BESIDE_DUTIES = new WeakSet<ListItem>();

/** An item whose own text is one paragraph that `re` matches whole, over a list of its own. */
function labelAloneItem(b: Builder, item: ListItem, re: RegExp): boolean {
  const p = item.children[0];
  if (p?.type !== "paragraph" || item.children.length !== 2 || item.children[1]!.type !== "list") return false;
  return re.test(b.ctx.masked.slice(...off(p, b.ctx)).trim());
}

/**
 * "- ポジション" over "  - EngineeringManager" beside "- 職務内容" (duties) over what was done: an item that is a title's
 * label alone, over a list of one to three items each a short name (no sentence, no dates, no verb, no list of its
 * own), in a list that tells the duties too: the titles held, in that order (224). ("* Position:" over titles in a
 * company's summary of fields, its roles under headings below, names no roles.)
 */
function labelledTitles(b: Builder, item: ListItem, p: Paragraph): { title: string; start: number; end: number }[] | undefined {
  if (!BESIDE_DUTIES.has(item) || !labelAloneItem(b, item, TITLE_LABEL_ALONE_RE)) return undefined;
  const lists = item.children.filter((c): c is List => c.type === "list");
  if (lists.length !== 1 || lists[0]!.children.length > 3) return undefined;
  const out: { title: string; start: number; end: number }[] = [];
  for (const sub of lists[0]!.children) {
    const q = sub.children[0];
    if (sub.children.length !== 1 || q?.type !== "paragraph") return undefined;
    const [s, e] = off(q, b.ctx);
    const text = b.ctx.masked.slice(s, e).trim();
    if (!text || text.includes("\n") || wordCount(text) + Math.floor(cjkCount(text) / 3) > 6 || /[.!?:;。]$/.test(text) || hasDateText(text) || startsWithVerb(text)) return undefined;
    out.push({ title: cleanPart(text), start: s, end: e });
  }
  return out.length ? out : undefined;
}

/** A note in brackets at a title's end: "高级软件工程师（外派员工）" (seconded), "Engineer (contract)". */
const TITLE_NOTE_RE = /\s*[(（][^()（）]*[)）]$/u;

/**
 * "* 17/9至今 瓦戈科技（上海）有限公司 *产品总监兼Web开发组长*": an item whose first line opens with its dates,
 * names the employer, and ends with the title set in italics (a line of its own: what follows is the role's).
 * The italics mark the title: one of the reader's titles, or a short one in a script other than Latin,
 * whatever its words (as a table's title cell is, table.ts) (197).
 */
function datedEmployerEmphasisTitle(b: Builder, p: Paragraph): { parts: RoleParts; start: number; end: number } | undefined {
  // ("* 2019/1-至今 某某科技有限公司  **技术经理**" then the role's prose on the lines below: the first line is the header; its
  // title may be set in bold, 273.)
  let kids = p.children;
  const lineEnd = kids.findIndex((k) => k.type === "break" || (k.type === "text" && nodeText(k, b.ctx).includes("\n")));
  if (lineEnd >= 0) {
    const k = kids[lineEnd]!;
    if (k.type === "text" && nodeText(k, b.ctx).split("\n")[0]!.trim()) return undefined;
    kids = kids.slice(0, lineEnd);
  }
  let last = kids.length - 1;
  while (last > 0 && (kids[last]!.type === "break" || (kids[last]!.type === "text" && !nodeText(kids[last]!, b.ctx).trim()))) last--;
  const em = kids[last];
  if ((em?.type !== "emphasis" && em?.type !== "strong") || last < 1 || kids.slice(0, last).some((k) => k.type !== "text" && k.type !== "link")) return undefined;
  const [s] = off(p, b.ctx);
  const [es, ee] = off(em, b.ctx);
  // (The employer may be a link: "[Acme](https://…)", its target masked.)
  const head = decodeDashes(b.ctx.masked.slice(s, es));
  if (head.includes("\n")) return undefined;
  const { dates, rest } = takeDates(head.trim());
  // ("思科系统（中国）": a note in brackets after the name is not the name.)
  const employer = cleanPart(rest.trim().replace(TITLE_NOTE_RE, ""));
  // (Not cleanPart: a note in brackets at the end is the title's own, "（外派员工）".)
  const title = collapseSpaces(nodeText(em, b.ctx)).replace(/^[\s*_]+|[\s*_]+$/g, "");
  if (!dates || !head.trim().startsWith(dates) || !employer || !title || /[.!?。，,;；:：]/.test(employer) || wordCount(employer) > 6 || employer.length > 40) return undefined;
  const bare = title.replace(TITLE_NOTE_RE, "");
  if (!bare || /[.!?。]$/.test(title) || hasDateText(title) || wordCount(title) > 8 || title.length > 30) return undefined;
  if (!isTitleText(bare) && (/\p{Script=Latin}/u.test(bare) || wordCount(bare) > 4 || startsWithVerb(bare))) return undefined;
  return { parts: { title, employer, dates }, start: es + 1, end: ee - 1 };
}

/** "Title (dates): what was done": the title before the bracket, the dates alone in it (a note may follow them), a colon, then prose. */
const TITLE_DATES_COLON_RE = /^([^():\n]{3,100}?)\s*\(([^()\n]+)\)\s*:\s+\S/u;

/** A list item that opens with a title, its dates in brackets and a colon, then what was done in that role. */
function titleDatesColonItem(b: Builder, p: Paragraph): { parts: RoleParts; start: number; end: number } | undefined {
  const [s] = off(p, b.ctx);
  const text = decodeDashes(b.ctx.masked.slice(s, off(p, b.ctx)[1]));
  const m = TITLE_DATES_COLON_RE.exec(text);
  if (!m) return undefined;
  const { dates } = takeDates(m[2]!);
  if (!dates || !m[2]!.trimStart().startsWith(dates)) return undefined;
  // "Consultor Middleware en Red Hat Chile": the employer after Spanish "en" (or "at"), capitalised.
  const [head, employer] = cleanPart(m[1]!).split(/\s+(?:en|at)\s+(?=\p{Lu})/u, 2) as [string, string | undefined];
  const parts = parseRoleLine(`${head} (${dates})`, { heading: false });
  if (!parts || !parts.dates || wordCount(parts.title) > 10 || !TITLE_RE.test(parts.title) || startsWithVerb(parts.title)) return undefined;
  if (employer && !parts.employer) parts.employer = employer;
  return { parts, start: s, end: s + m[0].length - 1 };
}

/**
 * "- `2005 - 2010` Development Team manager (6 engineers) - Solutions architecture …": an item that opens with its years
 * alone in code, then a title (its employer after "at" if named) and, after " - " or ",", what it was: a role (195).
 */
function codeDatesTitleItem(b: Builder, p: Paragraph): { parts: RoleParts; start: number; end: number } | undefined {
  const code = p.children[0];
  if (code?.type !== "inlineCode" || !hasDateText(code.value) || takeDates(code.value).rest.trim()) return undefined;
  const [s, e] = off(p, b.ctx);
  const from = off(code, b.ctx)[1];
  const head = cleanPart(b.ctx.text.slice(from, e).split(/\s+[-–—]\s+|,\s+|\s*:\s+|\.\s/)[0]!.replace(/\([^()]*\)/g, " "));
  const parts = parseRoleLine(head, { heading: false });
  const title = parts?.title ?? head;
  if (!head || wordCount(title) > 6 || !isTitleText(title) || startsWithVerb(title)) return undefined;
  return { parts: { title, employer: parts?.employer || b.company || "", dates: takeDates(code.value).dates }, start: s, end: e };
}

/** Roles told in one item each (boldRoleDatesItem): an item after one that is no role is not its. */
const ONE_ITEM_ROLES = new WeakSet<Role>();

/** "**Acme, Principal Engineer** (2014 – 2016). Moved …": the bold head, its dates alone in brackets, then "." or ":" and prose. */
const BOLD_HEAD_DATES_RE = /^\s*(\S[^()\n]{2,100}?)\s*\(([^()\n]+)\)\s*[.:]\s+\S/u;

/**
 * A list item that opens with a title and its employer in bold ("Employer, Title" or "Title, Employer"), the
 * years in brackets, then what was done: a role told in one item, the item its achievement (an "Earlier
 * career" list).
 */
function boldRoleDatesItem(b: Builder, p: Paragraph): { parts: RoleParts; start: number; end: number } | undefined {
  if (p.children[0]?.type !== "strong") return undefined;
  const [s, e] = off(p, b.ctx);
  const strong = nodeText(p.children[0], b.ctx);
  const m = BOLD_HEAD_DATES_RE.exec(decodeDashes(b.ctx.masked.slice(s, e)));
  if (!m || cleanPart(m[1]!) !== cleanPart(strong)) return undefined;
  const { dates } = takeDates(m[2]!);
  if (!dates || cleanPart(m[2]!) !== dates) return undefined;
  const parts = parseRoleLine(`${cleanPart(strong)} (${dates})`, { heading: false });
  if (!parts?.employer || !TITLE_RE.test(parts.title) || wordCount(parts.title) > 8 || startsWithVerb(parts.title) || TITLE_RE.test(parts.employer)) return undefined;
  return { parts, start: s, end: s + m[0].length - 1 };
}

/** "Mar 2023 - Oct 2023 — Break …": an item whose first line opens with a date range and a dash. */
function datedTimelineItem(b: Builder, p: Paragraph): boolean {
  const [s, e] = off(p, b.ctx);
  const first = decodeDashes(b.ctx.masked.slice(s, e).split("\n")[0]!).trim();
  const { dates, rest } = takeDates(first);
  return !!dates && first.startsWith(dates) && /^\s*[—–-]\s/.test(rest);
}

/** Roles read from an employer-led item: the next such item is another role, not this one's bullet. */
export const EMPLOYER_ITEM_ROLES = new WeakSet<Role>();

/**
 * A list item that opens with an employer's name in bold, a dash and what was done there
 * ("* **[Acme](…)** - Led a team building…"), in an experience section with no role of another form
 * open: the role of a résumé that lists past employers without titles.
 */
function employerLedItem(b: Builder, p: Paragraph): { employer: string; dates: string; start: number; end: number } | undefined {
  if (b.role && !EMPLOYER_ITEM_ROLES.has(b.role)) return undefined;
  const first = p.children[0];
  if (!first || first.type !== "strong") return undefined;
  const [fs, fe] = off(first, b.ctx);
  const name = cleanPart(nodeText(first, b.ctx));
  // A name: each word capitalised ("Palo Alto Networks", "Brightwater / Halden": two names of one employer); "**Load testing**: …" is a label.
  if (!name || wordCount(name) > 4 || TITLE_RE.test(name) || hasDateText(name) || name.split(" ").some((w) => !/^[\p{Lu}\p{N}]/u.test(w) && w !== "/" && w !== "&")) return undefined;
  let after = b.ctx.text.slice(fe, off(p, b.ctx)[1]);
  // "**Brightwater Freight** (2009–2015, part-time) — Built …": its years in brackets between the name and the dash (231).
  const bracket = /^\s*\(([^()\n]*)\)/.exec(after);
  const dates = bracket ? takeDates(bracket[1]!).dates : "";
  if (bracket && !dates) return undefined;
  if (bracket) after = after.slice(bracket[0].length);
  if (!/^\s*[-–—]\s+\S/.test(after) || wordCount(after) < 5) return undefined;
  return { employer: name, dates, start: fs, end: fe };
}

function header0(b: Builder, item: ListItem): boolean {
  // When the item itself was a role header, its nested list holds that role's bullets at depth 0.
  return !!(b.role && b.ctx.lines.lineCol(off(item, b.ctx)[0]).line === b.role.line);
}

/** A one-line paragraph (or the first line of one) that is a role header. */
export function roleFromParagraphLine(b: Builder, p: Paragraph): { parts: RoleParts; start: number; end: number } | undefined {
  const [s, e] = off(p, b.ctx);
  const masked = b.ctx.masked.slice(s, e);
  const nl = masked.search(/\r?\n/);
  const lineEnd = nl < 0 ? e : s + nl;
  const line = decodeDashes(b.ctx.masked.slice(s, lineEnd));
  // "- 2017-2022: **platform reliability engineer**, Fabrikam": the years, a colon, then the bold title (291).
  const lead = p.children[0]?.type === "text" && p.children[1]?.type === "strong" ? p.children[0].value : "";
  // (A bold text that holds its own separators, "2016.3—2019.3：**北辰数据 | 合伙人**", is the employer and title: 82.)
  const datedLead = !!lead && /[:：]\s*$/.test(lead) && isDatesLine(lead.replace(/\s*[:：]\s*$/, "")) && !/[|—–@•·]/.test(nodeText(p.children[1]!, b.ctx));
  const strong = p.children[0]?.type === "strong" ? nodeText(p.children[0], b.ctx) : datedLead ? nodeText(p.children[1]!, b.ctx) : undefined;
  // "* **Cache Tuning Review & Operations:**" alone on its line: a label over the items nested
  // under it (a group of one role's bullets), not a title.
  const label = !!strong && /:\s*$/.test(strong) && !cleanPart(line.replace(strong, "")).length;
  const strongTitle = strong && !label && TITLE_RE.test(strong) && !startsWithVerb(strong) ? strong : undefined;
  // Without a bold title a header needs dates: skip the full parse for ordinary bullets.
  if (!strongTitle && !HAS_YEAR_OR_OPEN.test(line)) return undefined;
  const parts = parseRoleLine(line, { heading: false, strongTitle, datedLead: datedLead && !!strongTitle });
  if (!parts) return undefined;
  // A list item is a header only with a bold title, or a short title with dates ("- Staff Engineer, Acme, 2019–2022").
  // A longer line passes when separators split it and the title and employer are short ("Jul 2020 -
  // Feb 2022 — Engineer at Acme — Haskell, Elm, Nix, Google Cloud": the tail is the stack).
  // (Or a title, employer and place parted by dashes, each short, before the dates it ends with: "Analista de Redes -
  // Vidrotec S.A. - Porto Sereno, PR - Junho 2018 - Novembro 2018." (275).)
  if (!strongTitle && !(parts.dates && wordCount(parts.title) <= 5 && (wordCount(line) <= 12 || (wordCount(parts.employer) <= 4 && / [—–|] /.test(line)) || dashedTitleDatesLine(line)))) return undefined;
  if (nl >= 0) {
    // Multi-line paragraph: only when the other lines are header material too (dates, location).
    const rest = masked.slice(nl).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (rest.some((l) => !isDatesLine(l) && wordCount(l) > 6)) return undefined;
    for (const l of rest) if (!parts.dates && isDatesLine(l)) parts.dates = takeDates(l).dates;
  }
  return { parts, start: s, end: lineEnd };
}

/** "3 anos", "(6 months)", "- 2 yrs": a length of time. */
const DURATION_RE = /^[\s(–—-]*\d+(?:[.,]\d+)?\s*\p{L}{1,8}\.?\s*\)?$/u;

/**
 * A list item whose first line names the employer alone and whose second line is the title with dates:
 *   -   [**Citrix**](https://example.com)\
 *       _Lead software engineer, 2012_
 */
function roleFromSecondLine(b: Builder, p: Paragraph): { parts: RoleParts; start: number; end: number } | undefined {
  const [s, e] = off(p, b.ctx);
  const masked = b.ctx.masked.slice(s, e);
  const lines = masked.split("\n");
  if (lines.length < 2) return undefined;
  const first = cleanPart(lines[0]!.replace(/\\$/, ""));
  const second = lines[1]!.replace(/\\$/, "");
  // "- Acme Labs, 2016–present" over "  CEO" (two lines, nothing more): the employer and its dates, then the title alone (183).
  // ("- **Acme** - Agosto/2010 até Agosto/2013 - 3 anos": a length of time may follow the dates.)
  const dated = lines.length === 2 ? takeDates(first) : undefined;
  const title = cleanPart(second);
  const at = dated?.dates ? first.lastIndexOf(dated.dates) : -1;
  const employer = at > 0 ? cleanPart(first.slice(0, at)) : "";
  const tail = at > 0 ? cleanPart(first.slice(at + dated!.dates.length)) : "x";
  if ((!tail || DURATION_RE.test(tail)) && employer && wordCount(employer) <= 5 && wordCount(title) <= 6 && isTitleText(title)) {
    const start = s + lines[0]!.length + 1 + second.indexOf(title);
    return { parts: { title, employer, dates: dated!.dates }, start, end: start + title.length };
  }
  if (!first || wordCount(first) > 6 || /[.!?:]$/.test(first)) return undefined;
  const parts = parseRoleLine(second, { heading: false });
  // ("Lead software engineer" opens like a verb; with dates on the line it is a title.)
  if (!parts || !parts.dates || !TITLE_RE.test(parts.title) || wordCount(parts.title) > 8) return undefined;
  const start = s + lines[0]!.length + 1;
  if (!parts.employer) parts.employer = first.replace(/\s*—.*$/, "");
  return { parts, start: start + (second.length - second.trimStart().length), end: start + second.trimEnd().length };
}

