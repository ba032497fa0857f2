// Custom ladder files (YAML or JSON): parsed with source positions, validated against
// schemas/ladder.schema.json, then checked for meaning (tracks, axes and steps that exist).
// Every problem is a LadderError "<file>:<line>: <key>: <what is wrong>"; nothing here can crash or hang.
import type { ErrorObject } from "ajv";
import type { Document, LineCounter } from "yaml";
import { ladderValidator, yaml } from "../core/lazy-deps.cjs";
import { BUILTIN_AXES } from "./builtin.js";
import { CueError, compileCue, type CueSpec } from "./match.js";
import type { CustomLadder, ExpectationDef, LadderAxisDef, LevelDef, TrackDef } from "./model.js";
import { normalizeLevelId } from "./set.js";

export class LadderError extends Error {
  readonly file: string;
  readonly line: number;
  readonly key: string;
  constructor(file: string, line: number, key: string, what: string) {
    super(`${file}:${line}: ${key}: ${what}`);
    this.name = "LadderError";
    this.file = file;
    this.line = line;
    this.key = key;
  }
}

type Path = (string | number)[];

function pathLabel(path: Path): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else if (!/^[\p{L}\p{N}_$][\p{L}\p{N}_$ -]*[\p{L}\p{N}_$]$|^[\p{L}\p{N}_$]$/u.test(p)) out += `[${JSON.stringify(p)}]`;
    else out += out ? `.${p}` : p;
  }
  return out || "(root)";
}

function pointerToPath(pointer: string): Path {
  if (!pointer) return [];
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

class Locator {
  constructor(
    private doc: Document,
    private lc: LineCounter,
  ) {}
  private lineOf(offset: number): number {
    return this.lc.linePos(offset).line;
  }
  /** Line of the value at `path`; with `key`, the line of that key inside the mapping at `path`. */
  line(path: Path, key?: string): number {
    const { isMap, isScalar } = yaml();
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, n), true);
      if (!node || typeof node !== "object") continue;
      if (key !== undefined && n === path.length && isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
        const r = pair && isScalar(pair.key) ? pair.key.range : undefined;
        if (r) return this.lineOf(r[0]);
      }
      // A key's line is nicer than its value's for mappings; use the pair key when the parent is a map.
      if (n > 0) {
        const parent = n === 1 ? this.doc.contents : this.doc.getIn(path.slice(0, n - 1), true);
        const last = path[n - 1];
        if (isMap(parent) && typeof last === "string") {
          const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === last);
          const r = pair && isScalar(pair.key) ? pair.key.range : undefined;
          if (r) return this.lineOf(r[0]);
        }
      }
      const range = (node as { range?: [number, number, number] }).range;
      if (range) return this.lineOf(range[0]);
    }
    return 1;
  }
}

const PRIORITY = ["additionalProperties", "required", "enum", "pattern", "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties", "minimum", "maximum", "type", "anyOf", "oneOf"];

function pickError(errors: ErrorObject[]): ErrorObject {
  const depth = (e: ErrorObject) => pointerToPath(e.instancePath).length + (e.keyword === "required" || e.keyword === "additionalProperties" ? 1 : 0);
  const rank = (e: ErrorObject) => {
    const i = PRIORITY.indexOf(e.keyword);
    return i < 0 ? PRIORITY.length : i;
  };
  return [...errors].sort((a, b) => depth(b) - depth(a) || rank(a) - rank(b))[0]!;
}

