// Layout: one file per role, the role in front matter and its bullets in the body (Jekyll/Hugo
// collections; DESIGN §2b):
//   ---
//   position: "Senior Staff Engineer"      (or title / role / jobtitle)
//   company: "Acme"                        (or employer / organization)
//   startDate: "2022-03-01"                (or start_date / dateStart / from; range / dates)
//   endDate: ""
//   ---
// A file per employer, its title headings the roles held there (employerFromFrontMatter, below): 87.
// An Astro collection's job entry: "entity:" the employer beside a start date, its "achievements:" list the role's items: 218;
// "titleLong:" (or "titleShort:") the title beside "company:", its items an HTML list in the body: 279.
// A page of one role in front matter is a résumé's part, whatever its headings (parse.ts); its "## Overview", "## Key
// Responsibilities & Achievements" headings are the role's parts, their items its own (headings.ts): 292; a heading that
// says its title again ("## CTO - Directrice technique") is its heading, no second role (headings.ts): 298.
// Fixtures: test/fixtures/layouts/14-front-matter-role.md, 218-front-matter-entity-achievements.md, 279-front-matter-title-long-html-items.md, 292-front-matter-role-overview-sections.md,
// 298-front-matter-role-title-heading.md. Pure: no vscode, no fs.
import { escapeRe } from "../chars.js";
import { type Builder, addBullet, newRole } from "../builder.js";
import { isTitleText, wordCount } from "../roleline.js";
import { sectionKindOf } from "../sections.js";
import type { FrontMatter, Section } from "../types.js";
export interface FrontMatterRole {
  title: string;
  employer: string;
  dates: string;
  /** The key whose line the role sits on ("position"). */
  key: string;
}

// ("titleLong: 'Chief Architect'" beside a "titleShort": a theme's full title, before a post's bare "title", 279.)
const TITLE_KEYS = ["position", "role", "jobtitle", "job_title", "job", "titlelong", "title_long", "fulltitle", "full_title", "title", "titleshort", "title_short"];
const EMPLOYER_KEYS = ["company", "employer", "organization", "organisation", "org"];
const DATE_KEYS = ["dates", "range", "period", "duration"];
/** Keys that name the employer only beside a start date (roleFromFrontMatter). */
const ENTITY_KEYS = ["entity"];
/** In a file of one role, the front matter's lists of what was done there ("achievements:" then "- 'Led …'") (218). */
const ROLE_ITEM_KEYS = ["achievements", "highlights", "accomplishments", "bullets"];
const START_KEYS = ["start_date", "startdate", "datestart", "date_start", "start", "from", "startyear", "start_year"];
const END_KEYS = ["end_date", "enddate", "dateend", "date_end", "end", "to", "until", "endyear", "end_year"];

function str(v: unknown): string {
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return "";
}

/** The keys of an object holding a role's start and end ("time: { from: …, to: … }"). */
const PERIOD_KEYS = ["time", "dates", "date", "period", "duration"];

/** "2019-03 – present" from a start and an end key, when there is a start. */
function startEnd(first: (keys: string[]) => { key: string; value: string } | undefined): string {
  const start = first(START_KEYS)?.value;
  const end = first(END_KEYS)?.value;
  return start ? `${start} – ${end || "present"}` : "";
}

/** The role front matter describes, when it names a title and an employer (a post's `title` alone is not one). */
/** The first of `keys` (in lower case) that has a value in `o`, whatever the case of its key there. */
function firstIn(o: Record<string, unknown>): (keys: string[]) => { key: string; value: string } | undefined {
  const lower = new Map<string, [string, unknown]>();
  for (const [k, v] of Object.entries(o)) lower.set(k.toLowerCase(), [k, v]);
  return (keys) => {
    for (const k of keys) {
      const got = lower.get(k);
      if (got && str(got[1])) return { key: got[0], value: str(got[1]) };
    }
    return undefined;
  };
}

