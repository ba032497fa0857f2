// Deterministic corpus of Markdown résumés and promotion packets for the benchmarks (and for anyone
// who needs realistic inputs: fuzzing, scenario fixtures, profiling).
//
//   import { generateResume, generatePacket, generateScaledResume, LAYOUTS } from "./corpus.mjs";
//   generateResume(42, "pipe")   // ~4 KB résumé, roles written as `### Company | Title | Dates`
//   generatePacket(7)            // ~40 KB first-person promotion packet
//   generateScaledResume(3, 100) // one résumé whose Experience section is repeated 100 times
//
// Same seed, same text, on every machine (mulberry32 PRNG, no Math.random, no dates from the clock).
// The layouts are those of DESIGN §2b: the ways real Markdown résumés mark a role.

/** Every role layout the generator writes. */
export const LAYOUTS = Object.freeze([
  "company-title-dates", // ### Company, then **Title** and *dates* lines (promotions stacked)
  "title-dash-company", //  ### Title — Company (2019–2022)
  "pipe", //                ### Company | Title | Dates
  "h2-comma", //            ## Title, Company + a dates line
  "setext", //              Title — Company (dates) underlined with ---
  "sub-heading", //         ### Company, then #### Title - dates (sometimes in capitals)
  "paragraph", //           **Title** @ [Company](url) _(2019–2022)_ paragraphs, no heading
  "emoji", //               ### 🔹 Title @ Company + dates line
  "title-colon", //         **Company** paragraph, then plain `Title: dates` lines
]);

