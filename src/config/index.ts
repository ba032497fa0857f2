// Configuration files: discovery (nearest .ladderlintrc.json / .yaml / .yml upward from a file) and
// parsing with validation against schemas/config.schema.json. No node:fs here: the caller passes a
// ConfigFs, so the same code serves the CLI and the editor (desktop and web).
import type { Node as YamlNode } from "yaml";
import type { ErrorObject } from "ajv";
import { configValidator, yaml } from "../core/lazy-deps.cjs";
import { ruleById } from "../rules/index.js";
import type { ConfigLayer } from "../core/types.js";
import { CONFIG_KEYS, SEVERITY_SETTINGS } from "./schema.js";
import { dirnameOf, joinPath, resolvePath } from "./paths.js";

export { dirnameOf, joinPath, resolvePath, isAbsolutePath } from "./paths.js";

export interface ConfigFs {
  /** The file's text, or undefined when it does not exist (or cannot be read). */
  readFile(path: string): string | undefined;
}

export const CONFIG_FILE_NAMES = [".ladderlintrc.json", ".ladderlintrc.yaml", ".ladderlintrc.yml"] as const;

/** A bad configuration file. Message: "<file>:<line>: <key>: <what is wrong>". */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly key: string,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${key ? key + ": " : ""}${problem}`);
    this.name = "ConfigError";
  }
}

export interface ParsedConfig {
  layer: ConfigLayer;
  /** 1-based line of each top-level key present ("target", "kind", "rules", "ladders"). */
  lines: Partial<Record<(typeof CONFIG_KEYS)[number], number>>;
  /** `baseline:`, resolved relative to the config file (not part of the layer: the engine never reads it). */
  baseline?: string;
}

/** Parse and validate a config file's text. Ladder paths are resolved relative to the file. */
export function parseConfig(text: string, path: string): ConfigLayer {
  return parseConfigDetailed(text, path).layer;
}

export function parseConfigDetailed(text: string, path: string): ParsedConfig {
  const { LineCounter, parseDocument, isMap, isScalar } = yaml();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lineCounter = new LineCounter();
  // JSON is read with the YAML parser too (JSON is a subset of YAML 1.2): one code path, real line
  // numbers for every key, and comments tolerated in .ladderlintrc.json.
  const ydoc = parseDocument(body, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const isJson = /\.json$/i.test(path);
  if (ydoc.errors.length) {
    const e = ydoc.errors[0]!;
    const what = e.code === "DUPLICATE_KEY" ? "duplicate key" : `not valid ${isJson ? "JSON" : "YAML"}: ${firstLine(e.message)}`;
    throw new ConfigError(path, lineAt(e.pos[0]), keyNear(ydoc.contents, e.pos[0]), what);
  }
  let data: unknown;
  try {
    // Aliases are expanded here: a small file of nested aliases ("billion laughs") is refused.
    data = ydoc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new ConfigError(path, 1, "", `not valid ${isJson ? "JSON" : "YAML"}: ${firstLine(err instanceof Error ? err.message : String(err))}`);
  }
  if (data === null || data === undefined) return { layer: {}, lines: {} };
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new ConfigError(path, 1, "", `must be a mapping with keys ${CONFIG_KEYS.join(", ")}`);
  }

  const lines: ParsedConfig["lines"] = {};
  const root = ydoc.contents;
  if (isMap(root)) {
    for (const pair of root.items) {
      const k = isScalar(pair.key) ? String(pair.key.value) : "";
      if ((CONFIG_KEYS as readonly string[]).includes(k) && pair.key && (pair.key as YamlNode).range) {
        lines[k as (typeof CONFIG_KEYS)[number]] = lineAt((pair.key as YamlNode).range![0]);
      }
    }
  }

  // The published schema compiled at build time (scripts/gen-validators.mjs); a unit test holds its
  // `rules` block to the rule registry and the compiled module to the schema.
  const validate = configValidator();
  if (!validate(data)) {
    const err = validate.errors![0]!;
    throw describeError(err, path, root, lineAt);
  }

  const d = data as { target?: string; kind?: ConfigLayer["kind"]; rules?: ConfigLayer["rules"]; ladders?: string[]; baseline?: string; confidential?: { words?: string[]; file?: string } };
  const layer: ConfigLayer = {};
  if (d.target !== undefined) layer.target = d.target;
  if (d.kind !== undefined) layer.kind = d.kind;
  if (d.rules !== undefined) layer.rules = { ...d.rules };
  if (d.ladders !== undefined) layer.ladders = d.ladders.map((p) => resolvePath(dirnameOf(path), p));
  if (d.confidential !== undefined) {
    layer.confidential = { words: [...(d.confidential.words ?? [])] };
    if (d.confidential.file !== undefined) layer.confidential.file = resolvePath(dirnameOf(path), d.confidential.file);
  }
  if (d.baseline !== undefined) return { layer, lines, baseline: resolvePath(dirnameOf(path), d.baseline) };
  return { layer, lines };
}

/** The terms of a confidential-terms file: one a line; blank lines and `#` comments (whole-line or after a space) skipped. */
export function parseTermsFile(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const line = raw.replace(/(?:^|\s)#.*$/, "").trim();
    if (line) out.push(line);
  }
  return out;
}

/**
 * Reads the layer's `confidential.file` (already resolved against its config file) through `fs`
 * and adds its terms to `confidential.words`; `file` is dropped. Throws a ConfigError naming the
 * config file and the key's line when the file cannot be read.
 */
