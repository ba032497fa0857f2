// The reader's line features: the date grammar, job titles, role lines ("Title — Company (2019–2022)")
// and the bullets that are no achievements (labels, tool lists, date lines, footers). Every layout
// in layouts/ asks these of its lines. Pure: no vscode, no fs.
import { collapseSpaces, escapeRe, isJsSpace } from "./chars.js";
import modelData from "./data/model.json";
import { DEGREE_LINE_RE } from "./degrees.js";
import { lookbehindFree } from "./lookbehind.js";

function phraseRe(words: string[], flags = "i"): RegExp {
  const alts = [...words].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
  // ("Lead-capture flow", "lead-gen platform": a title word hyphened to a Latin word is a compound's part (not "инженер-электронщик").)
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts})(?![\\p{L}\\p{N}]|-[a-z])`, flags + "u");
}

const TITLE_WORDS_RE = phraseRe(modelData.titleWords);
/** "Senior SE", "Research SE3": an engineer's title abbreviated, in capitals only ("se" is a word of several languages). */
const TITLE_ABBREVIATION_RE = /(?<![\p{L}\p{N}])(?:SE|SDE|SWE)\d?(?![\p{L}\p{N}])/u;
/**
 * "iOS高级开发工程师", "技术主管": a Chinese or Japanese title, written with no spaces, ends in the
 * word for the job (engineer, lead, manager, director, architect, partner, founder…), or names a stack then
 * its end ("Java后端", Java back end: the developer); a sentence (with its commas, or "是", is) is none. The heads
 * of a company, a department or a school ("技術長", "董事長", "代表取締役", "統括部長", "課長", "院长", "首席技术官"),
 * its teachers and researchers ("教授", "講師", "助教", "研究者", "博士后"), its staff ("专员", "助理", "設計師",
 * "分析师", "プログラマー", "インターン", "アルバイト") and a conference's convener ("總召") end so too. (Not
 * "スペシャリスト": the name of an exam, "ネットワークスペシャリスト"; nor "フリーランス", "コンサルタント": a heading
 * over a freelance time's items, a project's item under its company's heading.)
 */
const CJK_TITLE_RE = /^[^，。；：、,.;:!?！？是]{0,16}(?:工程师|工程師|开发者|開發者|程序员|程序員|架构师|架構師|主管|经理|經理|总监|總監|负责人|負責人|组长|組長|专家|專家|研究员|研究員|顾问|顧問|实习生|實習生|エンジニア|マネージャー|マネジャー|リーダー|アーキテクト|合伙人|合夥人|创始人|創始人|创办人|創辦人|技术长|技術長|总裁|總裁|副总|副總|董事长|董事長|董事|秘书长|秘書長|总召|總召|召集人|部长|部長|科长|科長|处长|處長|院长|院長|所长|所長|校长|校長|社长|社長|厂长|廠長|店长|店長|队长|隊長|主任|教授|讲师|講師|助教|教师|教師|老师|老師|博士后|博士後|助理|专员|專員|设计师|設計師|分析师|分析師|科学家|科學家|技术员|技術員|取締役|執行役員|代表社員|代表理事|課長|係長|室長|創業者|研究者|プログラマー?|デザイナー|ディレクター|プロデューサー|アナリスト|テスター|インターン|アルバイト)$|^首席[^，。；：、,.;:!?！？\s]{1,6}官$|^[^，。；：、,.;:!?！？\s]{1,12}(?:后端|後端|前端)$/u;
const CJK_RE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const CJK_CHARS_RE = /[\u3040-\u30ff\u4e00-\u9fff]/g;
/** How many Chinese or Japanese characters a text holds (they are written with no spaces between words). */
export const cjkCount = (s: string): number => (CJK_RE.test(s) ? (s.match(CJK_CHARS_RE)?.length ?? 0) : 0);
/**
 * "Softwareingenieur", "Forschungspraktikant", "Datenbankadministratorin", "Produktverantwortlicher": a German
 * compound, written as one capitalised word, whose last part is the word for the job (engineer, developer,
 * intern, lead, consultant, architect, technician, coordinator, assistant, administrator, staff member, mechanic,
 * clerk, the one responsible, teacher, copywriter, editor ("Deutschlehrer", "Werbetexter"); no "-manager": "Testmanager / Tester (QA)" keeps its note, 83); a Dutch one too
 * ("Applicatiebeheerder", "Projectmedewerker", "Afdelingsleider").
 */
const GERMAN_COMPOUND_TITLE_RE = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{2,}(?:(?:ingenieur|entwickler|praktikant|leiter|berater|architekt|techniker|koordinator|assistent|administrator|informatiker|mitarbeiter|spezialist|designer|analyst|programmierer|mechaniker|elektroniker|referent|betreuer|lehrer|texter|redakteur|redaktor)(?:in)?|kaufmann|kauffrau|verantwortliche[r]?|ontwikkelaar|beheerder|adviseur|medewerker|leider)(?![\p{L}\p{N}])/u;
/** A job title's word in the text: one of the model's title words, an abbreviated title in capitals, a German compound or a CJK title. */
/** "… in Residence", "… on Contract" at a title's end (an engineer, entrepreneur or hacker in residence). */
const RESIDENCE_CONTRACT_RE = /\s+(?:in\s+residence|on\s+(?:a\s+)?contract(?:\s+basis)?)$/i;
export const TITLE_RE = {
  test: (s: string): boolean =>
    // A Turkish capital "İ" has no simple case fold to "i" (it lower-cases to "i" and a combining dot), so
    // "MÜHENDİSİ" would miss "mühendisi": it is read as "I" (sections.ts reads section names the same way).
    TITLE_WORDS_RE.test(s.includes("İ") ? s.replace(/İ/g, "I") : s) || (s.includes("esidence") && /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+in\s+[Rr]esidence\s*$/u.test(s.trim())) || (s.includes("S") && TITLE_ABBREVIATION_RE.test(s)) || GERMAN_COMPOUND_TITLE_RE.test(s) || (CJK_RE.test(s) && CJK_TITLE_RE.test(s.trim())),
};
const TITLE_WORD_SET = new Set(modelData.titleWords);
const GLYPHS = [...modelData.bulletGlyphs].sort((a, b) => b.length - a.length);
// Any pictograph used as a bullet counts too ("🏆 Built…", "🚀 Led…").
export const GLYPH_RE = new RegExp(`^[ \\t]*(?:${GLYPHS.map(escapeRe).join("|")}|\\p{Extended_Pictographic}\\uFE0F?)[ \\t]+`, "u");
/** The same bullet set in bold or italics with its line ("**• Wow Every Customer**"): a promo packet's group label. */
export const EMPHASIS_GLYPH_RE = new RegExp(`^[ \\t]*(?:\\*{1,2}|_{1,2})(?:${GLYPHS.map(escapeRe).join("|")}|\\p{Extended_Pictographic}\\uFE0F?)[ \\t]+`, "u");

// English months and seasons, then German, Dutch, French, Spanish, Portuguese, Italian and Russian month
// names and abbreviations (a non-English résumé's structure is still read). The Portuguese "ago.",
// "out." and "set." are English words without their period, so they count only with it; "Ago 2024", "Gen 2020" (Italian
// abbreviations) count with a year after them too.
export const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter" +
  "|januar|februar|märz|mai|juni|juli|oktober|okt|dezember|dez" +
  "|januari|februari|maart|mei|augustus" +
  "|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre" +
  "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|ene(?=[./\\s])|dic(?=[./\\s])" +
  "|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|fev|abr|ago(?=[./]|\\s+(?:19|20)\\d{2}\\b)|out(?=[./])|set(?=[./])" +
  "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|gen(?=[./]|\\s+(?:19|20)\\d{2}\\b)" +
  "|янв(?:арь|аря)?|фев(?:р(?:аль|аля)?)?|мар(?:т|та)?|апр(?:ель|еля)?|ма[йя]|июн[ья]?|июл[ья]?|авг(?:уст|уста)?|сен(?:т(?:ябрь|ября)?)?|окт(?:ябрь|ября)?|ноя(?:брь|бря)?|дек(?:абрь|абря)?)\\.?";
// A month glued to a two-digit year ("Nov18", "Oct'17") is an English habit: only English month names
// there (every line is tested for it, and each name more costs time on every line).
const MONTH_EN = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
export const YEAR = "(?:19|20)\\d{2}";
// "present" in the languages résumés are written in (the structure of a non-English résumé is still read).
const OPEN = "(?:present|current|now|today|ongoing|date|heden|la\\s+fecha|atual(?:mente)?|presente|actualidad|actual|heute|aktuell|jetzt|aujourd['’]hui|pr[ée]sent|actuel(?:lement)?|oggi|attuale|obecnie|по\\s+настоящее\\s+время|настоящее\\s+время|наст\\.?\\s*время|н\\.\\s*в\\.|сейчас|зараз|теперішній\\s+час|現在|现在|至今)";
// A day of the month beside its month: "June 5, 2014", "June 5th, 2014", "5 June 2014".
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
// ("2024 年 1 月": a space may stand between a number and 年 (year) or 月 (month), 232.)
const DATE = `(?:${YEAR}\\s?年(?:\\s*\\d{1,2}\\s?月)?|${YEAR}\\s+${MONTH}(?![\\p{L}])|${YEAR}[/.-](?:0?[1-9]|1[0-2])(?:[/.-]\\d{1,2})?(?!\\d)|(?:(?:${DAY}\\s+)?${MONTH}\\s*[,/]?\\s*(?:${DAY},?\\s+)?)?(?:\\d{1,2}[/.-])?(?:\\d{1,2}[/.-])?${YEAR}|${MONTH}\\s+'\\d{2}|${MONTH_EN}['’]?\\d{2}(?!\\d)|q[1-4]\\s+${YEAR}|${YEAR}[/.-]\\d{1,2}|${OPEN})`;
// "7/21 - 10/22": month/yy, only as a range (a lone "1/24" may be a fraction or a day).
const MONTH_YY = "(?:0?[1-9]|1[0-2])/\\d{2}";
// "16/7 - 17/6", "17/9至今": yy/month, as Chinese résumés write them, only as a range or left open with 至今 (to now) (197).
const YY_MONTH = "\\d{2}/(?:0?[1-9]|1[0-2])(?!\\d)";
const YY_MONTH_RANGE_SRC = `${YY_MONTH}\\s*(?:[–—−-]\\s*${YY_MONTH}|至今)`;
// "С октября 2024 по настоящее время", "desde 2019 hasta 2021", "seit 2020 bis 2022": a range's words
// in the languages résumés are written in.
// A range left open with an ellipsis ("06.2021 - ...") runs to now.
// "Mar 29 - Sept 17, 2010", "12 Mar – 1 Apr 2020": a range's first day and month, its year said once at the end.
const DAY_MONTH = `(?:${DAY}\\s+${MONTH}|${MONTH}\\s+${DAY})`;
const DATE_RANGE_SRC = `(?:${MONTH_YY}\\s*(?:–|—|-|−|to)\\s*(?:${MONTH_YY}|${OPEN})|${YY_MONTH_RANGE_SRC}|${DAY_MONTH}\\s*(?:–|—|-|−|to)\\s*${DATE}|(?:(?:since|from|с|со|desde|seit|depuis)\\s+)?${DATE}(?:\\s*(?:–|—|-|−|--|---|&ndash;|&mdash;|to|until|till|→|->|~|〜|～)\\s*(?:${DATE}|\\.{3}|…)|\\s+(?:по|до|hasta|a|ad|bis|au|à|até)\\s+${DATE})?)`;
const DATE_RANGE_RE = new RegExp(`(?<![\\p{L}\\p{N}])${DATE_RANGE_SRC}(?![\\p{L}\\p{N}])`, "iu");
// DATE_RANGE_RE's matches, its look-behind tried only where a range is (src/core/lookbehind.ts).
const DATE_RANGES = lookbehindFree("[\\p{L}\\p{N}]", `${DATE_RANGE_SRC}(?![\\p{L}\\p{N}])`, "iu");
const HAS_YEAR_OR_OPEN_RE = new RegExp(`${YEAR}|(?<![\\p{L}])${OPEN}(?![\\p{L}])|'\\d{2}|(?<![\\p{L}])${MONTH_EN}\\d{2}(?!\\d)|(?<![\\d/])${MONTH_YY}\\s*[–—−-]|(?<![\\d/])${YY_MONTH_RANGE_SRC}`, "iu");
// HAS_YEAR_OR_OPEN_RE.test, alternative by alternative, the look-behinds tried only where their
// alternatives match (src/core/lookbehind.ts): V8 tries a pattern that opens with one at every position.
const YEAR_OR_YY = new RegExp(`${YEAR}|'\\d{2}`);
const OPEN_OR_MONTH_YY = lookbehindFree("[\\p{L}]", `(?:${OPEN}(?![\\p{L}])|${MONTH_EN}\\d{2}(?!\\d))`, "iu");
const MONTH_YY_RANGE = lookbehindFree("[\\d/]", `(?:${MONTH_YY}\\s*[–—−-]|${YY_MONTH_RANGE_SRC})`, "iu");
// A line is often asked about twice in a row (a list item's first line by roleFromParagraphLine, then
// by datedTimelineItem's takeDates; a role line by parseRoleLine's label test, then by takeDates): the
// last answer is kept (a quarter of the calls on the bench résumés).
let lastYearOrOpen: { s: string | undefined; found: boolean } = { s: undefined, found: false };
export const HAS_YEAR_OR_OPEN = {
  test: (s: string): boolean => {
    if (s === lastYearOrOpen.s) return lastYearOrOpen.found;
    const found = YEAR_OR_YY.test(s) || OPEN_OR_MONTH_YY.test(s) || MONTH_YY_RANGE.test(s);
    lastYearOrOpen = { s, found };
    return found;
  },
};

