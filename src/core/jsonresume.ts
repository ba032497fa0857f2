// JSON Resume input (https://jsonresume.org/schema): resume.json / *.resume.json, and the same data in
// YAML (resume.yaml / resume.yml), read into the document model the rules read (types.ts), so that
// every rule runs on it unchanged. Pure: no vscode, no fs, no process.
//
// Positions: jsonc-parser (JSON) and yaml's node ranges (YAML) give each string value's place in the
// source. A Span covers the inside of a string (no quotes) and its `text` is that source slice with
// everything that is not prose replaced by spaces of the same length: escape sequences (`\"`, `\n`,
// `\u00e9`), a YAML block scalar's header, a doubled `''`, URLs. So index i of `text` is source offset
// start + i, as for Markdown.
//
// Reading: each `work[]` and `volunteer[]` entry is a role (position, name/organization, startDate –
// endDate), its `summary` a role paragraph and each `highlights[]` item a bullet (an entry that lists
// its titles as `positions[]`, each with its own dates, summary and highlights: a role each);
// `basics.highlights` (strings or { title, content }), written beside the schema, are the career's
// achievements, no role's; `basics.summary` is
// the summary; `projects[]` (description, highlights) and `awards[]` (summary) are sections whose text
// is prose but not a role's achievements. A Markdown page whose body is such an object (jsonResumeBody)
// is read the same way, its front matter left to Markdown. Schema errors (resume-schema's schema.json) and syntax
// errors come back as problems, reported by the engine on their key.
// jsonc-parser's ES module build: its "main" is a UMD build whose require()s a bundler cannot follow.
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from "jsonc-parser/lib/esm/main.js";
import type { Document as YamlDocument, Node as YamlNode, Scalar as YamlScalar } from "yaml";
import type { ErrorObject } from "ajv";
// resume-schema's schema.json without its descriptions (scripts/gen-resume-schema.mjs): its date
// pattern, to word that error (a named import: a bundle keeps only this key of the file).
import { definitions as resumeDefinitions } from "./data/resume-schema.json";
import { resumeValidator, yaml } from "./lazy-deps.cjs";
import { LineIndex } from "./positions.js";
import { newBullet } from "./builder.js";
import { collapseSpaces, isJsSpace } from "./chars.js";
import { blankUrls, MAX_LINE_CHARS } from "./parse.js";
import { sentencesOf } from "./sentences.js";
import { detectLanguage, languageSample } from "./language.js";
import { memo } from "./memo.js";
import type { Bullet, Doc, DocKind, Fix, Role, Section, SectionKind, Span } from "./types.js";

export { resumeFormatOf, type ResumeFormat } from "./resume-names.js";
import type { ResumeFormat } from "./resume-names.js";

/** A problem of the file itself (syntax, schema, a string too long to check), reported by the engine. */
export interface ResumeProblem {
  start: number;
  end: number;
  message: string;
  severity: "error" | "warning";
}

/** How a string is written in the source: decides how a fix's text is encoded. */
type StringStyle = "json" | "yaml-plain" | "yaml-double" | "yaml-single" | "yaml-block";

/** A string value with its content range (inside the quotes) and the escape sequences in it. */
interface StringValue {
  kind: "string";
  start: number;
  end: number;
  value: string;
  style: StringStyle;
  /** Ranges inside [start, end) that are escape sequences (or a block scalar's header): masked, never split by a fix. */
  escapes: [number, number][];
}

interface ObjectValue {
  kind: "object";
  start: number;
  end: number;
  props: Map<string, { key: [number, number]; value: Value }>;
}

interface ArrayValue {
  kind: "array";
  start: number;
  end: number;
  items: Value[];
}

interface OtherValue {
  kind: "other";
  start: number;
  end: number;
  value: unknown;
}

type Value = StringValue | ObjectValue | ArrayValue | OtherValue;

export interface JsonResumeRead {
  doc: Doc;
  format: ResumeFormat;
  problems: ResumeProblem[];
  /** False when the file did not parse (nothing was read; --fix leaves it alone). */
  parsed: boolean;
  /** Every string value of the file, by content start (for encoding fixes). */
  strings: StringValue[];
}

// ---------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------

