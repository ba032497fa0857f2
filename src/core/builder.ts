// The document model as the reader builds it, top to bottom: the current section, company and role,
// and the two ways the layouts add to it (newRole, addBullet). The layouts in layouts/ call these;
// parse.ts walks the blocks and hands each to its layout. Pure: no vscode, no fs.
import { collapseSpaces, isJsSpace } from "./chars.js";
import { LineIndex } from "./positions.js";
import { type RoleParts, TITLE_LABEL_RE, cleanPart, isContextLabelled, isTitleText, notAnAchievement, titleInAtSentence, wordCount } from "./roleline.js";
import type { Bullet, DocKind, Role, Section, SectionKind, Span } from "./types.js";
import type { Heading, PhrasingContent } from "mdast";

export interface Ctx {
  text: string;
  masked: string;
  shift: number;
  lines: LineIndex;
}

/** Sections whose headings and lines are never roles: degrees, courses, certificates, contact, skills. */
export const NO_ROLES = new Set<SectionKind>(["education", "skills", "contact", "publications"]);

export function off(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, ctx: Ctx): [number, number] {
  return [node.position!.start.offset! + ctx.shift, node.position!.end.offset! + ctx.shift];
}

export function makeSpan(ctx: Ctx, start: number, end: number): Span {
  // Trim surrounding whitespace (in the masked text: blanked syntax counts as whitespace).
  while (start < end && isJsSpace(ctx.masked.charCodeAt(start))) start++;
  while (end > start && isJsSpace(ctx.masked.charCodeAt(end - 1))) end--;
  const text = ctx.masked.slice(start, end);
  return { start, end, text, plain: collapseSpaces(text) };
}

/** Text content of phrasing nodes (for headings and strong titles), from the masked source. */
export function nodeText(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, ctx: Ctx): string {
  const [s, e] = off(node, ctx);
  return collapseSpaces(ctx.masked.slice(s, e));
}

export interface Builder {
  ctx: Ctx;
  sections: Section[];
  roles: Role[];
  bullets: Bullet[];
  prose: Span[];
  kind: DocKind;
  /** Experience context. */
  company: string;
  companyDates: string;
  role: Role | undefined;
  section: Section;
  /** Depth of the heading that opened the current experience section (0: none). */
  expDepth: number;
  sectionStack: Section[];
  /** A Pandoc div row's fields so far (layouts/pandoc-divs.ts). */
  div?: { title?: [number, number]; employer?: string; dates?: string };
  /** The list being read follows a label of topics or tools ("Areas:"): its items are no achievements. */
  topicList?: boolean;
  /** Headings that are titles stacked under a dated role heading (headings.ts stackedTitleHeadings). */
  stackedTitles?: Set<Heading>;
  /** A title's heading over its employer's and its dates' one level down each (headings.ts titleEmployerDatesHeadings): the role each title heading gives, and the two under it (no parts). */
  titleEmployerDates?: Map<Heading, RoleParts | undefined>;
  /** Name headings each over its dates line and a list, two or more at one depth (headings.ts employerDatesHeadings): the role each gives. */
  employerDates?: Map<Heading, RoleParts>;
  /** The company heading that named b.company, and its section (headings.ts): a role heading at its depth may be no role of it. */
  companyHeading?: { company: string; section: Section };
  /** The list being read is one of labelled fields ("- **Backend**: C#, …", layouts/lists.ts labelledFields): a bold title's word in it labels a field, no role. */
  fieldList?: boolean;
  /** A role's sub-heading that names its tools ("### Stack", "#### Tecnologias Utilizadas"): its lists are no achievements. */
  toolSection: Section | undefined;
  /** The document has more than one H1: its H1s are sections (a company each), not the person's name. */
  manyH1: boolean;
  /**
   * A company heading with dates and no title yet ("### 2018-04 — 2023-12, Acme (Malmö)"): a role
   * with no title when its scope ends with achievements read and no title line (headings.ts sets it,
   * addBullet collects its items, closeDatedCompany decides).
   */
  datedCompany?: DatedCompany;
  /** Company headings read from a first-person paragraph under them (paragraphs.ts employerHeadingToldInFirstPerson). */
  toldEmployers?: number;
  /** The employer a page's front matter names, with its years (layouts/front-matter.ts employerFromFrontMatter): its title headings are roles there. */
  pageEmployer?: { employer: string; dates: string };
  /** The role a page's front matter names (layouts/front-matter.ts roleFromFrontMatterBlock): its overview and responsibilities headings are its parts (292). */
  frontMatterRole?: Role;
}