export function withTermsFile(parsed: ParsedConfig, configPath: string, fs: ConfigFs): ParsedConfig {
  const file = parsed.layer.confidential?.file;
  if (file === undefined) return parsed;
  const text = fs.readFile(file);
  if (text === undefined) {
    const dir = dirnameOf(configPath);
    const shown = file.startsWith(dir) && /^[\\/]/.test(file.slice(dir.length)) ? file.slice(dir.length + 1) : file;
    throw new ConfigError(configPath, parsed.lines.confidential ?? 1, "confidential.file", `cannot read ${shown} (a file of confidential terms, one a line, relative to the config file)`);
  }
  const words = [...(parsed.layer.confidential!.words ?? []), ...parseTermsFile(text)];
  return { ...parsed, layer: { ...parsed.layer, confidential: { words } } };
}

/**
 * The nearest config file, searching upward from the directory of `filePath`. Throws ConfigError
 * when the nearest one is invalid. In one directory, .json wins over .yaml over .yml.
 */
export function findConfig(filePath: string, fs: ConfigFs): { path: string; layer: ConfigLayer; baseline?: string } | undefined {
  const found = findConfigDetailed(filePath, fs);
  return found && (found.baseline !== undefined ? { path: found.path, layer: found.layer, baseline: found.baseline } : { path: found.path, layer: found.layer });
}

export function findConfigDetailed(filePath: string, fs: ConfigFs): ({ path: string } & ParsedConfig) | undefined {
  let dir = dirnameOf(filePath);
  for (let guard = 0; guard < 256; guard++) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = joinPath(dir, name);
      const text = fs.readFile(candidate);
      if (text !== undefined) return { path: candidate, ...withTermsFile(parseConfigDetailed(text, candidate), candidate, fs) };
    }
    const parent = dirnameOf(dir);
    if (parent === dir || (dir === "." && parent === ".")) break;
    dir = parent;
  }
  return undefined;
}

// ---------------------------------------------------------------------------

function firstLine(s: string): string {
  return s.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "").trim();
}

/** The top-level key whose value contains `offset`, for syntax errors. */
function keyNear(root: unknown, offset: number): string {
  const { isMap, isScalar } = yaml();
  if (!isMap(root)) return "";
  for (const pair of root.items) {
    const k = pair.key as YamlNode | null;
    const v = pair.value as YamlNode | null;
    const start = k?.range?.[0] ?? 0;
    const end = v?.range?.[2] ?? k?.range?.[2] ?? start;
    if (offset >= start && offset <= end && isScalar(k)) return String(k.value);
  }
  return "";
}

function decodePointer(p: string): string[] {
  return p === "" ? [] : p.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The YAML node at a path, and the key node of its pair. */
function nodeAt(root: unknown, path: string[]): { key?: YamlNode; value?: YamlNode } {
  const { isMap, isScalar, isSeq } = yaml();
  let node: unknown = root;
  let key: YamlNode | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) return { key, value: node as YamlNode };
      key = pair.key as YamlNode;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) return { key, value: node as YamlNode };
      node = item;
    } else break;
  }
  return { key, value: (node ?? undefined) as YamlNode | undefined };
}

function dotted(path: string[]): string {
  return path.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i ? "." + s : s)).join("");
}

function describeError(err: ErrorObject, file: string, root: unknown, lineAt: (o: number) => number): ConfigError {
  const path = decodePointer(err.instancePath);
  const params = err.params as Record<string, unknown>;
  let keyPath = path;
  let problem: string;
  if (err.keyword === "additionalProperties") {
    const extra = String(params["additionalProperty"]);
    keyPath = [...path, extra];
    if (path.length === 1 && path[0] === "rules") {
      const near = suggest(extra, [...ruleById.keys()]);
      problem = `unknown rule id${near ? `; did you mean "${near}"?` : ""} (see \`ladderlint explain\` for the list)`;
    } else if (path.length === 0) {
      problem = `unknown key (expected ${CONFIG_KEYS.join(", ")})`;
    } else problem = "unknown key";
  } else if (err.keyword === "enum") {
    const allowed = (params["allowedValues"] as unknown[]).map(String);
    const isSeverity = allowed.length === SEVERITY_SETTINGS.length && allowed.every((a) => (SEVERITY_SETTINGS as readonly string[]).includes(a));
    problem = isSeverity ? "must be off, info, warning or error" : `must be one of ${allowed.join(", ")}`;
  } else if (err.keyword === "type") {
    const t = String(params["type"]);
    problem = path[0] === "rules" && path.length === 1 ? "must map rule ids to off, info, warning or error" : path[0] === "ladders" && path.length === 1 ? "must be a list of ladder file paths" : `must be ${t === "array" ? "a list" : t === "object" ? "a mapping" : "a " + t}`;
  } else if (err.keyword === "minLength") {
    problem = "must not be empty";
  } else {
    problem = err.message ?? "is invalid";
  }
  const { key, value } = nodeAt(root, keyPath);
  const anchor = err.keyword === "additionalProperties" ? key : value ?? key;
  const line = anchor?.range ? lineAt(anchor.range[0]) : 1;
  return new ConfigError(file, line, dotted(keyPath), problem);
}

/** The closest candidate by edit distance, when close enough to be a likely typo. */
export function suggest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 4)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