/** An ASCII letter or digit. */
export const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export interface RoleParts {
  title: string;
  employer: string;
  dates: string;
  /** The title was named by a label ("(职位-运维)", "(Position: Staff Engineer)"): a title whatever its words. */
  labelled?: boolean;
}

const PART_HEAD_RE = /^[\s\p{Extended_Pictographic}\uFE0F\u200D|@,–—:：•·()（），[\]*_-]+/u;
// A trailing "/" too: "### Tailspin Toys / December 2013 - July 2016" leaves "Tailspin Toys /" once the dates are taken.
const PART_TAIL_RE = /[\s|@,;–—:：•·()（），[\]*_/-]+$/u;
/** An ASCII letter or digit: in neither set that cleanPart strips from the ends. */

export function cleanPart(s: string): string {
  // Most parts begin and end with a letter or digit: nothing to strip there (test/core/parse-fast.test.ts).
  if (!isAsciiAlnum(s.charCodeAt(0))) s = s.replace(PART_HEAD_RE, "");
  if (!isAsciiAlnum(s.charCodeAt(s.length - 1))) s = s.replace(PART_TAIL_RE, "");
  return collapseSpaces(s);
}

/** A part of a role line as a name: "Acme (consultant)" → "Acme" (cleanPart takes the ")", the note in brackets is not the name). */
export function namePart(s: string): string {
  const c = cleanPart(s);
  return c.includes("(") ? cleanPart(c.replace(/\s*\([^)]*$/, "")) : c;
}