/** A company heading with dates that no role has come under yet, and the items read under it so far. */
export interface DatedCompany {
  start: number;
  end: number;
  depth: number;
  section: Section;
  /** The company as the heading named it (b.company while it is current), and its name alone. */
  company: string;
  employer: string;
  dates: string;
  /** Each item, and whether it is an achievement once it has a role. */
  items: { bullet: Bullet; achievement: boolean }[];
  /** Named by a line of its own, not a heading (paragraphs.ts employerDatesLine): the first title read after it takes its items. */
  line?: boolean;
}

/**
 * "### 2018-04 — 2023-12, Acme (Malmö)" then paragraphs of what was done, and no title line before the
 * next heading at its level: the heading is a role with no title, and its achievements are that
 * role's (DESIGN §2b: roles told as paragraphs). Called when the heading's scope ends.
 */
export function closeDatedCompany(b: Builder): void {
  const dc = b.datedCompany;
  b.datedCompany = undefined;
  if (!dc || !dc.items.some((x) => x.achievement)) return;
  const section = b.section;
  // "At Acme I was a senior engineer on …" in one of the first paragraphs: the role's title, on that line.
  let named: { title: string; start: number; end: number } | undefined;
  for (const { bullet } of dc.items.slice(0, 3)) {
    const t = bullet.paragraph ? titleInAtSentence(bullet.text, dc.employer) : undefined;
    if (t) named = { title: t.title, start: bullet.start + t.start, end: bullet.start + t.end };
    if (named) break;
  }
  const role = addRole(b, { title: named?.title ?? "", employer: dc.employer, dates: dc.dates }, named?.start ?? dc.start, named?.end ?? dc.end);
  role.section = dc.section;
  b.section = section;
  for (const { bullet, achievement } of dc.items) {
    bullet.role = role;
    bullet.achievement = achievement;
    role.bullets.push(bullet);
  }
}

/**
 * "I had never written a unit test. I now write them for the whole team.": a brag document's skills
 * told as sentences of what was done are achievements (a skills list, "Go, Kafka", is not).
 */
function toldAsSentences(plain: string): boolean {
  return wordCount(plain) >= 8 && /[.!?]\s*$|[.!?]\s+\p{Lu}/u.test(plain);
}

export function isAchievementSection(kind: SectionKind, docKind: DocKind): boolean {
  if (kind === "context") return false;
  if (kind === "experience" || kind === "impact" || kind === "competencies") return true;
  // In a brag document or year in review, projects shipped and articles written are the achievements.
  if (docKind === "promo") return kind === "other" || kind === "summary" || kind === "projects" || kind === "publications";
  return false;
}

/** "Senior Engineer → Engineering Manager": a promotion on one line (DESIGN §2b: arrow promotions). */
const PROMOTION_RE = /\s*(?:→|&rarr;|->|⇒)\s*/;

/**
 * "Software Engineer (Level 2), Senior Software Engineer": two titles joined by a comma, the second the first's
 * (its note in brackets aside) with a grade before it: a promotion on one line, as an arrow tells one.
 */
function commaPromotion(title: string): string[] | undefined {
  const m = /^([^,]+),\s+([^,]+)$/.exec(title);
  if (!m) return undefined;
  const core = cleanPart(m[1]!.replace(/\([^)]*\)/g, " ")).toLowerCase();
  const next = cleanPart(m[2]!);
  const at = next.toLowerCase().indexOf(core);
  const first = m[1]!.trim();
  return core && at > 0 && next[at - 1] === " " && next.length === at + core.length ? [first.endsWith(")") ? first : cleanPart(first), next] : undefined;
}

