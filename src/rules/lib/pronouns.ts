// First-person pronouns in a bullet's tokens. The lists are data (impact.json); the case rules are
// code: "I" counts in capitals (and as a sloppy lone "i") but not as a numeral ("Part I") or in
// "I/O"; all-capitals "US", "MY", "WE" are names (a country, Malaysia, an acronym); a capitalised
// "Me"/"We"/"Our" in mid-sentence is part of a title ("Ask Me Anything"); words inside double quotes
// are quoted titles or speech, not the author's claim.
import data from "../data/impact.json";
import type { Token } from "./words.js";

const SINGULAR = new Set(data.firstSingular.map((w) => w.toLowerCase()));
const PLURAL = new Set(data.firstPlural.map((w) => w.toLowerCase()));
const ROMAN_AFTER = new Set((data as { romanNumeralAfter?: string[] }).romanNumeralAfter ?? []);
/** Pronouns that make the author an actor ("I shipped", "…asked me", "…myself"). */
const ACTOR = new Set(["i", "i'm", "i've", "i'd", "i'll", "me", "myself"]);

export interface PronounHit {
  token: Token;
  index: number;
  person: "singular" | "plural";
  /** The author acts: I, me, myself (not "my"). */
  actor: boolean;
}

const QUOTED_RE = /"[^"\n]{1,200}"|“[^”\n]{1,200}”/g;

/** Offsets inside double quotes ("…", “…”) on the same line. */
function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = QUOTED_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** True when the token starts a sentence: nothing before it but spaces/markup, or after . ! ? ; : — */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s*_"“'‘(\[]/.test(text[i]!)) i--;
  return i < 0 || /[.!?;:—–]/.test(text[i]!);
}

/**
 * First-person pronouns among `tokens`, which were made from `text` (token offsets index into it).
 */
const LOWER_I_VERBS = new Set(["am", "was", "have", "had", "will", "would", "can", "could", "do", "did", "led", "built", "ran", "made", "wrote", "grew", "drove", "got", "took", "won", "set", "cut", "think", "love", "work", "worked", "also", "then", "now", "really"]);

export function pronouns(tokens: Token[], text: string): PronounHit[] {
  // first-person and we-not-me ask about the same bullets: kept per tokens array (tokenize shares one
  // per text) with the text it was made from. Callers must not change the result.
  let got = pronounCache.get(tokens);
  if (got === undefined || got.text !== text) pronounCache.set(tokens, (got = { text, hits: findPronouns(tokens, text) }));
  return got.hits;
}
const pronounCache = new WeakMap<Token[], { text: string; hits: PronounHit[] }>();

function findPronouns(tokens: Token[], text: string): PronounHit[] {
  const out: PronounHit[] = [];
  let quoted: [number, number][] | undefined; // found at the first pronoun: most bullets have none
  tokens.forEach((token, index) => {
    const l = token.lower;
    const singular = SINGULAR.has(l);
    const plural = !singular && PLURAL.has(l);
    if (!singular && !plural) return;
    const raw = token.raw;
    if ((quoted ??= quotedRanges(text)).some(([a, b]) => token.start > a && token.end < b)) return;
    if (raw.length >= 2 && raw === raw.toUpperCase() && /^\p{L}+$/u.test(raw)) return; // US, MY, WE
    if (l === "i") {
      if (raw !== "I" && raw !== "i") return;
      // A lone lower-case "i" is the pronoun only before an English verb ("i led", "i was"): in Polish,
      // Croatian or Czech lines it is "and" (a bilingual résumé in the real corpus).
      if (raw === "i") {
        const next = tokens[index + 1];
        if (!next || !(/^\p{Ll}+ed$/u.test(next.raw) || LOWER_I_VERBS.has(next.lower))) return;
      }
      if (text[token.end] === "/" || text[token.start - 1] === "/") return; // I/O
      const prev = tokens[index - 1];
      if (prev && ROMAN_AFTER.has(prev.lower) && /^\p{Lu}/u.test(prev.raw)) return; // Part I, World War I
    } else if (l.startsWith("i'")) {
      if (raw[0] !== "I") return;
    } else if (/^\p{Lu}/u.test(raw) && !startsSentence(text, token.start)) {
      return; // "Ask Me Anything", "What We Learned"
    }
    out.push({ token, index, person: singular ? "singular" : "plural", actor: ACTOR.has(l) });
  });
  return out;
}
