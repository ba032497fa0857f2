// Layout: a résumé written in HTML inside Markdown (DESIGN §2b):
//   <div class="well"><h3>Fennick Works - Engineering Manager - 2015-Present</h3></div>
//   <h3>Staff Platform Engineer</h3>
//   <span class="company">Commonwealth Bank</span> <span class="duration">Feb 2025 - Present</span>
//   <ul><li>Led the design of …</li></ul>
// Headings give roles (the heading's own separators, or a title with the company and dates of the
// elements named so after it); list items give bullets, and so do elements whose text opens with a
// bullet glyph ("<div>· Shipped …</div>", a slide's card). Only elements opened and closed on one line
// are read, and "<li>" alone on its line over the item's text (172). A box of short elements right under a role heading gives its employer and dates (59); a
// block's first heading naming a section opens it as a Markdown heading would (69). A heading right over
// an element of its dates and a short name ("<div>From 2015 to 2019 - <a>Acme</a></div>") is a role (127).
// Fixtures: test/fixtures/layouts/19-html-roles.md, 30-html-indented.md, 50-html-glyph-cards.md,
// 59-heading-pill-box.md, 69-html-section-heading.md, 127-html-heading-dates-employer-div.md, 151 (a company
// heading over an element classed as the title: "<h3>Acme</h3>" then "<p class="cv-role">Staff Engineer ·
// Remote</p>"), 152 (a paragraph wholly in bold read as a heading: "<p><strong>Engineering Manager -
// Acme</strong></p>"), 172, 182 (a "<p>" card of lines parted by "<br>": "<strong>Title</strong>", "<em>Acme,</em>
// Toronto", its dates; the Markdown list after it its bullets; 214 the same card as a Markdown paragraph, no "<p>"), 185 (a table's "<tr>" of two "<th>" cells, "Employer /
// Title" and its dates, a block between blank lines; the "* " items in the rows below its bullets), 279 (a "<p>" around a
// "<ul>": its items, no paragraph of its own). Pure: no vscode, no fs.
import { type Builder, NO_ROLES, addBullet, newRole } from "../builder.js";
import { cleanPart, hasDateText, isDatesLine, isTitleText, namePart, parseRoleLine, takeDates, wordCount } from "../roleline.js";
import { sectionKindOf } from "../sections.js";
export interface HtmlPiece {
  /** Offsets of the element's inner text in the block's text. */
  start: number;
  end: number;
  text: string;
}

export interface HtmlBlock {
  headings: (HtmlPiece & { level: number })[];
  items: HtmlPiece[];
  /** `<p>` elements with no class that names a part of a role or its metadata: prose told under a role. */
  paras: HtmlPiece[];
  /** Text of elements whose class names a part of a role, after the heading they follow. */
  fields: { after: number; start: number; end: number; field: "employer" | "dates" | "title"; text: string }[];
}

// A heading's content may run over a few lines ("<h3>\n  <span>Title, Employer</span>\n  <span>2016 - 2020</span>\n</h3>").
const HEADING_RE = /<h([1-6])\b[^>\n]*>([\s\S]{0,400}?)<\/h\1\s*>/gi;
const ITEM_RE = /<li\b[^>\n]*>([^\n]*?)(?:<\/li\s*>|$)/gim;
const ITEM_BLOCK_RE = /<li\b[^>\n]*>[ \t]*\r?\n\s*([^<\s](?:(?!<\/?li\b)[\s\S]){0,5000}?)\s*(?:<\/li\s*>|$)/gi;
// (A line break may stand in one: "<div class="resume-date">Apr 2025 –<br>Present</div>".)
const FIELD_RE = /<(span|div|p|em|strong|small)\b[^>\n]*\bclass\s*=\s*["']([^"']*)["'][^>\n]*>((?:[^<\n]|<br\s*\/?>)*)<\/\1\s*>/gi;
const TAG_RE = /<[^>]*>/g;
const PARA_RE = /<p\b([^>\n]*)>([\s\S]{0,3000}?)<\/p\s*>/gi;
/** A paragraph wholly in bold on one line ("<p class="pos"><strong>Engineering Manager - Etsy</strong></p>"): read as a heading. */
const BOLD_PARA_RE = /<p\b[^>\n]*>[ \t]*<(strong|b)>([^<\n]{1,200})<\/\1>[ \t]*<\/p\s*>/gi;
/** A `<p>`'s class that marks metadata, not prose: "job-location", "company-duration", "meta", "tags". */
// A class naming a description ("experience-description", "job-desc" (250)) marks the role's scope, not an achievement.
const META_CLASS_RE = /\b(?:location|duration|dates?|period|meta|tags?|tech(?:nologies)?|skills|company|employer|title|position|role|desc(?:ription)?|summary|intro)\b/i;
/** Words with a letter in them ("|" and "📍" are none). */
const letterWords = (s: string): number => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
/** A `<p>` of prose has a few words; "Munich Re (Group) | 📍Singapore" is a header line. */
const MIN_PARA_WORDS = 8;

