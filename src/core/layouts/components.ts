// Layout: a static-site component that carries the role in its attributes or arguments (DESIGN §2b).
//   {% include role_row.html title="Head of Platform" company="Acme" start="Aug 2022" end="Apr 2024" %}
//   {{< timelineItem header="Chief Architect" badge="2024 - Present" subheader="Cirium" >}}
//   {{< experience northwind Northwind "March 2018 - Present" "Staff Software Engineer, Data Services" >}}
//   <Job title="Engineering Manager" company="Acme" dates="2021 – 2024">   (MDX, mdsvex)
//   <resume-meta>                                       (Vue / Nuxt named slots, web-component slots)
//     <template #role>Lead Developer</template>
//     <template #duration>March 2022 - Present</template>
//   </resume-meta>
// The role is read from the component's own text, before masking (masking blanks template syntax).
// Under a heading that names no section ("## Acme"), a component with no employer in it is a role there.
// A shortcode whose ">}}" stands alone on the line after its attributes (a block quote to Markdown): 125.
// Under "## Volunteering" or "## Education" a component is no job: 137. An employer's over titles with none: 139.
// Markdoc's paired tag ("{% work job="Title at Employer" from=… %}" alone on its line, prose, "{% /work %}"): the prose is the role's (194).
// Turkish titles and section names ("Yazılım Mühendisi", "## Deneyim", "## Eğitim"; model.json) in a Hugo timeline: 199.
// Fixtures: test/fixtures/layouts/13-site-components.md, 100-vue-slot-components.md, 125-shortcode-closing-line.md, 137, 139, 194, 199. Pure: no vscode, no fs.
import { type Builder, NO_ROLES, addBullet, newRole } from "../builder.js";
import { cleanPart, hasDateText, isTitleText, parseRoleLine, takeDates } from "../roleline.js";
export interface ComponentRole {
  title: string;
  employer: string;
  dates: string;
  /** Where the title stands in the component's text, when on a line of its own (a slot). */
  titleAt?: number;
}

