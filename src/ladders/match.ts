// Evidence cues: data, not regular expressions. A cue is a phrase ("on-call rotation") or a verb + object
// pair ({verb: "mentor", object: ["engineer", "intern"]}) matched within a small window of words.
// Both sides are tokenised by the same tokenizer and reduced by the same light stemmer, so
// "mentor / mentored / mentoring / mentors" and "define / defined / defining" meet. A phrase or an
// object written "=like this" matches its words exactly, case aside ("=team building" is not "teams
// build"; "=teams" is not "team"). Matching walks the
// text's tokens once and looks candidates up by their first stem: linear in the text, whatever the
// ladder says, so a custom ladder can never hang the linter.

import { nextWord, wordEnd } from "../core/chars.js";
import { stem as sharedStem } from "../core/stem.js";

/** A cue as written in ladder data. */
export type CueSpec = string | VerbObjectCue;

export interface VerbObjectCue {
  verb: string | string[];
  object: string | string[];
  /** Words allowed between the verb and the object (default 4, at most 8). */
  window?: number;
}

export interface Token {
  /** Lower-cased surface form. */
  word: string;
  /** Full light stem (verbs, phrases). */
  stem: string;
  /** Noun stem: plural and possessive only (objects of verb + object cues). */
  noun: string;
  start: number;
  end: number;
  /** True for numbers and number words of two or more ("3", "seven", "several"). */
  count: boolean;
}

export const DEFAULT_WINDOW = 4;

const VERB_BLOCKERS = new Set(["as", "by", "to"]);
export const MAX_WINDOW = 8;

