// The bullet classifier: which kinds of work a bullet (or any text) shows. Cue phrases are data
// (src/rules/data/categories.json), matched on word boundaries with light stemming.
import data from "../data/categories.json";
import { compilePhrases, findPhrases, hasPhrase, tokenize, type Phrase, type PhraseMatch, type Token } from "./words.js";

export type Category = "technical" | "people" | "delivery" | "communication" | "cross-team" | "hands-on";

/** In a stable order (the order of the type above). */
export const CATEGORIES: readonly Category[] = ["technical", "people", "delivery", "communication", "cross-team", "hands-on"];

const compiled: Record<Category, Phrase[]> = Object.fromEntries(
  CATEGORIES.map((c) => [c, compilePhrases((data as unknown as Record<Category, string[]>)[c])]),
) as Record<Category, Phrase[]>;

/** The categories whose cues occur in the text, in the order of CATEGORIES. Hands-on work is technical too. */
export function classify(text: string): Category[] {
  return classifyTokens(tokenize(text));
}

export function classifyTokens(tokens: Token[]): Category[] {
  const found = new Set<Category>();
  for (const c of CATEGORIES) if (hasPhrase(tokens, compiled[c])) found.add(c);
  if (found.has("hands-on")) found.add("technical");
  return CATEGORIES.filter((c) => found.has(c));
}

/** Where each category's cues matched (for explanations and tests). */
export function classifyMatches(text: string): { category: Category; match: PhraseMatch }[] {
  const tokens = tokenize(text);
  const out: { category: Category; match: PhraseMatch }[] = [];
  for (const c of CATEGORIES) for (const m of findPhrases(tokens, compiled[c])) out.push({ category: c, match: m });
  return out.sort((a, b) => a.match.start - b.match.start);
}

/** Non-technical work in the sense of the balance guidance: communication, delivery or people. */
export function isNonTechnical(categories: readonly Category[]): boolean {
  return categories.includes("people") || categories.includes("delivery") || categories.includes("communication");
}
