// The role-line helpers' shortcuts give exactly what the code they replaced gave:
// - cleanPart skips the strip at an end that is an ASCII letter or digit (in neither strip set), and
//   folds spaces with collapseSpaces;
// - takeDates skips the date-range scan when the line holds no year, open end or 'yy (a range only
//   counts when it holds one, and it can only hold one the line holds), and answers a line asked
//   about again in a row from the last result;
// - blankUrls blanks bare URLs and e-mail addresses trying the expression only where a match can
//   start (at "http", "www." or in the run before an "@").
// The reference copies below are the code before the change.
import assert from "node:assert/strict";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { blankUrls, cleanPart, sectionKindOf, takeDates, DATE_GRAMMAR } from "../../src/core/parse.js";
import { generateCorpus } from "../../bench/corpus.mjs";
import { SECTION_AFFIX_LIST, affixKind, normHeading } from "../../src/core/sections.js";
import { MONTH } from "../../src/core/roleline.js";

function cleanPartBefore(s: string): string {
  return s
    // (The full-width colon, brackets and comma, "：（），", are marks of the strip sets too: "*高级软件工程师（外包）*", 197.)
    .replace(/^[\s\p{Extended_Pictographic}\uFE0F\u200D|@,–—:：•·()（），[\]*_-]+/u, "")
    .replace(/[\s|@,;–—:：•·()（），[\]*_/-]+$/u, "") // ";" since "**Data Scientist at Acme**; Nov18 - now"; "/" since "### Acme / 2013 - 2016"
    .replace(/\s+/g, " ")
    .trim();
}

// The date grammar itself is parse.ts's (it grew with the real corpus: "2021 November", other
// languages' "present"); what is checked here is that the shortcut around it changes nothing.
const DATE_RANGE_G = new RegExp(DATE_GRAMMAR.range.source, "giu");
const HAS_YEAR_OR_OPEN = DATE_GRAMMAR.hasYearOrOpen;

function takeDatesBefore(line: string): { dates: string; rest: string } {
  // "April&nbsp;2020": the entity reads as a space (part of the grammar, as in parse.ts).
  if (line.includes("&nbsp;")) {
    const r = takeDatesBefore(line.replace(/&nbsp;/g, "      "));
    return { dates: r.dates.replace(/\s+/g, " "), rest: r.rest };
  }
  let dates = "";
  let best: RegExpExecArray | undefined;
  DATE_RANGE_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RANGE_G.exec(line))) {
    if (!HAS_YEAR_OR_OPEN.test(m[0])) continue;
    if (!best || m[0].length > best[0].length) best = m;
  }
  if (!best) return { dates, rest: line };
  dates = best[0].trim();
  // The grammar's own rule, not a shortcut (read24, fixture 225): "June - August 2007", a month alone and a
  // dash right before a month with its year, is one range.
  let start = best.index;
  const open = /^\p{L}/u.test(dates) && !/[-–—]|\bto\b/.test(dates) ? MONTH_DASH_BEFORE_RE.exec(line.slice(0, start)) : null;
  if (open && MONTH_START_RE.test(dates)) {
    start = open.index;
    dates = line.slice(start, best.index + best[0].length).trim();
  }
  // The grammar's own rule, not a shortcut (read14, fixture 119): "Engineer on Contract 5 months - 2018",
  // the stay's length right before a year alone is no part of the title.
  const before = /^\d{4}$/.test(dates) ? STAY_BEFORE_RE.exec(line.slice(0, best.index)) : null;
  const rest = line.slice(0, before ? before.index : start) + " " + line.slice(best.index + best[0].length);
  return { dates, rest };
}
const STAY_BEFORE_RE = /(?<![\p{L}\d])\d+\s*(?:yrs?|years?|mos?|months?)\s*[·•|,–-]?\s*$/iu;
const MONTH_DASH_BEFORE_RE = new RegExp(`(?<![\\p{L}\\d])${MONTH}\\.?\\s*[-–—]\\s*$`, "iu");
const MONTH_START_RE = new RegExp(`^${MONTH}(?![\\p{L}])`, "iu");

const BARE_URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const blankBefore = (s: string): string => s.replace(BARE_URL_RE, (m) => m.replace(/[^\r\n]/g, " "));

function checkUrls(text: string): void {
  assert.equal(blankUrls(text), blankBefore(text), JSON.stringify(text));
}

function check(line: string): void {
  assert.equal(cleanPart(line), cleanPartBefore(line), JSON.stringify(line));
  const want = takeDatesBefore(line);
  assert.deepEqual(takeDates(line), want, JSON.stringify(line));
  assert.deepEqual(takeDates(line), want, `asked again: ${JSON.stringify(line)}`);
}

/** Every line of a text, and its pieces between the separators role lines use. */
function* piecesOf(text: string): Generator<string> {
  for (const line of text.split(/\r?\n/)) {
    yield line;
    for (const p of line.split(/\s*(?:\||—|–|@|•|·|\s-\s|\sat\s|,|:)\s*/i)) yield p;
  }
}