/** Finds a date range in a line; returns it and the line without it. */
export function takeDates(line: string): { dates: string; rest: string } {
  // A role line is asked about several times in a row (parseRoleLine, isDatesLine, the caller).
  if (line === lastDates.line) return lastDates.result;
  const result = findDates(line);
  lastDates = { line, result };
  return result;
}
let lastDates: { line: string | undefined; result: { dates: string; rest: string } } = { line: undefined, result: { dates: "", rest: "" } };

function findDates(line: string): { dates: string; rest: string } {
  // "April&nbsp;2020": the entity is a space (as many characters, so the rest keeps its offsets).
  if (line.includes("&nbsp;")) {
    const r = findDates(line.replace(/&nbsp;/g, "      "));
    return { dates: r.dates.replace(/\s+/g, " "), rest: r.rest };
  }
  // A range counts only when it holds a year, an open end or a 'yy, which it can only do when the
  // line does (test/core/parse-fast.test.ts): most lines have none, and skip the long expression.
  if (!HAS_YEAR_OR_OPEN.test(line)) return { dates: "", rest: line };
  let dates = "";
  let best: RegExpExecArray | undefined;
  for (const m of DATE_RANGES.matches(line)) {
    if (!HAS_YEAR_OR_OPEN.test(m[0])) continue;
    if (!best || m[0].length > best[0].length) best = m;
  }
  if (!best) return { dates, rest: line };
  dates = best[0].trim();
  let start = best.index;
  // "June - August 2007": a month alone, a dash, then a month with its year: one range, the year both months' (225).
  const open = /^\p{L}/u.test(dates) && !/[-–—]|\bto\b/.test(dates) ? MONTH_DASH_BEFORE_RE.exec(line.slice(0, start)) : null;
  if (open && MONTH_START_RE.test(dates)) {
    start = open.index;
    dates = line.slice(start, best.index + best[0].length).trim();
  }
  let end = best.index + best[0].length;
  // "Feb 2019 - Apr 2022 · 3 yrs 3 mos", "2005 · Less than a year": a LinkedIn export's length of
  // the stay, part of the dates, not of the company or place beside them.
  const stay = STAY_RE.exec(line.slice(end));
  if (stay) end += stay[0].length;
  // "Engineer on Contract 3 months - 2016": the stay's length right before a year alone, not the title's.
  const before = /^\d{4}$/.test(dates) ? STAY_BEFORE_RE.exec(line.slice(0, best.index)) : null;
  const rest = line.slice(0, before ? before.index : start) + " " + line.slice(end);
  return { dates, rest };
}

/** A month's name alone, then a dash, right before a date: "June - " in "June - August 2007" (225). */
const MONTH_DASH_BEFORE_RE = new RegExp(`(?<![\\p{L}\\d])${MONTH}\\.?\\s*[-–—]\\s*$`, "iu");
/** A date that opens with a month's name: "December 2004". */
const MONTH_START_RE = new RegExp(`^${MONTH}(?![\\p{L}])`, "iu");

/** The length of a stay right after a date range: "· 3 yrs 3 mos", ", 1 yr", "· Less than a year". */
/** The length of a stay right before a year alone: "3 months - 2016", "1 yr, 2019". */
const STAY_BEFORE_RE = /(?<![\p{L}\d])\d+\s*(?:yrs?|years?|mos?|months?)\s*[·•|,–-]?\s*$/iu;
const STAY_RE = /^\s*[·•|,–-]?\s*(?:\d+\s*(?:yrs?|years?)(?:,?\s*\d+\s*(?:mos?|months?))?|\d+\s*(?:mos?|months?)|less than a year)(?![\p{L}\d])/iu;

const NOT_VERBS = new Set(["distinguished", "certified", "licensed", "registered", "seasoned", "accomplished", "founded"]);
const VERB_START = new Set(["led", "lead", "leading", "built", "ran", "grew", "drove", "won", "made", "set", "took", "wrote", "cut", "owned", "hired", "shipped", "managed", "helped", "worked"]);
/** "Led the engineering team…", "Engineering manager for 8 engineers": an achievement, not a title. */
/** "Oracle Certified Professional", "Corda Certified Developer": a certification, not a job. */
const CERTIFICATION_RE = /(?<![\p{L}])(?:certified|certification|certificate|zertifiziert(?:er)?|certifi[ée]e?)(?![\p{L}])/iu;

/** CERTIFICATION_RE only where one of its words can be (its look-behind is tried at every position). */
const CERTIF_GATE = /certif|zertif/i;

function notATitle(part: string): boolean {
  // "Ruby on Rails Developer": the framework's "on" is no preposition of a sentence.
  if (/ruby[- ]on[- ]rails/i.test(part)) part = part.replace(/ruby[- ]on[- ]rails/gi, "Rails");
  // "Software Engineer on Contract", "Hacker in Residence": the terms of the post, no sentence's words.
  if (/(?:contract|residence)(?:\s+basis)?$/i.test(part)) part = part.replace(RESIDENCE_CONTRACT_RE, "");
  // "Software Design Engineer in Test", "Software Engineer in Billing Platform": a title "in" a team.
  const inTeam = /^(.*?)\s+[Ii]n\s+\p{Lu}/u.exec(part);
  if (inTeam && TITLE_RE.test(inTeam[1]!) && !/\s(?:in|for|with|to|the|by|on)\s/i.test(inTeam[1]!)) part = inTeam[1]!;
  if (/(?<![\p{L}])(?:for|with|to|the|by|in|on|from|through|while|a|an|across|over|into|my|our)(?![\p{L}])/iu.test(part)) return true;
  if (/\d{2,}|%|\$/.test(part)) return true;
  if (CERTIF_GATE.test(part) && CERTIFICATION_RE.test(part)) return true;
  if (COURSE_RE.test(part) || DEGREE_LINE_RE.test(part) || ACADEMIC_UNIT_RE.test(part) || DEGREE_STUDENT_RE.test(part.trim())) return true;
  return startsWithVerb(part);
}
/**
 * "Lehrstuhl für Software Engineering", "Institut für Informatik", "Departamento de Ingeniería", "Department of Computer
 * Engineering": a university's chair, institute, faculty or department named, where the person worked, no title (264).
 */
