// Shared views of the document model for rules: achievement bullets, token caches, ranges.
import type { Bullet, Doc, DocKind, Role, Section, Sentence, Span } from "../../core/types.js";
import type { RuleMeta } from "../../core/rule.js";
import { tokenize, type Token } from "./words.js";
import { classifyTokens, type Category } from "./classify.js";
import notClaims from "../data/not-claims.json";

const tokenCache = new WeakMap<Span, Token[]>();
const categoryCache = new WeakMap<Span, Category[]>();

/** Tokens of a span's masked text; offsets are relative to span.start. Cached per span. */
export function tokensOf(span: Span): Token[] {
  let t = tokenCache.get(span);
  if (!t) {
    t = tokenize(span.text);
    tokenCache.set(span, t);
  }
  return t;
}

/** The classifier's categories for a bullet (cached). */
export function categoriesOf(span: Span): Category[] {
  let c = categoryCache.get(span);
  if (!c) {
    c = classifyTokens(tokensOf(span));
    categoryCache.set(span, c);
  }
  return c;
}

const NOT_WORK_HEADINGS = new Set(notClaims.sectionHeadings);
const FIRST_PERSON = new Set(["i", "me", "my", "we", "our", "us"]);
const MONTH = `(?:(?:${notClaims.months.join("|")})\\.?\\s+)?`;
/** "Mar 2023 - Oct 2023 —", "2014 – present:": a date range, then a dash (or its HTML entity) or a colon. */
const DATE_RANGE_OPENER = new RegExp(`^${MONTH}(?:19|20)\\d{2}\\s*(?:-|–|—|to)\\s*(?:${MONTH}(?:19|20)\\d{2}|${notClaims.ongoing.join("|")})\\s*(?:[-–—:|]|&[mn]dash;|$)`, "iu");
const DESCRIPTION_VERBS = new Set(notClaims.descriptionVerbs);
/** "SaaS company in the…", "A health-tech startup that…": up to three words, a company noun, then what it does. */
const COMPANY_HEAD = new RegExp(`^(?:[\\p{L}\\p{N}:&'-]+\\s+){0,3}(?:${notClaims.companyNouns.join("|")})\\s+(?:in|that|which|specialising|specializing|focused|based|providing|building|for|with|offering|serving|of|whose)\\b`, "iu");

