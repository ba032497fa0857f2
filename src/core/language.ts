// The document's language (DESIGN §2b), by franc-min: the trigram detector of the unified/remark
// family (pure ESM, no data to download, works in the web extension). It was chosen over tinyld and
// eld, which took 4× as long on a résumé's prose and weigh 12 MB and 9 MB installed against 0.2 MB.
// Only the prose the rules read is sampled (bullets, paragraphs: no headings, code, URLs or front
// matter), so an English heading over Russian bullets reads as Russian, and a page of English with
// a few foreign words stays English.
// Pure: no vscode, no fs.
import { francAll } from "franc-min";

/** ISO 639-3 (franc) → ISO 639-1 and English name, for the languages résumés are written in. */
const LANGUAGES: Record<string, [string, string]> = {
  eng: ["en", "English"],
  rus: ["ru", "Russian"],
  ukr: ["uk", "Ukrainian"],
  bel: ["be", "Belarusian"],
  bul: ["bg", "Bulgarian"],
  srp: ["sr", "Serbian"],
  por: ["pt", "Portuguese"],
  spa: ["es", "Spanish"],
  fra: ["fr", "French"],
  deu: ["de", "German"],
  ita: ["it", "Italian"],
  nld: ["nl", "Dutch"],
  pol: ["pl", "Polish"],
  ces: ["cs", "Czech"],
  ron: ["ro", "Romanian"],
  hun: ["hu", "Hungarian"],
  swe: ["sv", "Swedish"],
  tur: ["tr", "Turkish"],
  ind: ["id", "Indonesian"],
  vie: ["vi", "Vietnamese"],
  hrv: ["hr", "Croatian"],
  cmn: ["zh", "Chinese"],
  jpn: ["ja", "Japanese"],
  kor: ["ko", "Korean"],
  arb: ["ar", "Arabic"],
  pes: ["fa", "Persian"],
  hin: ["hi", "Hindi"],
  heb: ["he", "Hebrew"],
  ell: ["el", "Greek"],
  tha: ["th", "Thai"],
};
const ONLY = Object.keys(LANGUAGES);
/** The languages of LANGUAGES written in Latin letters (ISO 639-1), English aside. */
export const LATIN_SCRIPT_LANGUAGES = new Set(["pt", "es", "fr", "de", "it", "nl", "pl", "cs", "ro", "hu", "sv", "tr", "id", "vi", "hr"]);

export interface Language {
  /** ISO 639-1 code: "en", "ru". */
  code: string;
  /** English name: "Russian". */
  name: string;
}

export const ENGLISH: Language = { code: "en", name: "English" };

/** Fewer letters than this: too little to tell; taken as English (no language finding). */
const MIN_LETTERS = 120;
/** How much prose is read: enough to tell (all 12 non-English corpus documents at 600), and about 0.3 ms warm. */
const SAMPLE_CHARS = 600;
/**
 * A language other than English is taken only when English scores clearly below it (franc's scores
 * are relative, the best being 1, and close together: on the real corpus, non-English résumés gave
 * English 0.94–0.97): technical English terms inside Portuguese prose pull English up, and English
 * prose full of product names can drift the other way.
 */
const ENGLISH_MARGIN = 0.985;

