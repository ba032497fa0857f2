// write-good, applied to prose only. It knows nothing of Markdown, so it is fed the *masked* text of
// bullets and paragraphs (code, URLs, link targets and HTML already blanked to same-length spaces),
// one check at a time, and its matches are mapped back to source offsets. Résumé language is tuned
// with allow-lists kept as data (src/rules/data/prose.json).
import writeGood, { type CheckFn } from "write-good";
import passiveVoice from "passive-voice";
import weaselWords from "weasel-words";
import adverbWhere from "adverb-where";
import tooWordy from "too-wordy";
import lexicalIllusions from "write-good/lib/lexical-illusions.js";
import startsWithSo from "write-good/lib/starts-with-so.js";
import thereIs from "write-good/lib/there-is.js";
import data from "../data/prose.json";
import type { Doc, Span, Fix } from "../../core/types.js";
import type { RuleContext } from "../../core/rule.js";
import { bulletAt, isNarrative, notAClaim, sectionAt } from "./doc.js";
import { compilePhrases, findPhrases, hasPhrase, tokenize, type Phrase } from "./words.js";
import { findCliches } from "./cliches.js";
import { memo } from "../../core/memo.js";
import { COUNT_WORDS, VAGUE_WORDS, countsNothing, membersNamed, notASize } from "./vague.js";
import { isJsSpace } from "../../core/chars.js";

export type ProseCheck = "passive" | "weasel" | "adverb" | "tooWordy" | "cliches" | "illusion" | "so" | "thereIs";

const ALL_CHECKS: ProseCheck[] = ["passive", "weasel", "adverb", "tooWordy", "cliches", "illusion", "so", "thereIs"];

export interface ProseMatch {
  /** Source offsets. */
  start: number;
  end: number;
  /** The matched text as written. */
  word: string;
  block: Span;
}

/** Sections whose text is not prose (lists of tools, degrees, links, talk titles). */
const NON_PROSE = new Set(["skills", "contact", "education", "publications"]);

function normalise(s: string): string {
  return s.toLowerCase().replace(/[\s\u00a0]+/g, " ").replace(/’/g, "'").trim();
}

/** Per check, its allow-listed phrases: the groups of prose.json's curated exception set, flattened. */
const ALLOW: Record<ProseCheck, string[]> = Object.fromEntries(
  ALL_CHECKS.map((c) => [c, Object.values((data.allow as Record<string, Record<string, string[]>>)[c] ?? {}).flat().map(normalise)]),
) as Record<ProseCheck, string[]>;

/** After a form of "be", these are adjectives, not passives ("the model was flawed"). */
const ADJECTIVAL = new Set(data.adjectivalParticiples);
/** "by" after a passive names its actor unless what follows is a number, a gerund or a measure ("by 40%", "by adding"). */
const NAMED_ACTOR = /^\s+by\s+(?![\d$€£]|[\p{L}]+ing\b|(?:over|up|about|around|nearly|almost|half|a\s+(?:factor|third|quarter|half)|an\s+order|orders)\b)[\p{L}]/iu;
/** Award and prize citations: their wording is the awarder's (prose.json `awardLines`). */
const AWARD_CUES = compilePhrases(data.awardLines.cues.map((c) => c.split(" ").map((w) => "=" + w).join(" ")));
const AWARD_CHECKS = new Set<string>(data.awardLines.checks);

/** True when a passive match is no hidden-actor passive: an adjective after "be", or its actor named after it. */
export function notHiddenPassive(blockText: string, start: number, end: number): boolean {
  const participle = /[\p{L}-]+$/u.exec(blockText.slice(start, end))?.[0].toLowerCase() ?? "";
  return ADJECTIVAL.has(participle) || NAMED_ACTOR.test(blockText.slice(end, end + 40));
}

const EXTRA: Partial<Record<ProseCheck, Phrase[]>> = Object.fromEntries(
  Object.entries((data as { extra?: Record<string, string[]> }).extra ?? {}).map(([c, list]) => [c, compilePhrases(list)]),
);

/**
 * Checks that read our own word list (prose.json `own`, each word as written) instead of
 * write-good's: its "adverb" list holds "things", "quickly", "finally", "honestly"… which carry
 * meaning in a résumé; ours holds only the fillers that carry none ("successfully", "very", "really").
 */