/** "Master Student", "Bachelor's student", "MSc student": a degree being studied, education, no job (265). (A PhD student's post is left alone.) */
const DEGREE_STUDENT_RE = /^(?:master|bachelor|msc|bsc|m\.sc\.|b\.sc\.|undergraduate)(?:'s|’s)?\s+student$/iu;
const ACADEMIC_UNIT_RE = /^(?:lehrstuhl|institut|fakult[äa]t|fachbereich|fachgebiet|arbeitsgruppe|departamento|d[ée]partement|dipartimento|faculdade|facultad|facult[ée]|department|faculty|school)\s+(?:für|fuer|de|des|du|di|of|der|d')/iu;
/**
 * "Formação Analista de Dados com Python e SQL", "Treinamento de Auxiliar Administrativo", "Lehre als Informatiker",
 * "Course in Data Engineering": a course, a training or an apprenticeship named, with the title it teaches: education, no job.
 */
const COURSE_RE = /^(?:forma[çc][ãa]o|formaci[óo]n|formation|curso|treinamento|capacita[çc][ãa]o|lehre|ausbildung|umschulung|weiterbildung|kurs|corso)(?![\p{L}\p{N}])|^(?:course|training|bootcamp)\s+(?:in|on|of|for)\s/iu;

/** "Lead software engineer", "Leading backend engineer" (Russian "ведущий"): an adjective of a short title, not the verb. */
// (After the noun: a few more words, a second title after "/" or "&", a place after commas.)
const LEAD_TITLE_RE = /^lead(?:ing)?\s+(?:[\p{L}\p{N}#♯+.\/&-]+\s+){0,4}(?:engineer|developer|architect|designer|programmer|scientist|analyst|consultant|sre|entwickler|d[ée]veloppeur|ing[ée]nieur|desenvolvedor|desarrollador|engenheiro|ingeniero)s?(?:[\s,]+[\p{L}()/&.-]+){0,5}\s*$/iu;

export function startsWithVerb(part: string): boolean {
  const w = (/^[\p{L}'-]+/u.exec(part)?.[0] ?? "").toLowerCase();
  if (!w || NOT_VERBS.has(w)) return false;
  if ((w === "lead" || w === "leading") && LEAD_TITLE_RE.test(part.trim())) return false;
  // The "-ed" test is English's: a title word ("Vorstandsmitglied") is none.
  return VERB_START.has(w) || (w.length > 4 && /ed$/.test(w) && part === part.replace(/^\p{Lu}{2,}/u, "") && !TITLE_WORD_SET.has(w));
}

/** s.split(/\s+/).filter(Boolean).length, by a scan (no arrays: it runs on every line of a role). */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isJsSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** True when the line is (almost) only a date range, maybe with a location. */
export function isDatesLine(line: string): boolean {
  const { dates, rest } = takeDates(line);
  if (!dates) return false;
  // A duration in brackets is no place: "Lyon, France / Feb 2021 - Dec 2021 (11 mois)".
  // (Dates closed by a period, "Mai/2009 - Dez/2012.", end no sentence.)
  const r = cleanPart(rest.replace(/\([^)]*\)/g, " ").replace(/[()|]/g, " ")).replace(/^\.$/, "");
  return (wordCount(r) <= 4 || placesList(r)) && !/[.!?]$/.test(r.replace(COMPANY_ABBREVIATION_RE, "")) && !/\d{2,}%/.test(r);
}

/**
 * "Saint Petersburg / New Braunfels / Guangzhou", "São Paulo and Curitiba, Brazil", "West Palm Beach &
 * Sarasota, FL": a few places, each a capitalised name of up to three words.
 */
const placesList = (r: string): boolean => {
  const places = r.split(/\s*[/;,&]\s*|\s+and\s+/);
  return places.length >= 2 && places.length <= 4 && places.every((p) => wordCount(p) <= 3 && /^\p{Lu}/u.test(p));
};

/** "AFS Technologies, Inc.": a company's legal form ends in a period that ends no sentence. */
const COMPANY_ABBREVIATION_RE = /(?<![\p{L}])(?:Inc|Ltd|Co|Corp|Pty|LLC|GmbH|S\.A|S\.L|B\.V|N\.V)\.$/u;

/**
 * Parses a line as a role header: "Title — Company (2019–2022)", "Company | Title | Dates",
 * "Title @ Company", "Title, Company", "Title: dates", "Title at Company". Returns undefined when the
 * line does not look like one.
 */
const PLACE_AFTER_RE = /^,\s*\p{Lu}[\p{L}.' -]*,\s*\p{Lu}[\p{L}.' -]*$/u;
const LABEL_LIST_RE = /^[^\p{L}]*([^:,]{1,30}):\s+(.+)$/u;

/** "Role: Frontend Engineer", "**Position:** …": a field's label before the title, not an employer. */
// (Japanese and Chinese: "ポジション: 開発リーダー", "役割：PM", "职位：技术总监", 201; Korean: "직책: 팀장", post, "직급: 과장", rank, 277.)
export const TITLE_LABEL_RE = /^(?:(?:role|position|title|job\s+title|cargo|puesto|poste|rolle|funktion|должность|роль)\s*:\s+|(?:ポジション|役割|役職|職位|职位|职务|岗位|崗位|직책|직급|직위|포지션)\s*(?::\s*|：\s*))(?=\S)/iu;

/** A position named by its label in brackets after the employer: "(职位-主理)", "（岗位：运维）", "(Position: Tech Lead)". */
const POSITION_NOTE_RE = /[(（]\s*(?:职位|職位|岗位|崗位|职务|職務|position|job title)\s*[-:：]\s*([^()（）\n]{1,80})[)）]/iu;

const TITLE_EMPLOYER_PLACE_RE = /^([^,;]+),\s*([^,;]+);\s*[^;]+$/;

export function parseRoleLine(line: string, opts: { heading: boolean; strongTitle?: string; datedLead?: boolean }): RoleParts | undefined {
  const raw = collapseSpaces(line);
  if (!TITLE_LABEL_RE.test(raw)) return roleLineParts(raw, opts);
  const named = raw.replace(TITLE_LABEL_RE, "");
  if (!named) return undefined;
  // "### Rolle: Testmanager / Tester", "Role: Agile and classic project management": a heading its label
  // names as the person's role, whatever its words (no sentence, no dates, a few words).
  const parts = roleLineParts(named, opts);
  if (parts || !opts.heading || /[.!?]$/.test(named) || wordCount(named) > 10 || HAS_YEAR_OR_OPEN.test(named)) return parts;
  // cleanPart takes a closing bracket off the end: "Tester (QA)" keeps its own.
  const title = cleanPart(named);
  return { title: /\([^)]*$/.test(title) && named.trimEnd().endsWith(")") ? title + ")" : title, employer: "", dates: "", labelled: true };
}

/** "Leading Video Ads Player", "Heading Payments Infrastructure": leading a named team or product. */
const LEADING_NAME_RE = /^(?:Leading|Heading|Managing)(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){1,6}$/u;

const PROJECT_LABEL_RE = /^(?:project|projet|projekt|proyecto|projeto|progetto)(?:\s*#?\d+)?\s*:/i;

/** A word that opens a range of dates, left alone at the end of a line once they are taken: "Analista Sênior, de ." (213). */
const DATES_FROM_END_RE = /[\s,]+(?:de|desde|from|since|von|seit|du|depuis)\s*\.?\s*$/i;

/**
 * The terms of the work in brackets after an employer or dates, "(freelance)", "(contract)", "(part-time)", "(autônomo)",
 * "(freiberuflich)": how the person worked there, not the job's title (241).
 */
const TERMS_NOTE_RE = /[(（]\s*(?:freelance|freelancer|contract|contractor|part[- ]time|full[- ]time|self[- ]employed|aut[ôó]nomo|freiberuflich|teilzeit|vollzeit|ind[ée]pendant|фриланс)\s*[)）]/giu;

/** Marks standing alone between spaces ("/", "-", "(", ")", "|"): no words of a line. */
const LONE_MARKS_RE = /(?<=^|\s)[^\p{L}\p{N}\s]+(?=\s|$)/gu;

const HASHTAGS_RE = /^#[^\s#]+(?:\s+#[^\s#]+)*$/;
const BRACKET_BAR_RE = /[[(]\s*([^\])|]{1,25}?)\s*\|\s*([^\])|]{1,25}?)\s*[\])]/g;

/**
 * "**Staff Engineer** [Fabrikam](…) March 2019 - Current": after a bold title, with no separator, a name
 * of a few capitalised words (no verb, no word in lower case but a joiner) then the dates the line ends
 * with: the employer (222). ("**Mentor** to four interns" opens in lower case and has no dates.)
 */
function nameBeforeEndDates(raw: string, after: string, dates: string): boolean {
  if (!dates) return false;
  const at = raw.lastIndexOf(dates);
  if (at < 0 || !/^[\s)\]*_]*$/.test(raw.slice(at + dates.length))) return false;
  const name = cleanPart(after);
  if (!name || wordCount(name) > 4 || startsWithVerb(name) || /[.!?:;]/.test(name)) return false;
  return name.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:and|of|de|&)$/.test(w));
}