const FIELDS: [RegExp, "employer" | "dates" | "title"][] = [
  [/\b(company|employer|organi[sz]ation|org|firm)\b/i, "employer"],
  [/\b(duration|dates?|period|time|years)\b/i, "dates"],
  [/\b(title|position|role|job)\b/i, "title"],
];

/** The first `<p>` after a heading, or a `<div>`/`<span>` on one line (its metadata line, when it has one); after a bold paragraph read as a heading, its closing tags first. */
const PARA_AFTER_RE = /^\s*(?:<\/(?:strong|b)>\s*<\/p\s*>|<\/h[1-6]\s*>)?\s*(?:<p\b[^>\n]*>([\s\S]{0,300}?)<\/p\s*>|<(div|span)\b[^>\n]*>([^\n]{0,300}?)<\/\2\s*>)/i;

const decode = (s: string) => s.replace(/&amp;/g, "&").replace(/&nbsp;/g, " ").replace(/&ndash;/g, "–").replace(/&mdash;/g, "—");

/** Inner text with tags removed (for reading; offsets are the caller's from `start`/`end`). */
export function innerText(s: string): string {
  return decode(s.replace(TAG_RE, " ")).replace(/\s+/g, " ").trim();
}

const MD_ITEM_RE = /^([ \t]*[-*+][ \t]+)(?=\S)/;

/**
 * Markdown list items written inside an HTML block or an indented block, where Markdown does not
 * read them ("<div class="worklist">\n- Moved the backups…\n</div>", or bullets indented under a
 * definition): each item's offsets in `raw`, with the lines that continue it (not blank, not a tag,
 * not another item).
 */
export function markdownItems(raw: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  let open: { start: number; end: number } | undefined;
  for (const line of raw.split("\n")) {
    const m = MD_ITEM_RE.exec(line);
    const body = line.replace(/\r$/, "");
    if (m) {
      open = { start: at + m[1]!.length, end: at + body.trimEnd().length };
      out.push(open);
    } else if (open && body.trim() && !/^\s*</.test(body)) open.end = at + body.trimEnd().length;
    else open = undefined;
    at += line.length + 1;
  }
  return out;
}

/** "<div>· Cut page load by 40%</div>": an element on one line whose text opens with a bullet glyph. */
const GLYPH_ITEM_RE = /<(div|p|span)\b[^>\n]*>[ \t]*[·•▪◦‧・][ \t]*([^<\n]*\S)[ \t]*<\/\1\s*>/gi;

/** Items written as elements that open with a bullet glyph (a slide's card: "<div>· Shipped …</div>"): the text after the glyph, offsets in `raw`. */
export function glyphItems(raw: string): { start: number; end: number }[] {
  if (!/[·•▪◦‧・]/.test(raw)) return [];
  return [...raw.matchAll(GLYPH_ITEM_RE)].map((m) => {
    const start = m.index! + m[0].indexOf(m[2]!, m[0].indexOf(">") + 1);
    return { start, end: start + m[2]!.length };
  });
}

