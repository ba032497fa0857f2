// Section headings and the document's kind: which section a heading opens ("Work History" →
// experience), and whether the headings, the file name, dated headings or the first person tell a
// résumé from a promotion document (DESIGN §2). Pure: no vscode, no fs.
import modelData from "./data/model.json";
import { DEGREE_HEADING_RE } from "./degrees.js";
import { MONTH, YEAR } from "./roleline.js";
import type { Bullet, DocKind, SectionKind, Span } from "./types.js";

const CJK_WORD_RE = /^[\u3040-\u30ff\u4e00-\u9fff]{2,}$/;
const SECTION_MATCHERS: [SectionKind, Set<string>][] = (Object.entries(modelData.sections) as [SectionKind, string[]][]).map(([k, v]) => [k, new Set(v)]);
const CONTEXT_HEADINGS = modelData.contextHeadings;
const RESUME_HEADINGS = new Set(modelData.resumeHeadings);
const PROMO_HEADINGS = new Set(modelData.promoHeadings);
// The affixes the heading tests below compare with, built once (not a string per word per heading).
const CONTEXT_PADDED = CONTEXT_HEADINGS.map((w) => " " + w + " ");
/** Per kind (competencies: exact only), the words that also match as a heading's first or last words. */
const SECTION_AFFIXES: [SectionKind, [string, string][]][] = SECTION_MATCHERS.filter(([kind]) => kind !== "competencies").map(([kind, words]) => [
  kind,
  // (Chinese and Japanese names, written without spaces, are whole words however short: "工作经历 (按时间倒序)".)
  [...words].filter((w) => w.includes(" ") || w.length > 5 || CJK_WORD_RE.test(w)).map((w): [string, string] => [w + " ", " " + w]),
]);
/**
 * Each affix word, with the rank (in SECTION_AFFIXES) of the first kind that has it: a heading's kind
 * by its affixes is the lowest rank among the words it opens or ends with (at a space), found by one
 * look-up per space instead of a startsWith and an endsWith per word (199 words; most headings, a
 * company or a role, are new to the memo below).
 */
const AFFIX_RANK = new Map<string, number>();
SECTION_AFFIXES.forEach(([, affixes], rank) => {
  for (const [prefix] of affixes) {
    const word = prefix.slice(0, -1);
    if (!AFFIX_RANK.has(word)) AFFIX_RANK.set(word, rank);
  }
});
const RESUME_PREFIXES = [...RESUME_HEADINGS].map((w) => w + " ");
const PROMO_AFFIXES = [...PROMO_HEADINGS].map((w): [string, string] => [w + " ", " " + w]);
// Headings repeat within and across documents ("Experience", a company's name): their normal form
// and kind are pure functions of the text, kept in bounded memos like the word records.
const MEMO_MAX = 4096;
const normMemo = new Map<string, string>();
const kindMemo = new Map<string, SectionKind | null>();

export function normHeading(s: string): string {
  let n = normMemo.get(s);
  if (n === undefined) {
    if (normMemo.size >= MEMO_MAX) normMemo.clear();
    normMemo.set(s, (n = normalizeHeading(s)));
  }
  return n;
}