/**
 * "Mobile & Web Director / Delivery Manager / Solutions Analyst": two to four titles held at once, joined by " / ", each a
 * title of at most four words (a lone "&" no word), beside the employer they were held at: one title, however many words in
 * all (252). (With no employer beside them, titles held in turn over the roles of one company are no role of their own.)
 */
function slashedTitles(p: string): boolean {
  const ts = p.split(/\s+\/\s+/);
  return ts.length >= 2 && ts.length <= 4 && ts.every((t) => TITLE_RE.test(t) && wordCount(t.replace(LONE_MARKS_RE, " ")) <= 4);
}

/**
 * "Analista de Redes - Vidrotec S.A. - Porto Sereno, PR - ": the text before a line's closing dates, two to four
 * short parts parted by dashes or bars (none a sentence), the first a title (275).
 */
export function dashedTitleParts(before: string): boolean {
  if (!/\s[-–—|]\s*$/.test(before)) return false;
  const parts = before.split(/\s+[-–—|]\s+|\s+[-–—|]\s*$/).map(cleanPart).filter(Boolean);
  return parts.length >= 2 && parts.length <= 4 && isTitleText(parts[0]!) && parts.every((p) => wordCount(p) <= 6 && !startsWithVerb(p) && !/[!?]$/.test(p) && !/\p{Ll}{3}\.$/u.test(p));
}

/** "Analista de Redes - Vidrotec S.A. - Porto Sereno, PR - Junho 2018 - Novembro 2018.": dashedTitleParts, then the dates the line ends with (275). */
export function dashedTitleDatesLine(line: string): boolean {
  const t = line.trim().replace(/[.:;]$/, "").trimEnd();
  const { dates } = takeDates(t);
  return !!dates && t.endsWith(dates) && dashedTitleParts(t.slice(0, t.length - dates.length));
}