export function readHtmlBlock(raw: string): HtmlBlock {
  const out: HtmlBlock = { headings: [], items: [], paras: [], fields: [] };
  if (raw.length > 200_000) return out;
  for (const m of raw.matchAll(HEADING_RE)) {
    const start = m.index! + m[0].indexOf(">") + 1;
    // Over several lines, each line is a part of the role line ("Title, Employer, Place", "2016 - 2020").
    const text = m[2]!.includes("\n") ? m[2]!.split("\n").map(innerText).filter(Boolean).join(", ") : innerText(m[2]!);
    out.headings.push({ start, end: start + m[2]!.length, text, level: Number(m[1]) });
  }
  for (const m of raw.matchAll(BOLD_PARA_RE)) {
    const start = m.index! + m[0].indexOf(m[2]!, m[0].indexOf(">", m[0].indexOf("<" + m[1]!)));
    out.headings.push({ start, end: start + m[2]!.length, text: innerText(m[2]!), level: 6 });
  }
  out.headings.sort((a, b) => a.start - b.start);
  for (const m of raw.matchAll(ITEM_RE)) {
    const start = m.index! + m[0].indexOf(">") + 1;
    const text = innerText(m[1]!);
    if (text) out.items.push({ start, end: start + m[1]!.length, text });
  }
  // "<li>" alone at a line's end, the item's text on the lines below, then "</li>" (or the block's end, a blank line
  // closing it): those lines are the item.
  for (const m of raw.matchAll(ITEM_BLOCK_RE)) {
    const start = m.index! + m[0].indexOf(m[1]!);
    const text = innerText(m[1]!);
    if (text) out.items.push({ start, end: start + m[1]!.length, text });
  }
  for (const it of [...markdownItems(raw), ...glyphItems(raw)]) {
    const text = innerText(raw.slice(it.start, it.end));
    if (text) out.items.push({ ...it, text });
  }
  out.items.sort((a, b) => a.start - b.start);
  for (const m of raw.matchAll(PARA_RE)) {
    if (META_CLASS_RE.test(m[1]!) || /^\s*<(strong|b)>[^<]*<\/\1>\s*$/i.test(m[2]!)) continue;
    // "<p>" over "<ul><li>Led …</li>…</ul>": a paragraph element around a list holds its items, read as items (279).
    if (/<li[\s>]/i.test(m[2]!)) continue;
    const start = m.index! + m[0].indexOf(">") + 1;
    const text = innerText(m[2]!);
    if (letterWords(text) >= MIN_PARA_WORDS && !isDatesLine(text)) out.paras.push({ start, end: start + m[2]!.length, text });
  }
  for (const m of raw.matchAll(FIELD_RE)) {
    const field = FIELDS.find(([re]) => re.test(m[2]!))?.[1];
    const text = innerText(m[3]!);
    const start = m.index! + m[0].indexOf(">") + 1;
    if (field && text) out.fields.push({ after: m.index!, start, end: start + m[3]!.length, field, text });
  }
  return out;
}

/**
 * "### Engineering Manager" then a box of short elements, one a line, right under it:
 *   <div class="pill-box">
 *     <code class="pill">Tailwind Traders</code>
 *     <code class="pill"><Icon @name="calendar" /> Mar 2021 - Apr 2024 (3 years)</code>
 *   </div>
 * the role's employer (the first name) and dates (the first dates). The heading is the title even when
 * it was read as a company's name ("### Contractor for Software Development"). Only a box of two to
 * four short pieces ("Talent Inc." ends in a period, a sentence does not fit), one of them dates;
 * returns whether the block was one.
 */
