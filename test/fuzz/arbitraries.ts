// Generators (fast-check arbitraries) for the fuzz suite: documents that look like the résumés and
// promo packets users write (so rules actually fire and fixes actually occur), and documents that
// look like nothing at all (random Markdown, hostile unicode, broken front matter, deep nesting,
// megabyte lines). Each generator yields the full text of one document.
import fc from "fast-check";

// ---------------------------------------------------------------------------
// Word pools: chosen so that every rule in DESIGN §3 has something to bite on.
// ---------------------------------------------------------------------------

export const PRONOUNS = ["I", "me", "my", "we", "our", "We", "My", "Our", "Me", "i"];
export const WEAK_OPENERS = [
  "Responsible for",
  "Responsible for managing",
  "Worked on",
  "Helped",
  "Helped with",
  "Participated in",
  "Tasked with",
  "Involved in",
  "Duties included",
];
export const VERBS = [
  "Led", "Built", "Shipped", "Designed", "Mentored", "Managed", "Hired", "Reduced", "Improved", "Increased",
  "Grew", "Cut", "Boosted", "Saved", "Sped up", "Migrated", "Drove", "Coached", "Partnered with", "Owned",
  "Defined", "Evolved", "Introduced", "Wrote", "Reviewed", "Unblocked", "led", "improved",
  // LinkedIn-style "bold" letters (astral, surrogate pairs) and letters whose capital is longer.
  "𝐋𝐞𝐝", "𝐥𝐞𝐝", "𝐛uilt", "ßtreamlined", "ǆoined", "ﬁxed",
];
export const OBJECTS = [
  "the team", "the payments platform", "latency", "on-call load", "product managers", "designers",
  "executives", "other teams", "the hiring process", "code review", "the architecture", "a Kubernetes migration",
  "customers", "seven engineers", "the roadmap", "career growth", "incident response", "SLAs", "the API",
  "sprint planning", "stakeholders", "the design system", "React", "Go services", "the data pipeline",
];
export const FIGURES = [
  "40%", "$1.2M", "3x", "12 engineers", "200 ms", "2019", "v2.3", "1:1s", "O(n)", "::1", "seven", "10k users",
  "4 weeks", "−15%", "½", "1,000,000", "2019–2022", "Q3", "99.99%", "€300k", "2.5×", "0", "-1", "1e9", "NaN",
];
export const VAGUE = ["significantly", "greatly", "many", "numerous", "various", "a lot of", "huge", "massively"];
export const PLACEHOLDERS = ["[X%]", "${N}", "TODO", "TBD", "XX", "[N]", "${1:metric}", "[metric]", "todo:", "XXX"];
export const PROSE = [
  "very", "really", "was built by", "were migrated", "there is", "There are", "so", "in order to",
  "at the end of the day", "the the", "is is", "team team", "quarterly", "only", "utilize", "basically",
  "a number of", "thinking outside the box", "extremely", "I I", "we we", "and and",
];
export const INLINE = [
  "`code`", "`I did it`", "[link](https://example.com)", "<https://example.com/x?a=1&b=2>", "<br>", "<br/>",
  '<span class="x">hi</span>', "<div>", "</div>", "{% if x %}", "{% endif %}", "{{< ref \"a.md\" >}}",
  "{{< /shortcode >}}", "{{ .Title }}", "{{ page.title | upcase }}", "**bold**", "_em_", "*em*", "~~del~~",
  "![img](a.png)", "[ref][1]", "[^1]", "&amp;", "&#x1F600;", "\\*", "foo@example.com", "www.example.com",
  "https://example.com/a_b_c", "<!-- comment -->", "<script>alert(1)</script>", '<img src=x onerror="alert(1)">',
  "$x$", "|", "\\", "``", "<", ">", "&", "[", "]", "(", ")", "*", "_", "~", "#", "!",
];
export const UNICODE = [
  "é", "e\u0301", "—", "–", "•", "✓", "😀", "👩‍💻", "👨‍👩‍👧‍👦", "🇩🇪", "🔹", "🏳️‍🌈", "עברית", "العربية", "\u202Eevil\u202C",
  "\u200F", "\u200E", "\u200B", "中文", "𝒳", "Z̷͓̀a̴l̸g̷o̵", "\u00A0", "\u2028", "\u2029", "ﬁ", "İ", "ß", "ǅ",
  "a\u0308\u0301\u0327", "\u0000", "\u0007", "\uFFFD", "\uFEFF", "\uD83D" /* lone high surrogate */,
  "\uDE00" /* lone low surrogate */, "𝟘𝟙", "👍🏽", "1️⃣", "\u0301" /* combining mark with no base */,
];

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

