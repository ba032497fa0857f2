// Vague counts shared by vague-quantity and prose/weasel (src/rules/data/vague.json).
import data from "../data/vague.json";

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