const COMPONENT_RE = /^\s*(?:\{%-?\s*(?:include\s+\S+|[a-z][\w-]*(?=\s+[\w-]+=["']))|\{\{[<%]\s*[\w./-]+|<[A-Z][\w.]*)\s([\s\S]*?)(?:-?%\}|[>%]\}\}|\/?>)\s*$/;
const ATTR_RE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g;
const QUOTED_RE = /"([^"]*)"|'([^']*)'/g;
// A custom element (a hyphenated or capitalised name) whose children fill its named slots: Vue's
// '<template #role>…</template>' or '<template v-slot:role>', a web component's '<span slot="role">'.
const SLOTTED_RE = /^\s*<([a-z][\w]*-[\w-]*|[A-Z][\w.]*)(?:\s[^>]*)?>([\s\S]*)<\/\1\s*>\s*$/;
const SLOT_RE = /<([a-z][\w-]*)\s+(?:#([\w-]+)|v-slot:([\w-]+)|slot\s*=\s*["']([\w-]+)["'])[^>]*>([^<]*)<\/\1\s*>/g;

const TITLE_KEYS = ["position", "role", "jobtitle", "job_title", "job", "title", "header", "heading", "name"];
const EMPLOYER_KEYS = ["company", "employer", "organization", "organisation", "org", "subheader", "subtitle", "place", "institution"];
const DATE_KEYS = ["dates", "date", "daterange", "date_range", "range", "period", "duration", "badge", "time", "when", "years"];
const START_KEYS = ["start", "startdate", "start_date", "from", "datestart", "date_start", "since"];
const END_KEYS = ["end", "enddate", "end_date", "to", "until", "dateend", "date_end"];

/**
 * The role a component line carries, or undefined. `isTitle` and `hasDates` are the role reader's own
 * tests ("Engineering Manager" is a title; "2019 – present" holds dates), so the component reads
 * titles as the other layouts do.
 */
export function roleFromComponent(raw: string, isTitle: (s: string) => boolean, hasDates: (s: string) => boolean): ComponentRole | undefined {
  if (raw.length > 2000 || raw.includes("\n\n")) return undefined;
  const attrs = new Map<string, string>();
  const slotted = SLOTTED_RE.exec(raw);
  // Named slots are the component's fields, as attributes would be.
  const slotAt = new Map<string, number>();
  if (slotted) {
    const from = raw.indexOf(slotted[2]!);
    for (const a of slotted[2]!.matchAll(SLOT_RE)) {
      const key = (a[2] ?? a[3] ?? a[4]!).toLowerCase();
      attrs.set(key, a[5]!.replace(/\s+/g, " ").trim());
      slotAt.set(key, from + a.index + a[0].indexOf(">") + 1 + (a[5]!.length - a[5]!.trimStart().length));
    }
  }
  const m = attrs.size ? undefined : COMPONENT_RE.exec(raw);
  if (!m && !attrs.size) return undefined;
  const body = m?.[1] ?? "";
  for (const a of body.matchAll(ATTR_RE)) attrs.set(a[1]!.toLowerCase(), (a[2] ?? a[3] ?? a[4] ?? "").trim());
  const pick = (keys: string[]) => keys.map((k) => attrs.get(k)).find((v) => v !== undefined && v !== "");
  if (attrs.size) {
    let title = pick(TITLE_KEYS);
    let dates = pick(DATE_KEYS) ?? "";
    // '{{< timelineItem header="Apr 2019-heute" badge="C# Entwickler" >}}': a theme used the other way
    // round, the dates in the title's attribute and the title in the dates'.
    if (title && dates && !isTitle(title) && hasDates(title) && isTitle(dates) && !hasDates(dates)) [title, dates] = [dates, title];
    if (!title || !isTitle(title)) return undefined;
    let employer = pick(EMPLOYER_KEYS) ?? "";
    // ('job="Staff Engineer at Acme"': the title and the employer in one attribute.)
    const both = employer ? undefined : parseRoleLine(title, { heading: false });
    if (both?.employer && both.title) [title, employer] = [both.title, both.employer];
    if (!dates) {
      const start = pick(START_KEYS);
      const end = pick(END_KEYS);
      if (start) dates = end ? `${start} – ${end}` : `${start} – present`;
    }
    if (!employer && !dates) return undefined;
    const key = TITLE_KEYS.find((k) => attrs.get(k) === title || (both?.title === title && attrs.get(k)?.startsWith(title)));
    // (An attribute's title where it stands: on its own line in a component written over several.)
    const titleAt = (key === undefined ? undefined : slotAt.get(key)) ?? (raw.includes("\n") && raw.includes(title) ? raw.indexOf(title) : undefined);
    return titleAt === undefined ? { title, employer, dates } : { title, employer, dates, titleAt };
  }
  // Positional arguments: the quoted one that is a title, the one with dates, the bare word before.
  const args = [...body.matchAll(QUOTED_RE)].map((q) => (q[1] ?? q[2] ?? "").trim());
  const title = args.find((a) => isTitle(a) && !hasDates(a));
  if (!title) return undefined;
  const dates = args.find((a) => hasDates(a)) ?? "";
  const bare = body.replace(QUOTED_RE, " ").trim().split(/\s+/).filter(Boolean);
  const employer = args.find((a) => a !== title && a !== dates) ?? bare[bare.length - 1] ?? "";
  if (!dates && !employer) return undefined;
  // (Over several lines, the title where it stands.)
  const titleAt = raw.includes("\n") ? raw.indexOf(title) : -1;
  return titleAt >= 0 ? { title, employer, dates, titleAt } : { title, employer, dates };
}

/** A role carried by a static-site component (layouts/components.ts), when the node is one. */
export function roleFromComponentNode(b: Builder, s: number, e: number): boolean {
  let raw = b.ctx.text.slice(s, e);
  const c = raw.trimStart().charCodeAt(0);
  // (Under "## Volunteering" or "## Education" the same component names no job.)
  if ((c !== 123 /* { */ && c !== 60) /* < */ || NO_ROLES.has(b.section.kind)) return false;
  // A shortcode's attributes one a line, its ">}}" alone on the next (Markdown reads that as a block quote).
  const close = c === 123 && !raw.includes("}}") ? /^\r?\n[ \t]*[>%]\}\}/.exec(b.ctx.text.slice(e, e + 8)) : null;
  if (close) raw += close[0];
  // The whole node (a component over several lines), else each line: an HTML block runs on over the
  // lines after it ("<hr>" then "{% include role.html … %}" is one block).
  const tries: [number, string][] = [[s, raw]];
  if (raw.includes("\n")) {
    let at = s;
    for (const line of raw.split("\n")) {
      tries.push([at, line]);
      at += line.length + 1;
    }
  }
  let found = false;
  for (const [at, piece] of tries) {
    let parts = roleFromComponent(piece, isTitleText, hasDateText);
    if (!parts) continue;
    // "## Acme" then the component with no employer in it: right under a heading that is no section's
    // name nor a title, and holds no role yet, the heading names the employer.
    const sec = b.section;
    if (!parts.employer && !b.company && sec.kind === "other" && sec.depth > 1 && !b.roles.some((r) => r.section === sec) && !isTitleText(sec.heading)) {
      const name = cleanPart(takeDates(sec.heading).rest);
      if (name) parts = { ...parts, employer: name };
    }
    // An employer's component with nothing under it, then one with no employer: the first was the
    // umbrella (the employer and its years) over the titles held there; each of these is a role there.
    const top = b.role;
    if (!parts.employer && top?.employer && !top.bullets.length && b.roles[b.roles.length - 1] === top && top.section === sec) {
      b.roles.pop();
      b.company = top.employer;
    }
    if (b.section.kind === "other" || b.section.kind === "summary") b.section.kind = "experience";
    const from = parts.titleAt === undefined ? at : at + parts.titleAt;
    newRole(b, parts, from, Math.min(e, b.ctx.lines.lineRange(from).end));
    found = true;
    if (at === s && piece === raw) {
      // A paired tag (Markdoc's "{% work … %}" alone on its line, then prose, then "{% /work %}"): the prose is the role's.
      const first = raw.indexOf("\n");
      if (first > 0 && roleFromComponent(raw.slice(0, first), isTitleText, hasDateText)) {
        const body = raw.slice(first + 1).replace(/\n?[ \t]*\{%-?\s*\/[\w-]+\s*-?%\}\s*$/, "");
        if (body.trim()) addBullet(b, s + first + 1, s + first + 1 + body.length, 0, true);
      }
      break;
    }
  }
  return found;
}