/** Escape sequences inside a JSON string's content [start, end). */
function jsonEscapes(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) !== 92) continue;
    const len = text[i + 1] === "u" ? 6 : 2;
    out.push([i, Math.min(i + len, end)]);
    i += len - 1;
  }
  return out;
}

function fromJson(node: JsonNode, text: string): Value {
  switch (node.type) {
    case "object": {
      const props = new Map<string, { key: [number, number]; value: Value }>();
      for (const p of node.children ?? []) {
        const [k, v] = p.children ?? [];
        if (!k || !v || typeof k.value !== "string") continue;
        if (!props.has(k.value)) props.set(k.value, { key: [k.offset + 1, k.offset + k.length - 1], value: fromJson(v, text) });
      }
      return { kind: "object", start: node.offset, end: node.offset + node.length, props };
    }
    case "array":
      return { kind: "array", start: node.offset, end: node.offset + node.length, items: (node.children ?? []).map((c) => fromJson(c, text)) };
    case "string": {
      const start = node.offset + 1;
      const end = node.offset + node.length - 1;
      return { kind: "string", start, end, value: String(node.value), style: "json", escapes: jsonEscapes(text, start, end) };
    }
    default:
      return { kind: "other", start: node.offset, end: node.offset + node.length, value: node.value };
  }
}

function readJson(text: string, problems: ResumeProblem[]): { root?: Value; data?: unknown } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length || !tree) {
    const e = errors[0];
    const at = e ? Math.min(e.offset, text.length) : 0;
    const what = e ? printParseErrorCode(e.error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase() : "empty file";
    problems.push({ start: at, end: Math.min(at + Math.max(e?.length ?? 0, 1), text.length), message: `Not valid JSON: ${what}; nothing else was checked`, severity: "error" });
    return {};
  }
  const root = fromJson(tree, text);
  return { root, data: plain(root) };
}

// ---------------------------------------------------------------------------
// YAML
// ---------------------------------------------------------------------------

/** Escape sequences of a YAML double-quoted scalar's content. */
function yamlDoubleEscapes(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) !== 92) continue;
    const c = text[i + 1];
    let len = c === "x" ? 4 : c === "u" ? 6 : c === "U" ? 10 : 2;
    if (c === "\r" && text[i + 2] === "\n") len = 3;
    out.push([i, Math.min(i + len, end)]);
    i += len - 1;
  }
  return out;
}

function fromYaml(node: YamlNode | null | undefined, text: string, Y: typeof import("yaml")): Value | undefined {
  if (!node) return undefined;
  const [s, e] = node.range ?? [0, 0, 0];
  if (Y.isMap(node)) {
    const props = new Map<string, { key: [number, number]; value: Value }>();
    for (const pair of node.items) {
      const k = pair.key as YamlNode | null;
      if (!Y.isScalar(k) || (typeof k.value !== "string" && typeof k.value !== "number")) continue;
      const name = String(k.value);
      const v = fromYaml(pair.value as YamlNode | null, text, Y) ?? { kind: "other", start: k.range![1], end: k.range![1], value: null };
      const kr = k.range!;
      const quoted = k.type === "QUOTE_DOUBLE" || k.type === "QUOTE_SINGLE";
      if (!props.has(name)) props.set(name, { key: quoted ? [kr[0] + 1, kr[1] - 1] : [kr[0], kr[1]], value: v });
    }
    return { kind: "object", start: s, end: e, props };
  }
  if (Y.isSeq(node)) {
    const items: Value[] = [];
    for (const it of node.items) {
      const v = fromYaml(it as YamlNode, text, Y);
      if (v) items.push(v);
    }
    return { kind: "array", start: s, end: e, items };
  }
  if (Y.isScalar(node)) {
    const sc = node as YamlScalar;
    if (typeof sc.value !== "string") return { kind: "other", start: s, end: e, value: sc.value };
    switch (sc.type) {
      case "QUOTE_DOUBLE":
        return { kind: "string", start: s + 1, end: e - 1, value: sc.value, style: "yaml-double", escapes: yamlDoubleEscapes(text, s + 1, e - 1) };
      case "QUOTE_SINGLE": {
        const escapes: [number, number][] = [];
        for (let i = text.indexOf("''", s + 1); i >= 0 && i < e - 1; i = text.indexOf("''", i + 2)) escapes.push([i, i + 2]);
        return { kind: "string", start: s + 1, end: e - 1, value: sc.value, style: "yaml-single", escapes };
      }
      case "BLOCK_LITERAL":
      case "BLOCK_FOLDED": {
        // The header line (`|`, `>-`, a comment) is not content.
        const nl = text.indexOf("\n", s);
        const headerEnd = nl < 0 || nl > e ? e : nl;
        return { kind: "string", start: s, end: e, value: sc.value, style: "yaml-block", escapes: [[s, headerEnd]] };
      }
      default:
        return { kind: "string", start: s, end: e, value: sc.value, style: "yaml-plain", escapes: [] };
    }
  }
  // Aliases and other nodes: a value whose text is elsewhere.
  return { kind: "other", start: s, end: e, value: undefined };
}

