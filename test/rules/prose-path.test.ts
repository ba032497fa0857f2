// blockMatches (src/rules/lib/prose.ts) calls write-good's check functions directly, skips a check
// where a cheap test says it cannot match, and reads the allow-list with one regex. It must give
// exactly what the plain path gives: writeGood(block + ".", only that check on) (or, for a check that
// reads its own word list, a plain token-by-token search of that list), then the allow-list read
// phrase by phrase with indexOf, then the résumé sense (meansSomething). `reference` below is that
// plain path.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import fc from "fast-check";
import writeGood from "write-good";
import { blockMatches, meansSomething, OWN_LISTS, proseBlocks, type ProseCheck } from "../../src/rules/lib/prose.js";
import { tokenize } from "../../src/rules/lib/words.js";
import { findCliches } from "../../src/rules/lib/cliches.js";
import { parseDocument } from "../../src/core/parse.js";
import data from "../../src/rules/data/prose.json";
import { generateCorpus } from "../../bench/corpus.mjs";
import { REPO_MARKDOWN_FILES } from "../core/markdown-files.js";

const require = createRequire(import.meta.url);
const CHECKS: ProseCheck[] = ["passive", "weasel", "adverb", "tooWordy", "cliches", "illusion", "so", "thereIs"];

const allowList = (check: ProseCheck): string[] =>
  Object.values((data.allow as Record<string, Record<string, string[]>>)[check] ?? {}).flat().map((s) => s.toLowerCase().replace(/[\s\u00a0]+/g, " ").replace(/’/g, "'").trim());

function referenceAllowed(text: string, check: ProseCheck): [number, number][] {
  const out: [number, number][] = [];
  const lower = text.toLowerCase().replace(/’/g, "'");
  for (const phrase of allowList(check)) {
    if (!phrase) continue;
    for (let i = lower.indexOf(phrase); i >= 0; i = lower.indexOf(phrase, i + 1)) {
      const before = lower[i - 1] ?? " ";
      const after = lower[i + phrase.length] ?? " ";
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push([i, i + phrase.length]);
    }
  }
  return out;
}

/** A plain search of a check's own list: at each token, the longest phrase whose words are the next tokens (lower case). */
function ownList(blockText: string, list: string[]): { index: number; offset: number }[] {
  const tokens = tokenize(blockText);
  const phrases = list.map((p) => p.split(" "));
  const out: { index: number; offset: number }[] = [];
  for (let i = 0; i < tokens.length; ) {
    let best = 0;
    for (const words of phrases) if (words.length > best && words.every((w, k) => tokens[i + k]?.lower === w)) best = words.length;
    if (best) out.push({ index: tokens[i]!.start, offset: tokens[i + best - 1]!.end - tokens[i]!.start });
    i += best || 1;
  }
  return out;
}

function reference(blockText: string, check: ProseCheck): [number, number][] {
  const text = /[.!?;:]\s*$/.test(blockText) ? blockText : blockText + ".";
  const own = OWN_LISTS[check];
  const options = Object.fromEntries([...CHECKS.map((c) => [c, c === check]), ["eprime", false]]);
  const out: [number, number][] = [];
  let allowed: [number, number][] | undefined;
  for (const s of check === "cliches" ? findCliches(text) : own ? ownList(blockText, own) : writeGood(text, options)) {
    const start = s.index;
    const end = s.index + s.offset;
    if (start < 0 || end > blockText.length || end <= start) continue;
    allowed ??= referenceAllowed(text, check);
    if (allowed.some(([a, b]) => start < b && a < end)) continue;
    // The résumé sense (a passive that hides the writer's part, not the writer's voice…): the same function as blockMatches'.
    if (meansSomething(check, blockText, start, end)) out.push([start, end]);
  }
  return out;
}

/** Compares every check on every text; returns how many matches each check had. */
function compare(texts: Iterable<string>, checks: readonly ProseCheck[] = CHECKS): Record<string, number> {
  const found: Record<string, number> = {};
  for (const text of texts) {
    for (const check of checks) {
      const want = reference(text, check);
      assert.deepEqual([...blockMatches(text, check)], want, `${check} on ${JSON.stringify(text)}`);
      found[check] = (found[check] ?? 0) + want.length;
    }
  }
  return found;
}