function roleLineParts(raw: string, opts: { heading: boolean; strongTitle?: string; datedLead?: boolean }): RoleParts | undefined {
  if (!raw) return undefined;
  // "June 2022 - May 2025, Leading platform software engineer.": the dates first, then a title closed by a period.
  if (raw.endsWith(".") && !opts.heading) {
    const d = takeDates(raw);
    if (d.dates && raw.startsWith(d.dates) && isTitleText(d.rest.replace(/^[\s,]+|\.$/g, ""))) raw = raw.slice(0, -1);
    // "Analista Sênior, de 01/05/2019 - 01/03/2022.": a title, then its dates closed by a period (a list item's line) (213).
    else if (d.dates && raw.slice(0, -1).trimEnd().endsWith(d.dates) && isTitleText(d.rest.replace(DATES_FROM_END_RE, "").replace(/[\s,]+$/, ""))) raw = raw.slice(0, -1);
    // "Analista de Redes - Vidrotec S.A. - Porto Sereno, PR - Junho 2018 - Novembro 2018.": a title, its employer and
    // place parted by dashes, then the dates closed by a period (a list item's line) (275).
    else if (d.dates && raw.slice(0, -1).trimEnd().endsWith(d.dates) && dashedTitleParts(raw.slice(0, raw.lastIndexOf(d.dates)))) raw = raw.slice(0, -1);
  }
  // Checked first because they are cheap; every path below that returns parts passes both.
  // (Chinese and Japanese write no spaces between words: a run of their characters counts a word per three.)
  // (A dash, slash or bracket standing alone between words is no word: "… Stack Exchange / Stack
  // Overflow (July 2019 - August 2024) ( Details )", a link's brackets spaced out, is 15 words.)
  if (wordCount(raw) + Math.floor(cjkCount(raw) / 3) > 16 && wordCount(raw.replace(LONE_MARKS_RE, " ")) + Math.floor(cjkCount(raw) / 3) > 16) return undefined;
  // A sentence is not a header line; nor one in the first person ("I am currently employed at Acme as
  // Staff Engineer", "We joined Acme as …"), whatever its end.
  if (!opts.heading && !opts.strongTitle && (/[.!?]$/.test(raw) || /^(?:I|We)\s+\p{Ll}/u.test(raw))) return undefined;
  // "#TEAM_LEADERSHIP #AGILE_PRACTICES": a line of tags, no role (186).
  if (raw.charCodeAt(0) === 35 && HASHTAGS_RE.test(raw)) return undefined;
  // "[2021-07 | 2023-06] Title @ Acme": a bar between the dates in brackets parts them as a dash would (186).
  if (raw.includes("|")) raw = raw.replace(BRACKET_BAR_RE, (m, a: string, z: string) => (isDatesLine(`${a} - ${z}`) ? `${m[0]}${a} - ${z}${m[m.length - 1]}` : m));
  // "🌟 Project 1: Email Access Management App": a project named by its label, no role.
  if (PROJECT_LABEL_RE.test(raw.replace(/^[^\p{L}]+/u, ""))) return undefined;
  // "The team tech stack: Go, Kafka" is a list of tools, whatever title words it holds.
  if (raw.includes(":") && STACK_LABEL_INSIDE_RE.test(raw.replace(/^[^\p{L}]+/u, ""))) return undefined;
  // "Focus Areas: Feed Ads, Developer Efficiency, Cross-platform Engineering": a label (not a title)
  // over a list, with no dates, names topics, not a role.
  if (CERTIF_GATE.test(raw) && CERTIFICATION_RE.test(raw)) return undefined;
  const labelled = LABEL_LIST_RE.exec(raw);
  if (labelled && !isTitleText(labelled[1]!.trim()) && (labelled[2]!.match(/,/g)?.length ?? 0) >= 2 && !HAS_YEAR_OR_OPEN.test(raw)) return undefined;
  const taken = takeDates(raw);
  const dates = taken.dates;
  // "Analista Sênior, de 01/05/2019 - …": "de" ("from", "since", "von"…) alone before the dates is theirs, no employer (213).
  let rest = dates && DATES_FROM_END_RE.test(taken.rest) ? taken.rest.replace(DATES_FROM_END_RE, "") : taken.rest;
  // "山东某科技有限公司 (职位-技术总监) (2021/11---N)", "Acme (Position: Staff Engineer)": the employer with
  // its position named in brackets by a label (the title whatever its words; promotions joined by "->").
  const noted = POSITION_NOTE_RE.exec(rest);
  if (noted) {
    const title = cleanPart(noted[1]!);
    const employer = namePart(rest.slice(0, noted.index) + " " + rest.slice(noted.index + noted[0].length));
    if (title && employer && wordCount(title) <= 10 && !/[.!?。]$/.test(title)) return { title, employer, dates, labelled: true };
  }
  // "**[Acme](…) • Mar 2023 - Present** _(freelance)_": the terms of the work in brackets, no title (241).
  if (rest.includes("(")) rest = rest.replace(TERMS_NOTE_RE, " ");
  let parts: string[];
  // " at ", and French, German and Italian "chez" / "à la" / "au" / "bei" / "presso" ("Product Owner chez Acme",
  // "Développeur principal à la Société des Arts").
  // (German "an der" / "am", at the: "Gastdozent an der Hochschule Kranichfeld".)
  if (/[|—–@•·]| - | (?:at|chez|bei|bij|presso|au|an der|am) | à (?:la |l['’])/i.test(rest)) parts = rest.split(/\s*(?:\||—|–|@|•|·|\s-\s|\s(?:at|chez|bei|bij|presso|au|an der|am)\s|\sà\s(?:la\s|l['’]))\s*/i);
  // (Russian "в", at, in a heading or after a bold title: "### Инженер в ООО «Фабрикам»", 290; a paragraph's first
  // line, "Руководитель группы поддержки складов в новом офисе", is a sentence wrapped.)
  else if ((opts.heading || opts.strongTitle) && rest.includes(" в ")) parts = rest.split(/\s+в\s+/u);
  // (The full-width comma of Chinese and Japanese too: "比图科技（2020 - 现在），高级 SRE 工程师".)
  else if (rest.includes(",") || rest.includes("，")) parts = rest.split(/\s*[,，]\s*/);
  else if (/:\s/.test(rest)) parts = rest.split(/\s*:\s+/);
  else parts = [rest];
  parts = parts.map(namePart).filter((p) => p.length > 0);
  if (!parts.length) return undefined;
  let titleIdx = -1;
  if (opts.strongTitle) {
    // A bold title is the title as a whole ("**Engineering Manager, Platform**").
    const st = cleanPart(opts.strongTitle);
    const at = rest.indexOf(opts.strongTitle.trim());
    // The bold title stands alone or is followed by a separator: "**Mentor** to four interns" is a bullet.
    const after = at >= 0 ? rest.slice(at + opts.strongTitle.trim().length).trim() : "";
    // ("**Ведущий инженер** в [Фабрикам](…)": the Russian "в", at, before the employer as "at" is, 290.)
    // ("- 2001-2005: **network administrator** in Contoso Labs": after its years and a colon, a bold title, "in", the employer, 291.)
    if (after && !/^[,;|—–@•·(:-]|^(?:at|в)\s/iu.test(after) && !(opts.datedLead && /^in\s/.test(after)) && !nameBeforeEndDates(raw, after, dates)) return undefined;
    // "Optimized **release management processes**, reducing…": a sentence around bold words, not a title.
    // (A first word in lower case throughout: "iOS Tech Lead", "eBay" are names; so is any title in bold right after its
    // years and a colon, "2013-2016: **linux systems engineer**", 291.)
    if ((/^\p{Ll}+(?![\p{L}])/u.test(opts.strongTitle.trim()) && !opts.datedLead) || (at > 0 && startsWithVerb(cleanPart(rest.slice(0, at))))) return undefined;
    if (st && at >= 0) {
      // "**Data Scientist at Acme**": the bold text holds both.
      const inside = /\s(?:at|@|chez|bei|pour|for)\s/i.test(st) ? st.split(/\s+(?:at|@|chez|bei|pour|for)\s+/i).map(namePart) : [];
      if (inside.length === 2 && TITLE_RE.test(inside[0]!) && !TITLE_RE.test(inside[1]!)) return { title: inside[0]!, employer: inside[1]!, dates };
      const others = (rest.slice(0, at) + " | " + rest.slice(at + opts.strongTitle.trim().length).replace(opts.datedLead ? /^\s*(?:at|в|in)\s+/iu : /^\s*(?:at|в)\s+/iu, ""))
        .split(/\s*(?:\||—|–|@|•|·|\s-\s|\sat\s|,)\s*/i)
        .map(cleanPart)
        .filter((p) => p.length > 0);
      return { title: st, employer: others[0] ?? "", dates };
    }
    titleIdx = parts.findIndex((p) => p === st || p.includes(st) || st.includes(p));
  }
  if (titleIdx < 0) titleIdx = parts.findIndex((p) => TITLE_RE.test(p) && (wordCount(p) <= 8 || (parts.length >= 2 && slashedTitles(p))) && !notATitle(p));
  // "#### Tutor for different subjects - University of Augsburg (2006 - 2010)": in a heading with an
  // employer and dates, a first part that opens with a title word is the title, whatever follows it.
  if (titleIdx < 0 && opts.heading && dates && parts.length >= 2 && wordCount(parts[0]!) <= 6 && TITLE_WORDS_RE.test(/^[\p{L}-]+/u.exec(parts[0]!)?.[0] ?? "") && !startsWithVerb(parts[0]!)) titleIdx = 0;
  // "#### Leading Video Ads Player <time>Feb 2018 - Nov 2021</time>": a heading with its dates and
  // nothing else that says whose team or product the person led, every word after the verb a name's.
  if (titleIdx < 0 && opts.heading && dates && parts.length === 1 && LEADING_NAME_RE.test(parts[0]!)) titleIdx = 0;
  if (titleIdx < 0) return undefined;
  let title = parts[titleIdx]!;
  // "Lead Backend Engineer, Los Angeles, CA" (split off by "|"): the title is before the place.
  const comma = title.indexOf(", ");
  // Only a place: "City, ST" or "City, Country" after it ("Head of Engineering, Payments" keeps its team).
  if (comma > 0 && TITLE_RE.test(title.slice(0, comma)) && PLACE_AFTER_RE.test(title.slice(comma))) title = title.slice(0, comma);
  const others = parts.filter((_, i) => i !== titleIdx);
  // "Senior Developer, Alten Spa; Roma, IT": the title, its employer after a comma, the place after a semicolon.
  const semi = others.length ? null : TITLE_EMPLOYER_PLACE_RE.exec(title);
  if (semi && TITLE_RE.test(semi[1]!) && !TITLE_RE.test(semi[2]!)) [title, others[0]] = [semi[1]!, semi[2]!];
  const employer = others[0] ?? "";
  if (!opts.heading && !dates && !employer && !opts.strongTitle) return undefined;
  return { title, employer, dates };
}

// ---------------------------------------------------------------------------
// The model
// ---------------------------------------------------------------------------