export function roleHeaderBox(b: Builder, s: number, e: number): boolean {
  const raw = b.ctx.text.slice(s, e);
  if (b.kind !== "resume" || raw.length > 2000 || /<(?:h[1-6]|li|p|table)\b/i.test(raw)) return false;
  const pieces = raw.split("\n").map(innerText).filter(Boolean);
  if (pieces.length < 2 || pieces.length > 4 || pieces.some((x) => letterWords(x) > 8 || /[!?]$/.test(x) || (/\.$/.test(x) && letterWords(x) > 3))) return false;
  const dates = pieces.find((x) => isDatesLine(x));
  const name = pieces.find((x) => !hasDateText(x));
  if (!dates || !name || wordCount(name) > 6) return false;
  const sec = b.section;
  const heading = cleanPart(sec.heading);
  const headingLine = b.ctx.lines.lineCol(sec.headingStart).line;
  const role = b.role;
  if (role && role.section === sec && role.line === headingLine && !role.bullets.length) {
    // The employer a role heading took from a company heading above, not from its own words, gives way.
    if (!role.employer || !sec.heading.includes(role.employer)) role.employer = name;
    if (!role.dates) role.dates = takeDates(dates).dates;
    return true;
  }
  if (sec.kind !== "experience" || sec.depth === 0 || !heading || b.company !== heading || (role && role.section === sec) || !isTitleLike(heading)) return false;
  b.company = "";
  b.companyDates = "";
  const at = b.ctx.text.indexOf(heading, sec.headingStart);
  newRole(b, { title: heading, employer: name, dates: takeDates(dates).dates }, at >= 0 && at < sec.headingEnd ? at : sec.headingStart, sec.headingEnd);
  return true;
}

/** A heading's words could name a job: capitalised, a few words, no sentence, no dates. */
const isTitleLike = (t: string): boolean => /^\p{Lu}/u.test(t) && wordCount(t) <= 8 && !/[.!?:]$/.test(t) && !hasDateText(t);

/**
 * The first heading of a block of HTML when it names a section ("<h2 class="pdf-section">Work
 * Experience</h2>" inside a wrapper `<div>`), with its level: parse.ts opens the section there.
 */
export function htmlSectionHeading(raw: string): { level: 1 | 2 | 3 | 4 | 5 | 6; text: string } | undefined {
  if (raw.length > 20_000 || !/<h[1-6]\b/i.test(raw)) return undefined;
  const m = /<h([1-6])\b[^>\n]*>([^<\n]{1,80})<\/h\1\s*>/i.exec(raw);
  if (!m) return undefined;
  const text = innerText(m[2]!);
  return text && sectionKindOf(text) ? { level: Number(m[1]) as 1 | 2 | 3 | 4 | 5 | 6, text } : undefined;
}

/** "<p>" then "<strong>Title</strong>", its lines parted by "<br>": the employer (in "<em>", or before a comma), the dates (182). */
const BOLD_CARD_RE = /^\s*<p\b[^>\n]*>\s*<(strong|b)>([^<\n]{1,120})<\/\1>\s*<br\s*\/?>/i;
/** The same card as a Markdown paragraph, no "<p>" around it: "<strong>Title</strong><br>" on its own line first (214). */
const BOLD_LINE_CARD_RE = /^<(strong|b)>([^<\n]{1,120})<\/\1>[ \t]*<br\s*\/?>[ \t]*\r?\n/i;
/** A Markdown link's text: "[Escola Técnica Vale Verde][etvv]", "[Acme](https://…)" → the name. */
const MD_LINK_RE = /\[([^\]\n]{1,120})\](?:\[[^\]\n]*\]|\([^)\n]*\))?/g;

/**
 * A role's card written as one paragraph of lines parted by "<br>": the title in bold, then the employer ("<em>Acme,</em>
 * Toronto"), then its dates on one of the next two lines (an address after them is no part). Only in experience, only a
 * title's words with dates; the Markdown list after it is the role's bullets.
 * Written as a Markdown paragraph ("<strong>Title</strong><br>", then "[Acme][acme]<br><i>dates</i>"), the card is read in
 * experience too, or in a résumé whose page names no section at all (a CV page of cards, the page's title its only name) (214).
 */
