// Persisted diagnostics, the pure part (no vscode, no fs): what one stored entry holds, how its key is
// built, how a stored file is checked before use, and which files to drop when the store is full.
// The vscode side is persisted.ts. An entry is used only when the text, every setting that feeds the
// lint, the workspace folders, the engine build and every config/ladder file the lint read are all
// unchanged; anything unexpected in a stored file means "no entry".

/** Bumped when the stored shape or the key material changes. */
export const STORE_FORMAT = 1;
/** Entries larger than this are not written (a document with thousands of findings is linted instead). */
export const MAX_ENTRY_CHARS = 256 * 1024;
/** The store keeps at most this many documents (least recently written dropped first)… */
export const MAX_ENTRIES = 200;
/** …and at most this many characters in total (≤ 8 MB). */
export const MAX_STORE_CHARS = 8 * 1024 * 1024;

/** [startLine, startCharacter, endLine, endCharacter], 0-based (vscode.Range). */
export type StoredRange = [number, number, number, number];

export interface StoredRelated {
  /** null: the document itself. */
  u: string | null;
  r: StoredRange;
  m: string;
}

export interface StoredDiagnostic {
  r: StoredRange;
  m: string;
  /** vscode.DiagnosticSeverity: 0 error … 3 hint. */
  s: number;
  src?: string;
  /** The code: a plain value, or a value with a target URI (the rule's documentation). */
  c?: string | number | { v: string | number; t: string };
  tags?: number[];
  rel?: StoredRelated[];
}

/** A file read by the lint (rc file or ladder file): its URI and the SHA-256 of its text, null when absent. */
export type StoredDep = [uri: string, sha256: string | null];

export interface StoredEntry {
  format: number;
  engine: string;
  uri: string;
  /** SHA-256 of keyMaterial(): text, language, folders, settings, session target, engine. */
  key: string;
  deps: StoredDep[];
  diagnostics: StoredDiagnostic[];
  savedAt: number;
}

export interface KeyInputs {
  engine: string;
  uri: string;
  languageId: string;
  /** Workspace folder URIs, in order (relative paths, globs and untitled documents depend on them). */
  folders: string[];
  /** The ladderlint settings the lint read (EditorSettings). */
  settings: unknown;
  /** A Check command's session target; null when none ran (a new session never has one). */
  session: string | null;
  text: string;
}

/** JSON with object keys sorted at every level, so equal values give equal strings. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return "[" + value.map((v) => canonicalJson(v === undefined ? null : v)).join(",") + "]";
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return "{" + keys.map((k) => JSON.stringify(k) + ":" + canonicalJson(o[k])).join(",") + "}";
}

/** What the key hashes. The text comes last, after a separator no JSON string contains raw. */
export function keyMaterial(k: KeyInputs): string {
  const head = canonicalJson({ f: STORE_FORMAT, e: k.engine, u: k.uri, l: k.languageId, w: k.folders, s: k.settings, t: k.session });
  return head + "\n" + k.text;
}

/** Whether an engine id is a real build id (a development build without one never persists). */
export function usableEngineId(id: string | undefined): id is string {
  return typeof id === "string" && /^[0-9a-f]{16,64}$/.test(id);
}

const HEX64 = /^[0-9a-f]{64}$/;

function isInt(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= 0x7fffffff;
}

function isRange(r: unknown): r is StoredRange {
  if (!Array.isArray(r) || r.length !== 4 || !r.every(isInt)) return false;
  const [sl, sc, el, ec] = r as number[];
  return sl! < el! || (sl === el && sc! <= ec!);
}

function isCode(c: unknown): boolean {
  if (typeof c === "string" || (typeof c === "number" && Number.isFinite(c))) return true;
  if (!c || typeof c !== "object" || Array.isArray(c)) return false;
  const o = c as Record<string, unknown>;
  return (typeof o.v === "string" || (typeof o.v === "number" && Number.isFinite(o.v))) && typeof o.t === "string" && Object.keys(o).length === 2;
}

function isDiagnostic(d: unknown): d is StoredDiagnostic {
  if (!d || typeof d !== "object" || Array.isArray(d)) return false;
  const o = d as Record<string, unknown>;
  if (!isRange(o.r) || typeof o.m !== "string" || !isInt(o.s) || o.s > 3) return false;
  if (o.src !== undefined && typeof o.src !== "string") return false;
  if (o.c !== undefined && !isCode(o.c)) return false;
  if (o.tags !== undefined && !(Array.isArray(o.tags) && o.tags.every((t) => t === 1 || t === 2))) return false;
  if (o.rel !== undefined) {
    if (!Array.isArray(o.rel)) return false;
    for (const r of o.rel) {
      if (!r || typeof r !== "object") return false;
      const x = r as Record<string, unknown>;
      if (!(x.u === null || typeof x.u === "string") || !isRange(x.r) || typeof x.m !== "string") return false;
    }
  }
  return true;
}

/**
 * A stored file's entry, or undefined when the file is not exactly a well-formed entry of this format
 * for this engine and this URI (truncated, edited by hand, from another version: all the same, unused).
 */
export function parseEntry(text: string, expect: { engine: string; uri: string }): StoredEntry | undefined {
  if (text.length > MAX_ENTRY_CHARS) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!v || typeof v !== "object" || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  if (o.format !== STORE_FORMAT || o.engine !== expect.engine || o.uri !== expect.uri) return undefined;
  if (typeof o.key !== "string" || !HEX64.test(o.key) || typeof o.savedAt !== "number") return undefined;
  if (!Array.isArray(o.deps) || !o.deps.every((d) => Array.isArray(d) && d.length === 2 && typeof d[0] === "string" && (d[1] === null || (typeof d[1] === "string" && HEX64.test(d[1]))))) {
    return undefined;
  }
  if (!Array.isArray(o.diagnostics) || !o.diagnostics.every(isDiagnostic)) return undefined;
  return o as unknown as StoredEntry;
}

export interface StoredFile {
  name: string;
  mtimeMs: number;
  size: number;
}

/** Files to delete so that at most `maxEntries` files and `maxChars` bytes remain, oldest first. */
export function pickEvictions(files: readonly StoredFile[], maxEntries = MAX_ENTRIES, maxChars = MAX_STORE_CHARS): string[] {
  const newestFirst = [...files].sort((a, b) => b.mtimeMs - a.mtimeMs || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  let total = 0;
  let kept = 0;
  for (const f of newestFirst) {
    if (kept < maxEntries && total + f.size <= maxChars) {
      kept++;
      total += f.size;
    } else out.push(f.name);
  }
  return out;
}

/** The store's file name for a document: hex SHA-256 of its URI, so no path or name of the user's shows. */
export function entryFileName(uriSha256: string): string {
  return `${uriSha256.slice(0, 40)}.json`;
}

export const ENTRY_FILE_RE = /^[0-9a-f]{40}\.json$/;