/** mulberry32: tiny, fast, good enough, and identical everywhere. */
export function prng(seed) {
  let a = (seed >>> 0) ^ 0x9e3779b9;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (arr) => arr[int(arr.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Names and places are non-ASCII on purpose (positions are UTF-16 offsets).
// ---------------------------------------------------------------------------------------------

const FIRST = ["José", "Zoë", "Amélie", "Søren", "Łukasz", "Ngozi", "Hiroshi", "Priya", "Mateus", "Chloé", "Björn", "Aoife", "Dmitrii", "Fatma", "Tomás", "Anaïs", "Kwame", "Mei", "Raúl", "Ingrid"];
const LAST = ["Müller", "Ødegaard", "García", "Nguyễn", "Kowalczyk", "O'Brien", "Şahin", "Fernández", "Dvořák", "Lefèvre", "Takahashi", "Adébáyọ̀", "Hernández", "Johansson", "Rossi", "Nakamura", "Böhm", "Çelik", "Ivanova", "Smith"];
const CITIES = ["Zürich", "São Paulo", "Kraków", "Montréal", "München", "Reykjavík", "Málaga", "Göteborg", "Łódź", "Berlin", "Toronto", "Dublin", "Bengaluru", "Lisbon"];
const COMPANIES = ["Acme Corp", "Globex", "Initech", "Umbrella Health", "Hooli", "Stark Industries", "Wayne Logistics", "Tyrell Systems", "Cyberdyne", "Soylent Foods", "Vandelay Imports", "Pied Piper", "Aperture Labs", "Massive Dynamic", "Nakatomi Trading", "Oceanic Air", "Monarch Solutions", "Wonka Confections", "Gringotts Bank", "Ørsted Digital", "Café Société", "Zalando-ish", "Kühne Freight", "Société Générale Tech"];
const TITLES = ["Engineering Manager", "Senior Engineering Manager", "Tech Lead", "Staff Software Engineer", "Senior Software Engineer", "Software Engineer", "Principal Engineer", "Technical Program Manager", "Lead Developer", "Backend Engineer", "Platform Engineer", "Director of Engineering"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const SYSTEMS = ["payments platform", "checkout service", "search indexer", "data pipeline", "mobile app", "billing system", "notification service", "CI/CD pipeline", "observability stack", "identity service", "recommendation engine", "Kubernetes platform", "GraphQL gateway", "event bus", "feature-flag service"];
const TECH = ["Go", "Rust", "TypeScript", "Kotlin", "Python", "Java", "PostgreSQL", "Kafka", "Kubernetes", "Terraform", "React", "gRPC", "Redis", "Elasticsearch", "AWS", "GCP", "Snowflake", "dbt"];
const PARTNERS = ["product managers", "designers", "the data science team", "Sales", "Legal", "the VP of Engineering", "executives", "customer support", "three partner teams", "the security team", "Finance", "the SRE team"];
const METRICS = ["p99 latency", "build times", "cloud spend", "on-call pages", "checkout conversion", "time to first byte", "deploy frequency", "MTTR", "churn", "weekly active users", "infra cost", "test flakiness"];
const QUANT = ["various", "numerous", "a lot of", "many", "huge"];
const ADV = ["significantly", "greatly", "dramatically"];

// Bullet templates. `{x}` slots are filled from the lists above. They cover the rule catalogue:
// strong quantified bullets, teamwork, people leadership, weak openers, vague quantities,
// first person, passive voice, placeholders, long bullets, hands-on coding.
const BULLETS = [
  "Led a team of {n} engineers to rebuild the {sys} in {tech}, cutting {metric} by {pct}%",
  "Reduced {metric} by {pct}% by introducing {tech} caching and load shedding across {n} services",
  "Hired and onboarded {n} engineers; grew the team from {n} to {n2} while keeping attrition at zero",
  "Partnered with {partner} and {partner2} to ship the {sys} redesign, lifting revenue by ${money}M a year",
  "Mentored {n} engineers, {n2} of whom were promoted to senior within eighteen months",
  "Ran weekly 1:1s and quarterly career conversations for {n} direct reports",
  "Introduced an incident review process adopted by {n} teams; MTTR fell from {n2} hours to {n} minutes",
  "Defined the engineering roadmap with {partner} and presented it to executives every quarter",
  "Designed and implemented the {sys} migration to {tech}, saving ${money}K per month in cloud spend",
  "Owned production operation of the {sys}, defined its SLOs and cut on-call pages by {pct}%",
  "Evolved the architecture of the {sys} to support {n}× traffic growth ahead of Black Friday",
  "Responsible for managing the {sys} and its on-call rotation",
  "Worked on the {sys} with {partner}",
  "Helped with the migration of the {sys} to {tech}",
  "Participated in hiring loops and code reviews for the {sys}",
  "Involved in {quant} projects across the {sys} and the {sys2}",
  "Improved {metric} {adv} by rewriting the {sys} in {tech}",
  "Increased test coverage of the {sys} and reduced flaky tests",
  "I built the {sys} almost entirely by myself in {tech}",
  "We shipped the {sys} on time; I drove the design and unblocked {partner}",
  "The {sys} was rewritten and deployment was automated by the team",
  "Wrote most of the {tech} code for the {sys} and reviewed {n} pull requests a week",
  "Coordinated a cross-team launch with {partner}, {partner2} and {n} engineering teams, shipping {n2} weeks early",
  "Cut {metric} from {n2} s to {n} ms (p99) for {users}M users by redesigning the {sys}",
  "Established an engineering career ladder and calibration process for {n} engineers across {n2} teams",
  "Championed adoption of {tech} across the organisation through brown-bag talks and a migration guide",
  "Boosted checkout conversion by [X%] after redesigning the {sys} with {partner}",
  "Grew weekly active users by {pct}% (from {n2}k to {n}k) with {partner} through A/B-tested onboarding experiments",
  "Coached {n} tech leads on running design reviews, writing RFCs and giving effective feedback to their teams",
  "Negotiated scope and deadlines with {partner} so that the team could pay down tech debt in the {sys} each sprint, which over the course of the year resulted in a much more stable platform that customers and {partner2} noticed in their quarterly satisfaction surveys",
  "Resolved a long-standing data-consistency bug in the {sys} — see the [post-mortem](https://example.com/pm/{n}) and `{tech}` patch",
  "Réorganisé l'astreinte: moins de {n} alertes par semaine, équipe de {n2} ingénieurs ✓",
];

const LABELS = ["Leadership", "Impact", "Delivery", "Architecture", "Hiring", "Process", "Collaboration"];
const SKILLS = ["Languages", "Infrastructure", "Data", "Leadership", "Practices"];
const SCHOOLS = ["Universidad de São Paulo", "ETH Zürich", "Uniwersytet Jagielloński", "Université de Montréal", "Technische Universität München", "Trinity College Dublin"];
const DEGREES = ["B.Sc. Computer Science", "M.Sc. Software Engineering", "B.Eng. Électronique", "M.Sc. Informatik"];

function fill(r, template) {
  return template.replace(/\{(\w+)\}/g, (_, k) => {
    switch (k) {
      case "n": return String(2 + r.int(18));
      case "n2": return String(3 + r.int(40));
      case "pct": return String(5 + r.int(80));
      case "money": return String(1 + r.int(900));
      case "users": return String(1 + r.int(50));
      case "sys": case "sys2": return r.pick(SYSTEMS);
      case "tech": return r.pick(TECH);
      case "metric": return r.pick(METRICS);
      case "partner": case "partner2": return r.pick(PARTNERS);
      case "first": return r.pick(FIRST);
      case "city": return r.pick(CITIES);
      case "quant": return r.pick(QUANT);
      case "adv": return r.pick(ADV);
      default: return k;
    }
  });
}

function dates(r, style) {
  const y1 = 2008 + r.int(12);
  const y2 = y1 + 1 + r.int(4);
  const m1 = r.int(12), m2 = r.int(12);
  const present = r.chance(0.2);
  switch (style ?? r.int(6)) {
    case 0: return `${y1}–${present ? "present" : y2}`;
    case 1: return `${MONTHS[m1]} ${y1} – ${present ? "Present" : `${MONTHS[m2]} ${y2}`}`;
    case 2: return `${String(m1 + 1).padStart(2, "0")}/${y1} - ${present ? "now" : `${String(m2 + 1).padStart(2, "0")}/${y2}`}`;
    case 3: return `${MONTHS_LONG[m1]} ${y1} to ${present ? "today" : `${MONTHS_LONG[m2]} ${y2}`}`;
    case 4: return `${y1}-${String(m1 + 1).padStart(2, "0")} → ${present ? "…" : `${y2}-${String(m2 + 1).padStart(2, "0")}`}`;
    default: return `${y1} — ${present ? "aujourd’hui" : y2}`;
  }
}

/** Hard-wrap a line at ~`width` columns, continuation lines indented by `indent`. */
function wrap(text, width, indent) {
  const words = text.split(" ");
  const lines = [];
  let cur = "";
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? cur + " " + w : w;
  }
  if (cur) lines.push(cur);
  return lines.join("\n" + indent);
}

/** One role's bullet list in a random (seeded) bullet style. */
function bulletList(r, count) {
  const style = r.pick(["-", "*", "+", "1.", "•", "para"]);
  const wrapped = r.chance(0.25);
  const labelled = r.chance(0.25);
  const out = [];
  for (let i = 0; i < count; i++) {
    let text = fill(r, r.pick(BULLETS));
    if (labelled) text = `**${r.pick(LABELS)}:** ${text}`;
    if (r.chance(0.7)) text += ".";
    let marker;
    if (style === "1.") marker = `${i + 1}.`;
    else if (style === "para") marker = "";
    else marker = style;
    const indent = " ".repeat(marker ? marker.length + 1 : 0);
    const body = wrapped ? wrap(text, 72, indent) : text;
    out.push(marker ? `${marker} ${body}` : body);
    // Nested sub-bullets (two levels) under list items.
    if (marker && marker !== "•" && r.chance(0.15)) {
      const sub = style === "1." ? "-" : marker;
      out.push(`${indent}${sub} ${fill(r, r.pick(BULLETS))}`);
      if (r.chance(0.4)) out.push(`${indent}  ${sub} ${fill(r, r.pick(BULLETS))}`);
    }
  }
  // One-sentence paragraphs and `•` lines are separated by blank lines or stand on their own lines.
  return style === "para" ? out.join("\n\n") : out.join("\n");
}

function link(r, company) {
  const slug = company.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return r.chance(0.3) ? `[${company}][${slug}]` : `[${company}](https://${slug}.example.com)`;
}

/** One role block in the given layout. */
function role(r, layout, depth) {
  const company = r.pick(COMPANIES);
  const title = r.pick(TITLES);
  const d = dates(r);
  const bullets = () => bulletList(r, 3 + r.int(4));
  const h = "#".repeat(depth);
  switch (layout) {
    case "company-title-dates": {
      const br = r.chance(0.5) ? "  " : "<br>";
      let s = `${h} ${company}\n\n`;
      const stacked = r.chance(0.35) ? 2 : 1; // promotions stacked under one employer
      for (let i = 0; i < stacked; i++) s += `**${r.pick(TITLES)}**${br}\n*${dates(r)}*\n\n${bullets()}\n\n`;
      return s;
    }
    case "title-dash-company":
      return `${h} ${title} ${r.pick(["—", "–", "-"])} ${company} (${d})\n\n${bullets()}\n\n`;
    case "pipe":
      return `${h} ${company} | ${title} | ${d}\n\n${bullets()}\n\n`;
    case "h2-comma": {
      const w = r.pick(["", "_", "*"]);
      return `## ${title}, ${company}\n${w}${d}${w}\n\n${bullets()}\n\n`;
    }
    case "setext": {
      const head = `${title} — ${company} (${d})`;
      return `${head}\n${"-".repeat(head.length)}\n\n${bullets()}\n\n`;
    }
    case "sub-heading": {
      const t = r.chance(0.3) ? title.toUpperCase() : title;
      let s = `${h} ${company}, ${r.pick(CITIES)}\n\n#${h} ${t} - ${d}\n\n${bullets()}\n\n`;
      if (r.chance(0.3)) s += `#${h} ${r.pick(TITLES)} - ${dates(r)}\n\n${bullets()}\n\n`;
      return s;
    }
    case "paragraph":
      return `**${title}** @ ${link(r, company)} _(${d})_\n\n${bullets()}\n\n`;
    case "emoji":
      return `${h} ${r.pick(["🔹", "💼", "🚀", "⭐"])} ${title} @ ${company}\n${d} · ${r.pick(CITIES)}\n\n${bullets()}\n\n`;
    case "title-colon":
      return `**${company}** — ${r.pick(CITIES)}\n\n${title}: ${d}\n\n${bullets()}\n\n`;
    default:
      throw new Error(`unknown layout ${layout}`);
  }
}

function frontMatter(r, name) {
  switch (r.int(4)) {
    case 0: return `---\nlayout: resume\ntitle: "${name} — Résumé"\npermalink: /cv/\n---\n\n`;
    case 1: return `---\ntitle: ${name}\ndate: 2024-0${1 + r.int(9)}-1${r.int(9)}\ndraft: false\nladderlint:\n  target: EM6\n  kind: resume\n---\n\n`;
    case 2: return `---\ntarget: ${r.pick(["EM6", "EM5", "TL5", "TL6"])}\n---\n\n`;
    default: return "";
  }
}

function header(r, name) {
  const city = r.pick(CITIES);
  const handle = name.toLowerCase().normalize("NFKD").replace(/[^a-z]+/g, "");
  const variants = [
    `# ${name}\n\n${city} · ${handle}@example.com · [github.com/${handle}](https://github.com/${handle})\n\n`,
    `<div align="center">\n\n# ${name}\n\n📍 ${city} | ✉️ <${handle}@example.com>\n\n</div>\n\n`,
    `${name}\n${"=".repeat(name.length)}\n\n{% include contact.html email="${handle}@example.com" %}\n\n`,
    `# ${name} — ${r.pick(TITLES)}\n\n{{< contact city="${city}" >}}\n\n`,
  ];
  return r.pick(variants);
}

function summary(r) {
  return `## ${r.pick(["Summary", "Profile", "About me", "Résumé"])}\n\n${r.pick(TITLES)} with ${5 + r.int(15)} years of experience building ${r.pick(SYSTEMS)}s and growing teams. ${r.pick([
    "I care about people, calm on-call rotations and shipping small changes often.",
    "Passionate team player who thinks outside the box and moves the needle.",
    "Known for turning around struggling teams — and for very clear writing.",
  ])}\n\n`;
}

function skills(r) {
  const lines = [];
  for (const s of SKILLS.slice(0, 3 + r.int(3))) {
    const items = [];
    for (let i = 0; i < 4; i++) items.push(r.pick(TECH));
    lines.push(`- **${s}:** ${items.join(", ")}`);
  }
  return `## ${r.pick(["Skills", "Technical Skills", "Compétences"])}\n\n${lines.join("\n")}\n\n`;
}

function education(r) {
  return `## Education\n\n- ${r.pick(DEGREES)}, ${r.pick(SCHOOLS)} (${2000 + r.int(12)})\n- Certified Kubernetes Administrator (${2018 + r.int(6)})\n\n`;
}

function publications(r) {
  return `## Publications\n\n1. "Scaling ${r.pick(SYSTEMS)}s without heroics", ${r.pick(CITIES)} Tech Summit, ${2015 + r.int(9)}\n2. [Blog: on-call that doesn't burn people out](https://blog.example.com/${r.int(999)})\n\n`;
}

function experienceHeading(r, layout) {
  const name = r.pick(["Experience", "Work History", "Professional Experience", "Expérience", "Employment"]);
  if (layout === "setext") return `${name}\n${"=".repeat(name.length)}\n\n`;
  return `## ${name}\n\n`;
}

function roleDepth(layout) {
  return layout === "h2-comma" ? 2 : 3;
}

/**
 * A résumé of about `targetBytes` UTF-8 bytes (default 4 KB) in one layout of DESIGN §2b.
 * `layout` defaults to one picked from the seed.
 */
export function generateResume(seed, layout, targetBytes = 4096) {
  const r = prng(seed);
  layout ??= LAYOUTS[seed % LAYOUTS.length];
  if (!LAYOUTS.includes(layout)) throw new Error(`unknown layout ${layout}; one of ${LAYOUTS.join(", ")}`);
  const name = `${r.pick(FIRST)} ${r.pick(LAST)}`;
  const head = frontMatter(r, name) + header(r, name) + (r.chance(0.8) ? summary(r) : "");
  const tail = skills(r) + education(r) + (r.chance(0.3) ? publications(r) : "");
  const ref = r.chance(0.5) ? `[acme-corp]: https://acme.example.com\n[globex]: https://globex.example.com "Globex"\n` : "";
  let exp = experienceHeading(r, layout);
  const budget = targetBytes - byteLength(head + tail + ref);
  let roles = 0;
  // Whole roles until the budget is nearly spent (the last role overshoots by half a role on average).
  while ((roles < 2 || byteLength(exp) < budget - 350) && roles < 40) {
    exp += role(r, layout, roleDepth(layout));
    roles++;
  }
  return head + exp + tail + ref;
}

/** The same résumé with its Experience section repeated `times` times (the size series). */
export function generateScaledResume(seed, times, layout) {
  const one = generateResume(seed, layout);
  const lines = one.split("\n");
  const expStart = lines.findIndex((l, i) => /^(## )?(Experience|Work History|Professional Experience|Expérience|Employment)$/.test(l) && i > 0);
  const endIdx = lines.findIndex((l, i) => i > expStart + 1 && /^## (Skills|Technical Skills|Compétences)$/.test(l));
  if (expStart < 0 || endIdx < 0) return Array.from({ length: times }, () => one).join("\n");
  const bodyStart = lines[expStart + 1]?.startsWith("=") ? expStart + 2 : expStart + 1;
  const head = lines.slice(0, bodyStart).join("\n");
  const body = lines.slice(bodyStart, endIdx).join("\n");
  const tail = lines.slice(endIdx).join("\n");
  return head + "\n" + Array.from({ length: times }, () => body).join("\n") + "\n" + tail;
}

// ---------------------------------------------------------------------------------------------
// Promotion packets (first person, promo headings, ~40 KB).
// ---------------------------------------------------------------------------------------------

const PROMO_SENTENCES = [
  "We shipped the {sys} migration to {tech} a quarter early; I wrote the design doc, ran the review with {partner} and unblocked {n} engineers on the critical path.",
  "I led the incident review process for the {sys}, and the team cut {metric} by {pct}% over two quarters.",
  "I mentored {n} engineers this cycle; {n2} of them now lead their own projects and one was promoted to senior.",
  "We rebuilt the {sys}.",
  "I personally rewrote the hot path of the {sys} in {tech}, which improved {metric} significantly.",
  "Partnering with {partner} and {partner2}, I defined the roadmap for the {sys} and presented it to the VP of Engineering.",
  "The on-call rotation was redesigned and alert noise was reduced by the team.",
  "I introduced a lightweight RFC process that {n} teams adopted; design reviews now take {n} days instead of {n2}.",
  "I ran weekly 1:1s with my {n} direct reports and gave each of them a written growth plan.",
  "There is a lot of work still to do on the {sys}, but we reduced cloud spend by ${money}K per month.",
  "I coordinated a launch across {n} teams with {partner}, and we hit the date with zero Sev-1 incidents.",
  "I hired {n} engineers, including our first SRE, and redesigned our interview loop so that it is very fair and consistent.",
  "I evolved the architecture of the {sys} to a cell-based design that supports {n}× the traffic and defined its SLOs with {partner}.",
  "I helped with various projects across the org.",
  "We grew weekly active users by {pct}% with {partner}; I owned the experiment design and the rollout plan.",
  "Feedback from {partner}: “{first} made the {sys} predictable again — our launches no longer slip.”",
  "TODO: add the numbers from the Q3 business review.",
  "I gave a talk on the {sys} at the {city} meetup and wrote two posts for the engineering blog.",
];

const PROMO_SECTIONS = ["Impact", "Technical leadership", "People leadership", "Cross-team collaboration", "Process improvements", "Hiring and onboarding", "Operational excellence", "Growth areas"];
const AXES = ["Technology", "System", "People", "Process", "Influence"];

function promoFill(r, t) {
  return fill(r, t);
}

/** A first-person promotion packet of about `targetBytes` UTF-8 bytes (default 40 KB). */
export function generatePacket(seed, targetBytes = 40960) {
  const r = prng(seed ^ 0x5eed);
  const name = `${r.pick(FIRST)} ${r.pick(LAST)}`;
  const target = r.pick(["EM6", "EM5", "EM7", "TL6", "TL5"]);
  let s = `---\nladderlint:\n  target: ${target}\n  kind: promo\nauthor: ${name}\n---\n\n# Promotion packet — ${name} (${target})\n\n`;
  s += `## Summary\n\n${promoFill(r, PROMO_SENTENCES[0])} ${promoFill(r, PROMO_SENTENCES[2])}\n\n`;
  let project = 0;
  while (byteLength(s) < targetBytes - 2500) {
    const section = PROMO_SECTIONS[project % PROMO_SECTIONS.length];
    if (project % PROMO_SECTIONS.length === 0 || r.chance(0.3)) s += `## ${section}\n\n`;
    s += `### ${r.pick(["Project", "Initiative", "Programme"])} ${project + 1}: ${r.pick(SYSTEMS)} (${dates(r, 1)})\n\n`;
    const paras = 1 + r.int(2);
    for (let p = 0; p < paras; p++) {
      const n = 2 + r.int(4);
      const sentences = [];
      for (let i = 0; i < n; i++) sentences.push(promoFill(r, r.pick(PROMO_SENTENCES)));
      s += (r.chance(0.3) ? wrap(sentences.join(" "), 90, "") : sentences.join(" ")) + "\n\n";
    }
    const k = 2 + r.int(4);
    const marker = r.pick(["-", "*", "1."]);
    for (let i = 0; i < k; i++) {
      const body = r.chance(0.5) ? promoFill(r, r.pick(PROMO_SENTENCES)) : fill(r, r.pick(BULLETS));
      s += `${marker === "1." ? `${i + 1}.` : marker} ${r.chance(0.3) ? `**${r.pick(LABELS)}:** ` : ""}${body}\n`;
    }
    s += "\n";
    project++;
  }
  s += `## Competencies\n\n| Axis | Evidence |\n|---|---|\n`;
  for (const a of AXES) s += `| ${a} | ${promoFill(r, r.pick(PROMO_SENTENCES)).replace(/\|/g, "/")} |\n`;
  s += `\n## Feedback from peers\n\n> ${promoFill(r, PROMO_SENTENCES[15])}\n>\n> — ${r.pick(FIRST)} ${r.pick(LAST)}, ${r.pick(TITLES)}\n\n`;
  s += `<!-- ladderlint-disable-next-line placeholder -->\nTODO: attach the calibration notes.\n`;
  return s;
}

function byteLength(s) {
  return Buffer.byteLength(s, "utf8");
}

/**
 * The benchmark corpus in memory: `resumes` (count résumés cycling through every layout),
 * `packets` and the size `series` ({ times, text }).
 */
export function generateCorpus({ resumes = 1000, packets = 10, series = [1, 10, 100], seed = 1 } = {}) {
  const out = { resumes: [], packets: [], series: [] };
  for (let i = 0; i < resumes; i++) {
    const layout = LAYOUTS[i % LAYOUTS.length];
    out.resumes.push({ name: `resume-${String(i).padStart(4, "0")}-${layout}.md`, text: generateResume(seed * 100003 + i, layout) });
  }
  for (let i = 0; i < packets; i++) out.packets.push({ name: `promo-packet-${String(i).padStart(2, "0")}.md`, text: generatePacket(seed * 7919 + i) });
  for (const times of series) out.series.push({ times, name: `series-${times}x-resume.md`, text: generateScaledResume(seed, times, "company-title-dates") });
  return out;
}