// Letters/digits, joined by ' ’ : . inside a word ("team's", "1:1s", "node.js", "99.9").
export const WORD = /[\p{L}\p{N}]+(?:['’:.][\p{L}\p{N}]+)*/gu;


const NUMBER_WORDS = new Set([
  "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
  "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
  "dozen", "dozens", "several", "multiple", "many", "numerous", "hundreds",
]);

/** Plural and possessive only: "engineers" → "engineer", "team's" → "team", "processes" → "process". */
export function nounStem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, "").replace(/['’]$/, "");
  if (w.length > 4 && w.endsWith("ies")) w = w.slice(0, -3) + "y";
  else if (w.length > 4 && /(sses|shes|ches|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** The shared light stemmer (src/core/stem.ts), with counts kept as written ("1:1s" → "1:1"). */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  if (/\d/.test(lower)) return lower.length > 2 && lower.endsWith("s") ? lower.slice(0, -1) : lower;
  return sharedStem(word);
}

/** True when the word is ASCII digits only (/^\d+$/). */
function allDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  // WORD's matches, found by a scan (src/core/chars.ts; a test checks both agree).
  let start: number;
  let pos = 0;
  while ((start = nextWord(text, pos, false)) >= 0) {
    pos = wordEnd;
    const w = wordInfo(text.slice(start, pos));
    out.push({ word: w.word, stem: w.stem, noun: w.noun, start: offset + start, end: offset + pos, count: w.count });
  }
  return out;
}

type WordInfo = Pick<Token, "word" | "stem" | "noun" | "count">;

// What a word as written turns into (lower-case form, stems, count): one map lookup per token.
// Documents repeat their words; bounded so memory stays flat.
const wordCache = new Map<string, WordInfo>();

function wordInfo(raw: string): WordInfo {
  let w = wordCache.get(raw);
  if (!w) {
    const word = raw.toLowerCase();
    if (wordCache.size >= 20000) wordCache.clear();
    wordCache.set(raw, (w = { word, stem: stem(word), noun: nounStem(word), count: (allDigits(word) && Number(word) >= 2) || NUMBER_WORDS.has(word) }));
  }
  return w;
}

/**
 * One element of a compiled pattern: a stem to compare, or "#" for any count of two or more (value "").
 * One object shape for both, so the matcher's reads of a piece stay monomorphic.
 */
type Piece = { kind: "word" | "count"; value: string };
type Mode = "stem" | "noun" | "exact";

interface CompiledPhrase {
  pieces: Piece[];
  /** What of the text token to compare: "stem" (full), "noun" (plural/possessive only) or "exact" (the word). */
  mode: Mode;
  text: string;
}

export interface CompiledCue<T> {
  /** The cue as shown to users ("on-call rotation", "mentor + engineer"). */
  label: string;
  verbs?: CompiledPhrase[];
  objects?: CompiledPhrase[];
  phrase?: CompiledPhrase;
  window: number;
  payload: T;
}

export class CueError extends Error {}

function compilePhrase(raw: string, defaultMode: "stem" | "noun"): CompiledPhrase {
  const exact = raw.startsWith("=");
  const text = exact ? raw.slice(1) : raw;
  const mode: Mode = exact ? "exact" : defaultMode;
  const pieces: Piece[] = [];
  // "#" stands for a count ("across # teams"); everything else goes through the shared tokenizer.
  for (const part of text.split(/\s+/).filter(Boolean)) {
    if (part === "#") {
      pieces.push({ kind: "count", value: "" });
      continue;
    }
    for (const t of tokenize(part)) pieces.push({ kind: "word", value: mode === "exact" ? t.word : mode === "noun" ? t.noun : t.stem });
  }
  if (!pieces.some((p) => p.kind === "word")) throw new CueError(`cue "${text}" has no words`);
  return { pieces, mode, text };
}

const asList = (v: string | string[]): string[] => (Array.isArray(v) ? v : [v]);

export function compileCue<T>(spec: CueSpec, payload: T): CompiledCue<T> {
  if (typeof spec === "string") {
    const phrase = compilePhrase(spec, "stem");
    return { label: phrase.text, phrase, window: 0, payload };
  }
  const verbs = asList(spec.verb).map((v) => compilePhrase(v, "stem"));
  const objects = asList(spec.object).map((o) => compilePhrase(o, "noun"));
  if (!verbs.length || !objects.length) throw new CueError("a verb + object cue needs at least one verb and one object");
  const window = Math.max(0, Math.min(MAX_WINDOW, Math.floor(spec.window ?? DEFAULT_WINDOW)));
  return { label: `${verbs[0]!.text} + ${objects[0]!.text}`, verbs, objects, window, payload };
}

function pieceMatches(p: Piece, t: Token, mode: Mode): boolean {
  if (p.kind === "count") return t.count;
  return (mode === "exact" ? t.word : mode === "noun" ? t.noun : t.stem) === p.value;
}

/**
 * Length in tokens of the phrase matched at tokens[i], or 0. Only called where the first piece is known
 * to match tokens[i] (the indexes file a phrase under its first piece: CueIndex.match, objectAt), so the
 * comparison starts at the second piece.
 */
function matchAt(ph: CompiledPhrase, tokens: Token[], i: number): number {
  const pieces = ph.pieces;
  const n = pieces.length;
  if (i + n > tokens.length) return 0;
  for (let k = 1; k < n; k++) if (!pieceMatches(pieces[k]!, tokens[i + k]!, ph.mode)) return 0;
  return n;
}

export interface CueHit<T> {
  cue: CompiledCue<T>;
  /** The cue as it matched ("mentored … engineers" shows as "mentor + engineer"). */
  label: string;
  start: number;
  end: number;
}

type IndexEntry<T> = { cue: CompiledCue<T>; phrase: CompiledPhrase; role: "phrase" | "verb"; objects?: ObjectIndex };

/** A verb + object cue's objects by their first piece (each list in the cue's object order). */
interface ObjectIndex {
  noun: Map<string, { obj: CompiledPhrase; order: number }[]>;
  exact: Map<string, { obj: CompiledPhrase; order: number }[]>;
  count: { obj: CompiledPhrase; order: number }[];
}

function indexObjects(objects: CompiledPhrase[]): ObjectIndex {
  const index: ObjectIndex = { noun: new Map(), exact: new Map(), count: [] };
  objects.forEach((obj, order) => {
    const first = obj.pieces[0]!;
    if (first.kind === "count") {
      index.count.push({ obj, order });
      return;
    }
    const map = obj.mode === "exact" ? index.exact : index.noun;
    let list = map.get(first.value);
    if (!list) map.set(first.value, (list = []));
    list.push({ obj, order });
  });
  return index;
}

/** The first of the cue's objects (in its order) that matches at tokens[j], with the match's length. */
function objectAt(index: ObjectIndex, tokens: Token[], j: number): { obj: CompiledPhrase; n: number } | undefined {
  const t = tokens[j]!;
  // The three candidate lists in turn, with no array or closure made per call (it runs for every word
  // of every verb's window).
  let best: { obj: CompiledPhrase; order: number } | undefined;
  let bestN = 0;
  for (let k = 0; k < 3; k++) {
    const list = k === 0 ? index.noun.get(t.noun) : k === 1 ? index.exact.get(t.word) : t.count ? index.count : undefined;
    if (!list) continue;
    for (const c of list) {
      if (best && c.order > best.order) break;
      const n = matchAt(c.obj, tokens, j);
      if (n) {
        best = c;
        bestN = n;
        break;
      }
    }
  }
  return best && { obj: best.obj, n: bestN };
}

/** A set of compiled cues indexed by the first stem of their phrase or verb. */
export class CueIndex<T> {
  /** Entries by the first piece of their phrase, one map per comparison mode; "#" first pieces apart. */
  private readonly byFirst: Record<Mode, Map<string, IndexEntry<T>[]>> = { stem: new Map(), noun: new Map(), exact: new Map() };
  private readonly countFirst: IndexEntry<T>[] = [];
  readonly size: number;

  constructor(cues: CompiledCue<T>[]) {
    for (const cue of cues) {
      let objectIndexes: ObjectIndex | undefined;
      const heads = cue.phrase ? [{ phrase: cue.phrase, role: "phrase" as const }] : cue.verbs!.map((v) => ({ phrase: v, role: "verb" as const }));
      for (const h of heads) {
        const first = h.phrase.pieces[0]!;
        const entry: IndexEntry<T> = { cue, phrase: h.phrase, role: h.role };
        if (h.role === "verb") entry.objects = (objectIndexes ??= indexObjects(cue.objects!));
        if (first.kind === "count") {
          this.countFirst.push(entry);
          continue;
        }
        const map = this.byFirst[h.phrase.mode];
        let list = map.get(first.value);
        if (!list) map.set(first.value, (list = []));
        list.push(entry);
      }
    }
    this.size = cues.length;
  }

  /** Every cue hit in the tokens (all cues, all positions), in text order. */
  match(tokens: Token[]): CueHit<T>[] {
    const hits: CueHit<T>[] = [];
    const tryList = (list: IndexEntry<T>[] | undefined, i: number) => {
      if (!list) return;
      const t = tokens[i]!;
      for (const entry of list) {
        const n = matchAt(entry.phrase, tokens, i);
        if (!n) continue;
        if (entry.role === "phrase") {
          hits.push({ cue: entry.cue, label: entry.cue.label, start: t.start, end: tokens[i + n - 1]!.end });
          continue;
        }
        // verb + object: an object must start within `window` words after the verb. A verb followed
        // by "as", "by" or "to" describes the author, not an action on the object ("Hired as the
        // first engineer", "Mentored by…", "Promoted to manager"); phrasal verbs carry their own "to".
        const from = i + n;
        if (from < tokens.length && VERB_BLOCKERS.has(tokens[from]!.word)) continue;
        // "Define and improve the delivery processes": a second verb joined by "and" shares the object,
        // so the window starts after it (two words more).
        const to = Math.min(tokens.length - 1, from + entry.cue.window + (tokens[from]?.word === "and" ? 2 : 0));
        let found: { obj: CompiledPhrase; end: number } | undefined;
        for (let j = from; j <= to && !found; j++) {
          const o = objectAt(entry.objects!, tokens, j);
          if (o) found = { obj: o.obj, end: tokens[j + o.n - 1]!.end };
        }
        if (found) hits.push({ cue: entry.cue, label: `${entry.phrase.text} + ${found.obj.text}`, start: t.start, end: found.end });
      }
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // In the order stem, noun, exact, count (hits with the same range keep it).
      tryList(this.byFirst.stem.get(t.stem), i);
      tryList(this.byFirst.noun.get(t.noun), i);
      tryList(this.byFirst.exact.get(t.word), i);
      if (t.count) tryList(this.countFirst, i);
    }
    // Hits come in token order, so by start already; only a later hit at the same start that ends
    // sooner needs the (stable) sort, and most spans have none.
    for (let k = 1; k < hits.length; k++) {
      if (hits[k]!.start === hits[k - 1]!.start && hits[k]!.end < hits[k - 1]!.end) {
        hits.sort((a, b) => a.start - b.start || a.end - b.end);
        break;
      }
    }
    return hits;
  }
}
