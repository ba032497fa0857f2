// Vague counts shared by vague-quantity and prose/weasel (src/rules/data/vague.json).
import type { Doc, Span } from "../../core/types.js";
import data from "../data/vague.json";
import { sentenceHolding } from "./doc.js";
import { compilePhrases, findPhrases, tokenize } from "./words.js";

/** Every word vague-quantity reads ("significantly", "many", "a lot of"…), lower case. */
export const VAGUE_WORDS: ReadonlySet<string> = new Set(data.words.map((w) => w.phrase));

/** The count words ("many", "various", "a few"…), lower case. */
export const COUNT_WORDS: ReadonlySet<string> = new Set(data.words.filter((w) => w.kind === "count").map((w) => w.phrase));

const MEMBERS_NAMED = data.membersNamed.map((re) => new RegExp(re, "iu"));

/**
 * True when the sentence goes on to name the members of a count word that ends at `end` of `text`
 * ("various industries, including finance and media", "several projects (PyMC3, pandas)"): the
 * reader can see them, so the word is no vague count.
 */
export function membersNamed(text: string, end: number): boolean {
  // A hard-wrapped bullet's line breaks and indents count as one space.
  const after = text.slice(end, end + 160).replace(/\s+/g, " ");
  return MEMBERS_NAMED.some((re) => re.test(after));
}

/** Where the word is no size at all ("differs significantly from", "one of several", "our various"). */
export const NOT_SIZES = compilePhrases(data.notSizes);

/**
 * True when [start, end) of `text` lies in one of the notSizes phrases: a difference or a comparison,
 * a design's capability, "one of several", an idiom. The word is then no vague size for vague-quantity,
 * prose/weasel or prose/adverb (one finding per word: what the most specific check excepts is not
 * handed on to the less specific ones).
 */
export function notASize(text: string, start: number, end: number): boolean {
  return findPhrases(tokenize(text), NOT_SIZES).some((m) => m.start < end && start < m.end);
}

const NOT_COUNTED: ReadonlySet<string> = new Set(data.notCountedNouns);
/** How many words after a count word its noun may be ("many critical portions", "a wide range of build-tooling challenges"). */
const NOUN_WINDOW = 3;

/**
 * True when the noun of a count word that ends at `end` of `text` (within three words) names no unit a
 * reader would count ("various aspects", "many critical portions of", "a wide range of … challenges"):
 * a number there adds nothing, for vague-quantity and prose/weasel alike.
 */
export function countsNothing(text: string, end: number): boolean {
  const after = text.slice(end, end + 80).toLowerCase().split(/[^\p{L}\p{N}'’-]+/u);
  let words = 0;
  for (const w of after) {
    if (!w) continue;
    if (NOT_COUNTED.has(w)) return true;
    if (++words >= NOUN_WINDOW) break;
  }
  return false;
}

/**
 * A sentence opening (after an optional "Internally," or "In 2021,") with a named person or he/she/they
 * and a past-tense verb: someone else's act ("Matt made", "She built", "They ran").
 */
const OTHER_SUBJECT_RE = /^[\s*_>"“]*(?:[\p{L}\d]+(?:\s+[\p{L}\d]+)?,\s+)?(?:He|She|They|(?!(?:I|We|My|Our|This|That|These|Those|The|It|There|Here|In|At|On|For|After|Before|During|With|By|From|Then|Also|And|But|So)\b)\p{Lu}\p{Ll}+)\s+(?:\p{Ll}{2,}ed|made|built|wrote|ran|led|gave|took|did|won|set|put|got|brought|taught|drove|grew|began|started|spent|shipped)\b/u;
/**
 * True when the sentence holding [start, end) opens with someone else doing it ("Internally, Matt made
 * several pipelines for …"): in a brag document or year in review, their work, not a claim of the
 * writer's to size (vague-quantity and prose/weasel, so the word is not handed from one to the other).
 */
export function othersWork(doc: Doc, span: Span, start: number, end: number): boolean {
  const sentence = sentenceHolding(doc, span, start, end);
  return !!sentence && OTHER_SUBJECT_RE.test(doc.text.slice(sentence.start, start));
}