/** "ich", "wir" (German), "je" (French), "eu" (Portuguese), "yo" (Spanish), "я", "мы" (Russian): the first person, in lower case, within a line. */
const FIRST_PERSON_INSIDE_RE = /(?<![\p{L}])(?:ich|wir|je|eu|yo|я|мы)(?![\p{L}])/u;
/** A job title on its own: "Staff Software Engineer, Data Services" (the layouts' test for a title). */
export function isTitleText(s: string): boolean {
  const t = collapseSpaces(s);
  // Titles are written capitalised ("Engineering Manager"; "release management processes" is not one).
  // (A first word in lower case throughout is no title; "iOS高级开发工程师", "eBay" are written so.)
  // ("I inspire and lead …", "We built …": the first person then a word in lower case is a sentence.)
  // (Nor one with the first person inside it in another language: "Außerdem betreute ich zwei Praktikanten", 293.)
  return !!t && !/^\p{Ll}[\p{Ll}\p{N}'’-]*(?![\p{L}\p{N}])/u.test(t) && !/^(?:I|We)\s+\p{Ll}/u.test(t) && !FIRST_PERSON_INSIDE_RE.test(t) && !stackLabelInside(t) && TITLE_RE.test(t) && wordCount(t) <= 10 && !notATitle(t) && !startsWithVerb(t) && !/[.!?]$/.test(t);
}
/** "Leadership & Team Management", "Platform engineering": a field named, no person's title in it. */
export const isFieldOnlyTitle = (title: string): boolean => !TITLE_RE.test(title.replace(/(?<![\p{L}])(?:engineering|management)(?![\p{L}])/giu, " "));
export const hasDateText = (s: string): boolean => HAS_YEAR_OR_OPEN.test(s);
/** The tests layouts/plain-lines.ts reads a header block with. */
export const HEADER_TESTS = { isTitle: isTitleText, isDates: isDatesLine, words: wordCount };

/** Labels that open a list of tools, not an achievement: "Technologies used: Go, Kafka", "Stack: …". */
const STACK_LABEL_RE = /^(?:(?:key\s+)?technolog(?:y|ies)(?:\s+used)?|tech(?:nical)?\s+stack|stack|tools?(?:\s+used)?|environment|skills(?:\s+used)?|languages?|frameworks?|tags|keywords|buzzwords|technical\s+environment)\s*:/i;
/** "The team tech stack: …", "Стек: …": a label for tools within the first words. */
const STACK_LABEL_INSIDE_RE = /^(?:[\p{L}-]+\s+){0,3}(?:tech(?:nology|nical)?\s+stack|stack|technologies|tools|языки|стек|технологии|tecnologias|tecnologías|technologien)\s*:/iu;
/**
 * STACK_LABEL_INSIDE_RE.test(s), asked only when s has a colon, which every match ends with: the
 * reader asks it of every bullet and role line, and most have none.
 */
const stackLabelInside = (s: string): boolean => s.includes(":") && STACK_LABEL_INSIDE_RE.test(s);
/** STAR labels on their own ("Action:"), and any short label that ends in a colon ("Detailed achievements:"). */
const LABEL_ONLY_RE = /^[^.!?]{0,60}[:：]$/;

/**
 * A list item that is not an achievement (issue 26): a label alone, a list of tools, a spacer
 * (`&nbsp;`, nothing but punctuation), or a line of dates.
 */
/**
 * Names on their own, split by "/", "," or "|" (up to six; up to twelve in a comma list): "AWS",
 * "PHP / Python / Node.js", "Tags". Each part is one or two words none of which starts in lower case
 * unless written as a product name is ("node.js", "jQuery"), and the first is not a verb.
 */
export function isNameList(t: string): boolean {
  if (/[.!?:]$/.test(t) || startsWithVerb(t)) return false;
  // Chinese or Japanese with a sentence's commas, or a run of seven characters or more: words, not names.
  if (CJK_RE.test(t) && /[，。；]|[\u3040-\u30ff\u4e00-\u9fff]{7}/.test(t)) return false;
  // The last two may be joined by "&" or "and": "Go, BuildKit, AWS EKS & Fly.io".
  const parts = t.split(/\s*(?:[/,|]|\s&\s|\sand\s)\s*/).filter(Boolean);
  // Three or more names may be more (a role's stack: "Ruby, node.js, MySQL, Redis, Chef & AWS").
  if (!parts.length || parts.length > (t.includes(",") ? 12 : 6)) return false;
  for (const p of parts) {
    const ws = p.split(/\s+/).filter(Boolean);
    // Names start in capitals, or are written as products are ("node.js", "jQuery", "gRPC").
    if (ws.length > 2 || ws.some((w) => /^\p{Ll}/u.test(w) && !/[.\d]|\p{Lu}/u.test(w.slice(1)))) return false;
  }
  return true;
}

/**
 * "Бэкенд: C#, .NET 9, Go, gRPC", "Databases: PostgreSQL, Redis, Kafka": a label of at most three words, a colon, then
 * three or more names, each of at most four words and most starting in capitals (tools, in any
 * language). Lower-case items ("hiring, onboarding, reviews") and figures ("40%") keep the line a claim.
 */
function isLabelledNameList(t: string): boolean {
  const colon = t.indexOf(":");
  if (colon < 1 || colon > 40 || wordCount(t.slice(0, colon)) > 3) return false;
  const rest = t.slice(colon + 1).replace(/\([^)]*\)/g, " ").trim().replace(/[.;]$/, "");
  if (!rest || /[%$€£]|[.!?]\s/.test(rest)) return false;
  // "个人职责: 设计芯片内性能,功耗优化方案, 根据仿真日志推算收益…": Chinese or Japanese parted by ASCII commas, a run of seven
  // characters or more among them: clauses of a sentence, not names (as isNameList reads them, 204).
  if (CJK_RE.test(rest) && /[\u3040-\u30ff\u4e00-\u9fff]{7}/.test(rest)) return false;
  const items = rest.split(/\s*[,;]\s*/).filter(Boolean);
  if (items.length < 3) return false;
  let capitals = 0;
  for (const item of items) {
    if (wordCount(item) > 4) return false;
    // (A product written in lower case with a capital, a dot or a digit in it counts: "yEd", "node.js".)
    if (!/^\p{Ll}/u.test(item) || /[.\d]|\p{Lu}/u.test(item.split(/\s/)[0]!.slice(1))) capitals++;
  }
  return capitals * 5 >= items.length * 4;
}

/**
 * "Context: In May 2024 …", "Objective: Reduce …", "项目描述: …": a label that opens background, an
 * aim or a description of the project (STAR's situation and task), however long; not what was done.
 * (The layouts ask it of top-level items and paragraphs: nested under an item, "Objective: …" tells
 * what that item was for.)
 */