function readYaml(text: string, problems: ResumeProblem[]): { root?: Value; data?: unknown } {
  const Y = yaml();
  let d: YamlDocument.Parsed;
  try {
    d = Y.parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  } catch (err) {
    problems.push({ start: 0, end: Math.min(1, text.length), message: `Not valid YAML: ${(err as Error).message.split("\n")[0]}; nothing else was checked`, severity: "error" });
    return {};
  }
  const err = d.errors[0];
  if (err) {
    const [a, b] = err.pos;
    problems.push({ start: Math.min(a, text.length), end: Math.min(Math.max(b, a + 1), text.length), message: `Not valid YAML: ${err.message.split("\n")[0]}; nothing else was checked`, severity: "error" });
    return {};
  }
  const root = fromYaml(d.contents as YamlNode | null, text, Y);
  if (!root) {
    problems.push({ start: 0, end: Math.min(1, text.length), message: "Not a JSON Resume: the YAML is empty", severity: "error" });
    return {};
  }
  return { root, data: plain(root) };
}

/** The plain data of a value (for schema validation): strings as decoded. */
function plain(v: Value): unknown {
  switch (v.kind) {
    case "object": {
      const o: Record<string, unknown> = {};
      for (const [k, p] of v.props) o[k] = plain(p.value);
      return o;
    }
    case "array":
      return v.items.map(plain);
    case "string":
      return v.value;
    default:
      return v.value;
  }
}

// ---------------------------------------------------------------------------
// Schema
// ---------------------------------------------------------------------------

const DATE_PATTERN = (resumeDefinitions as { iso8601: { pattern: string } }).iso8601.pattern;

function at(root: Value, path: string[]): { key?: [number, number]; value: Value } | undefined {
  let cur: { key?: [number, number]; value: Value } = { value: root };
  for (const seg of path) {
    const v = cur.value;
    if (v.kind === "object") {
      const p = v.props.get(seg);
      if (!p) return undefined;
      cur = p;
    } else if (v.kind === "array") {
      const item = v.items[Number(seg)];
      if (!item) return undefined;
      cur = { value: item };
    } else return undefined;
  }
  return cur;
}

function schemaMessage(e: ErrorObject, where: string): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "additionalProperties":
      return `JSON Resume schema: \`${String(p["additionalProperty"])}\` is not a field of ${where || "a résumé"}`;
    case "pattern":
      if (p["pattern"] === DATE_PATTERN) return `JSON Resume schema: ${where} must be a date written YYYY-MM-DD, YYYY-MM or YYYY`;
      return `JSON Resume schema: ${where} must match ${String(p["pattern"])}`;
    case "type":
      return `JSON Resume schema: ${where} must be ${String(p["type"]) === "array" ? "a list" : String(p["type"]) === "object" ? "an object" : `a ${String(p["type"])}`}`;
    case "required":
      return `JSON Resume schema: ${where || "the résumé"} must have \`${String(p["missingProperty"])}\``;
    default:
      return `JSON Resume schema: ${where || "the résumé"} ${e.message ?? "is not valid"}`;
  }
}

