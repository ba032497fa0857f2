// The degrees a line or a heading may name ("Mestrado em Engenharia de Software", "B.S. Software
// Engineering", "Master of Science in Physics", "Бакалавр информатики"): education, no job. One word
// list, two forms: a role line as written (roleline.ts) and a heading as normalized (sections.ts:
// lower-cased, punctuation but "'" and "-" turned to spaces, so "B.S." is "b s" and "Bachelor’s" is
// "bachelor s"). A doctorate is left alone: a PhD student's or researcher's post is often a role.

import { escapeRe } from "./chars.js";

/** "<word> of/in/… …": a degree only with what it is in ("Master of Science"; "Master Electrician" is none). */
const DEGREE_OF = ["bachelor", "master", "magister"];
const DEGREE_OF_JOINS = ["of", "in", "en", "em", "de", "di", "der", "im", "degree"];

/**
 * A degree on its own, accents as usually written; a line or heading may drop them ("Graduacao"), and a
 * space may stand for a hyphen. "máster" keeps its accent: "Master" alone is a title word.
 */
const DEGREE_NAMES = [
  "bsc", "msc", "mba", "mestrado", "graduação", "bacharelado", "licenciatura", "pós-graduação", "especialização",
  "máster", "maestría", "grado en", "licence", "diplôme", "laurea", "бакалавр", "магистр", "магистратура",
];
const ACCENT_KEPT = new Set(["máster"]);


/** "pós-graduação" → "p[óo]s[- ]gradua[çc][ãa]o": accents optional, a hyphen or a space, any run of spaces. */
function loose(word: string): string {
  if (ACCENT_KEPT.has(word)) return escapeRe(word).replace(/ /g, "\\s+");
  let out = "";
  for (const ch of word) {
    const base = ch.normalize("NFD").replace(/\p{M}/gu, "");
    if (ch === "-") out += "[- ]";
    else if (ch === " ") out += "\\s+";
    else if (base !== ch && base.length === 1) out += `[${ch}${base}]`;
    else out += escapeRe(ch);
  }
  return out;
}

const names = DEGREE_NAMES.map(loose).join("|");
const degreeOf = `(?:${DEGREE_OF.join("|")})`;
const joins = `(?:${DEGREE_OF_JOINS.join("|")})`;

/** A role line's part that opens with a degree ("B.S. Software Engineering", "Bachelor’s in …"). */
export const DEGREE_LINE_RE = new RegExp(`^(?:${degreeOf}(?:['’]s)?\\s+${joins}|[bm]\\.\\s?(?:s|sc|a|eng)\\.|${names})(?![\\p{L}\\p{N}])`, "iu");

/** A normalized heading that opens with a degree ("b s software engineering", "bachelor s of science"). */
export const DEGREE_HEADING_RE = new RegExp(`^(?:${degreeOf}(?:'s| s)?\\s+${joins}|[bm]\\s(?:s|sc|a|eng)|${names})(?:\\s|$)`, "u");