export const isContextLabelled = (plain: string): boolean => (plain.includes(":") || plain.includes("：")) && CONTEXT_LABEL_RE.test(plain.replace(/^[^\p{L}\p{N}]+/u, ""));
const CONTEXT_LABEL_RE = /^(?:context|background|objectives?|goals?|problem(?: statement)?|situation|task|motivation|constraints|project description|contexte|objectifs?|points d['’]attention|contexto|objetivos?|descripci[oó]n del proyecto|项目描述|项目背景|项目简介|项目介绍|контекст|задача|цель)\s*[:：]/iu;

/** "Industry: Media", "Team: 5 devs", "Location: Remote": a fact about the role, not something done in it. */
const ROLE_FACT_RE = /^(?:industry|sector|domain|team(?:\s+size)?|location|clients?|customers?|company\s+size|employment(?:\s+type)?|contract(?:\s+type)?|report(?:ing|s)\s+to|branża|zespół|branche|secteur|équipe|equipo|equipe|setor|отрасль|команда)\s*:/iu;
/** A phone number ("+39 347 5501129", "(555) 010-4477") or an e-mail address. */
const CONTACT_RE = /(?:^|[\s·|,;])(?:\+\d|\(\d{3}\))[\d ().-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+/g;

const NAME_ONLY_RE = /^(?:[\p{Lu}\d][\p{L}\d.+#'’-]*|&|\/|and|of|for|the|de)(?:[\s/]+(?:[\p{Lu}\d][\p{L}\d.+#'’-]*|&|and|of|for|the|de))*$/u;

const FOOTER_RE = /^(?:visit|see|find|view|read)\s+(?:my|the|our)\b.{0,40}\b(?:linkedin|profile|website|github|cv|r[ée]sum[ée]|portfolio)\b|^(?:the\s+)?(?:full|more|complete)\s+(?:description|details)\s+(?:of|about|on)\s+(?:the|this|my)\s+(?:role|job|position|project)\s+(?:here|on\s+\S+)\s*\.?$/i;

const QUESTION_RE = /^(?:how|what|why|when|where|who|which|was|were|is|are|do|does|did|can|could|would|should|will|have|has)\b|\byou(?:r|['’]ve|['’]re)?\b/iu;

export function notAnAchievement(plain: string): boolean {
  const t = plain.includes("&") ? plain.replace(/&nbsp;/g, " ").replace(/^[^\p{L}\p{N}]+/u, "").trim() : plain.replace(/^[^\p{L}\p{N}]+/u, "").trimEnd();
  if (!t) return true;
  // "How has the last six months gone for you?": a review form's question, asked, not a claim made.
  // (A question asked of the reader: it opens with a question's word or speaks to "you".)
  if (/\?[\s*_)"'”’]*$/.test(t) && !/[.!;]\s/.test(t) && QUESTION_RE.test(t)) return true;
  // "[If you want to add more, add them here]": a template's instruction in brackets, not a claim.
  if (/^\s*\[[^\]]*\]\.?\s*$/.test(plain)) return true;
  // Chinese and Japanese write no spaces between words: about two characters a word.
  const words = wordCount(t) + (CJK_RE.test(t) ? Math.floor((t.match(CJK_CHARS_RE)?.length ?? 0) / 2) : 0);
  // A label and a list: each of the three needs a colon (most bullets have none).
  if (t.includes(":") && (STACK_LABEL_RE.test(t) || STACK_LABEL_INSIDE_RE.test(t) || isLabelledNameList(t))) return true;
  // Everything below is a short line; an achievement of more than twelve words is none of them.
  if (words > 12) return false;
  if (!/[\p{L}\p{N}]/u.test(t)) return true;
  if (words <= 6 && LABEL_ONLY_RE.test(t)) return true;
  if (ROLE_FACT_RE.test(t) && wordCount(t.replace(/\([^)]*\)/g, " ")) <= 8) return true;
  // A number alone ("+39 347 5501129" once its "+" is stripped): no claim.
  if (!/\p{L}/u.test(t) && words <= 4) return true;
  // A contact line: a phone number or an e-mail address with at most a place beside it.
  if (/[@+(]/.test(t) && t.search(CONTACT_RE) >= 0) {
    const rest = t.replace(CONTACT_RE, " ").replace(/[^\p{L}\p{N}\s]+/gu, " ");
    if (wordCount(rest) <= 4 && !startsWithVerb(rest.trim())) return true;
  }
  // A footer pointing elsewhere: "Visit my LinkedIn profile for more information."
  if (FOOTER_RE.test(t)) return true;
  // A title alone ("Engineering manager."): what the role was, not what was done in it.
  if (words <= 4 && isTitleText(t.replace(/\.$/, "")) && !startsWithVerb(t)) return true;
  // A name or two on their own ("AWS", "PHP / Python / Node.js", "Tags"): a list of tools, not a claim.
  if (isNameList(t)) return true;
  // A project's or client's name alone ("MediaValet SDK GitHub/PyPi", "Coffee Roaster Analysis"):
  // every word capitalised, no verb: what was worked on, not what was done.
  // (Not a line in capitals throughout: "EXCEEDED EXPECTATIONS AND GOT RAISE" is shouted, not a name.)
  if (words <= 6 && NAME_ONLY_RE.test(t) && /\p{Ll}/u.test(t) && !startsWithVerb(t)) return true;
  // Dates, with at most a place ("Paris, France / Jan 2022 - Nov 2022 (11 months)").
  if (HAS_YEAR_OR_OPEN.test(t)) {
    const { dates, rest } = takeDates(t);
    const place = cleanPart(rest.replace(/\([^)]*\)/g, " "));
    if (dates && wordCount(place) <= 4 && !startsWithVerb(place)) return true;
  }
  return false;
}

/**
 * "&mdash;", "&ndash;" and an arrow's "&rarr;" as the dashes and arrow they stand for (role lines are
 * split on dashes; "Feb 2017 &#8594; March 2020" is a range), named or by number.
 */
export const decodeDashes = (s: string): string => (s.includes("&") ? s.replace(DASH_ENTITY_RE, (m) => DASH_ENTITIES[m.toLowerCase()] ?? m) : s);
const DASH_ENTITIES: Record<string, string> = { "&mdash;": "—", "&ndash;": "–", "&rarr;": "→", "&#8212;": "—", "&#8211;": "–", "&#8594;": "→", "&#x2014;": "—", "&#x2013;": "–", "&#x2192;": "→" };
const DASH_ENTITY_RE = /&(?:mdash|ndash|rarr|#821[12]|#8594|#x201[34]|#x2192);/gi;

/** The date grammar (for the test that checks takeDates's shortcut against a plain scan). */
export const DATE_GRAMMAR = { range: DATE_RANGE_RE, hasYearOrOpen: HAS_YEAR_OR_OPEN_RE, hasYearOrOpenFast: HAS_YEAR_OR_OPEN };


/**
 * "At Acme I was a senior engineer on the payments team.", "At Acme, I lead the Billing team.": under a
 * dated company heading with no title (a career told in paragraphs), the sentence that names the
 * person's title at that employer (its first word). The title, where it starts and ends in `text`.
 */
export function titleInAtSentence(text: string, employer: string): { title: string; start: number; end: number } | undefined {
  const first = /^[\p{L}\p{N}][\p{L}\p{N}&.'’-]*/u.exec(employer.trim())?.[0]?.replace(/[.’']+$/, "");
  if (!first || first.length < 2) return undefined;
  const open = `^\\s*(?:At|While at|During my time at)\\s+${escapeRe(first)}(?![\\p{L}\\p{N}])[^,.;:!?]{0,40}?,?\\s+I\\s+`;
  const was =
    new RegExp(open + `(?:was|worked as|served as|joined as|started as)\\s+(?:an?|the)\\s+((?:\\p{L}[\\p{L}-]*\\s+){0,3}?\\p{L}[\\p{L}-]*)(?=\\s+(?:on|for|in|at|of|with|leading|responsible)\\s|\\s*[,.;])`, "u").exec(text) ??
    // "I am the lead web developer at Acme.": the title, then the employer.
    new RegExp(`(?:^|[.!?]\\s+)I\\s+(?:am|was)\\s+(?:an?|the)\\s+((?:\\p{L}[\\p{L}-]*\\s+){0,3}?\\p{L}[\\p{L}-]*)(?=\\s+at\\s+${escapeRe(first)}(?![\\p{L}\\p{N}]))`, "u").exec(text);
  if (was) {
    const t = was[1]!;
    // Written in lower case inside the sentence; a title still ("senior engineer").
    if (!isTitleText(t[0]!.toUpperCase() + t.slice(1))) return undefined;
    const start = was.index + was[0].length - t.length;
    return { title: t, start, end: start + t.length };
  }
  const led = new RegExp(open + `(?:lead|led|managed|ran)\\s+the\\s+(\\p{Lu}[\\p{L}\\p{N}-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}-]*)?)\\s+team(?![\\p{L}])`, "u").exec(text);
  if (!led) return undefined;
  const start = led.index + led[0].length - led[1]!.length - " team".length;
  return { title: `${led[1]!} team lead`, start, end: led.index + led[0].length };
}