/** A heading's words, lower case, without emoji, numbering or punctuation ("📚 Study:" → "study"). */
const headingWords = (heading: string): string => heading.toLowerCase().replace(/[^\p{L}\s'-]+/gu, " ").replace(/\s+/g, " ").trim();

/** A section about study or private life (NOT_WORK_HEADINGS), judged once per section rather than once per bullet. */
function notWorkSection(section: Section): boolean {
  let verdict = notWorkCache.get(section);
  if (verdict === undefined) notWorkCache.set(section, (verdict = NOT_WORK_HEADINGS.has(headingWords(section.heading))));
  return verdict;
}
const notWorkCache = new WeakMap<Section, boolean>();

/**
 * True when a heading above the section's own is about study or private life: "## Personal" then
 * "#### A TV show" (a year in review's subsections inherit what their part is about; issue 26's judged
 * draw after-11: a TV show's paragraph under "Personal" read as a claim, judged wrong).
 */
function underNotWorkHeading(doc: Doc, section: Section): boolean {
  let under = notWorkAncestorCache.get(doc);
  if (!under) {
    // One walk per document, in order, with the stack of the headings open above each section.
    under = new Set();
    const open: Section[] = [];
    for (const s of doc.sections) {
      while (open.length && (open[open.length - 1]!.depth >= s.depth || open[open.length - 1]!.end <= s.start)) open.pop();
      if (s.depth > 0 && open.some(notWorkSection)) under.add(s);
      if (s.depth > 0) open.push(s);
    }
    notWorkAncestorCache.set(doc, under);
  }
  return under.has(section);
}
const notWorkAncestorCache = new WeakMap<Doc, Set<Section>>();

/**
 * True when an item the reader files as an achievement is not the writer's claim (issue 26; data:
 * src/rules/data/not-claims.json): an item of a section about study or private life ("Study", "Life"
 * in a year in review), a role's item that describes the company ("Tessaly makes…", "SaaS company
 * in the developer tools space."), or a role's item that opens with a date range ("Mar 2023 - Oct
 * 2023 — Break…": an entry of its own the reader left under the role above).
 */
export function notAClaim(bullet: Bullet, doc?: Doc): boolean {
  if (doc && (underNotWorkHeading(doc, bullet.section) || statesProblem(doc, bullet))) return true;
  let verdict = notAClaimCache.get(bullet);
  if (verdict === undefined) {
    notAClaimCache.set(bullet, (verdict = !!bullet.otherLanguage || notWorkSection(bullet.section) || describesCompany(bullet) || datedEntry(bullet) || quotedWords(bullet) || explainsDesign(bullet)));
  }
  return verdict;
}
const notAClaimCache = new WeakMap<Bullet, boolean>();

/**
 * A list item under a lead-in that ends with a colon and names what was wrong ("This migration posed
 * several unique challenges:", "The old approach has several limitations:") or says how a system works
 * ("It achieves this by leveraging two properties:"): the items state the problem the writer then
 * solved, or explain the design, not claims of theirs (issue 26's draws after-14 … after-20: a vague
 * word in "Due to the large deployment, the engine incurred significant compute costs" was wrong for
 * both judges of after-20). The lead-in is the item's parent item, or the paragraph right above its list.
 */
function statesProblem(doc: Doc, bullet: Bullet): boolean {
  if (bullet.paragraph) return false;
  // Asked for every bullet by several rules: the answer is kept per bullet (and its list's lead-in per
  // list), so a long list is walked once, not once per item and rule.
  let known = statesProblemCache.get(bullet);
  if (known === undefined) statesProblemCache.set(bullet, (known = leadInSaysNoClaim(doc, bullet)));
  return known;
}
const statesProblemCache = new WeakMap<Bullet, boolean>();

function leadInSaysNoClaim(doc: Doc, bullet: Bullet): boolean {
  let leadIn = bullet.parent;
  if (!leadIn) {
    const { index, listStart } = listStarts(doc);
    const i = listStart[index.get(bullet) ?? 0]!;
    const above = doc.bullets[i - 1];
    const first = doc.bullets[i]!;
    if (!above?.paragraph || /\S/.test(doc.text.slice(above.end, lineStart(doc.text, first.start)))) return false;
    leadIn = above;
  }
  const lead = leadIn.plain.trim();
  if (!lead.endsWith(":")) return false;
  const last = lead.slice(Math.max(0, lead.lastIndexOf(". ", lead.length - 2) + 1)).trim();
  return PROBLEM_LEAD_IN.test(last) || DESCRIBES_LEAD_IN.test(last);
}
/**
 * Each bullet's position, and where the run of top-level items it belongs to starts (the item after the
 * last paragraph, nested item or item of another depth), in one pass per document.
 */
function listStarts(doc: Doc): { index: Map<Bullet, number>; listStart: Int32Array } {
  let got = listStartCache.get(doc);
  if (!got) {
    const b = doc.bullets;
    const listStart = new Int32Array(b.length);
    for (let i = 0; i < b.length; i++) {
      const prev = b[i - 1];
      listStart[i] = prev && !prev.paragraph && !prev.parent && !b[i]!.paragraph && prev.depth === b[i]!.depth ? listStart[i - 1]! : i;
    }
    listStartCache.set(doc, (got = { index: bulletPositions(doc), listStart }));
  }
  return got;
}
const listStartCache = new WeakMap<Doc, { index: Map<Bullet, number>; listStart: Int32Array }>();

/** Each bullet's position in `doc.bullets`, once per document. */
export function bulletPositions(doc: Doc): Map<Bullet, number> {
  let positions = positionCache.get(doc);
  if (!positions) positionCache.set(doc, (positions = new Map(doc.bullets.map((b, i) => [b, i]))));
  return positions;
}
const positionCache = new WeakMap<Doc, Map<Bullet, number>>();
// The lead-in says how a system works, in the present tense with the system as its subject ("It
// achieves this by leveraging two properties of operational data:", "The engine capitalizes on them by
// providing a transport that performs:"): the items explain the design, not what the writer did (issue
// 26's draw after-21: long-bullet on such an item, wrong for both judges). Not "I …", "We …", nor a
// past-tense verb ("Built …:").
const DESCRIBES_LEAD_IN = /^(?:[Ii]t|[Tt]his|[Tt]hese|[Tt]hey|[Tt]he\s+[\p{L}-]+|\p{Lu}[\p{L}\p{N}.-]*)\s+(?:achieves|capitalizes|capitalises|leverages|relies|works|provides|performs|uses|combines|consists|supports|offers|exploits|handles|does)\b[^:]*:$/u;
// The lead-in says there were problems ("posed several unique challenges:", "has several limitations:"),
// not that the writer dealt with them ("Directly owned resolution of critical issues:", "To meet these
// challenges, we developed two techniques:").
const PROBLEM_LEAD_IN = /\b(?:posed?|poses|has|had|have|faced?|faces|brought|presented|presents|were|are|was|is)\s+(?:(?:a|an|the|several|some|many|a\s+few|few|two|three|four|five|\d+|these|those|its|their|our|major|key|main|significant|unique|serious|real|critical|known|following|number|couple|of)\s+){0,4}(?:[\p{L}-]+\s+)?(?:challenges|limitations|pain\s+points|problems|issues|drawbacks|shortcomings|obstacles|bottlenecks)\s*:$/iu;

/**
 * An item whose words are all a quotation, after an optional label ('*Stakeholder Feedback*: "Without
 * her there would be no launch."'): someone else's words about the writer, not a claim of theirs (issue
 * 26's draw after-17: a testimonial counted in a role's share of figures).
 */
function quotedWords(bullet: Bullet): boolean {
  // Both patterns need a quotation mark: most items stop here (bench/profile.mjs: 73 ms self over the
  // 1 000 bench résumés, for the copies and replaces below).
  if (!hasQuote(bullet.text) && !hasQuote(bullet.plain)) return false;
  // (`text` keeps source offsets, so the body after a label is cut there; `plain` collapses spaces.)
  const body = bullet.text.slice(bullet.bodyStart - bullet.start).replace(/\s+/g, " ").trim();
  return QUOTED_RE.test(body) || QUOTED_AFTER_LABEL_RE.test(bullet.plain.trim());
}
const hasQuote = (s: string): boolean => s.includes('"') || s.includes("“");
const QUOTED_RE = /^["“][^"”]{8,}["”][.!]?$/u;
const QUOTED_AFTER_LABEL_RE = /^[\p{L}][\p{L} ]{2,40}:\s*["“][^"”]{8,}["”][.!]?$/u;

/**
 * An item that explains how a design works, in the present tense with the design as its subject
 * ("**Speculation**: This technique involves running checks before…, allowing us to…"): what the writer
 * built is claimed elsewhere; this says how it works (issue 26: a claim asked of such an item, wrong for
 * both judges of draw after-18).
 */
function explainsDesign(bullet: Bullet): boolean {
  return EXPLAINS_DESIGN_RE.test(bullet.text.slice(bullet.bodyStart - bullet.start).trimStart());
}
const EXPLAINS_DESIGN_RE = /^(?:This|The|Each|That)\s+(?:[\p{L}-]+\s+)?(?:technique|approach|method|algorithm|mechanism|scheme)\s+(?:involves|works|uses|relies|consists|combines|lets|allows|means|requires)\b/u;

/** A role's item that opens with a date range: an entry of its own (a career break, a degree) left under the role above. */
function datedEntry(bullet: Bullet): boolean {
  return !!bullet.role && DATE_RANGE_OPENER.test(bullet.plain.trim());
}

function describesCompany(bullet: Bullet): boolean {
  if (!bullet.role) return false;
  const tokens = tokensOf(bullet);
  // "Navisite is a cloud provider. I was part of the team…": the writer's part follows; a claim.
  if (tokens.some((t) => FIRST_PERSON.has(t.lower))) return false;
  const employer = tokenize(bullet.role.employer).map((t) => t.lower);
  // "Tessaly makes…", "ScyllaDB Inc. is…": the employer's first word opens the item, then its verb.
  if (employer.length && tokens[0]?.lower === employer[0]) {
    let next = tokens.findIndex((t, i) => i > 0 && !employer.includes(t.lower) && !/^(?:inc|ltd|llc|gmbh|plc|co)$/.test(t.lower));
    // "Tibrio, a spinout from Zeeto, connects…": an appositive between commas, then the verb.
    if (next > 0 && /^\s*,\s*$/.test(bullet.text.slice(tokens[next - 1]!.end, tokens[next]!.start)) && /^an?$|^the$/.test(tokens[next]!.lower)) {
      const close = bullet.text.indexOf(",", tokens[next]!.end);
      const after = close < 0 ? -1 : tokens.findIndex((t) => t.start > close);
      if (after > next && after - next <= 8) next = after;
    }
    if (next > 0 && DESCRIPTION_VERBS.has(tokens[next]!.lower)) return true;
  }
  // "SaaS company in the developer tools space.": one sentence that opens with a company noun phrase
  // (not a verb: "Founded a startup that…", "Joined a company of…" are the writer's).
  const plain = bullet.plain.trim();
  const oneSentence = !/[.!?;]\s+\S/.test(plain.replace(/[.!?]\s*$/, ""));
  // "Tempo is a booking platform used by salons worldwide.": one sentence that says what a
  // named company or product is (held-out round 6).
  if (oneSentence && describesNamedThing(plain)) return true;
  if (/^\p{L}+ed\b/iu.test(plain) || !COMPANY_HEAD.test(plain)) return false;
  return oneSentence;
}

/**
 * Bullets that are achievements (the model's `achievement` flag: experience and impact sections; not
 * Skills, Education, Contact, a promo packet's Goals/Feedback context or its introduction), less the
 * items that are not the writer's claim (notAClaim).
 */
export function achievementBullets(doc: Doc): Bullet[] {
  let cached = achievementCache.get(doc);
  if (!cached) {
    cached = doc.bullets.filter((b) => b.achievement && !notAClaim(b, doc));
    achievementCache.set(doc, cached);
  }
  return cached;
}
const achievementCache = new WeakMap<Doc, Bullet[]>();

/** True when a bullet counts as an achievement (see achievementBullets). */
export function isAchievement(doc: Doc, bullet: Bullet): boolean {
  return achievementBullets(doc).includes(bullet);
}

/** The achievement bullets of a role (less the items that are not the writer's claim). */
export function roleAchievements(role: Role): Bullet[] {
  return role.bullets.filter((b) => b.achievement && !notAClaim(b));
}

/** The deepest section containing an offset. */
export function sectionAt(doc: Doc, offset: number): Section | undefined {
  let best: Section | undefined;
  for (const s of doc.sections) if (s.start <= offset && offset < s.end && (!best || s.depth >= best.depth)) best = s;
  return best;
}

/** The bullet whose span starts at `start`, if any. */
export function bulletAt(doc: Doc, start: number): Bullet | undefined {
  let map = bulletIndex.get(doc);
  if (!map) {
    map = new Map(doc.bullets.map((b) => [b.start, b]));
    bulletIndex.set(doc, map);
  }
  return map.get(start);
}
const bulletIndex = new WeakMap<Doc, Map<number, Bullet>>();

/** "Guidance: We, not me" — the `competency` a guidance rule's findings carry. */
export function guidanceOf(meta: RuleMeta): string {
  return "Guidance: " + meta.guidance;
}

/** Offset of the end of the line containing `offset` (before the line break). */
export function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
  return i;
}

/** Offset of the start of the line containing `offset`. */
export function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== "\n" && text[i - 1] !== "\r") i--;
  return i;
}

/** The line break style of the document. */
export function eol(text: string): string {
  return text.includes("\r\n") ? "\r\n" : "\n";
}

/** The text before a bullet on its line: indentation and marker ("- ", "  * ", "1. ", "• "). */
export function bulletPrefix(doc: Doc, bullet: Bullet): string {
  const start = lineStart(doc.text, bullet.start);
  const prefix = doc.text.slice(start, bullet.start);
  // Numbered items continue with the next number; keep the marker style otherwise.
  return prefix.replace(/(\d+)([.)])/, (_m, n: string, p: string) => String(Number(n) + 1) + p).replace(/\[[ xX]\]\s*$/, "");
}