// ---------------------------------------------------------------------------
// Line endings and BOM
// ---------------------------------------------------------------------------

export type Eol = "lf" | "crlf" | "cr" | "mixed";
export const eolArb: fc.Arbitrary<Eol> = fc.constantFrom<Eol>("lf", "lf", "crlf", "crlf", "mixed", "cr");

/** Join lines with the chosen line-ending style; `mixed` draws each ending from `mix` (cycled). */
export function joinLines(lines: string[], eol: Eol, mix: number[] = [0, 1, 0, 2, 1]): string {
  if (eol === "lf") return lines.join("\n");
  if (eol === "crlf") return lines.join("\r\n");
  if (eol === "cr") return lines.join("\r");
  const ends = ["\n", "\r\n", "\r"];
  let out = "";
  for (let i = 0; i < lines.length; i++) {
    out += lines[i];
    if (i < lines.length - 1) out += ends[mix[i % mix.length]! % 3];
  }
  return out;
}

/** Wrap a line-list generator into a text generator with a line-ending style and optional BOM. */
export function withLineEndings(lines: fc.Arbitrary<string[]>): fc.Arbitrary<string> {
  return fc
    .record({
      lines,
      eol: eolArb,
      mix: fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 7 }),
      bom: fc.boolean(),
      finalEol: fc.boolean(),
    })
    .map(({ lines, eol, mix, bom, finalEol }) => (bom ? "\uFEFF" : "") + joinLines(finalEol ? [...lines, ""] : lines, eol, mix));
}

// ---------------------------------------------------------------------------
// Prose: sentences and bullets that make rules fire
// ---------------------------------------------------------------------------

const wordArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: pick(OBJECTS) },
  { weight: 3, arbitrary: pick(FIGURES) },
  { weight: 2, arbitrary: pick(VAGUE) },
  { weight: 2, arbitrary: pick(PROSE) },
  { weight: 2, arbitrary: pick(PRONOUNS) },
  { weight: 2, arbitrary: pick(VERBS) },
  { weight: 1, arbitrary: pick(PLACEHOLDERS) },
  { weight: 2, arbitrary: pick(INLINE) },
  { weight: 2, arbitrary: pick(UNICODE) },
  { weight: 1, arbitrary: pick(["and", "with", "for", "by", "to", "across", ",", ";", ".", "—", "(", ")", "by 30%"]) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
);

/** The body of a bullet or sentence: an opener then words (space-joined). */
export const bulletBodyArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: pick(VERBS) },
      { weight: 3, arbitrary: fc.tuple(pick(PRONOUNS), pick(VERBS)).map(([p, v]) => `${p} ${v.toLowerCase()}`) },
      { weight: 2, arbitrary: pick(WEAK_OPENERS) },
      { weight: 1, arbitrary: pick(PLACEHOLDERS) },
      { weight: 1, arbitrary: fc.tuple(pick(["**Leadership:**", "**Impact:**", "**Tech:**", "__Label__:"]), pick(VERBS)).map(([l, v]) => `${l} ${v}`) },
      { weight: 1, arbitrary: fc.constant("") },
    ),
    fc.array(wordArb, { maxLength: 24 }),
    fc.constantFrom("", ".", ";", "!", "  ", " <br>", "\\"),
  )
  .map(([opener, words, end]) => [opener, ...words].filter((w) => w !== "").join(" ") + end);

/** A bullet, possibly hard-wrapped over several lines, with any list marker seen in the wild. */
export const bulletLinesArb: fc.Arbitrary<string[]> = fc
  .record({
    marker: fc.constantFrom("-", "*", "+", "1.", "2)", "10.", "•", "✓", "- [ ]", "- [x]", ""),
    depth: fc.constantFrom(0, 0, 0, 1, 2),
    indentUnit: fc.constantFrom("  ", "    ", "\t", "   "),
    body: bulletBodyArb,
    wrapAt: fc.option(fc.nat({ max: 12 }), { nil: undefined }),
  })
  .map(({ marker, depth, indentUnit, body, wrapAt }) => {
    const indent = indentUnit.repeat(depth);
    const lead = `${indent}${marker}${marker ? " " : ""}`;
    const words = body.split(" ");
    if (wrapAt === undefined || wrapAt >= words.length || wrapAt === 0) return [lead + body];
    const cont = " ".repeat(lead.length);
    return [lead + words.slice(0, wrapAt).join(" "), cont + words.slice(wrapAt).join(" ")];
  });