describe("core/parse: role-line shortcuts", () => {
  it("match the code they replaced on every line of the examples, fixtures and generated documents", () => {
    const texts: string[] = [];
    for (const dir of ["examples", "test/fixtures"]) {
      for (const f of readdirSync(dir, { recursive: true }).map(String).filter((x) => x.endsWith(".md"))) texts.push(readFileSync(`${dir}/${f}`, "utf8"));
    }
    const c = generateCorpus({ resumes: 60, packets: 2, series: [] });
    for (const d of [...c.resumes, ...c.packets]) texts.push(d.text);
    let n = 0;
    let withDates = 0;
    for (const t of texts) {
      checkUrls(t);
      for (const p of piecesOf(t)) {
        check(p);
        n++;
        if (takeDatesBefore(p).dates) withDates++;
      }
    }
    assert.ok(n > 10_000 && withDates > 500, `${n} lines, ${withDates} with dates`);
  });

  it("match it on generated lines of dates, open ends, separators, emoji and odd spaces", () => {
    const pieces = ["2019", "2020", "1999", "'21", "’21", "Jan", "june", "Sept.", "Q3 2021", "present", "Present", "current", "now", "today", "ongoing", "date", "update", "nowhere", "todays", "since", "from", "to", "until", "–", "—", "-", "−", "→", "->", "~", "/", ".", "|", "@", ",", ":", "•", "·", "(", ")", "[", "]", "*", "_", " ", "  ", "\t", "\u00a0", "\n", "🚀", "🔹", "\uFE0F", "\u200D", "©", "#", "1", "12", "Acme", "Staff Engineer", "EM", "a", "É", "ß"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        check(parts.join(""));
        check(parts.join(" "));
      }),
      { numRuns: 4000, seed: 7 },
    );
  });

  it("blankUrls matches the expression on generated text of URLs, addresses and their neighbours", () => {
    const pieces = ["http://", "https://", "http:/", "htt", "www.", "WWW.", "@", "@@", "a", "b.c", "x.com", ".", "+", "-", "_", "1", "é", "ß", "(", ")", "<", ">", " ", "\n", "\t", "/", ":", "jane", "example", ".org", "mailto:", "—", "'"];
    let changed = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const s = parts.join("");
        checkUrls(s);
        if (blankBefore(s) !== s) changed++;
      }),
      { numRuns: 6000, seed: 11 },
    );
    assert.ok(changed > 500, `only ${changed} generated texts held a URL or address`);
    assert.equal(blankUrls("mail jane.doe+cv@example.com or see https://x.io/a(b)"), `mail ${" ".repeat(23)} or see ${" ".repeat(14)}(b)`);
  });

  it("answers alternating lines from the right result (the memos hold only the last line)", () => {
    const a = "Staff Engineer — Acme (2019–2022)";
    const b = "Led the team through 2021";
    const c = "No dates here";
    for (const line of [a, b, a, a, c, b, c, c, a]) assert.deepEqual(takeDates(line), takeDatesBefore(line), line);
    // HAS_YEAR_OR_OPEN keeps its last answer too.
    for (const line of [a, c, c, a, a, b, "", "", c, "present", "present", "Acme"]) assert.equal(DATE_GRAMMAR.hasYearOrOpenFast.test(line), HAS_YEAR_OR_OPEN.test(line), line);
  });

  it("affixKind answers as the loop over every affix it replaced, on the headings and lines of the examples, fixtures and generated documents, and on generated headings", () => {
    const loop = (h: string) => {
      for (const [kind, affixes] of SECTION_AFFIX_LIST) for (const [prefix, suffix] of affixes) if (h.startsWith(prefix) || h.endsWith(suffix)) return kind;
      return undefined;
    };
    const texts: string[] = [];
    for (const dir of ["examples", "test/fixtures", "docs"]) {
      for (const f of readdirSync(dir, { recursive: true }).map(String).filter((x) => x.endsWith(".md"))) texts.push(readFileSync(`${dir}/${f}`, "utf8"));
    }
    for (const d of generateCorpus({ resumes: 60, packets: 2, series: [] }).resumes) texts.push(d.text);
    let found = 0;
    for (const t of texts) for (const line of t.split(/\r?\n/)) {
      const h = normHeading(line);
      assert.equal(affixKind(h), loop(h), h);
      if (loop(h)) found++;
    }
    assert.ok(found > 100, `only ${found} lines with a section affix`);
    const words = [...new Set(SECTION_AFFIX_LIST.flatMap(([, a]) => a.map(([p]) => p.slice(0, -1))))].flatMap((w) => [w, ...w.split(" ")]);
    const pieces = [...words, "acme", "at", "and", "&", "(selected)", "2021", "", " ", "  "];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), (parts) => {
        for (const h of [parts.join(" "), parts.join(""), parts.join("  ")]) assert.equal(affixKind(h), loop(h), JSON.stringify(h));
      }),
      { numRuns: 6000, seed: 13 },
    );
  });

  it("sectionKindOf answers a heading the same from its memo, also after the memo filled up and was cleared", () => {
    const headings = ["Experience", "Professional Experience (selected)", "Skills & Tools", "Goals for next year", "Acme Corp", "🚀 Impact this cycle", "EDUCATION", ""];
    const first = headings.map((h) => sectionKindOf(h));
    assert.deepEqual(first.slice(0, 4), ["experience", "experience", "skills", "context"]);
    for (let i = 0; i < 5000; i++) sectionKindOf(`Heading number ${i}`);
    assert.deepEqual(headings.map((h) => sectionKindOf(h)), first);
    assert.deepEqual(headings.map((h) => sectionKindOf(h)), first);
  });
});
