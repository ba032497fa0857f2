// Layout: one file per role, the role in front matter and its bullets in the body (Jekyll/Hugo
// collections; DESIGN §2b):
//   ---
//   position: "Senior Staff Engineer"      (or title / role / jobtitle)
//   company: "Acme"                        (or employer / organization)
//   startDate: "2022-03-01"                (or start_date / dateStart / from; range / dates)
//   endDate: ""
//   ---
// Fixture: test/fixtures/layouts/14-front-matter-role.md. Pure: no vscode, no fs.

export interface FrontMatterRole {
  title: string;
  employer: string;
  dates: string;
  /** The key whose line the role sits on ("position"). */
  key: string;
}

const TITLE_KEYS = ["position", "role", "jobtitle", "job_title", "job", "title"];
const EMPLOYER_KEYS = ["company", "employer", "organization", "organisation", "org"];
const DATE_KEYS = ["dates", "range", "period", "duration"];
const START_KEYS = ["start_date", "startdate", "datestart", "date_start", "start", "from"];
const END_KEYS = ["end_date", "enddate", "dateend", "date_end", "end", "to", "until"];

function str(v: unknown): string {
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return "";
}

/** The role front matter describes, when it names a title and an employer (a post's `title` alone is not one). */
export function roleFromFrontMatter(data: Record<string, unknown>, isTitle: (s: string) => boolean): FrontMatterRole | undefined {
  const lower = new Map<string, [string, unknown]>();
  for (const [k, v] of Object.entries(data)) lower.set(k.toLowerCase(), [k, v]);
  const first = (keys: string[]) => {
    for (const k of keys) {
      const got = lower.get(k);
      if (got && str(got[1])) return { key: got[0], value: str(got[1]) };
    }
    return undefined;
  };
  const employer = first(EMPLOYER_KEYS);
  if (!employer) return undefined;
  const title = first(TITLE_KEYS);
  if (!title || !isTitle(title.value)) return undefined;
  let dates = first(DATE_KEYS)?.value ?? "";
  if (!dates) {
    const start = first(START_KEYS)?.value;
    const end = first(END_KEYS)?.value;
    if (start) dates = `${start} – ${end || "present"}`;
  }
  return { title: title.value, employer: employer.value, dates, key: title.key };
}
