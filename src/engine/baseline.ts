// Baselines: findings accepted for now (detekt's and PHPStan's baselines, ESLint's bulk suppressions),
// so that a team with existing documents can turn ladderlint on and be held to new findings only.
// Pure: the CLI and the editor read and write the file; this module fingerprints, parses, matches.
//
// An entry is keyed by file, rule and a fingerprint of the normalised text the finding sits in: the
// bullet (innermost list item or bullet-like line), else the prose paragraph, else the line (a role's
// title line, the H1), together with the finding's competency (so each ladder axis is its own entry).
// Normalised: Unicode NFKC, lower case, every run of characters that are not letters or digits one
// space. So an entry survives lines moving, edits elsewhere in the file, re-wrapping and punctuation,
// and stops matching when that bullet is rewritten. Several findings of one rule in one bullet share a
// key: the entry counts them (`count`).
import { baselineValidator } from "../core/lazy-deps.cjs";
import type { Doc, Span } from "../core/types.js";

/** The format this version writes and reads; a file of a higher version is refused. */
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  rule: string;
  fingerprint: string;
  /** How many findings of this rule carry this fingerprint in the file. */
  count: number;
  /** Where the first of them was when the entry was written (for people; not used for matching). */
  line?: number;
}

export interface Baseline {
  version: number;
  /** Entries per file; paths relative to the baseline file's folder, with "/" separators. */
  files: Record<string, BaselineEntry[]>;
}

/** A baseline file that cannot be used. The message is one line and names the file. */
export class BaselineError extends Error {
  override name = "BaselineError";
}

/** The text as fingerprinted: NFKC, lower case, runs of non-letters/digits as one space, trimmed. */
export function normaliseForFingerprint(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** cyrb53 (public domain, bryc): a fast 53-bit string hash, as 14 hex digits. Not cryptographic. */
function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}

/** The innermost span (sorted by start, possibly nested) that contains `offset`. */
function innermost<T extends { start: number; end: number }>(spans: readonly T[], offset: number): T | undefined {
  // The last span starting at or before offset, then back through earlier (enclosing) ones.
  let lo = 0;
  let hi = spans.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) (at = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  for (let i = at; i >= 0 && i > at - 64; i--) {
    const s = spans[i]!;
    if (s.end > offset || (s.end === offset && s.start === offset)) return s;
  }
  return undefined;
}

/** A fingerprinter for one linted document: `of(finding)` is the finding's fingerprint. */
export function fingerprinter(doc: Doc): (f: { start: number; competency?: string }) => string {
  const bullets = [...doc.bullets].sort((a, b) => a.start - b.start);
  const blocks: Span[] = [...doc.proseBlocks].sort((a, b) => a.start - b.start);
  const text = doc.text;
  return (f) => {
    const span = innermost(bullets, f.start) ?? innermost(blocks, f.start);
    let material: string;
    if (span) material = span.plain;
    else {
      const from = text.lastIndexOf("\n", f.start - 1) + 1;
      const to = text.indexOf("\n", f.start);
      material = text.slice(from, to < 0 ? text.length : to);
    }
    return hash53(normaliseForFingerprint(material) + "\u0000" + (f.competency ?? ""));
  };
}

// ---------------------------------------------------------------------------
// The file
// ---------------------------------------------------------------------------

/** Parse and check a baseline file's text; `name` is how messages name the file. */
export function parseBaseline(text: string, name: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new BaselineError(`${name}: not a ladderlint baseline: not valid JSON (${(err instanceof Error ? err.message : String(err)).split("\n")[0]})`);
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === "number" && Number.isInteger(version) && version > BASELINE_VERSION) {
    throw new BaselineError(
      `${name}: written by a newer ladderlint (baseline format ${version}; this version reads format ${BASELINE_VERSION}); upgrade ladderlint, or write the baseline again with --baseline-write`,
    );
  }
  // schemas/baseline.schema.json compiled at build time (scripts/gen-validators.mjs): the first error.
  const validator = baselineValidator();
  if (!validator(data)) {
    const e = validator.errors![0]!;
    const where = e.instancePath ? e.instancePath.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).join(" › ") : "the top level";
    const extra = e.keyword === "additionalProperties" ? ` '${String((e.params as { additionalProperty?: string }).additionalProperty)}'` : "";
    throw new BaselineError(`${name}: not a ladderlint baseline: ${where}: ${e.message ?? "is invalid"}${extra}`);
  }
  return data as Baseline;
}

