// Figures of impact: "40%", "$2M", "3x", "200 ms", "12 services", "seven engineers", "halved".
// Not figures: years and dates, versions ("Python 3", "v2", "1.2.3"), "1:1s", O(n), names with
// digits (IPv6, S3, EC2, p99, Q3, k8s), ordinals, "24/7". The word lists are data (figures.json).
import data from "../data/figures.json";
import { compilePhrases, findPhrases, hasPhrase, tokenize } from "./words.js";
import { isJsSpace, isLetterCp, isLetterOrDigitCp, runEndAfter, runStartBefore } from "../../core/chars.js";

export interface FigureMatch {
  start: number;
  end: number;
  text: string;
}

const WORD_PHRASES = compilePhrases([...data.numberWords, ...data.quantityWords, ...data.changeWords]);
const UNIT_SUFFIXES = new Set(data.unitSuffixes);
const UNIT_SUFFIXES_LOWER = new Set(data.unitSuffixes.map((u) => u.toLowerCase()));
const VERSION_PREFIXES = new Set(data.versionPrefixes);
const MONTHS = new Set(data.months);
const ORDINAL = /^(?:st|nd|rd|th)$/i;
const YEAR = /^(?:19|20)\d{2}$/;
const FREQ = (data as { frequencies?: string[] }).frequencies ?? [];
const FREQ_CHANGE = new RegExp(`(?<![\\p{L}])from\\s+(?:${FREQ.join("|")})\\s+to\\s+(?:${FREQ.join("|")})(?![\\p{L}])`, "giu");

const NUM_RE = /([$€£¥₹])?(\d+(?:[.,:/]\d+)*)([\p{L}%×+]*)/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}_]/u;

const isWordCp = (cp: number): boolean => cp === 46 || isLetterOrDigitCp(cp);

/** The word before `index` within 40 characters: /([\p{L}\p{N}.]+)[\s\u00a0]*$/u on that slice, by a scan back. */
function wordBefore(text: string, index: number): string {
  const from = Math.max(0, index - 40);
  let e = index;
  while (e > from && isJsSpace(text.charCodeAt(e - 1))) e--;
  const s = runStartBefore(text, from, e, isWordCp);
  return s < e ? text.slice(s, e).toLowerCase().replace(/\.$/, "") : "";
}
/** The word after `index` within 40 characters: /^[\s\u00a0]*([\p{L}]+)/u on that slice. */
function wordAfter(text: string, index: number): string {
  const to = Math.min(text.length, index + 40);
  let s = index;
  while (s < to && isJsSpace(text.charCodeAt(s))) s++;
  const e = runEndAfter(text, s, to, isLetterCp);
  return e > s ? text.slice(s, e).toLowerCase() : "";
}

/**
 * The figures NUM_RE finds in the text, pushed to `out`; without `out`, only whether there is one
 * (stops at the first).
 */
function numberFigures(text: string, out?: FigureMatch[]): boolean {
  NUM_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUM_RE.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    const currency = m[1];
    const body = m[2]!;
    // "20+", "10k+": the plus is a lower bound, not a unit.
    const suffix = (m[3] ?? "").replace(/\+$/, "");
    const prev = text[start - 1] ?? "";
    // Part of a name: S3, EC2, IPv6, p99, Q3, covid-19, web-3.
    if (!currency && prev && (LETTER_OR_DIGIT.test(prev) || prev === "." && LETTER_OR_DIGIT.test(text[start - 2] ?? ""))) continue;
    if (!currency && prev === "-" && /[\p{L}]/u.test(text[start - 2] ?? "")) continue;
    // O(1), O(n²).
    if (prev === "(" && text[start - 2] === "O") continue;
    // 1:1s, 9:30, 24/7, 03/2020, 2020/21.
    if (body.includes(":") || body.includes("/")) continue;
    // 1.2.3 and 3.11 after a product name are versions.
    if ((body.match(/\./g) ?? []).length >= 2) continue;
    let isFigure = !!currency;
    if (suffix) {
      if (ORDINAL.test(suffix)) continue;
      if (UNIT_SUFFIXES.has(suffix) || UNIT_SUFFIXES_LOWER.has(suffix.toLowerCase())) isFigure = true;
      else continue; // 2FA, 3D, 5G, 4xx
    }
    const before = wordBefore(text, start);
    if (!currency && !suffix) {
      if (VERSION_PREFIXES.has(before)) continue;
      if (MONTHS.has(before) || MONTHS.has(wordAfter(text, end))) continue;
      if (YEAR.test(body)) continue;
      // A range of years "2019-20"
      if (/^\d{2}$/.test(body) && prev && /[-–]/.test(prev) && YEAR.test(text.slice(Math.max(0, start - 5), start - 1))) continue;
      isFigure = true;
    }
    if (isFigure) {
      if (!out) return true;
      out.push({ start, end, text: m[0] });
    }
  }
  return false;
}

/** Every figure in the text (offsets into `text`). */
export function findFigures(text: string): FigureMatch[] {
  const out: FigureMatch[] = [];
  numberFigures(text, out);
  // "from monthly to weekly": a change of frequency.
  FREQ_CHANGE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FREQ_CHANGE.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  const tokens = tokenize(text);
  for (const w of findPhrases(tokens, WORD_PHRASES)) out.push({ start: w.start, end: w.end, text: text.slice(w.start, w.end) });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * findFigures(text).length > 0, stopping at the first figure of any of its three kinds (a number,
 * a change of frequency, a figure word; hasPhrase is true exactly when findPhrases finds a match).
 */
export function hasFigure(text: string): boolean {
  if (numberFigures(text)) return true;
  FREQ_CHANGE.lastIndex = 0;
  const freq = FREQ_CHANGE.test(text);
  FREQ_CHANGE.lastIndex = 0;
  return freq || hasPhrase(tokenize(text), WORD_PHRASES);
}
