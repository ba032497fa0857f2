// Vague counts shared by vague-quantity and prose/weasel (src/rules/data/vague.json).
import data from "../data/vague.json";
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
/** How many words after a count word its noun may be ("many critical portions", "a wide range of container-related challenges"). */
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
