// The lint engine: parse once, run every enabled rule, validate what rules report, apply directives.
// Pure: no vscode, no fs, no process.
import { MAX_LINE_CHARS, MAX_NESTING, parseDocument } from "../core/parse.js";
import type { BlockCache } from "../core/blocks.js";
export { BlockCache } from "../core/blocks.js";
import { memoScope } from "../core/memo.js";
import { LineIndex } from "../core/positions.js";
import { encodeFix, jsonResumeBody, readJsonResume, resumeFormatOf, type JsonResumeRead, type ResumeFormat } from "../core/jsonresume.js";
import { rules as allRules, ruleById } from "../rules/index.js";
import { builtinLadderSet } from "../ladders/index.js";
import type { Rule, RuleContext } from "../core/rule.js";
import type {
  ConfigLayer,
  Coverage,
  Doc,
  DocKind,
  Finding,
  Fix,
  KindSetting,
  LadderSet,
  LevelInfo,
  Report,
  Severity,
  SeveritySetting,
} from "../core/types.js";

export interface LintOptions {
  /** The file's name or path: tells the kind, and the format (resume.json, *.resume.json, resume.yaml: JSON Resume). */
  filename?: string;
  /** The input format; default: from `filename` (JSON Resume names), else Markdown. */
  format?: "markdown" | ResumeFormat;
  /** Config files + editor settings, already merged (lower precedence than front matter). */
  base?: ConfigLayer;
  /** CLI flags / editor command (highest precedence). */
  override?: ConfigLayer;
  /** Built-in plus custom ladders; default: built-in only. */
  ladders?: LadderSet;
  /** Rules to run instead of the registry (tests). */
  rules?: Rule[];
  /**
   * Parsed blocks of earlier versions of this document (the editor keeps one per open document):
   * only the blocks an edit changed are parsed again. Results are the same with or without it.
   */
  parseCache?: BlockCache;
}

export interface LintResult {
  doc: Doc;
  kind: DocKind;
  /** Canonical target id, when one is set and known. */
  target?: string;
  level?: LevelInfo;
  findings: Finding[];
  coverage?: Coverage;
  /** The effective configuration after merging. */
  config: EffectiveConfig;
  /** Set when nothing was read to check (DESIGN §2b: no silent pass): no role in a résumé, or no achievement bullet. */
  nothingRead?: "roles" | "bullets";
}

export interface EffectiveConfig {
  target?: string;
  kind: KindSetting;
  rules: Record<string, SeveritySetting>;
}

const SEVERITIES = new Set(["error", "warning", "info", "hint", "off"]);

/** Rule id of findings the engine itself reports (directives, front matter, broken rules). */
export const ENGINE_RULE = "ladderlint";

/** The front-matter `ladderlint:` block as a config layer (invalid keys reported separately). */
export function frontMatterLayer(doc: Doc, isKnown: (id: string) => boolean = (id) => ruleById.has(id)): { layer: ConfigLayer; problems: string[] } {
  const problems: string[] = [];
  const layer: ConfigLayer = {};
  const data = doc.frontMatter?.data;
  if (!data) return { layer, problems };
  const block = data["ladderlint"];
  // `target:` at the top level of the front matter is accepted too (DESIGN §3: "the target: line").
  if (typeof data["target"] === "string") layer.target = data["target"] as string;
  if (block === undefined || block === null) return { layer, problems };
  if (typeof block !== "object" || Array.isArray(block)) {
    problems.push("front matter: `ladderlint` must be a mapping (target, kind, rules)");
    return { layer, problems };
  }
  const b = block as Record<string, unknown>;
  for (const [key, value] of Object.entries(b)) {
    if (key === "target") {
      if (typeof value === "string" || typeof value === "number") layer.target = String(value);
      else problems.push("front matter: `ladderlint.target` must be a level id such as EM6");
    } else if (key === "kind") {
      if (value === "resume" || value === "promo" || value === "auto") layer.kind = value;
      else problems.push("front matter: `ladderlint.kind` must be resume, promo or auto");
    } else if (key === "rules") {
      if (!value || typeof value !== "object" || Array.isArray(value)) {
        problems.push("front matter: `ladderlint.rules` must map rule ids to off|info|warning|error");
        continue;
      }
      layer.rules = {};
      for (const [id, sev] of Object.entries(value as Record<string, unknown>)) {
        if (!isKnown(id)) problems.push(`front matter: unknown rule \`${id}\` in ladderlint.rules`);
        else if (typeof sev !== "string" || !SEVERITIES.has(sev))
          problems.push(`front matter: ladderlint.rules.${id} must be off, info, warning or error`);
        else layer.rules[id] = sev as SeveritySetting;
      }
    } else if (key === "ladders") {
      // A document does not name files for the linter to read; said, not silently ignored.
      problems.push("front matter: `ladderlint.ladders` is not read from a document; list custom ladders under `ladders:` in .ladderlintrc.json or .ladderlintrc.yaml, in the `ladderlint.ladders` setting, or pass `--ladder FILE`");
    } else if (key === "confidential") {
      const words = confidentialWords(value, problems);
      if (words) layer.confidential = { words };
    } else {
      problems.push(`front matter: unknown key \`ladderlint.${key}\` (expected target, kind, rules, confidential)`);
    }
  }
  return { layer, problems };
}