/** A word as prose has it: letters with an apostrophe or hyphen, maybe closing punctuation. */
const WORD_RE = /^[(“"«]?[\p{L}'’-]+[.,;:!?)”"»]?$/u;
const LOWER_START_RE = /^[(“"«]?\p{Ll}/u;

/**
 * The prose of the pieces (in document order) for detection, up to SAMPLE_CHARS: only words (no
 * "C#", ".NET", "Vue.js", numbers), and first the pieces that read as sentences (most words in lower
 * case): a Russian résumé's skill lines are lists of Latin product names, its sentences are Russian.
 */
export function languageSample(pieces: Iterable<string>, labels: Iterable<string> = []): string {
  const prose: string[] = [];
  const rest: string[] = [];
  let proseChars = 0;
  for (const p of pieces) {
    if (!p) continue;
    const words = p.split(/\s+/).filter((w) => WORD_RE.test(w));
    if (!words.length) continue;
    let lower = 0;
    for (const w of words) if (LOWER_START_RE.test(w)) lower++;
    const joined = words.join(" ");
    if (words.length >= 4 && lower * 2 >= words.length) {
      prose.push(joined);
      // Enough sentences: the rest of the document cannot come before them.
      if ((proseChars += joined.length + 1) >= SAMPLE_CHARS) break;
    } else rest.push(joined);
  }
  let out = "";
  // Then headings and titles (words the author chose, which lists of tools are not), then the rest.
  const named = [...labels].filter((l) => l && /\p{L}{3}/u.test(l));
  for (const p of prose.concat(named, rest)) {
    out += (out ? " " : "") + p;
    if (out.length >= SAMPLE_CHARS) break;
  }
  return out.slice(0, SAMPLE_CHARS);
}

/**
 * English function words that are not words in the other languages résumés are written in (no "a",
 * "to", "on", "was", "die"): where they make a tenth of the words and every letter is Latin, franc
 * says English too (test/core/language.test.ts checks it against franc), and franc's trigram scoring
 * (15 % of a lint in a CPU profile over the bench résumés) is not needed.
 */
export const ENGLISH_ONLY: ReadonlySet<string> = new Set(["the", "and", "of", "with", "for", "from", "that", "this", "which", "their", "our"]);
export const NOT_LATIN_RE = /[^\p{Script=Latin}\p{P}\p{Z}\s]/u;
// The sample is read once per document. Most of it is ASCII, where NOT_LATIN_RE is a table lookup,
// and most of its words cannot be one of ENGLISH_ONLY by their first letter: these two were most of
// the function's time (test/core/language.test.ts holds it to the plain version).
const ASCII_NOT_LATIN = Array.from({ length: 128 }, (_, c) => NOT_LATIN_RE.test(String.fromCharCode(c)));
/** First letters of ENGLISH_ONLY: a word's first code unit with ASCII capitals folded (`| 32`) must be one. */
const ENGLISH_FIRST = new Set([...ENGLISH_ONLY].map((w) => w.charCodeAt(0)));

/** NOT_LATIN_RE.test(s): by the table while s is ASCII, by the expression from its first other character. */
function notLatin(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return NOT_LATIN_RE.test(s.slice(i));
    if (ASCII_NOT_LATIN[c]) return true;
  }
  return false;
}

export function plainlyEnglish(sample: string): boolean {
  if (notLatin(sample)) return false;
  let words = 0;
  let english = 0;
  for (const w of sample.split(" ")) {
    if (!w) continue;
    words++;
    if (!ENGLISH_FIRST.has(w.charCodeAt(0) | 32)) continue;
    if (ENGLISH_ONLY.has(w.toLowerCase().replace(/[.,;:!?)”"»]+$/, ""))) english++;
  }
  return words >= 20 && english * 10 >= words;
}

const LETTER_RE = /\p{L}/u;
/** Chinese characters, kana and Hangul: a letter writes a syllable or a word. */
const SYLLABIC_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** How many Latin letters one of them counts for when asked whether a sample is long enough to tell. */
const SYLLABIC_WEIGHT = 3;

/**
 * Letters in a sample (up to `max`), counted by code point as `for (const ch of sample)` with
 * /\p{L}/u would: an ASCII code unit by its code (the ASCII letters are A-Z and a-z), any other code
 * point by the expression. Asked twice of every document's sample (fallbackSample, detectLanguage),
 * where the string iterator made a one-character string per code point: 1.4 % of all the bytes a
 * lint allocates over the bench résumés.
 */
export function letterCount(sample: string, max: number): number {
  // (A Chinese character, kana or Hangul syllable counts as SYLLABIC_WEIGHT letters: it writes about a
  // word or a syllable, and franc tells those scripts by their letters alone.)
  let letters = 0;
  for (let i = 0; i < sample.length; ) {
    const c = sample.charCodeAt(i);
    if (c < 128) {
      i++;
      const folded = c | 32;
      if (folded >= 97 && folded <= 122 && ++letters >= max) break;
      continue;
    }
    const cp = sample.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const ch = String.fromCodePoint(cp);
    if (LETTER_RE.test(ch) && (letters += SYLLABIC_RE.test(ch) ? SYLLABIC_WEIGHT : 1) >= max) break;
  }
  return letters;
}

/**
 * A sample of the document's own words, markup, links and table rules aside: for a document whose
 * reading found almost no prose (a log written as one Markdown table, whose cells are no prose), so
 * that its language is still told (held-out round 5: a Russian brag log in a table read as English).
 */
export function fallbackSample(sample: string, text: string): string {
  if (letterCount(sample, MIN_LETTERS) >= MIN_LETTERS) return sample;
  const words = text.replace(/<[^>]*>|https?:\/\/\S+|[|*_#`>\[\]()~-]+/g, " ").split(/\n/);
  return languageSample(words);
}

export function detectLanguage(sample: string): Language {
  if (letterCount(sample, MIN_LETTERS) < MIN_LETTERS) return ENGLISH;
  if (plainlyEnglish(sample)) return ENGLISH;
  const scores = francAll(sample, { only: ONLY, minLength: 10 });
  const best = scores[0]?.[0] ?? "und";
  if (best === "und" || best === "eng") return ENGLISH;
  const english = scores.find(([code]) => code === "eng")?.[1] ?? 0;
  if (english >= ENGLISH_MARGIN) return ENGLISH;
  const known = LANGUAGES[cyrillicKin(best, sample)];
  return known ? { code: known[0], name: known[1] } : { code: best, name: best };
}

/** A letter of a script English is not written in (Thai, Cyrillic, CJK, Arabic…). */
// Letters and the vowel and tone marks of scripts that write them as marks (Thai, Devanagari…).
export const OTHER_SCRIPT_TEST_RE = /(?![\p{Script=Latin}\p{Script=Inherited}\p{Script=Common}])[\p{L}\p{M}]/u;
/** A run of letters and marks of scripts other than Latin ("エンジニア", "проект", "ที่ทำงาน"). */
const OTHER_SCRIPT_RUN_RE = /(?:(?![\p{Script=Latin}\p{Script=Common}])[\p{L}\p{M}])+/gu;
const LETTER_OR_MARK_RE = /[\p{L}\p{M}]/u;
/** The share of a document's letters in another script above which its English reading is unsure. */
export const OTHER_SCRIPT_SHARE = 0.25;
/**
 * Every letter and mark below U+0370 is Latin, Common or Inherited (test/core/language.test.ts checks
 * each code point): only the code points from there up can be another script's. An English document
 * has a few (dashes, quotes, emoji, accented letters of Latin Extended Additional), each asked once
 * per process.
 */
export const OTHER_SCRIPT_FROM = 0x370;
/** A code unit at or above OTHER_SCRIPT_FROM (no u flag: a plain class, searched fast). */
const AT_OR_ABOVE_RE = /[^\0-\u036f]/g;
const otherScriptOf = new Map<number, boolean>();

/**
 * OTHER_SCRIPT_TEST_RE.test(text), asking the expression only about the code points at or above
 * OTHER_SCRIPT_FROM (the single expression tries its look-ahead at every position, and every document
 * is asked: NOT_LATIN_RE, the gate before it, takes a digit as not Latin). As the expression with the
 * u flag reads the text: a surrogate pair is one code point, a lone surrogate is no letter.
 */
export function hasOtherScriptLetter(text: string): boolean {
  AT_OR_ABOVE_RE.lastIndex = 0;
  for (let m; (m = AT_OR_ABOVE_RE.exec(text)); ) {
    const cp = text.codePointAt(m.index)!;
    if (cp > 0xffff) AT_OR_ABOVE_RE.lastIndex = m.index + 2;
    let other = otherScriptOf.get(cp);
    if (other === undefined) {
      if (otherScriptOf.size >= 4096) otherScriptOf.clear();
      otherScriptOf.set(cp, (other = OTHER_SCRIPT_TEST_RE.test(String.fromCodePoint(cp))));
    }
    if (other) return true;
  }
  return false;
}

/**
 * The language of a document read as English whose letters are at least a quarter in another script,
 * mixed through it rather than kept in a half of its own (held-out round 5: a Thai year review whose
 * English bullets each carry Thai commentary): that script's language, told by its own letters; else
 * undefined. Wording checks and ladder cues on such a document would read only its English part.
 */
export function mixedScriptLanguage(text: string): Language | undefined {
  // Most documents hold no letter of another script: one scan, no count.
  if (!hasOtherScriptLetter(text)) return undefined;
  const { letters, other, weighted } = scriptCounts([text]);
  if (weighted < MIN_LETTERS || other / letters < OTHER_SCRIPT_SHARE) return undefined;
  return otherScriptLanguage(text);
}

/**
 * The letters and marks of `texts`: all of them, those of another script than Latin, and those as
 * letterCount weighs them (a CJK letter, kana or Hangul syllable counts SYLLABIC_WEIGHT).
 */
function scriptCounts(texts: Iterable<string>): { letters: number; other: number; weighted: number } {
  let letters = 0;
  let other = 0;
  let weighted = 0;
  for (const text of texts) {
    for (const ch of text) {
      if (!LETTER_OR_MARK_RE.test(ch)) continue;
      letters++;
      if (OTHER_SCRIPT_TEST_RE.test(ch)) {
        other++;
        weighted += SYLLABIC_RE.test(ch) ? SYLLABIC_WEIGHT : 1;
      }
    }
  }
  return { letters, other, weighted };
}

/**
 * The language of the other script's own runs of letters in `text`, without the Latin glued to them
 * ("のiOSエンジニア") or the links between them: franc tells the language by its script, which a sample
 * full of URLs and product names tips to Latin (held-out round 10: a Japanese CV with many links read
 * as English). Undefined when they read as English.
 */
export function otherScriptLanguage(text: string): Language | undefined {
  const runs = text.match(OTHER_SCRIPT_RUN_RE) ?? [];
  const language = detectLanguage(runs.join(" ").slice(0, SAMPLE_CHARS * 2));
  return language.code === "en" ? undefined : language;
}

/**
 * True when most of the letters of `pieces` (a document's bullets and prose), as letterCount weighs
 * them, are in a script other than Latin: the document is in that script's language whatever its
 * headings say (held-out round 13: a Chinese slide deck whose slides' layout lines read as English
 * headings, so only some of its sections were told Chinese and the rest was checked as English).
 */
export function mostlyOtherScript(pieces: Iterable<string>): boolean {
  const { letters, other, weighted } = scriptCounts(pieces);
  return weighted >= MIN_LETTERS && weighted > letters - other;
}

/**
 * franc tells Russian from Bulgarian or Ukrainian by trigrams, which a short sample can tip (held-out
 * round 5: a Russian log read as Bulgarian). Russian writes "ы" and "э", which Bulgarian and Ukrainian
 * do not, and never "і", "ї", "є" or "ў" (Ukrainian, Belarusian).
 */
const CYRILLIC_KIN = new Set(["bul", "ukr", "mkd", "srp", "bel"]);
const RUSSIAN_ONLY_RE = /[ыэЫЭ]/u;
const NOT_RUSSIAN_RE = /[іїєўІЇЄЎ]/u;

/** franc's answer `best` for `sample`, Russian when it named a kin language but the letters are Russian's. */
export function cyrillicKin(best: string, sample: string): string {
  return CYRILLIC_KIN.has(best) && RUSSIAN_ONLY_RE.test(sample) && !NOT_RUSSIAN_RE.test(sample) ? "rus" : best;
}