export function newRole(b: Builder, parts: RoleParts, start: number, end: number): Role {
  // "**Role:** Frontend Engineer": the field's label is not part of the title.
  if (TITLE_LABEL_RE.test(parts.title)) parts = { ...parts, title: parts.title.replace(TITLE_LABEL_RE, "") };
  const stacked = PROMOTION_RE.test(parts.title) ? parts.title.split(PROMOTION_RE).map(cleanPart) : commaPromotion(parts.title);
  if (stacked) {
    // Each title is a role of its own, in the order held; the bullets go to the last (the one reached).
    const titles = stacked;
    // (A title named by its label is one whatever its words: "(职位-Golang工程师->研发经理->DBA->运维)".)
    if (titles.length >= 2 && titles.every((t) => (parts.labelled ? t.length > 0 && wordCount(t) <= 6 : isTitleText(t)))) {
      const lineText = b.ctx.text.slice(start, end);
      let role: Role | undefined;
      let from = 0;
      for (const title of titles) {
        const at = lineText.indexOf(title, from);
        const s = at >= 0 ? start + at : start;
        role = addRole(b, { ...parts, title }, s, at >= 0 ? s + title.length : end);
        if (at >= 0) from = at + title.length;
      }
      return role!;
    }
  }
  return addRole(b, parts, start, end);
}

function addRole(b: Builder, parts: RoleParts, start: number, end: number): Role {
  const dc = b.datedCompany;
  b.datedCompany = undefined;
  const line = b.ctx.lines.lineRange(start);
  const role: Role = {
    title: parts.title,
    employer: parts.employer || b.company,
    dates: parts.dates || b.companyDates,
    line: b.ctx.lines.lineCol(start).line,
    titleStart: Math.max(line.start, start),
    titleEnd: Math.min(line.end, Math.max(end, start)),
    bullets: [],
    section: b.section,
  };
  // Trim the title range to non-space text on its line.
  const lineText = b.ctx.text.slice(role.titleStart, role.titleEnd);
  const lead = lineText.length - lineText.trimStart().length;
  role.titleStart += lead;
  role.titleEnd = role.titleStart + lineText.trim().length;
  b.roles.push(role);
  b.role = role;
  // "[TaxJar](…) - Feb 2017 → March 2020", what was done there, then "Positions Held:" and the titles:
  // what came before the first title (the newest) is that title's.
  if (dc?.line && role.section === dc.section) {
    for (const { bullet, achievement } of dc.items) {
      bullet.role = role;
      bullet.achievement = achievement;
      role.bullets.push(bullet);
    }
  }
  return role;
}

/**
 * A bullet with every field of the model in one order, the optional ones undefined until set: all
 * bullets then share one object shape, so the rules' code that reads them stays monomorphic (a field
 * added later, to some bullets only, gave each combination a shape of its own).
 */
export function newBullet(span: Span, line: number, depth: number, section: Section, achievement: boolean, paragraph: boolean): Bullet {
  return {
    start: span.start,
    end: span.end,
    text: span.text,
    plain: span.plain,
    line,
    depth,
    section,
    achievement,
    bodyStart: span.start,
    paragraph,
    role: undefined,
    parent: undefined,
    label: undefined,
    otherLanguage: undefined,
  };
}

/** Two Markdown links or more and nothing else but separators ("[About Acme](…) | [Open Source on GitHub](…)"): links to follow, nothing done (200). */
const LINK_RE = /!?\[[^\]\n]*\]\([^)\s]*(?:\s+"[^"]*")?\)/g;
function linksOnly(raw: string): boolean {
  if (!raw.includes("](")) return false;
  let n = 0;
  const rest = raw.replace(LINK_RE, () => (n++, " "));
  return n >= 2 && !/[^\s|·•,/–—-]/.test(rest);
}