/** `confidential: {words: [...]}` in front matter; a `file` is refused (a document names no files to read). */
function confidentialWords(value: unknown, problems: string[]): string[] | undefined {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    problems.push("front matter: `ladderlint.confidential` must be a mapping with `words:` (a list of terms)");
    return undefined;
  }
  let words: string[] | undefined;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k === "words") {
      if (Array.isArray(v) && v.every((w) => typeof w === "string" || typeof w === "number")) words = v.map(String).filter((w) => w.trim());
      else problems.push("front matter: `ladderlint.confidential.words` must be a list of terms");
    } else if (k === "file") {
      problems.push("front matter: `ladderlint.confidential.file` is not read from a document; put it under `confidential:` in .ladderlintrc.json or .ladderlintrc.yaml, or list the terms under `confidential.words`");
    } else problems.push(`front matter: unknown key \`ladderlint.confidential.${k}\` (expected words)`);
  }
  return words;
}

export function mergeLayers(...layers: (ConfigLayer | undefined)[]): ConfigLayer {
  const out: ConfigLayer = {};
  for (const l of layers) {
    if (!l) continue;
    if (l.target !== undefined) out.target = l.target;
    if (l.kind !== undefined) out.kind = l.kind;
    if (l.rules) out.rules = { ...(out.rules ?? {}), ...l.rules };
    if (l.ladders) out.ladders = [...(out.ladders ?? []), ...l.ladders];
    // Terms add up: the settings', the config file's and the document's lists all apply.
    if (l.confidential) {
      const words = [...(out.confidential?.words ?? []), ...(l.confidential.words ?? [])];
      out.confidential = { ...out.confidential, ...l.confidential, words };
    }
  }
  return out;
}

/** The document model of a text, as lint reads it: Markdown, a JSON Resume file (JSON or YAML, by
 *  `format` or the file's name), or a Markdown page whose body is a JSON Resume object. */
export function readDocument(
  text: string,
  options: Pick<LintOptions, "format" | "filename" | "base" | "parseCache"> & { kind?: DocKind } = {},
): { doc: Doc; resume?: JsonResumeRead } {
  const format = inputFormat(options);
  const kind = options.kind;
  const resumeKind = kind ?? (options.base?.kind === "promo" ? "promo" : undefined);
  // A Markdown page whose body is a JSON Resume object is read as that résumé (its front matter as
  // Markdown's); unless Markdown was asked for by name.
  const body = format === "markdown" && options.format === undefined ? jsonResumeBody(text) : undefined;
  if (body) {
    const resume = readJsonResume(text, "json", { kind: resumeKind, within: body });
    resume.doc.frontMatter = parseDocument(text.slice(0, body[0]), { kind, filename: options.filename }).frontMatter;
    return { doc: resume.doc, resume };
  }
  if (format !== "markdown") {
    const resume = readJsonResume(text, format, { kind: resumeKind });
    return { doc: resume.doc, resume };
  }
  return { doc: parseDocument(text, { kind, baseKind: options.base?.kind, cache: options.parseCache, filename: options.filename }) };
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  return memoScope(options.parseCache?.memo, () => lintWith(text, options));
}