export function roleFromFrontMatter(data: Record<string, unknown>, isTitle: (s: string) => boolean, employerOptional = false): FrontMatterRole | undefined {
  const lower = new Map<string, [string, unknown]>();
  for (const [k, v] of Object.entries(data)) lower.set(k.toLowerCase(), [k, v]);
  const first = firstIn(data);
  // "entity: 'Acme'" (an Astro collection's job entry) names the employer when a start date is there too (218).
  const employer = first(EMPLOYER_KEYS) ?? (first(START_KEYS) ? first(ENTITY_KEYS) : undefined);
  if (!employer && !employerOptional) return undefined;
  const title = first(TITLE_KEYS);
  if (!title || !isTitle(title.value)) return undefined;
  let dates = first(DATE_KEYS)?.value ?? "";
  if (!dates) dates = startEnd(first);
  // "time: { from: "06.2024", to: "present" }": the start and end in an object of their own.
  if (!dates) {
    for (const k of PERIOD_KEYS) {
      const v = lower.get(k)?.[1];
      if (!v || typeof v !== "object" || Array.isArray(v)) continue;
      dates = startEnd(firstIn(v as Record<string, unknown>));
      if (dates) break;
    }
  }
  // With no employer (titles stacked under one employer in a `roles:` list), the dates make it a role.
  if (!employer && !dates) return undefined;
  return { title: title.value, employer: employer?.value ?? "", dates, key: title.key };
}

// Layout: one file per employer (a Hugo page bundle): the front matter's `title` is the employer's name,
// not a job title, with the years there (`startYear` / `endYear`, at the top or in `params`); the
// body's headings that are titles alone are the roles held there, each with its bullets below:
//   +++
//   title = "Fabrikam"
//   [params]
//     startYear = "2016"
//     endYear = "2023"
//   +++
//   ## Accomplishments By Role
//   ### Staff Software Engineer
// Fixture: test/fixtures/layouts/87-front-matter-employer-page.md. Pure: no vscode, no fs.

/** The employer and its years, when the front matter is an employer's page (its title no job title nor a section's name). */
export function employerFromFrontMatter(data: Record<string, unknown> | undefined, isTitle: (s: string) => boolean): { employer: string; dates: string } | undefined {
  const title = data ? str(data["title"]) : "";
  if (!title || isTitle(title) || wordCount(title) > 5 || /[.!?:]$/.test(title) || !/^[\p{Lu}\p{N}]/u.test(title) || sectionKindOf(title)) return undefined;
  // The years at the top or one level down (Hugo's `[params]`).
  for (const o of [data!, ...Object.values(data!).filter((v): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date))]) {
    const dates = startEnd(firstIn(o));
    if (/\d{4}/.test(dates)) return { employer: title, dates };
  }
  return undefined;
}

// Layout: a list of roles in front matter (a site's data: Jekyll/Hugo "experience" lists, Hugo
// Academic's `[[period]]` timeline in TOML), each item a title, an employer and dates, with its
// achievements in a `description` (one per line), `highlights`, `bullets` or `responsibilities` list:
//   work_experience:
//     items:
//     - role: Engineering Manager
//       company: Larkspur
//       dates: 2020 – Present
//       description: |
//         Grew the team from 4 to 11 engineers.
// Titles stacked under one employer (a file per employer) may name no employer: a title with its
// dates is a role; an item written as a block scalar (`- |` then indented lines) is one bullet.
// The dates may be an object of their own (`time: { from: …, to: … }`) and the achievements the
// `role` of each of the item's `projects`. An item whose employer is a title alone, with no title
// (`company: "Freelancer"`), is that title's role with no employer (164).
// Fixtures: test/fixtures/layouts/24-front-matter-list.md, 34-front-matter-titles.md,
// 41-front-matter-cjk.md (titles in Chinese), 62-front-matter-nested-time-projects.md,
// 77-front-matter-responsibilities.md, 164-front-matter-company-title-alone.md. Pure: no vscode, no fs.

/** In a list item, a title's `subtitle` is its employer (Hugo Academic's experience widget). */
const LIST_EMPLOYER_KEYS = [...EMPLOYER_KEYS, "subtitle"];
/** In a role's `projects` list, the keys that tell the person's part in each. */
const PROJECT_PART_KEYS = ["role", "responsibilities", "tasks", "duties", "contribution", "achievements", "highlights"];
const DESCRIPTION_KEYS = ["description", "summary", "details", "highlights", "bullets", "achievements", "accomplishments", "responsibilities", "duties", "tasks"];

export interface FrontMatterListRole extends FrontMatterRole {
  /** The achievements, as the YAML/TOML value holds them (one string per line or per item). */
  items: string[];
}