const blocksOf = (markdown: string): string[] => proseBlocks(parseDocument(markdown)).map((b) => b.text);

describe("prose path (blockMatches) against writeGood", () => {
  it("calls the check functions write-good itself loads", () => {
    const wg = dirname(require.resolve("write-good"));
    for (const spec of ["passive-voice", "weasel-words", "adverb-where", "too-wordy"]) {
      assert.equal(require.resolve(spec), require.resolve(spec, { paths: [wg] }), spec);
    }
    const src = readFileSync(require.resolve("write-good"), "utf8");
    for (const lib of ["lexical-illusions", "starts-with-so", "there-is"]) assert.match(src, new RegExp(`require\\('\\./lib/${lib}'\\)`));
  });

  it("agrees on every prose block of the bench corpus, test/fixtures, examples and docs/rules", function () {
    this.timeout(120_000);
    const corpus = generateCorpus({ resumes: 1000, packets: 10, series: [] });
    const texts = new Set<string>();
    for (const f of [...corpus.resumes, ...corpus.packets]) for (const b of blocksOf(f.text)) texts.add(b);
    for (const file of REPO_MARKDOWN_FILES) for (const b of blocksOf(readFileSync(file, "utf8"))) texts.add(b);
    assert.ok(texts.size > 20_000, `${texts.size} blocks`);
    const found = compare(texts);
    for (const check of ["passive", "weasel", "adverb", "tooWordy", "illusion", "thereIs", "so"]) assert.ok(found[check]! > 0, `${check}: ${JSON.stringify(found)}`);
  });

  it("agrees around every UTF-16 code unit (spaces, case, sentence ends)", function () {
    this.timeout(120_000);
    const words: string[] = [];
    const cases: string[] = [];
    const sentences: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      words.push(`Led the${ch}the${ch}team${ch}so`);
      cases.push(`${ch}a ${ch.toLowerCase()}A ${ch.toUpperCase()}a x${ch} X${ch.toLowerCase()}`);
      sentences.push(`Shipped it${ch}So we won${ch}There is more${ch}there\u00a0are${ch}`);
    }
    const a = compare(words, ["illusion", "so", "thereIs"]);
    const b = compare(cases, ["illusion"]);
    const c = compare(sentences, ["so", "thereIs"]);
    assert.ok(a.illusion! > 20 && b.illusion! > 60_000 && c.so! >= 4 && c.thereIs! >= 4, JSON.stringify({ a, b, c }));
  });

  it("agrees on arbitrary text built from the pieces the checks and the allow-list read", function () {
    this.timeout(120_000);
    const pieces = [
      "so", "So", "SO", "ſo", "also", "so-called", "So,", "there is", "There are", "THERE  IS", "there\nis", "there’s", "therein",
      "the", "The", "THE", "the the", "İ", "i̇", "i", "I", "\u212A", "k", "K", "Σ", "σ", "ς", "ß", "SS", "é", "É", "’", "'",
      "was promoted", "was fixed", "is being built", "were", "very", "many", "too many", "few", "too few", "quarterly", "early", "only",
      "really", "just", "a number of", "utilize", "in order to", "-", "_", "9", "\u200C", "\b", " ", "  ", "\n", "\t", "\u00a0",
      "\u2028", "\u3000", "\ufeff", "\u180e", ".", ";", ":", "!", "?", "…", ", ", "—", "a far cry", "ace in the hole", "think outside of the box", "🚀",
    ];
    const found: Record<string, number> = {};
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), fc.constantFrom(" ", " ", "", "\n", ". ", "\u00a0")), { maxLength: 24 }),
        (parts) => {
          for (const [k, n] of Object.entries(compare([parts.flat().join("")]))) found[k] = (found[k] ?? 0) + n;
        },
      ),
      { numRuns: 5000 },
    );
    for (const check of CHECKS) assert.ok(found[check]! > 0, `${check}: ${JSON.stringify(found)}`);
  });
});