function lintWith(text: string, options: LintOptions): LintResult {
  const ladders = options.ladders ?? builtinLadderSet();
  const kindHint = options.override?.kind ?? undefined;
  // Parse once; the front matter may change the kind, so parse with the override kind hint and
  // let the parser resolve front matter + headings. A JSON Resume file (JSON or YAML) has no front matter.
  const forcedKind = kindHint && kindHint !== "auto" ? kindHint : undefined;
  const { doc, resume } = readDocument(text, { ...options, kind: forcedKind });
  const ruleList = options.rules ?? allRules;
  const inPlay: ReadonlySet<string> = ruleList === allRules ? (builtinIds ??= new Set(allRules.map((r) => r.meta.id))) : new Set(ruleList.map((r) => r.meta.id));
  const fm = frontMatterLayer(doc, (id) => ruleById.has(id) || inPlay.has(id));
  const merged = mergeLayers(options.base, fm.layer, options.override);
  const config: EffectiveConfig = { target: merged.target, kind: merged.kind ?? "auto", rules: merged.rules ?? {} };

  const findings: Finding[] = [];
  const engineFinding = (start: number, end: number, message: string, severity: Severity = "warning") =>
    findings.push({ ruleId: ENGINE_RULE, severity, message, start, end, fixes: [] });

  const fmRange = doc.frontMatter ? { start: doc.frontMatter.start, end: doc.frontMatter.start + 3 } : doc.docAnchor;
  for (const l of doc.skippedLines ?? []) {
    engineFinding(l.start, l.end, `Line not checked: its ${l.end - l.start} characters are over the limit of ${MAX_LINE_CHARS} for one line; break it into paragraphs or bullets`);
  }
  for (const b of doc.skippedBlocks ?? []) {
    engineFinding(b.start, b.end, `Block not checked: its Markdown nests more than ${MAX_NESTING} levels deep (lists, quotes or emphasis inside each other); no résumé needs that many, so flatten it`);
  }
  for (const p of resume?.problems ?? []) engineFinding(p.start, p.end, p.message, p.severity);
  if (doc.frontMatter?.error) engineFinding(fmRange.start, fmRange.end, `Front matter is not valid YAML: ${doc.frontMatter.error}`, "error");
  for (const p of fm.problems) engineFinding(fmRange.start, fmRange.end, p, "error");

  let level: LevelInfo | undefined;
  if (config.target) {
    level = ladders.resolve(config.target);
    if (!level) {
      // On the front-matter line that names it when the target came from there; else document-level.
      const fromFrontMatter = options.override?.target === undefined && fm.layer.target !== undefined;
      const anchor = (fromFrontMatter && doc.frontMatter?.target) || doc.docAnchor;
      const ids = ladders.levels().map((l) => l.id).join(", ");
      engineFinding(anchor.start, anchor.end, `Unknown target level "${config.target}"; valid ids: ${ids}`, "error");
    }
  }

  // DESIGN §2b: a document not in English is read for structure only, and says so once.
  const english = doc.language.code === "en";
  const line1 = LineIndex.of(text).lineRange(0);
  if (!english) {
    engineFinding(line1.start, line1.end, `This document reads as ${doc.language.name}: ladderlint's wording checks and ladder cues are English-only, so only its structure (roles, bullets, placeholders, length) is checked`, "info");
  }
  // A bilingual document's other-language half (a translated copy) is read for structure only, said
  // once at its heading.
  const otherHalves = english ? (doc.otherLanguageSections ?? []) : [];
  for (const h of otherHalves) {
    engineFinding(h.headingStart, h.headingEnd, `This section reads as ${h.language.name}: ladderlint's wording checks are English-only, so only its structure is checked here`, "info");
  }
  const inOtherHalf = (f: Finding): boolean => otherHalves.some((h) => f.start >= h.start && f.start < h.end);
  // No silent pass: a résumé with no role, or any document with no achievement bullet, says so.
  const noRoles = doc.kind === "resume" && doc.roles.length === 0;
  const noBullets = !doc.bullets.some((b) => b.achievement);
  // (An empty document is said to be empty by the CLI and the editor; there is nothing to point at.
  // A JSON Resume that did not parse has its syntax error instead.)
  const nothingRead = !/\S/.test(text) ? undefined : noRoles ? "roles" : noBullets ? "bullets" : undefined;
  if (nothingRead && resume?.parsed !== false) {
    const what = noRoles
      ? "No role was read in this résumé (a title with a company or dates, and its bullets)"
      : `No achievement bullet was read in this ${doc.kind === "promo" ? "document" : "résumé"}`;
    engineFinding(line1.start, line1.end, `${what}, so the checks on roles and bullets did not run; run \`ladderlint outline\` on it to see what was read`, "info");
  }

  for (const rule of ruleList) {
    const setting = config.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (setting === "off") continue;
    if (rule.meta.kinds && !rule.meta.kinds.includes(doc.kind)) continue;
    if (!english && rule.meta.languages !== "any") continue;
    if (rule.meta.defaultKinds && config.rules[rule.meta.id] === undefined && !rule.meta.defaultKinds.includes(doc.kind)) continue;
    const reported: Finding[] = [];
    const context: RuleContext = {
      doc,
      kind: doc.kind,
      target: level,
      ladders,
      confidential: merged.confidential?.words ?? [],
      report(r: Report) {
        const f = toFinding(rule, r, setting, text.length);
        // JSON Resume: each fix edits inside one string, escaped as it is written, or is dropped.
        if (resume && f.fixes.length) f.fixes = f.fixes.flatMap((x) => encodeFix(resume, x) ?? []);
        reported.push(f);
      },
    };
    try {
      rule.check(context);
      for (const f of reported) {
        if (rule.meta.languages !== "any" && inOtherHalf(f)) continue;
        const problem = validateFinding(f, text);
        if (problem) engineFinding(0, 0, `Rule ${rule.meta.id} reported an invalid finding (${problem}); it was dropped`, "error");
        else findings.push(f);
      }
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      engineFinding(doc.docAnchor.start, doc.docAnchor.end, `Rule ${rule.meta.id} failed and was skipped: ${msg.split("\n")[0]}`, "error");
    }
  }

  const filtered = oneFindingPerWord(applyDirectives(doc, findings, inPlay), ruleList);
  filtered.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
  const coverage = level ? ladders.coverage(doc, level.id) : undefined;
  return { doc, kind: doc.kind, target: level?.id, level, findings: filtered, coverage, config, ...(nothingRead ? { nothingRead } : {}) };
}

