// Front matter as most résumés write it: `key: value` lines, the value a word-like plain scalar, a
// boolean or a quoted string with no escapes, and one level of nesting ("ladderlint:" followed by
// indented `key: value` lines). Read here without the `yaml` package, which was about 5% of a lint's
// time in a CPU profile for a few lines of text. Anything else (numbers, null, lists, deeper nesting,
// comments, escapes, anchors, duplicate keys…) returns undefined and the caller asks `yaml`.
// A test checks that every mapping read here is what `yaml` reads. Pure: no vscode, no fs.

const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
// A plain scalar that is a string in YAML 1.2's core schema: it starts with a letter, a digit or "/"
// (no indicator, alias or tag) and holds only letters, digits, spaces and _ . / ' -, with no trailing
// space; what would read as a number, null or a boolean is excluded below.
const PLAIN = /^[\p{L}\p{N}/][\p{L}\p{N} _./'-]*$/u;
const NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const NOT_STRINGS = new Set(["null", "Null", "NULL", "__proto__"]);
const BOOLEANS = new Map([["true", true], ["True", true], ["TRUE", true], ["false", false], ["False", false], ["FALSE", false]]);
// A quoted scalar with nothing YAML would unescape or fold: no quote, backslash or control character inside.
const DOUBLE = /^"([^"\\\p{Cc}]*)"$/u;
const SINGLE = /^'([^'\p{Cc}]*)'$/u;
const FAIL = Symbol("fail");

function scalar(raw: string): string | boolean | typeof FAIL {
  if (raw[0] === '"') return DOUBLE.exec(raw)?.[1] ?? FAIL;
  if (raw[0] === "'") return SINGLE.exec(raw)?.[1] ?? FAIL;
  const b = BOOLEANS.get(raw);
  if (b !== undefined) return b;
  if (!PLAIN.test(raw) || raw.endsWith(" ") || NOT_STRINGS.has(raw) || NUMBER.test(raw)) return FAIL;
  return raw;
}

function validKey(key: string, into: Record<string, unknown>): boolean {
  return KEY.test(key) && !NOT_STRINGS.has(key) && !BOOLEANS.has(key) && !Object.prototype.hasOwnProperty.call(into, key);
}

/** The mapping, when the text is only such lines (blank lines allowed); else undefined. */
export function fastFrontMatter(text: string): Record<string, unknown> | undefined {
  const lines = text.split("\n");
  const out: Record<string, unknown> = {};
  let keys = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "") continue;
    if (line.endsWith(":")) {
      // `key:` and an indented block of `key: value` lines under it.
      const key = line.slice(0, -1);
      if (!validKey(key, out)) return undefined;
      const indent = /^ +/.exec(lines[i + 1] ?? "")?.[0];
      if (!indent) return undefined;
      const inner: Record<string, unknown> = {};
      while (i + 1 < lines.length && lines[i + 1]!.startsWith(indent)) {
        if (!entry(lines[++i]!.slice(indent.length), inner)) return undefined;
      }
      out[key] = inner;
      keys++;
      continue;
    }
    if (!entry(line, out)) return undefined;
    keys++;
  }
  return keys ? out : undefined;
}

/** One `key: value` line into `into`; false when it is anything else. */
function entry(line: string, into: Record<string, unknown>): boolean {
  const colon = line.indexOf(": ");
  if (colon <= 0 || colon > 1000) return false; // YAML caps an implicit key at 1024 characters
  const key = line.slice(0, colon);
  if (!validKey(key, into)) return false;
  const value = scalar(line.slice(colon + 2));
  if (value === FAIL) return false;
  into[key] = value;
  return true;
}
