// One light English stemmer for the rules' word lists and the ladders' cues (issue 20: they had a copy
// each, which disagreed: "migration" and "migrate" met in the rules but not in the ladders). Both sides
// of every comparison go through it, so stems only need to agree, not be words.
// Pure: no vscode, no fs.

const IRREGULAR: Record<string, string> = {
  became: "become",
  began: "begin",
  begun: "begin",
  brought: "bring",
  built: "build",
  children: "child",
  chose: "choose",
  chosen: "choose",
  cut: "cut",
  did: "do",
  done: "do",
  driven: "drive",
  drove: "drive",
  fought: "fight",
  found: "find",
  gave: "give",
  given: "give",
  grew: "grow",
  grown: "grow",
  held: "hold",
  hid: "hide",
  kept: "keep",
  led: "lead",
  lost: "lose",
  made: "make",
  men: "man",
  met: "meet",
  oversaw: "oversee",
  overseen: "oversee",
  people: "person",
  put: "put",
  ran: "run",
  rebuilt: "rebuild",
  redid: "redo",
  rewritten: "rewrite",
  rewrote: "rewrite",
  rode: "ride",
  saw: "see",
  seen: "see",
  set: "set",
  shown: "show",
  shrank: "shrink",
  shrunk: "shrink",
  shut: "shut",
  sought: "seek",
  sped: "speed",
  split: "split",
  spoke: "speak",
  spoken: "speak",
  spun: "spin",
  stood: "stand",
  taken: "take",
  taught: "teach",
  thought: "think",
  took: "take",
  understood: "understand",
  undertook: "undertake",
  went: "go",
  women: "woman",
  won: "win",
  written: "write",
  wrote: "write",
};

const VOWEL = /[aeiouy]/;

/**
 * A light English stemmer: enough that "mentor", "mentors", "mentored" and "mentoring" share a stem,
 * as do "hire/hired/hiring", "plan/planned/planning", "strategy/strategies", "migrate/migration".
 * Both the word lists and the text go through it, so the stems only need to agree, not be words.
 */
export function stem(word: string): string {
  // Memoised: the same few thousand words come back in every bullet and every rule (the stemmer was
  // the hottest function of the rules in a CPU profile: bench/README.md). Bounded so it cannot grow.
  let s = STEMS.get(word);
  if (s === undefined) {
    if (STEMS.size >= 50_000) STEMS.clear();
    STEMS.set(word, (s = computeStem(word)));
  }
  return s;
}
const STEMS = new Map<string, string>();

function computeStem(word: string): string {
  // Possessives ("team's", "teams'") are the noun.
  let w = word.toLowerCase().replace(/['’]s$/, "").replace(/['’]$/, "");
  if (IRREGULAR[w]) w = IRREGULAR[w]!;
  if (!/^[a-z]+$/.test(w) || w.length <= 3) return w;
  const strip = (suffix: string, repl = ""): boolean => {
    if (!w.endsWith(suffix)) return false;
    const base = w.slice(0, -suffix.length) + repl;
    if (base.length < 3 || !VOWEL.test(base)) return false;
    w = base;
    return true;
  };
  // Plurals and verb endings.
  strip("ies", "y") ||
    strip("ied", "y") ||
    strip("ations", "at") ||
    strip("ation", "at") ||
    strip("ions") ||
    strip("ion") ||
    strip("ings") ||
    strip("ing") ||
    (!w.endsWith("eed") && strip("ed")) ||
    (!w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && (strip("es") || strip("s")));
  // Silent final e and doubled consonants: "hire"/"hir", "planned"/"plan", "rolled"/"roll".
  if (w.length > 3 && w.endsWith("e")) w = w.slice(0, -1);
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}
