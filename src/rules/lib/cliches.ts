// write-good's "cliches" check (the no-cliches package), same matches, ~50× faster.
//
// no-cliches tests one regular expression of 698 alternatives, /\b(a chip off…|…)\b/gi, at every
// position of the text. V8 cannot compile a pattern that large to machine code and interprets it: about
// 13 ms for a 4 KB résumé, as much as parsing the whole document (bench/README.md). A match can only
// start at a word boundary on an ASCII letter (every entry starts with one, and without the `u` flag
// `i` folds only ASCII letters to ASCII), and at a given position only entries that start with that
// letter can match. So the entries are grouped by first letter, in list order, into small sticky
// patterns that V8 compiles, and each word start is tried against its letter's pattern: the first
// entry in list order wins at a position and the scan resumes after a match, exactly as
// RegExp.prototype.exec does with the single pattern. test/rules/cliches.test.ts checks the
// equivalence against write-good itself.
import data from "../data/cliches.json";

/** As in no-cliches: a space in an entry matches any run of whitespace (and zero-width non-joiners). */
const WS = "[\\b\\s\\u200C]*";

const GROUPS: Map<number, RegExp> = (() => {
  const byLetter = new Map<number, string[]>();
  for (const entry of data.cliches as string[]) {
    const key = entry.charCodeAt(0) | 0x20; // ASCII lower case
    let list = byLetter.get(key);
    if (!list) byLetter.set(key, (list = []));
    list.push(entry.replace(/ /g, WS));
  }
  const out = new Map<number, RegExp>();
  for (const [key, alts] of byLetter) out.set(key, new RegExp(`\\b(${alts.join("|")})\\b`, "iy"));
  return out;
})();

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Clichés in `text`, as write-good reports them: `index` and `offset` (length), in text order. */
export function findCliches(text: string): { index: number; offset: number }[] {
  const out: { index: number; offset: number }[] = [];
  let prevWord = false;
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    const word = isAsciiWordChar(c);
    if (word && !prevWord) {
      const re = GROUPS.get(c | 0x20);
      if (re && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
        re.lastIndex = p;
        const m = re.exec(text);
        if (m) {
          out.push({ index: p, offset: m[0].length });
          // Resume after the match, as the global pattern does.
          const end = p + m[0].length;
          p = end - 1;
          prevWord = isAsciiWordChar(text.charCodeAt(end - 1));
          continue;
        }
      }
    }
    prevWord = word;
  }
  return out;
}