/** Which rules supersede which (RuleMeta.supersedes), and all that supersede one. */
function supersedeOf(ruleList: readonly Rule[]): { supersededBy: Map<string, Set<string>>; superseding: Set<string> } {
  const supersededBy = new Map<string, Set<string>>();
  for (const r of ruleList) for (const id of r.meta.supersedes ?? []) {
    let s = supersededBy.get(id);
    if (!s) supersededBy.set(id, (s = new Set()));
    s.add(r.meta.id);
  }
  return { supersededBy, superseding: new Set([...supersededBy.values()].flatMap((s) => [...s])) };
}
/** The ids of the built-in rules, made once. */
let builtinIds: ReadonlySet<string> | undefined;
/** supersedeOf(allRules), made once: the built-in rules never change (a lint built it each time). */
let builtinSupersede: ReturnType<typeof supersedeOf> | undefined;

/**
 * One finding per word across rules: a finding is dropped when a rule that supersedes its rule
 * (RuleMeta.supersedes: vague-quantity over prose/weasel over prose/adverb) reported an overlapping
 * range. Only findings that survived configuration and directives count, so turning the more specific
 * rule off (or disabling it on a line) brings the other one back.
 */
export function oneFindingPerWord(findings: Finding[], ruleList: readonly Rule[]): Finding[] {
  const { supersededBy, superseding } = ruleList === allRules ? (builtinSupersede ??= supersedeOf(allRules)) : supersedeOf(ruleList);
  if (!supersededBy.size) return findings;
  // Ranges of the superseding rules' findings, by rule, sorted by start, with the running maximum end.
  const ranges = new Map<string, { starts: number[]; ends: number[]; maxEnd: number[] }>();
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!superseding.has(f.ruleId)) continue;
    let list = byRule.get(f.ruleId);
    if (!list) byRule.set(f.ruleId, (list = []));
    list.push(f);
  }
  if (!byRule.size) return findings;
  for (const [id, list] of byRule) {
    list.sort((a, b) => a.start - b.start);
    let max = -1;
    ranges.set(id, { starts: list.map((f) => f.start), ends: list.map((f) => f.end), maxEnd: list.map((f) => (max = Math.max(max, f.end))) });
  }
  /** True when a range of `r` overlaps [f.start, f.end) (or is the same empty range). */
  const overlaps = (r: { starts: number[]; ends: number[]; maxEnd: number[] }, f: Finding): boolean => {
    // Ranges starting before f ends, walked back while one of them may still reach past f's start.
    let lo = 0;
    let hi = r.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (r.starts[mid]! < f.end || (r.starts[mid] === f.start && f.start === f.end)) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && r.maxEnd[i]! > f.start; i--) if (r.ends[i]! > f.start) return true;
    return false;
  };
  return findings.filter((f) => {
    const over = supersededBy.get(f.ruleId);
    if (!over) return true;
    for (const id of over) {
      const r = ranges.get(id);
      if (r && overlaps(r, f)) return false;
    }
    return true;
  });
}