/** Escapes text for a VS Code snippet (`$`, `}` and `\`). */
export function snippetEscape(s: string): string {
  return s.replace(/[\\$}]/g, (c) => "\\" + c);
}

/** Where sentences start in a bullet: its body start, then each later sentence's start (ascending). */
export function sentenceStarts(doc: Doc, bullet: Bullet): number[] {
  return [bullet.bodyStart, ...doc.sentences(bullet).map((s) => s.start).filter((s) => s > bullet.bodyStart)];
}

/** A bullet that opens with a bold headline ("**Cut p99 40%.** The old cache…"): the headline's text is group 2. */
export const BOLD_HEADLINE_RE = /^(\*\*|__)([^*_]+?)\1/;

/** Sections a promo packet writes its case in ("Impact", "Competencies"): their paragraphs are claims. */
export const IMPACT_SECTIONS: ReadonlySet<string> = new Set(["impact", "competencies"]);

/**
 * True when a paragraph frames its role rather than telling it (DESIGN §3: `first-person` is for
 * bullets and role paragraphs): a lead-in that ends with a colon, of one sentence ("As the tech lead I
 * was responsible for:") or of more above a list item ("I then moved to the billing squad. What I did
 * there:"), or, in a role whose achievements are list items, a paragraph that opens
 * with the employer's name ("Acme is a payments company. I was part of its platform team."), says
 * what a named company or product is ("Kestrel is an open-source stream processor.") or comes before
 * the first item (introducesRole), which describes what the items are about. List items are never
 * framing, and neither is a paragraph inside a list item (a role told in its timeline entry: the next
 * entry is not its list).
 */