function boldTitleCard(b: Builder, raw: string, s: number, paragraph = false): boolean {
  const where = b.expDepth > 0 || b.section.kind === "experience" || (paragraph && b.section.depth === 0 && !NO_ROLES.has(b.section.kind));
  const m = b.kind === "resume" && where ? (paragraph ? BOLD_LINE_CARD_RE : BOLD_CARD_RE).exec(raw) : null;
  const title = m ? innerText(m[2]!) : "";
  if (!m || !isTitleText(title)) return false;
  let lines = raw.slice(m[0].length).replace(/<\/p\s*>[\s\S]*$/i, "").split(/<br\s*\/?>/i);
  // (A paragraph's card is its three lines and no more: a longer paragraph is told prose.)
  if (paragraph) {
    if (lines.length > 2) return false;
    lines = lines.map((x) => x.replace(MD_LINK_RE, "$1"));
  }
  const em = /^\s*<(em|i)>([^<]{1,120})<\/\1>/i.exec(lines[0]!);
  const employer = cleanPart((em ? innerText(em[2]!) : innerText(lines[0]!).split(",")[0]!).replace(/,$/, ""));
  const dates = lines.slice(1, 3).map((x) => takeDates(innerText(x)).dates).find(Boolean);
  if (!dates || !employer || hasDateText(employer) || wordCount(employer) > 8) return false;
  const at = s + m[0].indexOf(m[2]!, m[0].indexOf(">", m[0].indexOf("<" + m[1]!)));
  newRole(b, { title, employer, dates }, at, at + m[2]!.length);
  return true;
}

/** A role's card written as a Markdown paragraph (boldTitleCard; parse.ts, before the paragraph's other readings) (214). */
export function boldTitleCardParagraph(b: Builder, s: number, e: number): boolean {
  if (b.kind !== "resume" || b.ctx.text.charCodeAt(s) !== 60) return false;
  return boldTitleCard(b, b.ctx.text.slice(s, e), s, true);
}

const TH_RE = /<th\b[^>]*>([\s\S]{0,300}?)<\/th\s*>/gi;

/**
 * A table's header row of two cells, "Employer / Title" (or "Title / Employer") and its dates, a block of its own between
 * blank lines ("<tr><th>Acme / Staff Engineer</th><th>2019 - 2022</th></tr>"): a role, the rows after it its bullets (185).
 */
function headerRowRole(b: Builder, raw: string, s: number): boolean {
  if (b.kind !== "resume" || !(b.expDepth > 0 || b.section.kind === "experience") || !/^\s*<tr\b/i.test(raw)) return false;
  const cells = [...raw.matchAll(TH_RE)];
  const texts = cells.map((c) => innerText(c[1]!));
  const d = texts.findIndex((x) => isDatesLine(x));
  const names = cells.length === 2 && d >= 0 ? texts[1 - d]!.split(/\s+\/\s+/) : [];
  const t = names.findIndex((x) => isTitleText(x));
  if (names.length !== 2 || t < 0 || isTitleText(names[1 - t]!) || wordCount(names[1 - t]!) > 8) return false;
  const cell = cells[1 - d]!;
  const at = s + cell.index! + Math.max(0, cell[0].indexOf(names[t]!));
  newRole(b, { title: names[t]!, employer: names[1 - t]!, dates: takeDates(texts[d]!).dates }, at, at + names[t]!.length);
  return true;
}

