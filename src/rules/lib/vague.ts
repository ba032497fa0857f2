// Vague counts shared by vague-quantity and prose/weasel (src/rules/data/vague.json).
import data from "../data/vague.json";
import { compilePhrases, findPhrases, tokenize } from "./words.js";

/** The count words ("many", "various", "a few"…), lower case. */
export const COUNT_WORDS: ReadonlySet<string> = new Set(data.words.filter((w) => w.kind === "count").map((w) => w.phrase));

const MEMBERS_NAMED = data.membersNamed.map((re) => new RegExp(re, "iu"));

/**
 * True when the sentence goes on to name the members of a count word that ends at `end` of `text`
 * ("various industries, including finance and media", "several projects (PyMC3, pandas)"): the
 * reader can see them, so the word is no vague count.
 */
export function membersNamed(text: string, end: number): boolean {
  const after = text.slice(end, end + 120);
  return MEMBERS_NAMED.some((re) => re.test(after));
}

/** vague-quantity's exceptions ("many-to-many", "differs significantly", "one of several"). */
export const VAGUE_EXCEPTIONS = compilePhrases(data.exceptions);

/**
 * True when [start, end) of `text` lies in one of vague-quantity's exceptions: a difference or a
 * comparison ("differs significantly from"), "one of several", an idiom. The word is then no vague
 * size for prose/weasel or prose/adverb either (one finding per word: vague-quantity's exceptions
 * are not handed on to the less specific checks).
 */
export function inVagueException(text: string, start: number, end: number): boolean {
  const tokens = tokenize(text);
  return findPhrases(tokens, VAGUE_EXCEPTIONS).some((m) => m.start < end && start < m.end);
}