export function framesRole(doc: Doc, bullet: Bullet): boolean {
  if (!bullet.paragraph) return false;
  const role = bullet.role;
  if (/:\s*$/.test(bullet.plain) && (doc.sentences(bullet).length <= 1 || (role && leadsIntoItems(role, bullet)))) return true;
  const employer = role?.employer.trim();
  if (!role || !employer || bullet.start !== lineStart(doc.text, bullet.start)) return false;
  const body = bullet.plain.replace(/^[\s*_"“]+/, "");
  const opensWithEmployer = body.startsWith(employer) && !/[\p{L}\p{N}]/u.test(body[employer.length] ?? "");
  if (!opensWithEmployer && !describesNamedThing(doc.sentences(bullet)[0]?.plain ?? body) && !introducesRole(role, bullet)) return false;
  return role.bullets.some((b) => b.achievement && !b.paragraph);
}

/** True when the next of the role's bullets after a paragraph is a list item: the paragraph leads into it. */
function leadsIntoItems(role: Role, bullet: Bullet): boolean {
  const next = role.bullets[role.bullets.indexOf(bullet) + 1];
  return !!next && !next.paragraph;
}

/**
 * A paragraph above the first list item of its role (framesRole checks that there is one): the
 * role's intro, its scope and context ("Responsible for every internal system…", "I joined to
 * build the payments team."), whose items then tell what was done. Issue 26's judges called first
 * person, weak openers and length there context, not achievement: debatable in 30 of the 31 verdicts
 * on them (after-8 … after-12), the other right.
 */
function introducesRole(role: Role, bullet: Bullet): boolean {
  if (bullet.depth > 0) return false;
  const firstItem = role.bullets.find((b) => b.achievement && !b.paragraph);
  return !!firstItem && bullet.start < firstItem.start;
}

/** "Kestrel is an open-source stream processor.": a sentence that says what a named thing is, without the author in it. */
const NAMED_THING_IS = /^\p{Lu}[\p{L}\p{N}.&'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'-]*){0,3}\s+(?:is|was|are|were)\s+(?:a|an|the|one)\b/u;
function describesNamedThing(sentence: string): boolean {
  return NAMED_THING_IS.test(sentence) && !/\b(?:I|me|my|myself)\b/.test(sentence);
}

/**
 * A narrative paragraph of a brag document or year in review (a move, a course, a routine, the
 * writer's voice), outside the Impact or Competencies section where a packet makes its case: the
 * real corpus showed that judging each one as a claim is mostly wrong (issue 26). Its list items are
 * claims.
 */
export function isNarrative(kind: DocKind, bullet: Bullet): boolean {
  return kind === "promo" && bullet.paragraph && !IMPACT_SECTIONS.has(bullet.section.kind);
}

/**
 * Latest year a role's dates reach ("Present" counts as the future); undefined when there is none.
 * Kept per role (for the dates it was read from): earlyCareer asks it for every bullet of the role.
 */
export function endYear(role: Role): number | undefined {
  const known = endYearCache.get(role);
  if (known && known.dates === role.dates) return known.year;
  const d = role.dates.toLowerCase();
  let year: number | undefined;
  // (A range left open with an ellipsis, "06.2021 - ...", runs to now too.)
  if (/present|current|now|today|ongoing|(?:\.{3}|…)$/.test(d)) year = 9999;
  else {
    const years = [...d.matchAll(/(?:19|20)\d{2}/g)].map((m) => Number(m[0]));
    year = years.length ? Math.max(...years) : undefined;
  }
  endYearCache.set(role, { dates: role.dates, year });
  return year;
}
const endYearCache = new WeakMap<Role, { dates: string; year: number | undefined }>();

/** How many years before the document's latest role a role must have ended to be early career. */
export const EARLY_CAREER_YEARS = 10;

/**
 * True when a role ended more than EARLY_CAREER_YEARS before the document's latest dated role ("Present"
 * counts as the newest year the document names): a reader weighs the recent roles, and asks no more
 * numbers of a job from fifteen years ago (issue 26's judged draws). The document's own years are the
 * clock, so the answer does not change with the day it is linted.
 */
export function earlyCareer(doc: Doc, role: Role): boolean {
  return endedYearsBefore(doc, role, EARLY_CAREER_YEARS + 1);
}

/** True when a role ended `years` or more before the document's latest dated role (see earlyCareer). */
export function endedYearsBefore(doc: Doc, role: Role, years: number): boolean {
  const end = endYear(role);
  if (end === undefined || end === 9999) return false;
  return newestYear(doc) - end >= years;
}

/**
 * The newest year the document's roles name, once per document: earlyCareer is asked per bullet, and
 * a walk over every role each time made a long document's lint grow with the square of its length.
 */
function newestYear(doc: Doc): number {
  let newest = newestYearCache.get(doc);
  if (newest !== undefined) return newest;
  newest = 0;
  for (const r of doc.roles) {
    const y = endYear(r);
    if (y === undefined) continue;
    if (y === 9999) {
      // "2019 – Present": the newest year the document names.
      for (const m of r.dates.matchAll(/(?:19|20)\d{2}/g)) newest = Math.max(newest, Number(m[0]));
    } else newest = Math.max(newest, y);
  }
  newestYearCache.set(doc, newest);
  return newest;
}
const newestYearCache = new WeakMap<Doc, number>();

/**
 * True when the résumé tells its roles as prose: paragraphs are more than half of the roles'
 * achievements. Its first person is the document's chosen voice (a narrative CV, an "about me" work
 * history), not a slip in a bullet: judges of issue 26's draws after-8 and after-9 called such
 * findings debatable or wrong every time (8 of 8). Its list items, if any, are still read.
 */
export function narrativeResume(doc: Doc): boolean {
  let items = 0;
  let paragraphs = 0;
  for (const b of doc.bullets) {
    if (!b.achievement || !b.role) continue;
    items++;
    if (b.paragraph) paragraphs++;
  }
  return paragraphs * 2 > items;
}

/** The sentence of `span` that holds [start, end) (sentences do not overlap, so at most one does). */
export function sentenceHolding(doc: Doc, span: Span, start: number, end: number): Sentence | undefined {
  return doc.sentences(span).find((x) => x.start <= start && end <= x.end);
}