/** The format of the input: the option, else the file's name (JSON Resume names), else Markdown. */
export function inputFormat(options: Pick<LintOptions, "format" | "filename">): "markdown" | ResumeFormat {
  return options.format ?? resumeFormatOf(options.filename) ?? "markdown";
}

function toFinding(rule: Rule, r: Report, setting: Severity, _len: number): Finding {
  // A configured severity wins; a rule's own second level (e.g. role-level info) applies only at default.
  const severity: Severity = r.severity && setting === rule.meta.defaultSeverity ? r.severity : setting;
  const f: Finding = { ruleId: rule.meta.id, severity, message: r.message, start: r.start, end: r.end, fixes: r.fixes ?? [] };
  if (r.competency) f.competency = r.competency;
  if (r.related && r.related.length) f.related = r.related;
  return f;
}

function inText(start: number, end: number, text: string): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start && end <= text.length && !splitsSurrogate(text, start) && !splitsSurrogate(text, end);
}

function splitsSurrogate(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i);
  return prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}

/** Returns a reason when a finding is malformed, else undefined. */
export function validateFinding(f: Finding, text: string): string | undefined {
  if (!inText(f.start, f.end, text)) return `range ${f.start}-${f.end} outside the text or inside a character`;
  if (!f.message || typeof f.message !== "string") return "empty message";
  for (const fix of f.fixes) {
    if (!fix.title || !["fix", "suggestion", "snippet"].includes(fix.kind)) return "malformed fix";
    if (!fix.edits.length) return "fix with no edits";
    const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
    for (let i = 0; i < sorted.length; i++) {
      const e = sorted[i]!;
      if (!inText(e.start, e.end, text) || typeof e.text !== "string") return "fix edit outside the text";
      if (i > 0 && e.start < sorted[i - 1]!.end) return "overlapping fix edits";
    }
  }
  for (const r of f.related ?? []) if (!inText(r.start, r.end, text)) return "related range outside the text";
  return undefined;
}