/** An element whose class names a role's title or its employer ("<span class="job-title">", "<div class="company">"), on its line. */
const CLASSED_NAME_RE = /<(span|div|p|strong|b|a)\b[^>\n]*\bclass\s*=\s*["'][^"']*\b(title|position|role|company|employer)\b[^"']*["']/i;

/**
 * A card with no heading, its header a line of elements classed as its parts (250):
 *   <div class="job">
 *     <span class="job-title">Kestrel Freight <span class="job-company">— Platform Engineer</span></span>
 *     <span class="job-period">Mar 2021 – Present</span>
 *     <ul><li>…</li></ul>
 *   </div>
 * the line's text is a role line (read by its words, whatever the classes say: a card's "title" may hold the employer), its
 * dates the first element classed as dates after it; its items the role's bullets. Only in experience, only a short line
 * that reads as a title (with its employer), one role a line; a line classed as the title is the header when there is one.
 */
function classedCardRoles(b: Builder, raw: string, html: HtmlBlock): { at: number; start: number; end: number; parts: ReturnType<typeof parseRoleLine> & object }[] {
  if (b.kind !== "resume" || html.headings.length || !(b.expDepth > 0 || b.section.kind === "experience")) return [];
  const lines: { at: number; text: string; field: string }[] = [];
  let at = 0;
  for (const line of raw.split("\n")) {
    const m = CLASSED_NAME_RE.exec(line);
    if (m) lines.push({ at: at + m.index!, text: innerText(line), field: /title|position|role/i.test(m[2]!) ? "title" : "employer" });
    at += line.length + 1;
  }
  const header = lines.some((l) => l.field === "title") ? lines.filter((l) => l.field === "title") : lines;
  const out: ReturnType<typeof classedCardRoles> = [];
  header.forEach((l, i) => {
    if (!l.text || wordCount(l.text) > 12 || hasDateText(l.text)) return;
    const parts = parseRoleLine(l.text, { heading: true });
    if (!parts || !parts.title || !isTitleText(parts.title)) return;
    const next = header[i + 1]?.at ?? Infinity;
    const when = html.fields.find((f) => f.field === "dates" && f.after > l.at && f.after < next && isDatesLine(f.text));
    const lineEnd = raw.indexOf("\n", l.at);
    const line = raw.slice(l.at, lineEnd < 0 ? undefined : lineEnd);
    const t = line.indexOf(parts.title);
    const start = l.at + (t >= 0 ? t : 0);
    out.push({ at: l.at, start, end: t >= 0 ? start + parts.title.length : l.at + line.length, parts: { ...parts, dates: parts.dates || (when ? takeDates(when.text).dates : "") } });
  });
  return out;
}

/** Roles and bullets of HTML written inside Markdown (layouts/html.ts). */
export function handleHtmlBlock(b: Builder, s: number, e: number): void {
  if (NO_ROLES.has(b.section.kind)) return;
  const raw = b.ctx.text.slice(s, e);
  if (boldTitleCard(b, raw, s) || headerRowRole(b, raw, s)) return;
  if (raw.indexOf("<h") < 0 && raw.indexOf("<li") < 0 && raw.indexOf("<H") < 0 && raw.indexOf("<LI") < 0 && !/^[ \t]*[-*+][ \t]/m.test(raw) && !glyphItems(raw).length) return;
  const html = readHtmlBlock(raw);
  const events: { at: number; run: () => void }[] = [];
  for (const c of classedCardRoles(b, raw, html)) events.push({ at: c.at, run: () => void newRole(b, c.parts, s + c.start, s + c.end) });
  for (const h of html.headings) {
    // "Engineering Manager - Constant Contact": a role whose employer's name ends in a section's word.
    const first = h.text.split(/\s[-|—–@·]\s|,\s/)[0]!;
    const own = first !== h.text && !sectionKindOf(first) && parseRoleLine(h.text, { heading: true })?.employer ? undefined : sectionKindOf(h.text);
    // "<h6>Technical Skills</h6>" after the last job: what follows is no role's.
    if (own && NO_ROLES.has(own)) events.push({ at: h.start, run: () => void (b.role = undefined) });
    if (own) {
      // An HTML heading that names a section ("<h2>Experience</h2>") opens it as a Markdown one would.
      events.push({ at: h.start, run: () => {
        if (own === "experience") {
          b.section.kind = "experience";
          b.company = "";
          b.role = undefined;
        }
      } });
      continue;
    }
    const inExp = b.expDepth > 0 || b.section.kind === "experience";
    const next = html.headings.find((x) => x.start > h.start)?.start ?? Infinity;
    const meta = PARA_AFTER_RE.exec(raw.slice(h.end, next === Infinity ? undefined : next));
    const metaText = meta ? innerText(meta[1] ?? meta[3]!) : "";
    // "<h4>Coordinateur du centre d’expertise</h4>" then "<div>De juillet 2010 à janvier 2012 - Sword</div>":
    // a heading right over a line of its dates and a short name is a role whatever its words.
    const dated = metaText ? takeDates(metaText) : undefined;
    const header = dated?.dates && wordCount(dated.rest) <= 8 ? { dates: dated.dates, employer: namePart(dated.rest.split(/\s[-–—|]\s/).pop()!) } : undefined;
    let parts = parseRoleLine(h.text, { heading: true });
    // "Member of Technical Staff - 3": a level, not an employer.
    if (parts && /^\d+$/.test(parts.employer)) parts = { title: cleanPart(h.text), employer: "", dates: parts.dates };
    if (!parts && (isTitleText(h.text) || (header && inExp && isTitleLike(h.text)))) parts = { title: cleanPart(h.text), employer: "", dates: "" };
    // "<h3 class="resume-company">Acme</h3>" then "<p class="resume-role">Staff Engineer · Remote</p>": a
    // heading that is no role over an element classed as the title names the employer; the role is read
    // on the title's line (a place after "·" or "|" is no part of it), its dates from the block's dates
    // element, before the heading or after it.
    const titled = !parts && inExp ? html.fields.find((f) => f.field === "title" && f.after > h.start && f.after < next) : undefined;
    const title = titled ? cleanPart(titled.text.split(/\s[·|•]\s/)[0]!) : "";
    if (titled && isTitleText(title) && wordCount(h.text) <= 6 && !hasDateText(h.text)) {
      const prev = html.headings.filter((x) => x.start < h.start).pop()?.end ?? 0;
      const when = html.fields.find((f) => f.field === "dates" && f.after > prev && f.after < next && isDatesLine(f.text));
      const p = { title, employer: cleanPart(h.text), dates: when ? takeDates(when.text).dates : "" };
      events.push({ at: h.start, run: () => newRole(b, p, s + titled.start, s + Math.min(titled.end, titled.start + title.length)) });
      continue;
    }
    if (!parts && inExp && h.level < 3 && wordCount(h.text) <= 5 && !hasDateText(h.text)) {
      // "<h2>Cohesity</h2>" over "<h3>Staff Software Engineer</h3>" cards: a company heading.
      const company = cleanPart(h.text);
      events.push({ at: h.start, run: () => {
        b.company = company;
        b.companyDates = "";
        b.role = undefined;
      } });
      continue;
    }
    if (!parts || (!inExp && !parts.dates && !parts.employer)) continue;
    for (const f of html.fields) {
      if (f.after < h.start || f.after > next) continue;
      // An element named "company" is the employer; the heading's comma then belongs to the title
      // ("<h3>Staff Engineer, Observability</h3><span class="company">Acme</span>").
      if (f.field === "employer" && parts.employer && parts.employer !== f.text && !/[|—–@]| - | at /i.test(h.text)) {
        parts = { ...parts, title: cleanPart(takeDates(h.text).rest), employer: f.text };
      }
      if (f.field === "employer" && !parts.employer) parts.employer = f.text;
      if (f.field === "dates" && !parts.dates) parts.dates = takeDates(f.text).dates || f.text;
    }
    // "<p class="job-location">San Jose, CA | October 2023 - Present</p>" right under the heading.
    if (!parts.dates && metaText && isDatesLine(metaText)) parts.dates = dated!.dates;
    // (The name is the employer unless a place: "Paris, France".)
    if (header && !parts.employer && !header.employer.includes(",")) parts = { ...parts, dates: parts.dates || header.dates, employer: header.employer };
    const p = parts;
    events.push({ at: h.start, run: () => {
      if (b.section.kind === "other" || b.section.kind === "summary") b.section.kind = "experience";
      newRole(b, p, s + h.start, s + h.end);
    } });
  }
  for (const it of html.items) events.push({ at: it.start, run: () => void addBullet(b, s + it.start, s + it.end, 0, false) });
  // A card's prose under its role heading ("<p>Worked on distributed systems…</p>"): the role told as a paragraph.
  for (const p of html.paras) events.push({ at: p.start, run: () => void (b.role && addBullet(b, s + p.start, s + p.end, 0, true)) });
  events.sort((x, y) => x.at - y.at);
  for (const ev of events) ev.run();
}