function normalizeHeading(s: string): string {
  // Pandoc's attributes ("Experience {#experience .section}") are not the heading's words.
  if (s.includes("{")) s = s.replace(/\{[#.][^}]*\}/g, " ");
  s = s.toLowerCase();
  // A Turkish capital "İ" lower-cases to "i" and a combining dot ("İş Deneyimi"): the letter is an "i".
  if (s.includes("\u0307")) s = s.replace(/i\u0307/g, "i");
  return s
    .replace(/[\p{Extended_Pictographic}\uFE0F\u200D]/gu, "")
    .replace(/[^\p{L}\p{N}\s'-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The kind of section a heading opens. `h`: normHeading(heading), when the caller has it already. */
export function sectionKindOf(heading: string, h = normHeading(heading)): SectionKind | undefined {
  if (!h) return undefined;
  let k = kindMemo.get(h);
  if (k === undefined) {
    if (kindMemo.size >= MEMO_MAX) kindMemo.clear();
    kindMemo.set(h, (k = kindOfNormal(h) ?? null));
  }
  return k ?? undefined;
}

/** The kind a heading names by itself ("Education"), not by a word at its start or end ("Bridgepoint Education"). */
export function exactSectionKind(h: string): SectionKind | undefined {
  for (const [kind, words] of SECTION_MATCHERS) if (words.has(h)) return kind;
  return undefined;
}

const FORM_RE = / (?:questions|questionnaire|form) $/;

/**
 * "工作和项目经历" (work and project experience), "工作及实习经历": a Chinese heading, written with no spaces,
 * that opens with work (工作) and ends with experience (经历, 经验) names the experience, whatever joins them (197).
 */
const CJK_WORK_EXPERIENCE_RE = /^工作[\u4e00-\u9fff]{1,6}(?:经历|經歷|经验|經驗)$/u;

/**
 * "これまでのキャリア" (the career so far), "現在〜これまでのキャリアについて" (about it, from now back): a Japanese
 * heading, written with no spaces, that ends with the career (キャリア, 経歴, 職歴), maybe then "について" (about),
 * names the experience ("キャリアプラン", a plan, ends with no such word) (223).
 */
const JA_CAREER_RE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}〜～ー・ ]{0,16}(?:キャリア|経歴|職歴)(?:について)?$/u;

/**
 * "B.S. Software Engineering, Northfield State", "Mestrado em Engenharia de Software | Universidade do Planalto", "Bachelor
 * of Engineering": a heading that names a degree (normalized: "b s software engineering …") opens the education, among
 * roles' headings too (242, 243): degrees.ts DEGREE_HEADING_RE.
 */

/**
 * "2010 - 2013: Lehre als Netzwerktechnikerin, Fjordbank AG", "2016 - 2019: Bachelor in Wirtschaftsinformatik" (normalized): a
 * heading that opens with its years, then a degree or an apprenticeship ("Lehre als/zum", "Betriebliche Lehre zur"): education (247).
 */
const LEADING_YEARS_RE = /^(?:(?:19|20)\d{2}(?:\s*-\s*(?:(?:19|20)\d{2}|heute|present|today|now|atual|presente|actualidad|aujourd'hui))?\s+)/u;
const APPRENTICESHIP_RE = /^(?:\p{L}+\s+)?lehre\s+(?:als|zum|zur)\s/u;

function kindOfNormal(h: string): SectionKind | undefined {
  for (const [kind, words] of SECTION_MATCHERS) if (words.has(h)) return kind;
  if (DEGREE_HEADING_RE.test(h)) return "education";
  if (LEADING_YEARS_RE.test(h)) {
    const undated = h.replace(LEADING_YEARS_RE, "");
    if (DEGREE_HEADING_RE.test(undated) || APPRENTICESHIP_RE.test(undated)) return "education";
  }
  if (CJK_WORK_EXPERIENCE_RE.test(h) || JA_CAREER_RE.test(h)) return "experience";
  // "Goals for next year", "Feedback received": context in a promo packet, not achievements.
  const padded = " " + h.replace(/[^\p{L}\p{N}]+/gu, " ") + " ";
  // "Workday Feedback Questions", "Self-review form": the questions of a form the author answers, not
  // feedback received.
  if (FORM_RE.test(padded)) return affixKind(h);
  if (CONTEXT_PADDED.some((w) => padded.includes(w))) return "context";
  // "Professional Experience (selected)", "Skills & Tools", "Impact this cycle"
  return affixKind(h);
}

/**
 * The first kind of SECTION_AFFIXES with a word the heading opens with (`word + " "`) or ends with
 * (`" " + word`); exported for the test that holds it to that loop.
 */
export function affixKind(h: string): SectionKind | undefined {
  let best = Infinity;
  for (let i = h.indexOf(" "); i >= 0; i = h.indexOf(" ", i + 1)) {
    const opens = AFFIX_RANK.get(h.slice(0, i));
    if (opens !== undefined && opens < best) best = opens;
    const ends = AFFIX_RANK.get(h.slice(i + 1));
    if (ends !== undefined && ends < best) best = ends;
  }
  return best === Infinity ? undefined : SECTION_AFFIXES[best]![0];
}
/** The affixes, as kindOfNormal tried them in turn (for the test). */
export const SECTION_AFFIX_LIST: readonly (readonly [SectionKind, readonly (readonly [string, string])[]])[] = SECTION_AFFIXES;

// ---------------------------------------------------------------------------
// Masking
// ---------------------------------------------------------------------------

/** A heading that names where: "… at iFood", "… @ Namely". */
const AT_EMPLOYER_RE = /\s(?:at|@)\s+[\p{L}\d]/u;

/**
 * A year's review named in Chinese or Japanese, written with no spaces so no affix finds it: "2025年度个人
 * 年终总结" (year-end summary), "年度绩效考核述职报告" (self-report for the review), "2022年の振り返り"
 * (looking back on the year), "2024年を振り返って" (looking back on 2024, 188), "自己評価" (self-evaluation).
 */
// (And the year's end by its other names, 岁末 and 年末, summed up, or a year-end appraisal (考评, 考核), review (回顾) or
// retrospective (复盘): "岁末总结：平台组的一年", "前端组年终考评", 240.)
const CJK_PROMO_RE = /(?:年终|年終|岁末|歲末|年末|年度)(?:个人|個人|工作)?(?:总结|總結|考评|考評|考核|回顾|回顧|复盘|復盤)|述职|述職|振り返[りっ]|自己評価|自我评价|自我評價|绩效自评|績效自評/u;

/**
 * A year looked back on: "Reflections on 2023", "Looking back at my 2022", "2021: a retrospective",
 * "2022 on the balance", "2019 recap" (normalized): a year in review, what the person did in it. So is
 * a year's report ("GSoC 2017 Report", "Google Summer of Code 2023 - Report") and "This Year's Projects",
 * and a year at a job marked ("My first Acme-iversary", "Two-year work anniversary"), and a year told ("2023 was a
 * productive year", 189).
 */
const YEAR_REVIEW_RE = /^(?:.*(?:work anniversary|\p{L}-iversary)|(?:reflections?|looking back|a look back|thoughts|lessons learned)\s+(?:on|at|from)\s+(?:my\s+)?(?:19|20)\d{2}|this year'?s\s.*|.*(?:19|20)\d{2}\s+(?:-\s+)?report|(?:19|20)\d{2}\s+was\s+(?:a|an|my)\s+(?:.*\s)?year(?:\s.*)?|(?:19|20)\d{2}\s+(?:(?:a\s+)?(?:retrospective|recap|reflections?|wrap[- ]?up)|in review|on the balance))$/u;

/**
 * A year looked back on in another language: a heading with a year and the word for a look back, "Retrospektive auf
 * 2024", "Rückblick 2023", "2022 : rétrospective", "Bilan 2021", "Retrospectiva 2023", "Итоги 2022 года",
 * "2023 회고"; or the year's look back named in one word ("Mein Jahresrückblick"): a year in review (240). ("Bilan de
 * compétences 2019", a skills assessment a French CV lists under its training, is none.)
 */
// (The year's end looked back on, no year named: "Mi resumen del año", "Fin de año en el equipo", "Retrospectiva do ano",
// "Bilan de l'année", 262.)
const YEAR_REVIEW_OTHER_RE = /^(?=.*(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])).*(?<![\p{L}])(?:retrospektive|r(?:ü|ue)ckblick|rétrospective|bilan(?!\s+de\s+compétences)|retrospectiva|retrospettiva|ретроспектива|итоги|회고)(?![\p{L}])|(?<![\p{L}])(?:jahresr(?:ü|ue)ckblick|(?:reflexi[oó]n|resumen|balance|retrospectiva)\s+(?:de\s+fin\s+de|del|de\s+mi)\s+año|fin\s+de\s+año|(?:reflexão|resumo|balanço|retrospectiva)\s+(?:de\s+fim\s+de|do)\s+ano|fim\s+de\s+ano|bilan\s+de\s+(?:l'|mon\s+)ann[ée]e|fin\s+d'ann[ée]e)(?![\p{L}])/u;

/**
 * A first year at a job, or a year there, looked back on: "My first year as an engineering manager", "A year at Fabrikam",
 * "Mi primer año como jefa de equipo", "Un año en Contoso", "Meu primeiro ano como tech lead", "Mein erstes Jahr
 * als Teamleiterin", "Ma première année en tant que manager" (normalized): a year in review (244).
 */
const YEAR_AT_JOB_RE = /^(?:(?:my|mi|meu|mein|ma)\s+)?(?:first|one|a|primer|un|primeiro|um|erstes|ein|première|une)\s+(?:year|año|ano|jahr|année)\s+(?:as|at|como|en|na|no|als|bei|en tant que|chez|comme)\s/u;

/**
 * "Who did you help this week?", "What would you like to work on next week?", "Blockers this sprint" (normalized): a weekly
 * check-in's question or part, the author's week told to a lead: a log's, never a résumé's (271).
 */
const WEEK_CHECK_IN_RE = /(?:^|\s)(?:this|last|next|past)\s+(?:week|fortnight|sprint)(?:\s|$)/;

/** A year alone: "2022". */
const YEAR_ALONE_RE = /^(?:19|20)\d{2}$/;

const REPO_NAME_RE = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u;

/**
 * A résumé named in Chinese or Japanese, written with no spaces so no prefix finds it: "汤力丞简历", "王伟的简历"
 * (résumé), "履歴書", "職務経歴書"; and a résumé's own sections, named so ("工作经历", work experience; "教育经历",
 * education; "職務経歴"): as "Experience" and "Education" are, they tell a résumé (a "自我评价", self-assessment,
 * among them is the résumé's summary, 197).
 */
const CJK_RESUME_RE = /简历|簡歷|履歴書|職務経歴書/u;
const CJK_RESUME_SECTIONS = new Set(SECTION_MATCHERS.filter(([k]) => k === "experience" || k === "education").flatMap(([, words]) => [...words].filter((w) => CJK_WORD_RE.test(w))));
/**
 * The English names of experience and education sections, which RESUME_HEADINGS weighs on its own ("Work", "Career",
 * "Certifications", "Professional development" head a year's story or a brag page's sections too).
 */
const ENGLISH_SECTION_RE = /^(?:(?:experience|work|professional|employment|history|career|positions?|roles?|relevant|leadership|management|engineering|background|current|previous|past|prior|held|education|certifications?|certificates|courses|training|degrees|academic|qualifications|licenses|development|&)(?: |$))+$/;
/** Courses and certificates, in other languages ("Kurse", "Cursos", "Zertifikate"): a year's story has them too. */
const COURSES_RE = /^(?:kurse|cursos|курсы|certifica|certificats|zertifi|сертифика|qualifikationen)/;
/**
 * "Expériences professionnelles", "Formation", "Berufserfahrung", "Опыт работы": an experience or education section
 * named in another language tells a résumé as "Experience" and "Education" do (240).
 */
const OTHER_RESUME_SECTIONS = new Set(SECTION_MATCHERS.filter(([k]) => k === "experience" || k === "education").flatMap(([, words]) => [...words].filter((w) => !ENGLISH_SECTION_RE.test(w) && !COURSES_RE.test(w))));

/** The kind the headings suggest; `normalized`: normHeading of each. */
export function inferKind(normalized: string[]): DocKind | undefined {
  let resume = 0;
  let promo = 0;
  // The first heading (or the front matter's title) names the document: "Brag Document" outweighs
  // one "Technical skills" section further down.
  // A promo heading repeated ("Impact" or "Accomplishments" under each of five roles) is a résumé
  // role's sub-section; a packet's sections come once each: each such heading counts once.
  const promoSeen = new Set<string>();
  normalized.forEach((n, i) => {
    const weight = i === 0 ? 2 : 1;
    // "# Engineering-Accomplishments": a repository's name as the title, its words joined by hyphens.
    if (i === 0 && REPO_NAME_RE.test(n)) n = n.replace(/-/g, " ");
    if (RESUME_HEADINGS.has(n) || RESUME_PREFIXES.some((p) => n.startsWith(p)) || CJK_RESUME_SECTIONS.has(n) || OTHER_RESUME_SECTIONS.has(n) || (CJK_RESUME_RE.test(n) && !CJK_PROMO_RE.test(n))) resume += weight;
    // "Work Accomplishments at iFood": a job's accomplishments, under a résumé's employer, no promo heading.
    // (A document titled with a year alone, "2022" in its front matter or its first heading: that year's log, 262.)
    if (PROMO_HEADINGS.has(n) || CJK_PROMO_RE.test(n) || (i === 0 && YEAR_ALONE_RE.test(n)) || YEAR_REVIEW_RE.test(n) || YEAR_REVIEW_OTHER_RE.test(n) || YEAR_AT_JOB_RE.test(n) || WEEK_CHECK_IN_RE.test(n) || (PROMO_AFFIXES.some(([p, sfx]) => n.startsWith(p) || n.endsWith(sfx) || n.includes(p)) && !AT_EMPLOYER_RE.test(n))) {
      if (!promoSeen.has(n)) promo += weight;
      promoSeen.add(n);
    }
  });
  if (promo > resume) return "promo";
  if (resume > 0) return "resume";
  return undefined;
}

const PROMO_FILE_RE = /brag|hype[-_ ]?doc|self[-_ ]?review|self[-_ ]?assessment|accomplishments?|year[-_ ]?in[-_ ]?review|promo(?:tion)?[-_ ]?(?:packet|case|doc)|packet|perf(?:ormance)?[-_ ]?review|(?:^|[-_ ])(?<!code[-_ ]|pr[-_ ]|design[-_ ]|peer[-_ ])(?:annual[-_ ]|mid[-_ ]?year[-_ ]|year[-_ ]?end[-_ ])?review(?:[-_ ]?\d{2,4})?\.(?:md|markdown|mdx)$/i;
const RESUME_FILE_RE = /r[eé]sum[eé]|(?:^|[^a-z])cv(?:[^a-z]|$)|curriculum|lebenslauf|curr[ií]culo|резюме/i;

/** The kind a file's name tells ("brag-2024.md": promo; "resume.md", "cv-en.md": résumé). */
export function kindOfFilename(filename: string | undefined): DocKind | undefined {
  if (!filename) return undefined;
  const base = filename.slice(Math.max(filename.lastIndexOf("/"), filename.lastIndexOf("\\")) + 1);
  if (PROMO_FILE_RE.test(base)) return "promo";
  if (RESUME_FILE_RE.test(base)) return "resume";
  // "2024年度总结.md" (the year summed up), "述职报告.md", "简历.md", "職務経歴書.md": the names the headings are read by, in Chinese or
  // Japanese (240); "minha-retrospectiva-2022.md", "jahresrueckblick-2023.md": a year looked back on in another language.
  if (CJK_PROMO_RE.test(base) || YEAR_REVIEW_OTHER_RE.test(base.toLowerCase().replace(/[-_.]+/g, " "))) return "promo";
  if (CJK_RESUME_RE.test(base)) return "resume";
  return undefined;
}

/** The kind a post's tags tell ("tags: [brag]", Zola's `[taxonomies] tag = ["brag"]`), when one does. */
export function kindOfTags(data: Record<string, unknown> | undefined): DocKind | undefined {
  if (!data) return undefined;
  const tags: unknown[] = [];
  const take = (o: Record<string, unknown>) => {
    for (const k of ["tags", "tag", "categories", "category", "keywords"]) {
      const v = o[k];
      if (Array.isArray(v)) tags.push(...v);
      else if (typeof v === "string") tags.push(...v.split(/[,;]/));
    }
  };
  take(data);
  const tax = data["taxonomies"];
  if (tax && typeof tax === "object" && !Array.isArray(tax)) take(tax as Record<string, unknown>);
  for (const t of tags) if (typeof t === "string" && PROMO_FILE_RE.test(t.trim())) return "promo";
  return undefined;
}

// (A day's heading in a daily log names its weekday first: "Friday 2019-11-01", "Mon, March 4 2024".)
const WEEKDAY = "(?:(?:mon|tues?|wednes|thurs?|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\\.?,?\\s+";
const DATED_HEADING_RE = new RegExp(`^(?:${WEEKDAY})?(?:week(?: of)?\\s+(?:\\d{1,2}\\s+(?=\\d{4}))?)?(?:${MONTH}\\s*\\d{0,2},?\\s*)?(?:q[1-4]\\s*|h[12]\\s*)?(?:${YEAR}(?:[-\\s]\\d{1,2}){0,2})?(?:\\s*q[1-4]|\\s*h[12])?$`, "i");

/** A log entry headed by its day, then what was done: "2026-01-30: Cut CI time", "March 4, 2024 - Shipped billing" (normalized). */
const DAY_ENTRY_RE = new RegExp(`^(?:${YEAR}-\\d{2}-\\d{2}|${MONTH}\\s+\\d{1,2}\\s+${YEAR}|\\d{1,2}\\s+${MONTH}\\s+${YEAR})\\s+-?\\s*\\p{L}`, "iu");

/** Most headings (at least two) are dates: "2024", "Friday 2019-11-01", "Q3 2024", "March 2025", "Week of Jan 6", "Week of 2023-08-07", "Week 14, 2026", or a day's entry ("2026-01-30: Cut CI time"): a log. */
export function datedLog(normalized: string[]): boolean {
  let dated = 0;
  for (const n of normalized) if (n && /\d/.test(n) && (DATED_HEADING_RE.test(n) || DAY_ENTRY_RE.test(n))) dated++;
  return dated >= 2 && dated * 2 >= normalized.length;
}

/** An entry opened by its time of day: "08:33:59 Set up the build agent", "9:05 am Reviewed the rollout plan". */
const TIME_OF_DAY_RE = /^(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?\s+\S/i;

/** Most list items (three or more, two in three at least) open with a time of day: a day's log of what was done (272). */
export function timeLog(bullets: Bullet[]): boolean {
  let items = 0;
  let timed = 0;
  for (const x of bullets) {
    if (x.paragraph) continue;
    items++;
    if (TIME_OF_DAY_RE.test(x.plain)) timed++;
  }
  return timed >= 3 && timed * 3 >= items * 2;
}

// ("I-Velo.fr", "I-Tech": a name's first letter before a hyphen, no "I", 245.)
const FIRST_PERSON_RE = /(?<![\p{L}\p{N}'’])(?:I|my|me|myself|I'm|I’m|I've|I’ve)(?![\p{L}\p{N}]|-[\p{L}\p{N}])/u;
/**
 * "I" and "my" in other languages, as words no other of them spells: German ich, mein…, mich, mir; French je, j'; Portuguese
 * eu, meu, minha; Spanish yo; Dutch ik, mijn; Russian я, мой, мне, меня; Chinese 我 (not 自我, "self", a résumé's
 * self-assessment) (245).
 */
const FIRST_PERSON_OTHER_RE = /(?<![\p{L}\p{N}'’])(?:[Ii]ch|[Mm]ein(?:e|en|em|er|es)?|mich|mir|[Jj]e|[Ee]u|[Mm]eu|[Mm]eus|[Mm]inha|[Mm]inhas|[Yy]o|[Ii]k|[Mm]ijn|[Яя]|[Мм]о[йяеи]|мне|меня)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])[Jj]['’](?=\p{L})|(?<!自)我/u;

/** The share of bullets and paragraphs that speak as "I" (I, my, me, myself). */
/**
 * "What was your biggest win this year and who did it help?", "How did you grow in your craft during these twelve months?": a review form's question
 * to the person reviewed (a question word, "you" or "your", a question mark), over the answer (281).
 */
const REVIEW_QUESTION_RE = /^(?:what|how|which|where|when|who|describe|tell us)\b[^?\n]{0,160}\b(?:you|your)\b[^?\n]{0,160}\?/i;

/** How many paragraphs or items open with a review form's question (a self-review's prompts, the answers under them) (281). */
export function reviewQuestions(bullets: Bullet[], prose: Span[]): number {
  let n = 0;
  for (const x of [...bullets, ...prose]) if (x.plain && REVIEW_QUESTION_RE.test(x.plain.trim())) n++;
  return n;
}

export function firstPersonShare(bullets: Bullet[], prose: Span[]): number {
  let n = 0;
  let fp = 0;
  for (const x of [...bullets, ...prose]) {
    if (!x.plain) continue;
    n++;
    if (FIRST_PERSON_RE.test(x.plain) || FIRST_PERSON_OTHER_RE.test(x.plain)) fp++;
  }
  return n >= 4 ? fp / n : 0;
}