/** Inline directives: disable / enable / disable-next-line; unknown ids and unclosed disables are reported. */
function applyDirectives(doc: Doc, findings: Finding[], inPlay: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  const extra: Finding[] = [];
  const known = (id: string) => ruleById.has(id) || inPlay.has(id) || id === ENGINE_RULE;
  // Build disabled intervals per rule ("*" = all).
  type Interval = { rule: string; start: number; end: number };
  const intervals: Interval[] = [];
  const open = new Map<string, { start: number; directiveStart: number; directiveEnd: number }>();
  for (const d of doc.directives) {
    for (const id of d.rules) {
      if (!known(id)) {
        extra.push({ ruleId: ENGINE_RULE, severity: "warning", message: `Unknown rule "${id}" in ladderlint-${d.kind} comment`, start: d.start, end: d.end, fixes: [] });
      }
    }
    const ids = d.rules.length ? d.rules.filter(known) : ["*"];
    if (d.kind === "disable-next-line") {
      const nextLineStart = lineStartAfter(doc, d.end);
      const nextLineEnd = lineEndFrom(doc.text, nextLineStart);
      for (const id of ids) intervals.push({ rule: id, start: nextLineStart, end: nextLineEnd });
    } else if (d.kind === "disable") {
      for (const id of ids) if (!open.has(id)) open.set(id, { start: d.end, directiveStart: d.start, directiveEnd: d.end });
    } else {
      // A bare enable closes every open disable.
      const targets = d.rules.length ? ids : [...open.keys()];
      for (const id of targets) {
        const o = open.get(id);
        if (o) {
          intervals.push({ rule: id, start: o.start, end: d.start });
          open.delete(id);
        }
      }
    }
  }
  for (const [id, o] of open) {
    intervals.push({ rule: id, start: o.start, end: doc.text.length });
    extra.push({
      ruleId: ENGINE_RULE,
      severity: "warning",
      message: `ladderlint-disable${id === "*" ? "" : " " + id} is never re-enabled; add <!-- ladderlint-enable --> after the part you meant to exclude`,
      start: o.directiveStart,
      end: o.directiveEnd,
      fixes: [],
    });
  }
  const quietNotes = doc.directives.some((d) => d.kind === "disable" && d.rules.includes(ENGINE_RULE));
  for (const f of findings) {
    // The engine's errors (config, front matter) cannot be turned off inline. Its notes (language, nothing
    // read) sit on line 1, before any comment, so a `ladderlint-disable ladderlint` anywhere turns them off.
    if (f.ruleId === ENGINE_RULE && f.severity === "info" && quietNotes) continue;
    const suppressed = f.ruleId !== ENGINE_RULE && intervals.some((iv) => (iv.rule === "*" || iv.rule === f.ruleId) && f.start >= iv.start && f.start <= iv.end);
    if (!suppressed) out.push(f);
  }
  return out.concat(extra);
}

function lineStartAfter(doc: Doc, offset: number): number {
  const nl = doc.text.indexOf("\n", offset);
  return nl < 0 ? doc.text.length : nl + 1;
}
function lineEndFrom(text: string, start: number): number {
  const nl = text.indexOf("\n", start);
  return nl < 0 ? text.length : nl;
}

// ---------------------------------------------------------------------------
// Fixes
// ---------------------------------------------------------------------------

/** Apply the edits of the given fixes bottom-up, skipping any that overlap an edit already taken. */
export function applyFixes(text: string, fixes: Fix[]): { text: string; applied: number } {
  const taken: { start: number; end: number }[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  let applied = 0;
  // Earlier fixes first, so the result does not depend on rule order beyond position.
  const ordered = [...fixes].sort((a, b) => Math.min(...a.edits.map((e) => e.start)) - Math.min(...b.edits.map((e) => e.start)));
  for (const fix of ordered) {
    const clash = fix.edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end || (e.start === e.end && e.start === t.start) || (t.start === t.end && t.start === e.start)));
    if (clash) continue;
    for (const e of fix.edits) {
      taken.push({ start: e.start, end: e.end });
      edits.push(e);
    }
    applied++;
  }
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, applied };
}

export interface FixAllResult {
  text: string;
  passes: number;
  fixed: number;
  result: LintResult;
}

/** Apply every `fix`-kind fix, re-lint and repeat until nothing changes (at most `maxPasses`). */
export function fixAll(text: string, options: LintOptions = {}, maxPasses = 10, onlyRule?: string): FixAllResult {
  let current = text;
  let fixed = 0;
  let passes = 0;
  let result = lint(current, options);
  while (passes < maxPasses) {
    const fixes = result.findings.filter((f) => !onlyRule || f.ruleId === onlyRule).flatMap((f) => f.fixes.filter((x) => x.kind === "fix"));
    if (!fixes.length) break;
    const next = applyFixes(current, fixes);
    passes++;
    if (next.applied === 0 || next.text === current) break;
    fixed += next.applied;
    current = next.text;
    result = lint(current, options);
  }
  return { text: current, passes, fixed, result };
}

export { allRules as rules };