function validate(root: Value, data: unknown, problems: ResumeProblem[]): void {
  // resume-schema's schema compiled at build time (scripts/gen-validators.mjs): every error, no formats.
  const v = resumeValidator();
  if (v(data)) return;
  const seen = new Set<string>();
  for (const e of v.errors ?? []) {
    const path = e.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    const where = path.reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), "");
    let node = at(root, path);
    if (e.keyword === "additionalProperties") {
      const extra = at(root, [...path, String((e.params as Record<string, unknown>)["additionalProperty"])]);
      if (extra) node = extra;
    }
    if (!node) continue;
    const v = node.value;
    const range = node.key ?? (v.kind === "string" ? [v.start, v.end] : [v.start, Math.min(v.end, v.start + 1)]);
    const message = schemaMessage(e, where);
    const k = `${range[0]}:${message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    problems.push({ start: range[0], end: range[1], message, severity: "warning" });
  }
}

// ---------------------------------------------------------------------------
// The document model
// ---------------------------------------------------------------------------

const SECTION_KINDS: Record<string, SectionKind> = {
  basics: "summary",
  work: "experience",
  volunteer: "experience",
  projects: "projects",
  awards: "other",
  certificates: "other",
  education: "education",
  skills: "skills",
  languages: "skills",
  interests: "skills",
  publications: "publications",
  references: "other",
};

function str(o: ObjectValue | undefined, ...keys: string[]): StringValue | undefined {
  for (const k of keys) {
    const v = o?.props.get(k)?.value;
    if (v?.kind === "string" && v.value.trim()) return v;
  }
  return undefined;
}

function obj(v: Value | undefined): ObjectValue | undefined {
  return v?.kind === "object" ? v : undefined;
}

function arr(v: Value | undefined): Value[] {
  return v?.kind === "array" ? v.items : [];
}

interface Reader {
  text: string;
  masked: string[];
  lines: LineIndex;
  problems: ResumeProblem[];
  /** Strings whose content is already in `masked`. */
  unmasked: Set<StringValue>;
}

/** Copy a string's content into the mask, with its escapes, URLs and template syntax blanked. */
function unmask(r: Reader, s: StringValue): void {
  let content = r.text.slice(s.start, s.end);
  for (const [a, b] of s.escapes) content = content.slice(0, a - s.start) + " ".repeat(b - a) + content.slice(b - s.start);
  content = blankUrls(content);
  for (let i = 0; i < content.length; i++) r.masked[s.start + i] = content[i]!;
}

/** The string's prose as a span: [from, to) inside it (default: all of it), trimmed of (masked) whitespace. */
function makeSpan(r: Reader, s: StringValue, from = s.start, to = s.end): Span | undefined {
  if (s.end - s.start > MAX_LINE_CHARS) {
    if (from === s.start) r.problems.push({ start: s.start, end: s.end, message: `Text not checked: its ${s.end - s.start} characters are over the limit of ${MAX_LINE_CHARS} for one value; split it into highlights`, severity: "warning" });
    return undefined;
  }
  if (!r.unmasked.has(s)) {
    unmask(r, s);
    r.unmasked.add(s);
  }
  let start = from;
  let end = to;
  while (start < end && isJsSpace(r.masked[start]!.charCodeAt(0))) start++;
  while (end > start && isJsSpace(r.masked[end - 1]!.charCodeAt(0))) end--;
  const text = r.masked.slice(start, end).join("");
  return { start, end, text, plain: collapseSpaces(text) };
}

/**
 * The lines of a string value, as ranges inside it: a summary written as lines ("Led …\nBuilt …") holds
 * one achievement a line. JSON and double-quoted YAML break lines with `\n`; a literal block scalar (`|`)
 * with its own line breaks; other YAML styles fold line breaks into spaces, so they are one line.
 */
function linesOf(r: Reader, s: StringValue): [number, number][] {
  const breaks: [number, number][] = [];
  if (s.style === "json" || s.style === "yaml-double") {
    for (const [a, b] of s.escapes) if (r.text.startsWith("\\n", a) || r.text.startsWith("\\r", a)) breaks.push([a, b]);
  } else if (s.style === "yaml-block" && r.text[s.start] === "|") {
    for (let i = r.text.indexOf("\n", s.escapes[0]![1]); i >= 0 && i < s.end; i = r.text.indexOf("\n", i + 1)) breaks.push([i, i + 1]);
  }
  const out: [number, number][] = [];
  let at = s.start;
  for (const [a, b] of breaks) {
    out.push([at, a]);
    at = b;
  }
  out.push([at, s.end]);
  return out;
}

/**
 * The items of a summary: its lines, except that when some lines open with a list marker, a line
 * without one continues the item above it (a wrapped item: "- Built the portal\n(React / Node)").
 */
function summaryItems(r: Reader, s: StringValue): [number, number][] {
  const lines = linesOf(r, s);
  if (lines.length === 1) return lines;
  makeSpan(r, s);
  const marked = lines.map(([a, b]) => GLYPH_RE.test(r.masked.slice(a, b).join("").trimStart()));
  if (!marked.some(Boolean)) return lines;
  const out: [number, number][] = [];
  let seenMarker = false;
  lines.forEach(([a, b], i) => {
    if (marked[i] || !seenMarker || !out.length) out.push([a, b]);
    else out[out.length - 1]![1] = b;
    if (marked[i]) seenMarker = true;
  });
  return out;
}

/** A list marker at the start of a line of a summary: "- ", "* ", "• ", "· ", "– ". */
const GLYPH_RE = /^(?:[-*+•·▪◦–—](?=\s|\p{L})|\d{1,2}[.)](?=\s))\s*/u;

function section(heading: string, key: [number, number], value: Value): Section {
  return { heading, depth: 2, kind: SECTION_KINDS[heading] ?? "other", headingStart: key[0], headingEnd: key[1], start: key[0], end: value.end };
}

export interface ReadOptions {
  kind?: DocKind;
  /** Where the JSON Resume lies inside a larger text (a Markdown file's body: jsonResumeBody); the rest is not read. */
  within?: [number, number];
}

/** A Markdown text whose whole body, after its front matter, is one JSON Resume object (bare, or in one
 *  fenced json block): where that object lies. A page that holds its résumé as data is read as that data. */
export function jsonResumeBody(text: string): [number, number] | undefined {
  const m = /^(?:\uFEFF)?(?:(---|\+\+\+)[ \t]*\r?\n[^]*?\r?\n\1[ \t]*(?:\r?\n|$))?\s*(?:(`{3,}|~{3,})[ \t]*(?:json|jsonc)?[ \t]*\r?\n)?\s*(?=\{)/.exec(text);
  if (!m) return undefined;
  const from = m[0].length;
  let to = text.length;
  const fence = m[2];
  if (fence) {
    const close = new RegExp(`\\r?\\n${fence}[ \\t]*\\s*$`).exec(text);
    if (!close) return undefined;
    to = close.index;
  }
  const body = text.slice(from, to);
  if (!/\}\s*$/.test(body)) return undefined;
  const errors: ParseError[] = [];
  const tree = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false });
  const keys = new Set(tree?.type === "object" ? tree.children?.map((p) => p.children?.[0]?.value) : []);
  if (errors.length || !(keys.has("basics") || keys.has("work"))) return undefined;
  return [from, from + body.trimEnd().length];
}