// ---------------------------------------------------------------------------
// Roles in the layouts of DESIGN §2b
// ---------------------------------------------------------------------------

const TITLES = ["Engineering Manager", "Senior Software Engineer", "Tech Lead", "Staff Engineer", "Director of Engineering", "TPM", "Développeur", "ENGINEERING MANAGER", "Lead 🚀"];
const COMPANIES = ["Acme", "Globex Corp.", "Initech", "Société Générale", "Ünïcödé GmbH", "株式会社テスト", "Stripe-ish", "A|B", "—"];
const DATES = ["2019–2022", "2019 - Present", "Jan 2020 – Mar 2023", "03/2018–12/2019", "2021", "since 2015", "2020-01-01 → now", "Q1 2022 — today", ""];

type Layout = (t: string, c: string, d: string, h: number) => string[];
export const ROLE_LAYOUTS: Layout[] = [
  (t, c, d, h) => [`${"#".repeat(h)} ${c}`, `**${t}**  `, `*${d}*`],
  (t, c, d, h) => [`${"#".repeat(h)} ${c}`, `**${t}**<br>*${d}*`],
  (t, c, d, h) => [`${"#".repeat(h)} ${c}`, `**${t}**  `, `*${d}*`, "", `**${TITLES[1]}**  `, `*2015–2019*`],
  (t, c, d, h) => [`${"#".repeat(h)} ${t} — ${c} (${d})`],
  (t, c, d, h) => [`${"#".repeat(h)} ${c} | ${t} | ${d}`],
  (t, c, _d, h) => [`${"#".repeat(h)} 🔹 ${t} @ ${c}`],
  (t, c, d) => [`## ${t}, ${c}`, d],
  (t, c, d) => [`${t} — ${c}`, "-".repeat(Math.max(3, t.length)), d],
  (t, c, d) => [`${t} at ${c}`, "=".repeat(3), d],
  (t, c, d, h) => [`${"#".repeat(h)} ${c}`, `${"#".repeat(Math.min(6, h + 1))} ${t} - ${d}`],
  (t, c, d, h) => [`${"#".repeat(h)} ${c.toUpperCase()}`, `${"#".repeat(Math.min(6, h + 1))} ${t.toUpperCase()} - ${d}`],
  (t, c, d) => [`**${t}** @ [${c}](https://example.com) _(${d})_`],
  (t, _c, d) => [`${t}: ${d}`],
  (t, c, d, h) => [`${"#".repeat(h)} ${t} {{< badge >}} ${c}`, `{% if dates %}${d}{% endif %}`],
  (t, c, d) => [`<div class="role"><b>${t}</b> ${c} <span>${d}</span></div>`],
];

export const roleLinesArb: fc.Arbitrary<string[]> = fc
  .record({
    layout: fc.nat({ max: ROLE_LAYOUTS.length - 1 }),
    title: pick(TITLES),
    company: pick(COMPANIES),
    dates: pick(DATES),
    h: fc.constantFrom(2, 3, 3, 4),
    blank: fc.boolean(),
    bullets: fc.array(bulletLinesArb, { maxLength: 8 }),
    para: fc.option(bulletBodyArb, { nil: undefined }),
  })
  .map(({ layout, title, company, dates, h, blank, bullets, para }) => [
    ...ROLE_LAYOUTS[layout]!(title, company, dates, h),
    ...(blank ? [""] : []),
    ...(para !== undefined ? [para, ""] : []),
    ...bullets.flat(),
    "",
  ]);

const SECTION_HEADINGS = {
  experience: ["Experience", "Work History", "Professional Experience", "EXPERIENCE", "Berufserfahrung"],
  promo: ["Impact", "Self-review", "Competencies", "Promotion case", "Accomplishments"],
  other: ["Skills", "Education", "Contact", "Publications", "Summary", "Projects", "Interests"],
};

