// Word-level text helpers shared by the rules: a tokenizer that keeps source offsets, a light stemmer
// and a phrase matcher for word lists kept as data (src/rules/data/*.json). No regular expressions
// are built from list entries, so a list can never make the linter hang.
import { nextWord, wordEnd } from "../../core/chars.js";
import { stem } from "../../core/stem.js";
export { stem };

export interface Token {
  /** The token as written. */
  raw: string;
  /** Lower-cased. */
  lower: string;
  /** Light stem of `lower` (see `stem`). */
  stem: string;
  /** Offsets inside the text that was tokenized. */
  start: number;
  end: number;
  /** Bits of the phrase lists a phrase of which can start with this token (see KEY_BITS). */
  bits?: number;
  /** How many lists had bits when `bits` was computed: lists registered later are looked up in full. */
  bitsAt?: number;
}

// Letters/digits, joined by an apostrophe, a dot, a colon or a plus/hash inside a word
// ("don't", "Node.js", "1:1s", "C++", "C#"). Hyphens and slashes split words, so "cross-team"
// and "cross team" read the same, as do "CI/CD" and "CI CD".
export const TOKEN_RE = /[\p{L}\p{N}]+(?:['’.:][\p{L}\p{N}]+)*(?:\+\+|#)?/gu;

/**
 * Tokenizes text; offsets are indices into `text`. Memoised by text (several rules tokenize the same
 * bullet: figures, classification, prose extras): the result is shared, so callers must not mutate it.
 */
export function tokenize(text: string): Token[] {
  if (text.length > 2000) return computeTokens(text); // bullets and sentences only: bounded memory
  let out = TOKENS.get(text);
  if (!out) {
    if (TOKENS.size >= 4096) TOKENS.clear();
    TOKENS.set(text, (out = computeTokens(text)));
  }
  return out;
}
const TOKENS = new Map<string, Token[]>();

function computeTokens(text: string): Token[] {
  const out: Token[] = [];
  // TOKEN_RE's matches, found by a scan (src/core/chars.ts; a test checks both agree).
  let start: number;
  let pos = 0;
  while ((start = nextWord(text, pos, true)) >= 0) {
    pos = wordEnd;
    const raw = text.slice(start, pos);
    const w = wordInfo(raw);
    out.push({ raw, lower: w.lower, stem: w.stem, start, end: pos, bits: w.bits, bitsAt: w.bitsAt });
  }
  return out;
}

interface WordInfo {
  lower: string;
  stem: string;
  bits: number;
  bitsAt: number;
}
// What a word as written turns into (lower-case form, stem, first-word bits): one map lookup per
// token instead of a case change and three lookups. Bounded so memory stays flat.
const WORDS = new Map<string, WordInfo>();

function wordInfo(raw: string): WordInfo {
  let w = WORDS.get(raw);
  if (w === undefined || w.bitsAt !== listsWithBits) {
    let lower = raw.toLowerCase();
    if (lower.includes("’")) lower = lower.replace(/’/g, "'");
    const st = stem(lower);
    const bits = (KEY_BITS.get(st) ?? 0) | (lower === st ? 0 : KEY_BITS.get(lower) ?? 0);
    if (WORDS.size >= 50_000) WORDS.clear();
    WORDS.set(raw, (w = { lower, stem: st, bits, bitsAt: listsWithBits }));
  }
  return w;
}


/** One compiled list entry. */
export interface Phrase {
  /** As written in the data file. */
  source: string;
  /** One matcher per word; "*" is a gap of up to `GAP` words. */
  parts: PhrasePart[];
}

type PhrasePart = { gap: true } | { gap: false; stem: string; exact?: string; word?: string };

/** Words a "*" in a phrase may skip ("grew * engineers" matches "grew two senior engineers"). */
export const GAP = 3;

function isAcronym(raw: string): boolean {
  return raw.length >= 2 && raw.length <= 5 && /^[A-Z][A-Z0-9]*$/.test(raw);
}

/**
 * Compiles list entries. Words are matched by stem, case-insensitively ("=word" matches that form
 * only); "*" skips up to GAP words; an all-capitals word of
 * up to five letters ("PM", "API", "VP") is an acronym and matches only in capitals (with an
 * optional plural "s"), so "pm" in "5 pm" or "api" in a URL slug do not count.
 */
export function compilePhrases(list: readonly string[]): Phrase[] {
  const out: Phrase[] = [];
  for (const source of list) {
    const parts: PhrasePart[] = [];
    for (const piece of source.trim().split(/\s+/)) {
      if (piece === "*" || piece === "…" || piece === "...") {
        if (parts.length) parts.push({ gap: true });
        continue;
      }
      // "=process": this word form only (no stemming), so "process" does not match "processing".
      const literal = piece.startsWith("=");
      for (const t of tokenize(literal ? piece.slice(1) : piece)) {
        if (literal) parts.push({ gap: false, stem: t.lower, word: t.lower });
        else parts.push(isAcronym(t.raw) ? { gap: false, stem: t.lower, exact: t.raw } : { gap: false, stem: t.stem });
      }
    }
    while (parts.length && parts[parts.length - 1]!.gap) parts.pop();
    if (parts.length) out.push({ source, parts });
  }
  registerFirstWords(out);
  return out;
}

// First-word bits. Most tokens start no phrase of a given list; rather than two map lookups per token
// per list (the phrase index's, by stem and by lower-case form: among the hottest lines of a lint),
// each of the first 31 compiled lists gets a bit, KEY_BITS maps a first-word key to the bits of the
// lists it can start a phrase of, and a token carries its keys' bits from the moment it was made.
// mayStart() trusts the bits only for lists registered before the token was made.
const KEY_BITS = new Map<string, number>();
const LIST_BITS = new WeakMap<readonly Phrase[], { bit: number; order: number }>();
let listsWithBits = 0;

/** The keys the phrase index files a phrase under (what partMatches compares a token's stem or lower form with). */
function firstKeys(phrase: Phrase): string[] {
  const p = phrase.parts[0];
  if (!p || p.gap) return []; // compilePhrases never starts a phrase with a gap
  // partMatches: exact → raw is EXACT or EXACTs (lower: p.stem, p.stem + "s"); word → lower;
  // stem → stem or lower.
  return p.exact ? [p.stem, p.stem + "s"] : [p.word ?? p.stem];
}

function registerFirstWords(list: readonly Phrase[]): void {
  if (listsWithBits >= 31) return;
  const bit = 1 << listsWithBits;
  for (const phrase of list) for (const k of firstKeys(phrase)) KEY_BITS.set(k, (KEY_BITS.get(k) ?? 0) | bit);
  LIST_BITS.set(list, { bit, order: listsWithBits });
  listsWithBits++;
}

/** False when the token's bits show that no phrase of the list (`reg`: LIST_BITS.get(list)) starts with it. */
function mayStart(reg: { bit: number; order: number } | undefined, t: Token): boolean {
  return !reg || t.bitsAt === undefined || reg.order >= t.bitsAt || (t.bits! & reg.bit) !== 0;
}

function partMatches(p: PhrasePart, t: Token): boolean {
  if (p.gap) return false;
  if (p.exact) return t.raw === p.exact || t.raw === p.exact + "s";
  if (p.word) return t.lower === p.word;
  return t.stem === p.stem || t.lower === p.stem;
}

export interface PhraseMatch {
  phrase: Phrase;
  /** Offsets in the tokenized text. */
  start: number;
  end: number;
  /** Index of the first and one past the last token. */
  first: number;
  last: number;
}

function matchAt(tokens: Token[], i: number, parts: PhrasePart[], pi: number): number {
  if (pi === parts.length) return i;
  const p = parts[pi]!;
  if (p.gap) {
    for (let skip = 0; skip <= GAP; skip++) {
      if (i + skip > tokens.length) break;
      const r = matchAt(tokens, i + skip, parts, pi + 1);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (i >= tokens.length || !partMatches(p, tokens[i]!)) return -1;
  return matchAt(tokens, i + 1, parts, pi + 1);
}

// Phrases indexed by what their first word can match, so a token is tried only against the phrases
// that can start with it instead of the whole list (a list of 200 phrases made findPhrases the
// hottest function of the linter: bench/README.md). Same results, same order: candidates keep list order.
const phraseIndexes = new WeakMap<readonly Phrase[], Map<string, Phrase[]>>();

function phraseIndex(phrases: readonly Phrase[]): Map<string, Phrase[]> {
  let index = phraseIndexes.get(phrases);
  if (index) return index;
  index = new Map();
  for (const phrase of phrases) {
    for (const k of firstKeys(phrase)) {
      let list = index.get(k);
      if (!list) index.set(k, (list = []));
      if (list[list.length - 1] !== phrase) list.push(phrase);
    }
  }
  // Each list is in list order: phrases were appended in order.
  phraseIndexes.set(phrases, index);
  return index;
}

const NONE: Phrase[] = [];

/** The phrases whose first word can match token `t`, in list order. */
function candidates(index: Map<string, Phrase[]>, t: Token, order?: Map<Phrase, number>): Phrase[] {
  const a = index.get(t.stem) ?? NONE;
  if (t.lower === t.stem) return a;
  const b = index.get(t.lower) ?? NONE;
  if (!b.length) return a;
  if (!a.length) return b;
  const out = a.slice();
  for (const p of b) if (!a.includes(p)) out.push(p);
  if (order) out.sort((x, y) => order.get(x)! - order.get(y)!);
  return out;
}

function orderOf(phrases: readonly Phrase[]): Map<Phrase, number> {
  let o = phraseOrders.get(phrases);
  if (!o) phraseOrders.set(phrases, (o = new Map(phrases.map((p, i) => [p, i]))));
  return o;
}
const phraseOrders = new WeakMap<readonly Phrase[], Map<Phrase, number>>();

/** Every match of any phrase, longest first at each position, non-overlapping, in text order. */
export function findPhrases(tokens: Token[], phrases: Phrase[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const index = phraseIndex(phrases);
  const order = orderOf(phrases);
  const reg = LIST_BITS.get(phrases);
  let i = 0;
  while (i < tokens.length) {
    let best: PhraseMatch | undefined;
    if (mayStart(reg, tokens[i]!)) for (const phrase of candidates(index, tokens[i]!, order)) {
      const end = matchAt(tokens, i, phrase.parts, 0);
      if (end > i && (!best || end > best.last)) {
        best = { phrase, start: tokens[i]!.start, end: tokens[end - 1]!.end, first: i, last: end };
      }
    }
    if (best) {
      out.push(best);
      i = best.last;
    } else i++;
  }
  return out;
}

/** True when any phrase occurs. */
export function hasPhrase(tokens: Token[], phrases: Phrase[]): boolean {
  const index = phraseIndex(phrases);
  const reg = LIST_BITS.get(phrases);
  for (let i = 0; i < tokens.length; i++) {
    if (!mayStart(reg, tokens[i]!)) continue;
    for (const phrase of candidates(index, tokens[i]!)) if (matchAt(tokens, i, phrase.parts, 0) > i) return true;
  }
  return false;
}

/** Words of a text (tokens with a letter or digit), for counting. */
export function wordCount(text: string): number {
  return tokenize(text).length;
}

/** "managing" → "Managing" when `like` starts with a capital. */
export function matchCase(word: string, like: string): string {
  if (!word) return word;
  return /^\p{Lu}/u.test(like) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

/** The longest phrase that matches at token `i` (default: the first token), if any. */
export function matchAtToken(tokens: Token[], phrases: Phrase[], i = 0): PhraseMatch | undefined {
  let best: PhraseMatch | undefined;
  if (i >= tokens.length || !mayStart(LIST_BITS.get(phrases), tokens[i]!)) return undefined;
  for (const phrase of candidates(phraseIndex(phrases), tokens[i]!, orderOf(phrases))) {
    const end = matchAt(tokens, i, phrase.parts, 0);
    if (end > i && (!best || end > best.last)) best = { phrase, start: tokens[i]!.start, end: tokens[end - 1]!.end, first: i, last: end };
  }
  return best;
}