/** Read a JSON Resume (JSON or YAML text) into the document model. Never throws on bad input. */
export function readJsonResume(text: string, format: ResumeFormat, options: ReadOptions = {}): JsonResumeRead {
  const problems: ResumeProblem[] = [];
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const within = options.within;
  // Outside `within`, the text is blanked (lines kept), so offsets stay the file's.
  const source = within ? text.slice(0, within[0]).replace(/[^\r\n]/g, " ") + text.slice(within[0], within[1]) + text.slice(within[1]).replace(/[^\r\n]/g, " ") : shift ? " " + text.slice(1) : text;
  const { root, data } = format === "json" ? readJson(source, problems) : readYaml(source, problems);
  const lines = LineIndex.of(text);
  const r: Reader = { text, masked: Array.from({ length: text.length }, (_, i) => (text[i] === "\n" || text[i] === "\r" ? text[i]! : " ")), lines, problems, unmasked: new Set() };
  const kind: DocKind = options.kind ?? "resume";
  const implicit: Section = { heading: "", depth: 0, kind: "other", headingStart: 0, headingEnd: 0, start: 0, end: text.length };
  const sections: Section[] = [implicit];
  const roles: Role[] = [];
  const bullets: Bullet[] = [];
  const prose: Span[] = [];
  const strings: StringValue[] = [];
  let anchor: { start: number; end: number } | undefined;

  const collect = (v: Value) => {
    if (v.kind === "string") strings.push(v);
    else if (v.kind === "object") for (const p of v.props.values()) collect(p.value);
    else if (v.kind === "array") for (const i of v.items) collect(i);
  };

  const addBullet = (s: StringValue, sec: Section, role: Role | undefined, paragraph: boolean, achievement: boolean, from = s.start, to = s.end) => {
    let span = makeSpan(r, s, from, to);
    if (!span || !span.plain) return;
    // A list marker written in the text ("- Led …" in a summary) is not prose.
    const glyph = GLYPH_RE.exec(span.text);
    if (glyph && glyph[0].length < span.text.length) {
      span = makeSpan(r, s, span.start + glyph[0].length, span.end)!;
      paragraph = false;
    }
    const b = newBullet(span, lines.lineCol(span.start).line, 0, sec, achievement, paragraph);
    if (role) {
      b.role = role;
      role.bullets.push(b);
    }
    bullets.push(b);
    prose.push(span);
  };
  const addProse = (s: StringValue | undefined) => {
    const span = s && makeSpan(r, s);
    if (span?.plain) prose.push(span);
  };

  if (root?.kind === "object") {
    collect(root);
    if (data !== undefined) validate(root, data, problems);
    const top = root;
    for (const [key, p] of top.props) {
      const sec = section(key, p.key, p.value);
      sections.push(sec);
      if (key === "basics") {
        const basics = obj(p.value);
        const name = str(basics, "name");
        if (name) anchor = { start: name.start, end: name.end };
        addProse(str(basics, "summary"));
        // Career highlights beside the summary (no schema key, written by hand): strings, or
        // { title, content } pairs; achievements of the career, no role's.
        for (const h of arr(basics?.props.get("highlights")?.value)) {
          const item = h.kind === "string" ? h : str(obj(h), "content", "summary", "description");
          if (item) addBullet(item, sec, undefined, false, true);
        }
      } else if (key === "work" || key === "volunteer") {
        for (const entry of arr(p.value)) {
          const e = obj(entry);
          if (!e) continue;
          const employer = str(e, key === "work" ? "name" : "organization", "company", "organization", "name");
          // An employer entry may hold its successive titles as `positions[]`, each with its own dates,
          // summary and highlights: one role each, at that employer.
          const positions = arr(e.props.get("positions")?.value).map(obj).filter((x): x is ObjectValue => !!x);
          for (const pos of positions.length ? positions : [e]) {
            const title = str(pos, "position", "title");
            const startDate = str(pos, "startDate");
            const endDate = str(pos, "endDate");
            const dates = startDate ? `${startDate.value} – ${endDate?.value ?? "Present"}` : (endDate?.value ?? "");
            const where = title ?? (pos === e ? employer : undefined) ?? { start: pos.start, end: pos.start + 1 };
            const role: Role = {
              title: title ? collapseSpaces(title.value).trim() : "",
              employer: employer ? collapseSpaces(employer.value).trim() : "",
              dates,
              line: lines.lineCol(where.start).line,
              titleStart: where.start,
              titleEnd: where.end,
              bullets: [],
              section: sec,
            };
            roles.push(role);
            const summary = str(pos, "summary", "description");
            // A summary is a role paragraph; written as lines, each line is one.
            if (summary) for (const [a, b] of summaryItems(r, summary)) addBullet(summary, sec, role, true, true, a, b);
            for (const h of arr(pos.props.get("highlights")?.value)) if (h.kind === "string") addBullet(h, sec, role, false, true);
          }
        }
      } else if (key === "projects") {
        for (const entry of arr(p.value)) {
          const e = obj(entry);
          addProse(str(e, "description", "summary"));
          for (const h of arr(e?.props.get("highlights")?.value)) if (h.kind === "string") addBullet(h, sec, undefined, false, false);
        }
      } else if (key === "awards" || key === "certificates") {
        for (const entry of arr(p.value)) addProse(str(obj(entry), "summary"));
      }
    }
  } else if (root) {
    problems.push({ start: root.start, end: Math.min(root.end, root.start + 1), message: "Not a JSON Resume: the top level must be an object with `basics`, `work` and the other sections", severity: "error" });
  }

  bullets.sort((a, b) => a.start - b.start);
  prose.sort((a, b) => a.start - b.start);
  for (const role of roles) role.bullets.sort((a, b) => a.start - b.start);
  const firstLine = lines.lineRange(0);
  const docAnchor = anchor ?? { start: firstLine.start, end: firstLine.end };
  const sample = languageSample(prose.map((x) => x.plain));
  const language = memo("language", sample, () => detectLanguage(sample));
  // The fields in parse.ts's order (one object shape for the rules).
  const doc: Doc = {
    text,
    kind,
    frontMatter: undefined,
    sections,
    roles,
    bullets,
    proseBlocks: prose,
    directives: [],
    h1: undefined,
    docAnchor,
    language,
    otherLanguageSections: undefined,
    skippedLines: undefined,
    skippedBlocks: undefined,
    sentences: sentencesOf(bullets),
    lineCol: (o: number) => lines.lineCol(o),
    offsetAt: (l: number, c: number) => lines.offsetAt(l, c),
  };
  strings.sort((a, b) => a.start - b.start);
  return { doc, format, problems, parsed: root !== undefined, strings };
}