/** Per check with its own list, the list's phrases as written (for the docs and the tests). */
export const OWN_LISTS: Partial<Record<ProseCheck, string[]>> = {
  ...Object.fromEntries(Object.entries(data.own).map(([c, groups]) => [c, Object.values(groups).flat()])),
  tooWordy: Object.keys(data.wordyReplacements),
};
const exactly = (list: readonly string[]): Phrase[] => compilePhrases(list.map((p) => p.split(" ").map((w) => "=" + w).join(" ")));
// prose/wordy reports only a phrase a shorter one says the same as: the suggestion it offers.
const OWN: Partial<Record<ProseCheck, Phrase[]>> = Object.fromEntries(Object.entries(OWN_LISTS).map(([c, list]) => [c, exactly(list)]));

/**
 * The writer's own voice (prose.json `writersVoice`): in a sentence where they speak of themselves
 * ("I really enjoyed…", "in my opinion, an excellent fit"), a hedge or an intensifier tells a feeling,
 * not a weakened claim.
 */
const VOICE = data.writersVoice;
const VOICE_CHECKS: ReadonlySet<ProseCheck> = new Set(["weasel", "adverb"]);
const FIRST_PERSON = new Set(VOICE.firstPerson);
const VOICE_WORDS = new Set([
  ...VOICE.words,
  ...Object.entries(data.own.adverb as Record<string, string[]>)
    .filter(([group]) => VOICE.ownGroups.includes(group))
    .flatMap(([, words]) => words),
]);

const WISHES = new Set(VOICE.wishes);

