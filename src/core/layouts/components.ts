// Layout: a static-site component that carries the role in its attributes or arguments (DESIGN §2b).
//   {% include title_row.html title="VP of Engineering" company="Acme" start="Sept 2023" end="May 2025" %}
//   {{< timelineItem header="Chief Architect" badge="2024 - Present" subheader="Cirium" >}}
//   {{< experience netflix Netflix "December 2019 - Present" "Staff Software Engineer, Data Platform" >}}
//   <Job title="Engineering Manager" company="Acme" dates="2021 – 2024">   (MDX, mdsvex)
// The role is read from the component's own text, before masking (masking blanks template syntax).
// Fixture: test/fixtures/layouts/13-site-components.md. Pure: no vscode, no fs.
import { type Builder, newRole } from "../builder.js";
import { hasDateText, isTitleText } from "../roleline.js";
export interface ComponentRole {
  title: string;
  employer: string;
  dates: string;
}

const COMPONENT_RE = /^\s*(?:\{%-?\s*include\s+\S+|\{\{[<%]\s*[\w./-]+|<[A-Z][\w.]*)\s([\s\S]*?)(?:-?%\}|[>%]\}\}|\/?>)\s*$/;
const ATTR_RE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g;
const QUOTED_RE = /"([^"]*)"|'([^']*)'/g;

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
  const m = COMPONENT_RE.exec(raw);
  if (!m) return undefined;
  const body = m[1]!;
  const attrs = new Map<string, string>();
  for (const a of body.matchAll(ATTR_RE)) attrs.set(a[1]!.toLowerCase(), (a[2] ?? a[3] ?? a[4] ?? "").trim());
  const pick = (keys: string[]) => keys.map((k) => attrs.get(k)).find((v) => v !== undefined && v !== "");
  if (attrs.size) {
    let title = pick(TITLE_KEYS);
    let dates = pick(DATE_KEYS) ?? "";
    // '{{< timelineItem header="Jan 2020-heute" badge="C# Entwickler" >}}': a theme used the other way
    // round, the dates in the title's attribute and the title in the dates'.
    if (title && dates && !isTitle(title) && hasDates(title) && isTitle(dates) && !hasDates(dates)) [title, dates] = [dates, title];
    if (!title || !isTitle(title)) return undefined;
    const employer = pick(EMPLOYER_KEYS) ?? "";
    if (!dates) {
      const start = pick(START_KEYS);
      const end = pick(END_KEYS);
      if (start) dates = end ? `${start} – ${end}` : `${start} – present`;
    }
    if (!employer && !dates) return undefined;
    return { title, employer, dates };
  }
  // Positional arguments: the quoted one that is a title, the one with dates, the bare word before.
  const args = [...body.matchAll(QUOTED_RE)].map((q) => (q[1] ?? q[2] ?? "").trim());
  const title = args.find((a) => isTitle(a) && !hasDates(a));
  if (!title) return undefined;
  const dates = args.find((a) => hasDates(a)) ?? "";
  const bare = body.replace(QUOTED_RE, " ").trim().split(/\s+/).filter(Boolean);
  const employer = args.find((a) => a !== title && a !== dates) ?? bare[bare.length - 1] ?? "";
  if (!dates && !employer) return undefined;
  return { title, employer, dates };
}

/** A role carried by a static-site component (layouts/components.ts), when the node is one. */
export function roleFromComponentNode(b: Builder, s: number, e: number): boolean {
  const raw = b.ctx.text.slice(s, e);
  const c = raw.trimStart().charCodeAt(0);
  if (c !== 123 /* { */ && c !== 60 /* < */) return false;
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
    const parts = roleFromComponent(piece, isTitleText, hasDateText);
    if (!parts) continue;
    if (b.section.kind === "other" || b.section.kind === "summary") b.section.kind = "experience";
    newRole(b, parts, at, Math.min(e, b.ctx.lines.lineRange(at).end));
    found = true;
    if (at === s && piece === raw) break;
  }
  return found;
}