const frontMatterArb: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 5, arbitrary: fc.constant<string[]>([]) },
  {
    weight: 3,
    arbitrary: fc
      .record({
        kind: fc.constantFrom("resume", "promo", "auto", "essay", "", "[x]"),
        target: fc.constantFrom("EM6", "em6", "TL5", "EM 6", "D1", "XX9", "", "6", "~"),
        topTarget: fc.boolean(),
        rules: fc.constantFrom("", "  rules:\n    first-person: off", "  rules:\n    nope: error", "  rules: 5", "  rules:\n    placeholder: loud"),
      })
      .map(({ kind, target, topTarget, rules }) =>
        ["---", "title: Résumé", topTarget ? `target: ${target}` : "ladderlint:", ...(topTarget ? [] : [`  kind: ${kind}`, `  target: ${target}`]), ...(rules ? rules.split("\n") : []), "---", ""],
      ),
  },
  { weight: 3, arbitrary: fc.constantFrom(...BROKEN_FRONT_MATTER().map((s) => s.split("\n"))) },
);

export function BROKEN_FRONT_MATTER(): string[] {
  return [
    "---\nladderlint: [unclosed\n---\n",
    "---\n: : :\n---\n",
    "---\ntitle: never closed\n",
    "---\nladderlint: 5\n---\n",
    "---\nladderlint:\n  rules:\n    nope: error\n---\n",
    "---\nladderlint:\n  kind: essay\n  target: {a: 1}\n---\n",
    "+++\ntitle = \"toml\"\n+++\n",
    "---\n\t- tab\n---\n",
    "---\na: 1\na: 2\n---\n",
    "---\na: &a [x, x, x]\nb: [*a, *a, *a]\nc: [*b, *b, *b]\n---\n",
    "---\n---\n",
    "---\n- just\n- a list\n---\n",
    "---\nladderlint: null\n---\n",
    "---\n\"unterminated\n---\n",
    "---\nladderlint:\n  ladders: [x.yaml]\n  extra: 1\n---\n",
    "----\nnot: fm\n----\n",
    " ---\nindented: fm\n---\n",
    "---\r\nladderlint:\r\n  target: EM6\r\n---\r\n",
    "---\ntarget: EM6\n...\n",
    "---\n!!binary aGVsbG8=\n---\n",
    "---\nkey: !!js/function 'function(){}'\n---\n",
  ];
}