/** The file's text: files and entries in a stable order, so that a baseline diffs well in git. */
export function serializeBaseline(files: Record<string, BaselineEntry[]>): string {
  const out: Baseline = { version: BASELINE_VERSION, files: {} };
  for (const path of Object.keys(files).sort()) {
    const entries = files[path]!.filter((e) => e.count > 0);
    if (!entries.length) continue;
    out.files[path] = [...entries]
      .sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0))
      .map((e) => (e.line !== undefined ? { rule: e.rule, fingerprint: e.fingerprint, count: e.count, line: e.line } : { rule: e.rule, fingerprint: e.fingerprint, count: e.count }));
  }
  return JSON.stringify(out, null, 2) + "\n";
}

/** A fingerprinted finding, as the CLI and the editor hold them. */
export interface Fingerprinted {
  ruleId: string;
  fingerprint: string;
  line: number;
}

const keyOf = (rule: string, fingerprint: string) => `${rule}\u0000${fingerprint}`;

/** The baseline entries that record exactly these findings of one file. */
export function entriesOf(findings: readonly Fingerprinted[]): BaselineEntry[] {
  const byKey = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const k = keyOf(f.ruleId, f.fingerprint);
    const e = byKey.get(k);
    if (e) e.count++;
    else byKey.set(k, { rule: f.ruleId, fingerprint: f.fingerprint, count: 1, line: f.line });
  }
  return [...byKey.values()];
}

export interface Matched<T> {
  /** Findings the baseline does not cover (reported). */
  kept: T[];
  /** How many findings it covered. */
  baselined: number;
  /** The entries as they still match (count = findings matched); for pruning. */
  used: BaselineEntry[];
  /** Entries (or the part of their count) that matched nothing: stale. */
  stale: BaselineEntry[];
}

/** Matches one file's findings against its baseline entries. */
export function applyBaseline<T extends Fingerprinted>(findings: readonly T[], entries: readonly BaselineEntry[]): Matched<T> {
  // One entry per key (a hand-edited file may repeat one: their counts add up).
  const total = new Map<string, BaselineEntry>();
  for (const e of entries) {
    const k = keyOf(e.rule, e.fingerprint);
    const had = total.get(k);
    total.set(k, had ? { ...had, count: had.count + e.count } : { ...e });
  }
  const left = new Map([...total].map(([k, e]) => [k, e.count]));
  const kept: T[] = [];
  let baselined = 0;
  for (const f of findings) {
    const k = keyOf(f.ruleId, f.fingerprint);
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1), baselined++;
    else kept.push(f);
  }
  const used: BaselineEntry[] = [];
  const stale: BaselineEntry[] = [];
  for (const [k, e] of total) {
    const unmatched = left.get(k)!;
    if (e.count > unmatched) used.push({ ...e, count: e.count - unmatched });
    if (unmatched > 0) stale.push({ ...e, count: unmatched });
  }
  return { kept, baselined, used, stale };
}

/** SARIF partialFingerprints for one file's results, in order: the key plus its occurrence ("…:2"). */
export function partialFingerprints(path: string, findings: readonly { ruleId: string; fingerprint?: string }[]): (string | undefined)[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    if (!f.fingerprint) return undefined;
    const k = keyOf(f.ruleId, f.fingerprint);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return `${hash53(`${path}\u0000${f.ruleId}\u0000${f.fingerprint}`)}:${n}`;
  });
}