function itemRole(o: Record<string, unknown>, isTitleWords: (s: string) => boolean): FrontMatterListRole | undefined {
  const employerKey = Object.keys(o).find((k) => LIST_EMPLOYER_KEYS.includes(k.toLowerCase()) && str(o[k]));
  // "- title: Plant Systems Steward" with "company:" and "date_start:" in the same item: a list entry with its company (or employer)
  // and its start named is a job, its title key a title whatever its words (a few, capitalised, no sentence); an
  // "organization:" may be a course's school (an accomplishments list), so not that (260).
  const dated = !!employerKey && /^(?:company|employer)$/i.test(employerKey) && Object.keys(o).some((k) => START_KEYS.includes(k.toLowerCase()) && str(o[k]));
  const isTitle = (t: string): boolean => isTitleWords(t) || (dated && /^\p{Lu}/u.test(t.trim()) && wordCount(t) <= 8 && !/[.!?:]$/.test(t.trim()));
  // A list item's employer may be under `subtitle`: hand it to the one-role reader as `company`.
  // A list item's title with its dates is a role even with no employer: a file per employer lists the
  // titles held there (`roles: - title: Engineering Director  startDate: …`).
  // `- company: "Freelancer"` with no title's key: a title alone where the employer goes (working for oneself).
  const selfEmployed = employerKey && !Object.keys(o).some((k) => TITLE_KEYS.includes(k.toLowerCase())) && isTitle(str(o[employerKey]));
  const found = roleFromFrontMatter(selfEmployed ? { ...o, [employerKey]: "", title: o[employerKey] } : employerKey ? { ...o, company: o[employerKey] } : o, isTitle, true);
  if (!found) return undefined;
  // (The title is found in the text under the employer's key.)
  const role = selfEmployed ? { ...found, key: employerKey } : found;
  const items: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    const key = k.toLowerCase();
    if (DESCRIPTION_KEYS.includes(key)) {
      if (typeof v === "string") items.push(...v.split("\n"));
      else if (Array.isArray(v)) for (const x of v) if (typeof x === "string") items.push(x);
    } else if (key === "projects" && Array.isArray(v)) {
      // "projects: [{ name, description, role: "Led 4 backend developers | Code review" }]": what the
      // person did in each project (its `description` tells the project, not their part in it).
      for (const x of v) {
        if (!x || typeof x !== "object" || Array.isArray(x)) continue;
        for (const [pk, pv] of Object.entries(x as Record<string, unknown>)) if (PROJECT_PART_KEYS.includes(pk.toLowerCase()) && typeof pv === "string") items.push(...pv.split("\n"));
      }
    }
  }
  return { ...role, items: items.map((x) => x.trim()).filter(Boolean) };
}

/** The roles of every list of role items in the front matter's data, in document order (depth ≤ 4). */
export function rolesFromFrontMatterLists(data: unknown, isTitle: (s: string) => boolean, depth = 0): FrontMatterListRole[] {
  if (depth > 4 || !data || typeof data !== "object") return [];
  if (Array.isArray(data)) {
    const out: FrontMatterListRole[] = [];
    for (const x of data) {
      if (!x || typeof x !== "object" || Array.isArray(x)) continue;
      const r = itemRole(x as Record<string, unknown>, isTitle);
      if (r) out.push(r);
      else out.push(...rolesFromFrontMatterLists(x, isTitle, depth + 1));
    }
    return out;
  }
  return Object.values(data as Record<string, unknown>).flatMap((v) => rolesFromFrontMatterLists(v, isTitle, depth + 1));
}

/**
 * Where each role's title and achievements are in the block's text (`from`: the offset to search
 * from), found in order; an achievement the source writes differently (escaped quotes, folded
 * lines) is left out rather than guessed.
 */
export function placeListRoles(block: string, roles: FrontMatterListRole[]): { role: FrontMatterListRole; title: [number, number]; items: [number, number][] }[] {
  const out: { role: FrontMatterListRole; title: [number, number]; items: [number, number][] }[] = [];
  let at = 0;
  for (let r = 0; r < roles.length; r++) {
    const role = roles[r]!;
    const key = escapeRe(role.key);
    const re = new RegExp(`^[ \\t]*(?:-[ \\t]+)?["']?${key}["']?[ \\t]*[:=][ \\t]*["']?`, "gm");
    re.lastIndex = at;
    let m: RegExpExecArray | null;
    let title: [number, number] | undefined;
    while ((m = re.exec(block))) {
      const s = m.index + m[0].length;
      if (block.startsWith(role.title, s)) {
        title = [s, s + role.title.length];
        break;
      }
    }
    if (!title) continue;
    // The role's achievements are after the previous role's: before its title key too when the item
    // lists them first (Wowchemy: `description:` above `title:`).
    const items: [number, number][] = [];
    for (const item of role.items) {
      // A block scalar ("- |" then indented lines) is found by its first and last lines.
      const lines = item.split("\n").map((l) => l.trim()).filter(Boolean);
      const firstLine = lines[0] ?? item;
      const s = block.indexOf(firstLine, at);
      // Within the item (before the next role's title key), or not at all.
      const next = roles[r + 1];
      const limit = next ? block.indexOf(next.title, title[1]) : block.length;
      if (s < 0 || (limit >= 0 && s > limit)) continue;
      let e = s + firstLine.length;
      if (lines.length > 1) {
        const lastLine = lines[lines.length - 1]!;
        const l = block.indexOf(lastLine, e);
        if (l < 0 || (limit >= 0 && l > limit)) continue;
        e = l + lastLine.length;
      }
      items.push([s, e]);
      at = e;
    }
    at = Math.max(at, title[1]);
    out.push({ role, title, items });
  }
  return out;
}