/** A whole résumé or promo packet: front matter, H1, contact line, sections with roles and bullets. */
export const resumeArb: fc.Arbitrary<string> = withLineEndings(
  fc
    .record({
      fm: frontMatterArb,
      h1: fc.constantFrom("# Jane Doe", "# Jürgen Müller — Engineering Manager", "Jane Doe\n========", "# 👩‍💻 Ana", ""),
      contact: fc.constantFrom("", "jane@example.com · [GitHub](https://github.com/jane) · +1 555 0100", "<p align=\"center\">Jane</p>"),
      directive: fc.constantFrom("", "", "", "<!-- ladderlint-disable first-person -->", "<!-- ladderlint-disable-next-line -->", "<!-- ladderlint-enable -->", "<!-- ladderlint-disable bogus-rule -->"),
      sections: fc.array(
        fc.record({
          kind: fc.constantFrom("experience", "experience", "promo", "other") as fc.Arbitrary<keyof typeof SECTION_HEADINGS>,
          idx: fc.nat({ max: 4 }),
          roles: fc.array(roleLinesArb, { minLength: 0, maxLength: 3 }),
          loose: fc.array(bulletLinesArb, { maxLength: 3 }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    })
    .map(({ fm, h1, contact, directive, sections }) => {
      const lines: string[] = [...fm];
      if (h1) lines.push(...h1.split("\n"), "");
      if (contact) lines.push(contact, "");
      if (directive) lines.push(directive);
      for (const s of sections) {
        const names = SECTION_HEADINGS[s.kind];
        lines.push(`## ${names[s.idx % names.length]}`, "");
        if (s.kind === "other") lines.push(...s.loose.flat(), "");
        else lines.push(...s.roles.flat(), ...s.loose.flat());
      }
      return lines.flatMap((l) => l.split("\n"));
    }),
);

// ---------------------------------------------------------------------------
// Random Markdown: fragments of syntax and arbitrary strings glued together
// ---------------------------------------------------------------------------

const MD_TOKENS = [
  "\n", "\n\n", "\r\n", "\r", "# ", "## ", "###### ", "####### ", "- ", "* ", "+ ", "1. ", "1) ", "> ", ">> ", "    ", "\t",
  "```", "```js\n", "~~~", "---", "***", "___", "===", "| a | b |\n|---|---|\n| c | d |", "**", "__", "*", "_", "~~", "`",
  "[", "](", ")", "![", "<", ">", "<!--", "-->", "<br>", "<div>", "</div>", "<script>", "&nbsp;", "&#0;", "&#xD800;",
  "\\", "[^1]: note", "[1]: https://x.y", "{%", "%}", "{{<", ">}}", "{{", "}}", "$$", "- [ ] ", "- [x] ", "•", "✓",
  "<!-- ladderlint-disable -->", "<!-- ladderlint-enable -->", "<!-- ladderlint-disable-next-line we-not-me -->",
  "<!-- ladderlint-disable-next-line", "<!-- ladderlint-disable first-person bogus -->", "ladderlint:", "target: EM6",
];

export const randomMarkdownArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: pick(MD_TOKENS) },
      { weight: 3, arbitrary: wordArb },
      { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme-composite", maxLength: 6 }) },
    ),
    { maxLength: 80 },
  )
  .map((xs) => xs.join(""));

// ---------------------------------------------------------------------------
// Unicode-heavy résumés: every word may carry combining marks, emoji, RTL, ZWJ, lone surrogates
// ---------------------------------------------------------------------------

export const unicodeArb: fc.Arbitrary<string> = fc
  .tuple(resumeArb, fc.array(fc.tuple(fc.nat(), pick(UNICODE)), { minLength: 1, maxLength: 30 }), fc.boolean())
  .map(([doc, inserts, keepPairs]) => {
    let out = doc;
    for (const [pos, s] of inserts) {
      let at = pos % (out.length + 1);
      // Mostly insert on code point boundaries; sometimes right inside a pair, to make lone surrogates.
      if (keepPairs && at > 0 && at < out.length && isHigh(out.charCodeAt(at - 1)) && isLow(out.charCodeAt(at))) at++;
      out = out.slice(0, at) + s + out.slice(at);
    }
    return out;
  });

function isHigh(c: number) {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number) {
  return c >= 0xdc00 && c <= 0xdfff;
}

// ---------------------------------------------------------------------------
// Deep nesting, HTML and templates, broken front matter
// ---------------------------------------------------------------------------

export const deepNestingArb: fc.Arbitrary<string> = fc
  .record({
    shape: fc.constantFrom("list", "quote", "emphasis", "brackets", "html", "mixed", "quote-list", "code-fence"),
    depth: fc.integer({ min: 1, max: 300 }),
    body: bulletBodyArb,
    eol: eolArb,
  })
  .map(({ shape, depth, body, eol }) => {
    const lines: string[] = ["## Experience", "### Acme — Engineering Manager (2019–2022)", ""];
    switch (shape) {
      case "list":
        for (let i = 0; i < depth; i++) lines.push("  ".repeat(i) + "- " + body);
        break;
      case "quote":
        lines.push(">".repeat(depth) + " - " + body);
        break;
      case "emphasis":
        lines.push("- " + "*_".repeat(depth) + body + "_*".repeat(depth));
        break;
      case "brackets":
        lines.push("- " + "[".repeat(depth) + body + "](".repeat(depth) + ")".repeat(depth));
        break;
      case "html":
        lines.push("<div>".repeat(depth) + body + "</div>".repeat(depth));
        lines.push("- " + "<span>".repeat(depth) + body);
        break;
      case "quote-list":
        for (let i = 0; i < depth; i++) lines.push("> ".repeat(i % 20) + "  ".repeat(i % 7) + "- " + body);
        break;
      case "code-fence":
        for (let i = 0; i < depth; i++) lines.push("`".repeat(3 + (i % 5)), "- " + body);
        break;
      default:
        for (let i = 0; i < depth; i++) lines.push(" ".repeat(i % 13) + ["- ", "> ", "1. ", "* ", "+ "][i % 5] + "**" + body);
    }
    return joinLines(lines, eol);
  });

export const templateHtmlArb: fc.Arbitrary<string> = withLineEndings(
  fc
    .array(
      fc.oneof(
        bulletLinesArb.map((b) => b.join("\n")),
        fc.tuple(pick(["{% ", "{%- ", "{{< ", "{{% ", "{{ ", "<", "</", "<!--"]), bulletBodyArb, pick([" %}", " -%}", " >}}", " %}}", " }}", ">", "-->", ""])).map(([a, b, c]) => a + b + c),
        fc.tuple(pick(["<div>", "<span>", "<p>", "<table><tr><td>", "<details><summary>", "<pre>", "<style>", "<script>"]), bulletBodyArb).map(([t, b]) => t + b),
        pick(["{% raw %}", "{% endraw %}", "{{< highlight go >}}", "{{< /highlight >}}", "<!-- more -->", "{{- /* comment */ -}}", "{% comment %}", "</pre>"]),
      ),
      { maxLength: 25 },
    )
    .map((xs) => ["# Résumé", "## Experience", "### Acme | EM | 2020", "", ...xs.join("\n").split("\n")]),
);

export const brokenFrontMatterArb: fc.Arbitrary<string> = fc
  .tuple(pick(BROKEN_FRONT_MATTER()), resumeArb, fc.boolean())
  .map(([fm, body, crlf]) => {
    const b = body.startsWith("\uFEFF") ? body.slice(1) : body;
    const joined = fm + b;
    return crlf ? joined.replace(/\r?\n/g, "\r\n") : joined;
  });

// ---------------------------------------------------------------------------
// Megabyte lines (run a handful of times only)
// ---------------------------------------------------------------------------

/**
 * A document with one line of about 1 MB (the CLI's size limit). `heavy` mixes inline Markdown into the
 * line, which micromark parses in super-linear time (see scripts/pathological.mjs): that variant is for
 * `npm run fuzz`; CI runs the plain one.
 */
export function hugeLineArb(heavy: boolean): fc.Arbitrary<string> {
  const units = heavy
    ? ["a", " ", "*", "_", "I ", "the ", "😀", "e\u0301", "[", "<", "`", "- ", "very ", "TODO ", "&amp;"]
    : ["a", " ", "*", "I ", "😀 ", "e\u0301", "very "];
  const body = heavy
    ? bulletBodyArb
    : fc.array(fc.oneof(pick(OBJECTS), pick(VERBS), pick(PRONOUNS), pick(FIGURES)), { minLength: 1, maxLength: 12 }).map((w) => w.join(" "));
  return fc
    .record({
      unit: fc.constantFrom(...units),
      body,
      where: heavy ? fc.constantFrom("bullet", "paragraph", "heading", "front-matter") : fc.constantFrom("bullet", "paragraph"),
      size: fc.constantFrom(1 << 20, (1 << 20) - 1),
    })
    .map(({ unit, body, where, size }) => {
      const half = size >> 1;
      const line = ((body + " ").repeat(Math.ceil(half / (body.length + 1))).slice(0, half) + unit.repeat(Math.ceil(half / unit.length))).slice(0, size);
      const head = ["# Jane", "## Experience", "### Acme — EM (2020)", ""];
      if (where === "bullet") return [...head, "- " + line, "- I led the team"].join("\n");
      if (where === "paragraph") return [...head, line, "", "- Worked on it"].join("\n");
      if (where === "heading") return ["### " + line, "- I improved latency"].join("\n");
      return ["---", "title: " + line, "---", ...head, "- I did it"].join("\n");
    });
}

/**
 * Every generator by name. `weight` sets its share of the `npm run fuzz` cases; `ci` is how many
 * cases the mocha suite runs (sized so the whole fuzz suite stays well under a minute on 2 cores).
 */
export const GENERATORS: { name: string; arb: fc.Arbitrary<string>; weight: number; ci: number }[] = [
  { name: "resume-shaped", arb: resumeArb, weight: 40, ci: 250 },
  { name: "random-markdown", arb: randomMarkdownArb, weight: 20, ci: 300 },
  { name: "unicode", arb: unicodeArb, weight: 15, ci: 120 },
  { name: "template-html", arb: templateHtmlArb, weight: 10, ci: 120 },
  { name: "broken-front-matter", arb: brokenFrontMatterArb, weight: 8, ci: 80 },
  { name: "deep-nesting", arb: deepNestingArb, weight: 7, ci: 30 },
];