/** True when a JSON or YAML text reads as a JSON Resume (an object with `basics` or `work`): folder expansion lints only those. */
export function looksLikeJsonResume(text: string, format: ResumeFormat): boolean {
  try {
    const data: unknown = format === "json" ? JSON.parse(text.replace(/^\uFEFF/, "")) : yaml().parse(text);
    return !!data && typeof data === "object" && !Array.isArray(data) && ("basics" in data || "work" in data);
  } catch {
    // A broken file named resume.json is still meant as one: linted, and its syntax error reported.
    return true;
  }
}

// ---------------------------------------------------------------------------
// Fixes: edit inside a string and keep the file valid
// ---------------------------------------------------------------------------

function encodeFor(style: StringStyle, text: string): string | undefined {
  // A line break in a fix adds a Markdown line (a new bullet): inside one string it would not be one.
  if (/[\r\n]/.test(text)) return undefined;
  switch (style) {
    case "json":
    case "yaml-double":
      // Quotes, backslashes and control characters escaped; everything else (non-ASCII) as written.
      return text.replace(/["\\\u0000-\u001f]/g, (c) => {
        if (c === '"') return '\\"';
        if (c === "\\") return "\\\\";
        if (c === "\t") return "\\t";
        return "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0");
      });
    case "yaml-single":
      return text.replace(/'/g, "''");
    case "yaml-block":
      return text;
    case "yaml-plain":
      // A plain scalar cannot take a comment marker or a mapping indicator.
      return /: |:$| #|^#/.test(text) ? undefined : text;
  }
}