function describe(e: ErrorObject, path: Path): string {
  const inCues = path.some((p) => p === "cues");
  switch (e.keyword) {
    case "required": {
      const p = e.params as { missingProperty?: string };
      if (p.missingProperty === "expects" || p.missingProperty === "expectations") return "a level needs `expects` (axis → step) or `expectations` (a list with cues)";
      return "is required";
    }
    case "additionalProperties": {
      const allowed = Object.keys((e.parentSchema as { properties?: Record<string, unknown> })?.properties ?? {}).filter((k) => k !== "$schema");
      return `unknown key${allowed.length ? ` (expected one of: ${allowed.join(", ")})` : ""}`;
    }
    case "type":
    case "oneOf":
    case "anyOf":
      if (inCues) return "a cue must be a phrase (text) or a mapping {verb, object, window?}; regular expressions are not supported";
      return `must be ${article(String((e.params as { type?: string }).type ?? "valid"))}`;
    case "pattern": {
      const desc = (e.parentSchema as { description?: string })?.description;
      if (desc && desc.startsWith("A level or track id")) return `"${String(e.data)}" is not a valid id: ${desc}`;
      return `"${String(e.data)}" must contain a letter or digit`;
    }
    default:
      return e.message ?? "is not valid";
  }
}

function article(type: string): string {
  if (type === "object") return "a mapping";
  if (type === "array") return "a list";
  if (type === "integer") return "a whole number";
  return `a ${type}`;
}

interface RawLadder {
  name: string;
  description?: string;
  tracks?: TrackDef[];
  axes?: LadderAxisDef[];
  levels: LevelDef[];
}

/**
 * Read a custom ladder from YAML or JSON text. Throws LadderError with file, line and key for
 * any syntax, schema or meaning problem.
 */
export function parseLadder(text: string, filename: string): CustomLadder {
  try {
    return parseLadderUnsafe(text, filename);
  } catch (err) {
    if (err instanceof LadderError) throw err;
    // Not reached while the schema admits only shapes the checks below read; a LadderError, not a crash, if it ever is.
    const what = err instanceof Error ? err.message : String(err);
    throw new LadderError(filename, 1, "(root)", `does not match schemas/ladder.schema.json: ${what}`);
  }
}

