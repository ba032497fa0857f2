// The properties every document must satisfy, checked through the real engine (lint / applyFixes /
// fixAll). `checkDocument` throws a PropertyViolation naming the property that broke; the mocha
// suite (engine.test.ts) and `npm run fuzz` (scripts/fuzz.ts) both call it.
import { ENGINE_RULE, applyFixes, fixAll, lint, type LintOptions, type LintResult } from "../../src/engine/index.js";
import type { Finding, Fix } from "../../src/core/types.js";

export class PropertyViolation extends Error {
  constructor(
    readonly property: string,
    detail: string,
  ) {
    super(`${property}: ${detail}`);
    this.name = "PropertyViolation";
  }
}

function fail(property: string, detail: string): never {
  throw new PropertyViolation(property, detail);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when offset i falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

function checkRange(text: string, start: number, end: number, what: string): void {
  if (!Number.isInteger(start) || !Number.isInteger(end)) fail("range-integer", `${what}: ${start}-${end} is not a pair of integers`);
  if (start < 0 || end < start || end > text.length) fail("range-inside", `${what}: ${start}-${end} outside 0-${text.length}`);
  if (splitsPair(text, start) || splitsPair(text, end)) fail("range-utf16", `${what}: ${start}-${end} splits a surrogate pair`);
}

function describe(f: Finding): string {
  return `${f.ruleId}@${f.start}-${f.end} "${f.message}"`;
}

/** Engine findings that mean a rule is broken: it threw, or reported something malformed. */
export function brokenRuleFindings(result: LintResult): Finding[] {
  return result.findings.filter((f) => f.ruleId === ENGINE_RULE && /failed and was skipped|reported an invalid finding/.test(f.message));
}

/** Serialise what a lint produced, without functions, for determinism comparisons. */
export function snapshot(result: LintResult): string {
  return JSON.stringify({ kind: result.kind, target: result.target, findings: result.findings, coverage: result.coverage, config: result.config });
}

/**
 * The text outside the edited ranges must survive byte for byte: the output must be the original's
 * untouched segments, in order, with something (the replacements) between them.
 */
export function checkOutsideUntouched(before: string, after: string, edits: { start: number; end: number }[], what: string): void {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  // Merge touching/overlapping ranges: inside a merged range anything may change.
  const merged: { start: number; end: number }[] = [];
  for (const e of sorted) {
    const last = merged[merged.length - 1];
    if (last && e.start <= last.end) last.end = Math.max(last.end, e.end);
    else merged.push({ start: e.start, end: e.end });
  }
  const keep: string[] = [];
  let pos = 0;
  for (const m of merged) {
    keep.push(before.slice(pos, m.start));
    pos = m.end;
  }
  keep.push(before.slice(pos));
  // keep[0] must be a prefix, keep[last] a suffix, the rest in order in between.
  if (!after.startsWith(keep[0]!)) fail("outside-untouched", `${what}: text before the first edit changed`);
  const tail = keep[keep.length - 1]!;
  if (!after.endsWith(tail) || after.length - tail.length < keep[0]!.length) fail("outside-untouched", `${what}: text after the last edit changed`);
  let at = keep[0]!.length;
  const limit = after.length - tail.length;
  for (let i = 1; i < keep.length - 1; i++) {
    const k = keep[i]!;
    const found = after.indexOf(k, at);
    if (found < 0 || found + k.length > limit) fail("outside-untouched", `${what}: untouched segment ${i} (${JSON.stringify(k.slice(0, 40))}) missing or moved`);
    at = found + k.length;
  }
  // BOM and line endings: when no edit touched offset 0, a BOM stays; line endings outside edits are
  // covered by the segment check above.
  if (before.startsWith("\uFEFF") && !merged.some((m) => m.start === 0 && m.end > 0) && !after.startsWith("\uFEFF")) fail("bom-kept", `${what}: the BOM was lost`);
}

/** Check the document model the parser built (the contract in src/core/types.ts). */
export function checkModel(text: string, result: LintResult): void {
  const doc = result.doc;
  if (doc.text !== text) fail("model-text", "doc.text is not the linted text");
  const spans = [
    ...doc.bullets.map((b, i) => ({ s: b, what: `bullet ${i}` })),
    ...doc.proseBlocks.map((b, i) => ({ s: b, what: `prose block ${i}` })),
  ];
  for (const { s, what } of spans) {
    checkRange(text, s.start, s.end, what);
    if (s.text.length !== s.end - s.start) fail("model-masked-length", `${what}: masked text has ${s.text.length} units for a ${s.end - s.start}-unit range`);
    for (let i = 0; i < s.text.length; i++) {
      const m = s.text.charCodeAt(i);
      const o = text.charCodeAt(s.start + i);
      if (m !== o && m !== 0x20) {
        fail("model-masked-offsets", `${what}: masked text differs from the source at +${i} (${JSON.stringify(s.text[i])} vs ${JSON.stringify(text[s.start + i])}); masking may only blank characters`);
      }
    }
    for (const sent of doc.sentences(s)) {
      checkRange(text, sent.start, sent.end, `${what} sentence`);
      if (sent.start < s.start || sent.end > s.end) fail("model-sentence-inside", `${what}: sentence ${sent.start}-${sent.end} outside its block ${s.start}-${s.end}`);
      if (sent.text.length !== sent.end - sent.start) fail("model-masked-length", `${what}: sentence masked text length ${sent.text.length} for ${sent.end - sent.start}`);
    }
  }
  for (const b of doc.bullets) {
    checkRange(text, b.bodyStart, b.bodyStart, "bullet bodyStart");
    if (b.bodyStart < b.start || b.bodyStart > b.end) fail("model-bullet-body", `bodyStart ${b.bodyStart} outside bullet ${b.start}-${b.end}`);
    const lc = doc.lineCol(b.start);
    if (lc.line !== b.line) fail("model-bullet-line", `bullet at ${b.start} says line ${b.line}, lineCol says ${lc.line}`);
  }
  for (const [i, r] of doc.roles.entries()) {
    checkRange(text, r.titleStart, r.titleEnd, `role ${i} title`);
    if (doc.lineCol(r.titleStart).line !== r.line) fail("model-role-line", `role ${i} says line ${r.line}, lineCol(titleStart) says ${doc.lineCol(r.titleStart).line}`);
    for (const b of r.bullets) if (b.role !== r) fail("model-role-bullets", `role ${i} lists a bullet whose role is another`);
  }
  for (const [i, s] of doc.sections.entries()) {
    checkRange(text, s.start, s.end, `section ${i}`);
    checkRange(text, s.headingStart, s.headingEnd, `section ${i} heading`);
  }
  checkRange(text, doc.docAnchor.start, doc.docAnchor.end, "docAnchor");
  if (doc.h1) checkRange(text, doc.h1.start, doc.h1.end, "h1");
  if (doc.frontMatter) checkRange(text, doc.frontMatter.start, doc.frontMatter.end, "front matter");
  for (const d of doc.directives) checkRange(text, d.start, d.end, "directive");
  // lineCol / offsetAt round-trip on a sample of offsets (all of them for small texts).
  const step = Math.max(1, Math.floor(text.length / 200));
  for (let off = 0; off <= text.length; off += step) {
    if (splitsPair(text, off)) continue;
    const { line, column } = doc.lineCol(off);
    if (!(line >= 1 && column >= 1)) fail("linecol-1-based", `lineCol(${off}) = ${line}:${column}`);
    const back = doc.offsetAt(line, column);
    // Offsets inside a CRLF pair map to the end of the line; everything else must round-trip.
    if (back !== off && !(text[off - 1] === "\r" && text[off] === "\n")) fail("linecol-roundtrip", `offsetAt(lineCol(${off}) = ${line}:${column}) = ${back}`);
  }
}

export interface CheckOptions extends LintOptions {
  /** Also check the document model (default true). */
  model?: boolean;
  /** Also run fixAll and the relint properties (default true). */
  fixes?: boolean;
}

export interface CheckStats {
  findings: number;
  fixKindFixes: number;
  fixedChars: number;
}

/** Run every property on one document; throws PropertyViolation (or the engine's own error). */
export function checkDocument(text: string, options: CheckOptions = {}): CheckStats {
  const { model = true, fixes = true, ...lintOptions } = options;
  let result: LintResult;
  try {
    result = lint(text, lintOptions);
  } catch (err) {
    fail("lint-never-throws", err instanceof Error ? `${err.name}: ${err.message}\n${(err.stack ?? "").split("\n").slice(1, 6).join("\n")}` : String(err));
  }
  const broken = brokenRuleFindings(result);
  if (broken.length) fail("no-rule-failures", broken.map(describe).join("; "));

  for (const f of result.findings) {
    checkRange(text, f.start, f.end, `finding ${describe(f)}`);
    if (typeof f.message !== "string" || !f.message.trim()) fail("finding-message", `finding ${describe(f)} has an empty message`);
    for (const r of f.related ?? []) checkRange(text, r.start, r.end, `related of ${describe(f)}`);
    for (const fix of f.fixes) {
      for (const e of fix.edits) checkRange(text, e.start, e.end, `edit of "${fix.title}" in ${describe(f)}`);
      // Every fix applies on its own, exactly as a splice of its edits.
      const applied = applyFixes(text, [fix]);
      if (applied.applied !== 1) fail("fix-applies", `"${fix.title}" in ${describe(f)} did not apply (applied=${applied.applied})`);
      let expected = text;
      for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) expected = expected.slice(0, e.start) + e.text + expected.slice(e.end);
      if (applied.text !== expected) fail("fix-applies", `"${fix.title}" in ${describe(f)} did not produce the splice of its edits`);
      checkOutsideUntouched(text, applied.text, fix.edits, `fix "${fix.title}" of ${f.ruleId}`);
    }
  }
  if (result.coverage) {
    for (const axis of result.coverage.axes) for (const ev of axis.evidence) checkRange(text, ev.start, ev.end, `coverage evidence for ${axis.axis}`);
  }

  // Deterministic: a second lint of the same text reports the same thing.
  const again = lint(text, lintOptions);
  if (snapshot(again) !== snapshot(result)) fail("deterministic", "a second lint of the same text gave different findings/coverage");

  if (model) checkModel(text, result);

  const stats: CheckStats = { findings: result.findings.length, fixKindFixes: 0, fixedChars: 0 };
  if (!fixes) return stats;

  // Apply fix-kind fixes pass by pass (as fixAll does), checking each pass keeps everything outside
  // the edited ranges; then compare with fixAll and relint.
  let current = text;
  let currentResult = result;
  for (let pass = 0; pass < 10; pass++) {
    const fixKind: Fix[] = currentResult.findings.flatMap((f) => f.fixes.filter((x) => x.kind === "fix"));
    if (pass === 0) stats.fixKindFixes = fixKind.length;
    if (!fixKind.length) break;
    const next = applyFixes(current, fixKind);
    if (next.applied === 0) fail("fix-progress", `pass ${pass}: ${fixKind.length} fix-kind fixes, none applied`);
    checkOutsideUntouched(current, next.text, fixKind.flatMap((x) => x.edits), `fix-all pass ${pass}`);
    if (next.text === current) break;
    current = next.text;
    try {
      currentResult = lint(current, lintOptions);
    } catch (err) {
      fail("lint-never-throws", `after fix pass ${pass}: ${err instanceof Error ? err.message : String(err)}`);
    }
    const brokenAfter = brokenRuleFindings(currentResult);
    if (brokenAfter.length) fail("no-rule-failures", `after fix pass ${pass}: ${brokenAfter.map(describe).join("; ")}`);
  }
  if (stats.fixKindFixes === 0) return stats; // fixAll would return the text as is (checked above by determinism)
  const all = fixAll(text, lintOptions);
  if (all.text !== current) fail("fixall-matches-passes", "fixAll produced a different text from applying the fix-kind fixes pass by pass");
  // currentResult is the lint of the final text; with nothing fixable left, fixAll on it is a no-op (idempotent).
  const stillFixable = currentResult.findings.filter((f) => f.fixes.some((x) => x.kind === "fix"));
  if (stillFixable.length) fail("fixall-converges", `after fixAll, still fixable: ${stillFixable.slice(0, 3).map(describe).join("; ")}`);
  if (snapshot(all.result) !== snapshot(currentResult)) fail("deterministic", "fixAll's final lint differs from a fresh lint of the same text");
  if (text.startsWith("\uFEFF") && !all.text.startsWith("\uFEFF")) fail("bom-kept", "fixAll dropped the BOM");
  stats.fixedChars = Math.abs(all.text.length - text.length);
  return stats;
}