/**
 * A fix rewritten for the file's syntax: each edit must lie inside one string value without splitting an
 * escape sequence, and its new text is escaped as that string is written (JSON: quotes, backslashes and
 * control characters; YAML: by scalar style). A fix that cannot be written so (a new bullet line, an edit
 * across values) is dropped: undefined.
 */
export function encodeFix(read: JsonResumeRead, fix: Fix): Fix | undefined {
  const edits = [];
  for (const e of fix.edits) {
    const s = stringAt(read.strings, e.start, e.end);
    if (!s) return undefined;
    if (s.escapes.some(([a, b]) => (e.start > a && e.start < b) || (e.end > a && e.end < b))) return undefined;
    if (s.style === "yaml-plain" && (e.start === s.start || e.end === s.end) && /^[\s\-?:,[\]{}#&*!|>'"%@`]|\s$/.test(e.text)) return undefined;
    if (s.style === "yaml-block" && e.start <= s.escapes[0]![1]) return undefined;
    const text = encodeFor(s.style, e.text);
    if (text === undefined) return undefined;
    edits.push({ start: e.start, end: e.end, text });
  }
  return { ...fix, edits };
}

function stringAt(strings: StringValue[], start: number, end: number): StringValue | undefined {
  let lo = 0;
  let hi = strings.length - 1;
  let found: StringValue | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (strings[mid]!.start <= start) {
      found = strings[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found && start >= found.start && end <= found.end ? found : undefined;
}