function parseLadderUnsafe(text: string, filename: string): CustomLadder {
  const { LineCounter, parseDocument } = yaml();
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    const line = err.linePos?.[0]?.line ?? lc.linePos(err.pos[0]).line;
    throw new LadderError(filename, line, "(syntax)", err.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, ""));
  }
  const loc = new Locator(doc, lc);
  const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (data === null || data === undefined || typeof data !== "object" || Array.isArray(data)) {
    throw new LadderError(filename, 1, "(root)", "a ladder file must be a mapping with `name` and `levels`");
  }
  // schemas/ladder.schema.json compiled at build time (scripts/gen-validators.mjs): every error, verbose.
  const check = ladderValidator();
  if (!check(data)) {
    const e = pickError(check.errors ?? []);
    let path = pointerToPath(e.instancePath);
    let keyForLine: string | undefined;
    if (e.keyword === "additionalProperties") {
      keyForLine = (e.params as { additionalProperty: string }).additionalProperty;
    }
    const line = keyForLine ? loc.line(path, keyForLine) : loc.line(path);
    if (e.keyword === "required") path = [...path, (e.params as { missingProperty: string }).missingProperty];
    if (keyForLine) path = [...path, keyForLine];
    throw new LadderError(filename, line, pathLabel(path), describe(e, path));
  }
  const raw = data as RawLadder;
  const fail = (path: Path, what: string): never => {
    throw new LadderError(filename, loc.line(path), pathLabel(path), what);
  };

  // Tracks: declared, or implied by the levels.
  const tracks: TrackDef[] = raw.tracks ?? [...new Set(raw.levels.map((l) => l.track))].map((id) => ({ id, name: id }));
  const trackIds = new Set<string>();
  raw.tracks?.forEach((t, i) => {
    if (trackIds.has(t.id)) fail(["tracks", i, "id"], `duplicate track id "${t.id}"`);
    trackIds.add(t.id);
  });

  // Axes: the file's own, or the built-in ones.
  const axes = raw.axes ?? BUILTIN_AXES;
  raw.axes?.forEach((a, i) => {
    if (raw.axes!.findIndex((b) => b.name.toLowerCase() === a.name.toLowerCase()) !== i) fail(["axes", i, "name"], `duplicate axis "${a.name}"`);
    a.steps.forEach((s, j) => {
      if (a.steps.findIndex((t) => t.name.toLowerCase() === s.name.toLowerCase()) !== j) fail(["axes", i, "steps", j, "name"], `duplicate step "${s.name}" on axis ${a.name}`);
      checkCues(s.cues, ["axes", i, "steps", j, "cues"], fail);
    });
  });

  const seen = new Map<string, number>();
  raw.levels.forEach((lv, i) => {
    const norm = normalizeLevelId(lv.id);
    if (seen.has(norm)) fail(["levels", i, "id"], `duplicate level id "${lv.id}" (also levels[${seen.get(norm)}])`);
    seen.set(norm, i);
    if (raw.tracks && !trackIds.has(lv.track)) fail(["levels", i, "track"], `unknown track "${lv.track}"; tracks: ${[...trackIds].join(", ")}`);
    for (const [axisName, stepName] of Object.entries(lv.expects ?? {})) {
      const axis = axes.find((a) => a.name === axisName) ?? axes.find((a) => a.name.toLowerCase() === axisName.toLowerCase());
      if (!axis) fail(["levels", i, "expects", axisName], `unknown axis "${axisName}"; axes: ${axes.map((a) => a.name).join(", ")}`);
      const step = axis!.steps.find((s) => s.name === stepName) ?? axis!.steps.find((s) => s.name.toLowerCase() === stepName.toLowerCase());
      if (!step) fail(["levels", i, "expects", axisName], `unknown step "${stepName}" on axis ${axis!.name}; steps: ${axis!.steps.map((s) => s.name).join(", ")}`);
    }
    for (const axisName of Object.keys(lv.descriptions ?? {})) {
      if (!(lv.expects && axisName in lv.expects)) fail(["levels", i, "descriptions", axisName], `describes axis "${axisName}" but the level does not expect it`);
    }
    lv.expectations?.forEach((e, j) => {
      if (lv.expectations!.findIndex((f) => f.name === e.name) !== j) fail(["levels", i, "expectations", j, "name"], `duplicate expectation "${e.name}"`);
      if (axes.some((a) => a.name === e.name) && lv.expects && e.name in lv.expects) fail(["levels", i, "expectations", j, "name"], `"${e.name}" is also an expected axis of this level`);
      checkCues(e.cues, ["levels", i, "expectations", j, "cues"], fail);
    });
  });

  // Normalise spellings of axis/step names in `expects` to the declared ones.
  const levels: LevelDef[] = raw.levels.map((lv) => {
    const expects: Record<string, string> = {};
    const descriptions: Record<string, string> = {};
    for (const [axisName, stepName] of Object.entries(lv.expects ?? {})) {
      const axis = axes.find((a) => a.name.toLowerCase() === axisName.toLowerCase())!;
      const step = axis.steps.find((s) => s.name.toLowerCase() === stepName.toLowerCase())!;
      expects[axis.name] = step.name;
      const d = lv.descriptions?.[axisName];
      if (d) descriptions[axis.name] = d;
    }
    const out: LevelDef = { id: lv.id, track: lv.track, expects, descriptions };
    if (lv.title) out.title = lv.title;
    if (lv.expectations) out.expectations = lv.expectations.map((e): ExpectationDef => ({ ...e }));
    return out;
  });

  const ladder: CustomLadder = { name: raw.name, source: filename, tracks, levels };
  if (raw.axes) ladder.axes = raw.axes;
  return ladder;
}

function checkCues(cues: CueSpec[], path: Path, fail: (path: Path, what: string) => never): void {
  cues.forEach((c, k) => {
    try {
      compileCue(c, null);
    } catch (err) {
      if (err instanceof CueError) fail([...path, k], err.message);
      throw err;
    }
  });
}