export function addBullet(b: Builder, start: number, end: number, depth: number, paragraph: boolean, phr?: PhrasingContent[], parent?: Bullet): Bullet | undefined {
  const span = makeSpan(b.ctx, start, end);
  if (!span.plain) return undefined;
  const section = b.section;
  const inExperience = b.expDepth > 0 || section.kind === "experience";
  const claim =
    !b.topicList &&
    !(paragraph && b.kind === "resume" && linksOnly(b.ctx.text.slice(start, end))) &&
    (isAchievementSection(section.kind, b.kind) || (b.kind === "promo" && section.kind === "skills" && toldAsSentences(span.plain))) &&
    !notAnAchievement(span.plain) &&
    !(depth === 0 && isContextLabelled(span.plain));
  const achievement = claim && (!inExperience || b.role !== undefined || b.kind === "promo");
  const bullet = newBullet(span, b.ctx.lines.lineCol(span.start).line, depth, section, achievement, paragraph);
  // Under a dated company heading with no title yet: this item may be that company's role's (closeDatedCompany).
  if (!b.role && inExperience && b.datedCompany && b.company === b.datedCompany.company) b.datedCompany.items.push({ bullet, achievement: claim && !b.toolSection });
  if (b.role && inExperience) bullet.role = b.role;
  if (parent) bullet.parent = parent;
  // `**Label:** text`
  const first = phr?.[0];
  if (first && first.type === "strong") {
    const [s, e] = off(first, b.ctx);
    const label = nodeText(first, b.ctx);
    const after = b.ctx.masked.slice(e, span.end);
    const colonInside = /:\s*$/.test(label);
    const colonAfter = /^\s*:/.test(b.ctx.text.slice(e, span.end));
    if (s <= span.start && (colonInside || colonAfter) && wordCount(label) <= 6) {
      bullet.label = label.replace(/:\s*$/, "").trim();
      let body = colonAfter ? b.ctx.text.indexOf(":", e) + 1 : e;
      while (body < span.end && /\s/.test(b.ctx.masked[body]!)) body++;
      if (after.trim()) bullet.bodyStart = body;
    }
  }
  // "* **Practice lead**: we expanded …" under titles held in turn at one employer ("Front End Developer →
  // Tech Lead → Practice Lead"): an item labelled with one of those titles is that title's.
  if (bullet.role && bullet.label) {
    const held = labelledTitle(b, bullet.role, bullet.label);
    if (held) bullet.role = held;
  }
  // ":star: Received…", "🏆 Won…": an emoji shortcode or pictograph before the words is a marker.
  if (bullet.bodyStart === span.start) {
    const marker = EMOJI_MARKER_RE.exec(b.ctx.text.slice(span.start, Math.min(span.end, span.start + 40)));
    if (marker && marker[0].length < span.end - span.start) bullet.bodyStart = span.start + marker[0].length;
  }
  b.bullets.push(bullet);
  if (bullet.role) bullet.role.bullets.push(bullet);
  if (!NOT_PROSE.has(section.kind)) b.prose.push(span);
  return bullet;
}

/** The role at `role`'s employer whose title the label names ("Squad lead", "Front end tech lead" for "Tech Lead"), when another is held there. */
function labelledTitle(b: Builder, role: Role, label: string): Role | undefined {
  const l = label.replace(/\([^)]*\)?/g, " ").replace(/\s+/g, " ").trim().toLowerCase();
  if (!l || !role.employer) return undefined;
  const there = b.roles.filter((r) => r.employer === role.employer && r.title);
  if (there.length < 2) return undefined;
  const named = (r: Role) => r.title.toLowerCase() === l;
  const ending = (r: Role) => wordCount(r.title) >= 2 && l.endsWith(" " + r.title.toLowerCase());
  return there.find(named) ?? (there.filter(ending).length === 1 ? there.find(ending) : undefined);
}

const EMOJI_MARKER_RE = /^(?:(?::[a-z0-9_+-]+:|\p{Extended_Pictographic}\uFE0F?)\s*)+/u;

/** Sections whose text is lists of names, not sentences: no prose checks there. */
const NOT_PROSE = new Set<SectionKind>(["skills", "contact", "education", "publications"]);