/** The words of the sentence of a block's text that holds [start, end), lower-cased. */
function sentenceWords(blockText: string, start: number, end: number): string[] {
  const from = Math.max(blockText.lastIndexOf(".", start), blockText.lastIndexOf("!", start), blockText.lastIndexOf("?", start), blockText.lastIndexOf(";", start)) + 1;
  const stop = blockText.slice(end).search(/[.!?;]/);
  const sentence = blockText.slice(from, stop < 0 ? blockText.length : end + stop).toLowerCase().replace(/’/g, "'");
  return sentence.match(/[\p{L}']+/gu) ?? [];
}

const wish = (words: string[]): boolean => words.some((w) => FIRST_PERSON.has(w)) && words.some((w) => WISHES.has(w));

/** True when [start, end) of a block's text is in a sentence that states the writer's wish ("I hope it helps many others"): it claims nothing that happened. */
export function inWish(blockText: string, start: number, end: number): boolean {
  return wish(sentenceWords(blockText, start, end));
}

/**
 * True when [start, end) of a block's text is a hedge or intensifier in a sentence that speaks in the
 * first person, or any word of a sentence that states the writer's wish.
 */
export function inWritersVoice(blockText: string, start: number, end: number): boolean {
  const words = sentenceWords(blockText, start, end);
  return VOICE_WORDS.has(blockText.slice(start, end).toLowerCase()) ? words.some((w) => FIRST_PERSON.has(w)) : wish(words);
}

/** Checks that read only the writer's claims (prose.json `claimsOnly`; see isClaim). */
const CLAIMS_ONLY = new Set<string>(data.claimsOnly.checks);
/** Checks that read every prose block but a promo document's narrative paragraphs (prose.json `claimsOnly.notInNarrative`). */
const NOT_IN_NARRATIVE = new Set<string>(data.claimsOnly.notInNarrative);
/** In a résumé, sections whose items and paragraphs are claims though not role achievements. */
const CLAIM_SECTIONS = new Set<string>(data.claimsOnly.resumeSections);

/** True when a prose block is a brag document's or year in review's narrative (lib/doc.ts isNarrative), or a paragraph of one that is no item at all. */
function isPromoNarrative(doc: Doc, block: Span): boolean {
  if (doc.kind !== "promo") return false;
  const bullet = bulletAt(doc, block.start);
  return !bullet || isNarrative(doc.kind, bullet);
}

/**
 * True when a prose block is one of the writer's claims: an achievement bullet or role paragraph,
 * but not a narrative paragraph of a brag document or year in review (lib/doc.ts isNarrative); in a
 * résumé, also the Summary's and Projects' text. Not claims: an About page's or a blog post's
 * paragraphs, someone else's words in a block quote, a list outside the experience, a company
 * description or a section about study or private life (lib/doc.ts notAClaim).
 */
export function isClaim(doc: Doc, block: Span): boolean {
  const bullet = bulletAt(doc, block.start);
  if (bullet?.achievement) return !isNarrative(doc.kind, bullet) && !notAClaim(bullet, doc);
  const sec = bullet?.section ?? sectionAt(doc, block.start);
  return doc.kind === "resume" && !!sec && CLAIM_SECTIONS.has(sec.kind);
}

const PASSIVE = data.passiveClaim;
const PAST_AUX = new Set(PASSIVE.auxiliaries);
const PERFECT_AUX = new Set(PASSIVE.perfectAuxiliaries);
const SUBORDINATORS = new Set(PASSIVE.subordinators);
const PRONOUN_SUBJECTS = new Set(PASSIVE.pronounSubjects);
const WORK_PARTICIPLES = new Set(PASSIVE.workParticiples);
const MATERIAL = new RegExp(`^\\s+(?:${PASSIVE.materialWords.join("|")})\\s+(?![\\d$€£])[\\p{L}]`, "iu");
/** Where a clause starts: after sentence punctuation, a bracket or a dash. */
const CLAUSE_BREAK = /[.;:!?()[\]\u2014\u2013]|\s-\s/g;

/**
 * True when a passive (write-good's match at [start, end) of a block's text) is the main clause of a
 * claim and hides the writer's own part: a finite past passive ("was built", "were migrated", "has
 * been rewritten") of a verb of work the writer could have done (prose.json `passiveClaim`), not in a
 * subordinate or relative clause ("…which was productized", "when it was built"), its subject not a
 * person ("I was tasked", "we were asked"). A passive that describes how a system works ("is
 * deployed", "are measured"), an infinitive ("to be merged", "will be announced") or something done
 * to the writer ("was detailed to", "was forced to") names no hidden part of theirs, nor does one
 * that says what a system is made of ("was built using Unity", "was written in Clojure").
 */
export function hidesWritersPart(blockText: string, start: number, end: number): boolean {
  const words = blockText.slice(start, end).toLowerCase().split(/\s+/);
  if (!WORK_PARTICIPLES.has(words[words.length - 1]!)) return false;
  if (MATERIAL.test(blockText.slice(end, end + 40))) return false;
  let clauseStart = 0;
  const before = blockText.slice(0, start);
  for (const m of before.matchAll(CLAUSE_BREAK)) clauseStart = m.index + m[0].length;
  let clause: string[] = before.slice(clauseStart).toLowerCase().replace(/’/g, "'").match(/[\p{L}']+/gu) ?? [];
  if (words[0] === "been") {
    if (!PERFECT_AUX.has(clause[clause.length - 1] ?? "")) return false;
    clause = clause.slice(0, -1);
  } else if (!PAST_AUX.has(words[0]!)) return false;
  if (clause.some((w) => SUBORDINATORS.has(w))) return false;
  return !PRONOUN_SUBJECTS.has(clause[clause.length - 1] ?? "");
}

/** Per check, a regex finding each place where one of its allow-listed phrases starts (as indexOf would). */
const ALLOW_START: Partial<Record<ProseCheck, RegExp>> = Object.fromEntries(
  ALL_CHECKS.flatMap((c) => {
    const list = ALLOW[c].filter(Boolean).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    return list.length ? [[c, new RegExp(list.join("|"), "g")]] : [];
  }),
);

/** Ranges of allow-listed phrases in a block's text (word boundaries, case-insensitive). */
function allowedRanges(text: string, check: ProseCheck): [number, number][] {
  const out: [number, number][] = [];
  const re = ALLOW_START[check];
  if (!re) return out;
  const lower = text.toLowerCase().replace(/’/g, "'");
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const i = m.index;
    for (const phrase of ALLOW[check]) {
      if (!phrase || !lower.startsWith(phrase, i)) continue;
      const before = lower[i - 1] ?? " ";
      const after = lower[i + phrase.length] ?? " ";
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push([i, i + phrase.length]);
    }
    re.lastIndex = i + 1;
  }
  return out;
}

/** The prose blocks write-good reads: bullets and paragraphs outside skills/contact/education/publications. */
export function proseBlocks(doc: Doc): Span[] {
  const cached = blockCache.get(doc);
  if (cached) return cached;
  const out = doc.proseBlocks.filter((b) => {
    if (doc.frontMatter && b.start < doc.frontMatter.end && b.end > doc.frontMatter.start) return false;
    const sec = sectionAt(doc, b.start);
    return !sec || !NON_PROSE.has(sec.kind);
  });
  blockCache.set(doc, out);
  return out;
}
const blockCache = new WeakMap<Doc, Span[]>();

type WriteGoodCheck = Exclude<ProseCheck, "cliches">;

/**
 * The check functions write-good's writeGood() runs (its own modules and its dependencies: the test
 * checks they are the files write-good loads). writeGood(text, options) with one check on runs that
 * check's function and then, per call, merges its options, walks its 9 checks, builds a reason string
 * per match, filters, dedups equal (index, offset) pairs and sorts by index; for one check the last
 * three change nothing while the indices strictly increase (each function scans left to right), and we
 * never read the reasons. So the function is called directly, and writeGood only if that order fails.
 */
const CHECK_FN: Record<WriteGoodCheck, CheckFn> = {
  passive: passiveVoice,
  weasel: weaselWords,
  adverb: adverbWhere,
  tooWordy,
  illusion: lexicalIllusions,
  so: startsWithSo,
  thereIs,
};

function writeGoodCheck(check: WriteGoodCheck, text: string): ReturnType<CheckFn> {
  const fn = CHECK_FN[check];
  const found = fn(text);
  for (let i = 1; i < found.length; i++) {
    if (found[i]!.index <= found[i - 1]!.index) return writeGood(text, { checks: { [check]: { fn, explanation: "" } } });
  }
  return found;
}

/** A-Z as a-z; other code units as they are. */
const foldAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/**
 * Whether some run of non-space holds a letter, digit or _ (ASCII, as \w) and lower-cases to the run
 * before it: what lexical-illusions needs to report anything (it lower-cases each run and compares it
 * with the previous one). All-ASCII runs are compared in place; others by toLowerCase, as it does.
 */
function hasRepeatedRun(text: string): boolean {
  const n = text.length;
  let prevStart = -1;
  let prevEnd = -1;
  let prevAscii = true;
  let i = 0;
  while (i < n) {
    while (i < n && isJsSpace(text.charCodeAt(i))) i++;
    if (i === n) break;
    const start = i;
    let ascii = true;
    let word = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (isJsSpace(c)) break;
      if (c > 127) ascii = false;
      else if (!word) {
        const l = foldAscii(c);
        word = (l >= 97 && l <= 122) || (c >= 48 && c <= 57) || c === 95;
      }
    }
    if (word && prevStart >= 0) {
      if (!ascii || !prevAscii) {
        if (text.slice(prevStart, prevEnd).toLowerCase() === text.slice(start, i).toLowerCase()) return true;
      } else if (i - start === prevEnd - prevStart) {
        let k = 0;
        while (k < i - start && foldAscii(text.charCodeAt(prevStart + k)) === foldAscii(text.charCodeAt(start + k))) k++;
        if (k === i - start) return true;
      }
    }
    prevStart = start;
    prevEnd = i;
    prevAscii = ascii;
  }
  return false;
}

/**
 * Necessary conditions, on a block's text, for a check to find anything in it (the text plus the
 * sentence end blockMatches may add): "So …" and "There is/are …" are only read at the start of a
 * run of text after a line break or [.;!?] (write-good splits sentences with
 * /([^\n.;!?]+)([.;!?]+)/g), and a lexical illusion is a repeated run. Where one holds, write-good
 * decides; where it fails, write-good would find nothing, and is not run.
 */
const MAY_FIND: Partial<Record<WriteGoodCheck, (blockText: string) => boolean>> = {
  so: (t) => /(?:^|[\n.;!?])\s*so\b/i.test(t),
  thereIs: (t) => /(?:^|[\n.;!?])\s*there\s(?:is|are)\b/i.test(t),
  illusion: hasRepeatedRun,
};

/**
 * Checks whose matches are the same in a block's text and in it plus ".": each is one global regex
 * of words, spaces and \w (no "." anywhere in it) ending in \b, which reads a "." after the text as
 * it reads the end of the text (not a word character), and none can start at the ".".
 */
const WORD_CHECKS: ReadonlySet<ProseCheck> = new Set(["passive", "weasel", "adverb", "tooWordy"]);

const NONE: readonly [number, number][] = Object.freeze([]);
const MEMO_NS = Object.fromEntries(ALL_CHECKS.map((c) => [c, "prose:" + c])) as Record<ProseCheck, string>;
const EXTRA_NS = Object.fromEntries(ALL_CHECKS.map((c) => [c, "prose-extra:" + c])) as Record<ProseCheck, string>;

/** A block's text as write-good's sentence checks read it: ended as a sentence ("." added if need be). */
const asSentence = (blockText: string): string => (/[.!?;:]\s*$/.test(blockText) ? blockText : blockText + ".");

/**
 * One write-good check on one block's masked text: [start, end) relative to the block, allow-list
 * applied. Exported for the test that holds it to writeGood(text, options) itself.
 */
export function blockMatches(blockText: string, check: ProseCheck): readonly [number, number][] {
  return memo(MEMO_NS[check], blockText, () => {
    if (check !== "cliches" && MAY_FIND[check]?.(blockText) === false) return NONE;
    // write-good's sentence checks ("So …", "There is …", and the last word of a repeat) need a
    // sentence end to see a sentence; the others cannot tell (see WORD_CHECKS), so they read the block.
    let text = WORD_CHECKS.has(check) ? undefined : asSentence(blockText);
    // Clichés: the same matches as write-good's check, without its 698-way interpreted regex (lib/cliches.ts).
    const own = OWN[check];
    const found = check === "cliches" ? findCliches(text!) : own ? ownMatches(blockText, own) : writeGoodCheck(check, text ?? blockText);
    if (found.length === 0) return NONE;
    const out: [number, number][] = [];
    let allowed: [number, number][] | undefined; // computed on the first suggestion only
    for (let i = 0; i < found.length; i++) {
      const start = found[i]!.index;
      const end = start + found[i]!.offset;
      if (start < 0 || end > blockText.length || end <= start) continue;
      allowed ??= allowedRanges((text ??= asSentence(blockText)), check);
      if (overlapsAny(allowed, start, end)) continue;
      if (meansSomething(check, blockText, start, end)) out.push([start, end]);
    }
    return out;
  });
}

/** Our own list's matches in write-good's shape (index, offset). */
function ownMatches(blockText: string, phrases: Phrase[]): { index: number; offset: number }[] {
  return findPhrases(tokenize(blockText), phrases).map((m) => ({ index: m.start, offset: m.end - m.start }));
}

/** A weasel word that is one of vague-quantity's counts ("many", "several"; "few" as in "a few"). */
const isCount = (word: string): boolean => COUNT_WORDS.has(word.toLowerCase()) || COUNT_WORDS.has("a " + word.toLowerCase());

/**
 * The résumé sense of a check's match, after the allow-list (issue 26): false for a passive that hides
 * no part of the writer's, a hedge or intensifier in the writer's own voice, a count whose members are
 * named, a repeated run of markup. Exported for the test that holds blockMatches to the plain path.
 */
export function meansSomething(check: ProseCheck, blockText: string, start: number, end: number): boolean {
  if (check === "passive" && (notHiddenPassive(blockText, start, end) || !hidesWritersPart(blockText, start, end))) return false;
  if (VOICE_CHECKS.has(check) && inWritersVoice(blockText, start, end)) return false;
  // "various industries, including finance and media": the count's members are named.
  // "many critical portions of the codebase": no unit a reader would count.
  // (vague-quantity excepts the same words, counts and intensifiers alike: one finding per word.)
  if (check === "weasel" && VAGUE_WORDS.has(blockText.slice(start, end).toLowerCase()) && membersNamed(blockText, end)) return false;
  if (check === "weasel" && isCount(blockText.slice(start, end)) && countsNothing(blockText, end)) return false;
  // "a query language that differs significantly from SQL", "one of several", "our various": no size.
  if ((check === "weasel" || check === "adverb") && notASize(blockText, start, end)) return false;
  // A repeated run of markup or punctuation ("{=html} {=html}" on pandoc's raw lines) is no word.
  if (check === "illusion" && !/^[\p{L}\p{N}]/u.test(blockText.slice(start, end))) return false;
  // A cliché inside quotation marks is a name or a quotation ('a post series called "Self-Appointed
  // Thought Leader"'), not the writer describing themself (issue 26's draws after-15 … after-20).
  if (check === "cliches" && insideQuotes(blockText, start, end)) return false;
  return true;
}

/**
 * True when [start, end) of a block is the whole label that opens an item before its colon, in an item
 * that is no claim of the writer's (under a lead-in that says how a system works, a company's blurb…):
 * "**Needle in a haystack**: most operational data is noise" names what the item explains (issue 26's
 * draw after-25: wrong for both judges). A label of the writer's own item ("**Team player**: …") is not.
 */
function namesWhatIsExplained(doc: Doc, block: Span & { text: string }, start: number, end: number): boolean {
  if (block.text.slice(0, start).trim() !== "" || !/^\s*:/.test(block.text.slice(end, end + 8))) return false;
  const bullet = bulletAt(doc, block.start);
  return !!bullet && notAClaim(bullet, doc);
}

/** True when [start, end) lies between a pair of double quotation marks on its line. */
function insideQuotes(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end);
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  const straight = (before.match(/"/g) ?? []).length;
  if (straight % 2 === 1 && after.includes('"')) return true;
  return before.lastIndexOf("“") > before.lastIndexOf("”") && after.includes("”");
}

function overlapsAny(ranges: [number, number][], start: number, end: number): boolean {
  for (let i = 0; i < ranges.length; i++) if (start < ranges[i]![1] && ranges[i]![0] < end) return true;
  return false;
}

/** True when a block is an award or prize citation ("Won the Spot award for excellent first-year results"). */
export function isAwardLine(blockText: string): boolean {
  return memo("prose-award", blockText, () => hasPhrase(tokenize(blockText), AWARD_CUES));
}

/** Runs one write-good check over every prose block and returns the matches that survive the allow-list. */
export function proseMatches(doc: Doc, check: ProseCheck): ProseMatch[] {
  const out: ProseMatch[] = [];
  const extra = EXTRA[check];
  const claimsOnly = CLAIMS_ONLY.has(check);
  const notInNarrative = NOT_IN_NARRATIVE.has(check);
  for (const block of proseBlocks(doc)) {
    if (claimsOnly && !isClaim(doc, block)) continue;
    if (notInNarrative && isPromoNarrative(doc, block)) continue;
    if (AWARD_CHECKS.has(check) && isAwardLine(block.text)) continue;
    const found = blockMatches(block.text, check);
    for (let i = 0; i < found.length; i++) {
      if (check === "cliches" && namesWhatIsExplained(doc, block, found[i]![0], found[i]![1])) continue;
      const start = block.start + found[i]![0];
      const end = block.start + found[i]![1];
      out.push({ start, end, word: doc.text.slice(start, end), block });
    }
    if (extra) {
      let allowed: [number, number][] | undefined; // the allow-list holds for our own phrases too ("of hard work")
      for (const m of memo(EXTRA_NS[check], block.text, () => findPhrases(tokenize(block.text), extra))) {
        const start = block.start + m.start;
        const end = block.start + m.end;
        if (out.some((o) => o.start < end && start < o.end)) continue;
        allowed ??= allowedRanges(asSentence(block.text), check);
        if (overlapsAny(allowed, m.start, m.end)) continue;
        if (check === "cliches" && (insideQuotes(block.text, m.start, m.end) || namesWhatIsExplained(doc, block, m.start, m.end))) continue;
        out.push({ start, end, word: doc.text.slice(start, end), block });
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Reports each match of a check with the rule's message and fixes. */
export function reportProse(
  ctx: RuleContext,
  check: ProseCheck,
  describe: (m: ProseMatch) => { message: string; fixes?: Fix[] } | undefined,
  competency = "Guidance: Clear prose",
): void {
  for (const m of proseMatches(ctx.doc, check)) {
    const d = describe(m);
    if (d) ctx.report({ start: m.start, end: m.end, message: d.message, fixes: d.fixes, competency });
  }
}

export const WORDY_REPLACEMENTS: Record<string, string> = data.wordyReplacements;

/**
 * An edit that removes a word and one side of its whitespace: the spaces after it when it is followed
 * by a space ("the the migration" → "the migration"), else the spaces before it ("…the end end." →
 * "…the end."). A capitalised word passes its capital to the next word ("Very good" → "Good").
 */
export function removeWordEdit(doc: Doc, start: number, end: number): { start: number; end: number; text: string } {
  const t = doc.text;
  if (t[end] === " " || t[end] === "\t") {
    let e = end;
    while (e < t.length && (t[e] === " " || t[e] === "\t")) e++;
    const next = t[e] ?? "";
    if (/^\p{Lu}/u.test(t[start] ?? "") && /^\p{Ll}$/u.test(next)) return { start, end: e + 1, text: next.toUpperCase() };
    return { start, end: e, text: "" };
  }
  let s = start;
  while (s > 0 && (t[s - 1] === " " || t[s - 1] === "\t")) s--;
  return { start: s, end, text: "" };
}