type PlacedRoles = ReturnType<typeof placeListRoles>;

/** The roles a front matter lists, placed in the text (layouts/front-matter.ts). */
export function frontMatterListRoles(text: string, fm: FrontMatter | undefined): PlacedRoles {
  if (!fm?.data) return [];
  const roles = rolesFromFrontMatterLists(fm.data, isTitleText);
  if (!roles.length) return [];
  return placeListRoles(text.slice(fm.start, fm.end), roles).map((p) => ({
    ...p,
    title: [p.title[0] + fm.start, p.title[1] + fm.start] as [number, number],
    items: p.items.map(([s, e]) => [s + fm.start, e + fm.start] as [number, number]),
  }));
}

/** Roles listed in front matter, each with its achievements; an item that starts in lower case continues the one above. */
export function rolesFromFrontMatterList(b: Builder, placed: PlacedRoles): void {
  if (!placed.length || b.kind !== "resume") return;
  const outer = b.section;
  const sec: Section = { heading: "", depth: 6, kind: "experience", headingStart: placed[0]!.title[0], headingEnd: placed[0]!.title[0], start: placed[0]!.title[0], end: b.ctx.text.length };
  b.sections.push(sec);
  b.section = sec;
  for (const p of placed) {
    newRole(b, p.role, p.title[0], p.title[1]);
    const merged: [number, number][] = [];
    for (const [s, e] of p.items) {
      const last = merged[merged.length - 1];
      if (last && /^\p{Ll}/u.test(b.ctx.text.slice(s, s + 1))) last[1] = e;
      else merged.push([s, e]);
    }
    for (const [s, e] of merged) addBullet(b, s, e, 0, false);
  }
  b.section = outer;
  b.role = undefined;
}

/** One file per role with the role in front matter (layouts/front-matter.ts): the body is its bullets. */
/**
 * In a file of one role, where its front matter lists what was done there ("achievements:" then "- 'Reduje el tiempo de carga en un 35%.'"):
 * each string found after the list's key in the block's text, in order; one the source writes differently (escaped quotes,
 * folded lines) is left out rather than guessed. Offsets in `text` (218).
 */
export function frontMatterRoleItems(text: string, fm: FrontMatter | undefined): [number, number][] {
  if (!fm?.data || !roleFromFrontMatter(fm.data, isTitleText)) return [];
  const block = text.slice(fm.start, fm.end);
  const out: [number, number][] = [];
  for (const [k, v] of Object.entries(fm.data)) {
    if (!ROLE_ITEM_KEYS.includes(k.toLowerCase()) || !Array.isArray(v)) continue;
    const key = new RegExp(`^[ \\t]*["']?${escapeRe(k)}["']?[ \\t]*[:=]`, "m").exec(block);
    let at = key ? key.index + key[0].length : -1;
    for (const x of v) {
      const item = typeof x === "string" ? x.trim() : "";
      const s = item && at >= 0 ? block.indexOf(item, at) : -1;
      if (s < 0 || item.includes("\n")) continue;
      out.push([fm.start + s, fm.start + s + item.length]);
      at = s + item.length;
    }
  }
  return out;
}

export function roleFromFrontMatterBlock(b: Builder, fm: FrontMatter | undefined, items: [number, number][] = []): void {
  if (!fm?.data || b.kind !== "resume") return;
  const parts = roleFromFrontMatter(fm.data, isTitleText);
  if (!parts) return;
  const block = b.ctx.text.slice(fm.start, fm.end);
  const at = new RegExp(`^[ \\t]*["']?${escapeRe(parts.key)}["']?[ \\t]*[:=]`, "m").exec(block);
  const start = fm.start + (at ? at.index + at[0].length - at[0].trimStart().length : 0);
  const line = b.ctx.lines.lineRange(start);
  b.section.kind = "experience";
  newRole(b, parts, start, line.end);
  b.frontMatterRole = b.role;
  for (const [s, e] of items) addBullet(b, s, e, 0, false);
}

