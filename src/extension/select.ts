// Which documents the extension lints (DESIGN §7). Pure: no vscode import, unit-tested in test/extension.
//   1. a `ladderlint:` block or a `target:` key in the front matter;
//   2. the path matches one of the `ladderlint.files` globs (case-insensitive);
//   3. the user ran a Check command on it (tracked by the caller).
// Never every README of a workspace. JSON Resume files (resume.json, *.resume.json, resume.yaml) are
// linted by their name.

/**
 * A JSON Resume file's name (src/core/resume-names.ts decides the format for the engine; this entry
 * code loads no core module, test/extension/entry-bundle.test.ts).
 */
const JSON_RESUME_NAME_RE = /(?:^|[\\/.])resume\.(?:json|ya?ml)$/i;
const isJsonResumeName = (path: string): boolean => JSON_RESUME_NAME_RE.test(path);

/** The languages a document is linted in: Markdown, and JSON or YAML when the file is a JSON Resume by its name. */
export function lintedLanguage(languageId: string, path: string): boolean {
  return languageId === "markdown" || ((languageId === "json" || languageId === "jsonc" || languageId === "yaml") && isJsonResumeName(path));
}

export const DEFAULT_FILES = ["**/*{resume,cv,promo,packet,brag,self-review}*.md"];

/** True when the text opens with a front-matter block that has a `ladderlint` or `target` key. */
export function hasLadderlintFrontMatter(text: string): boolean {
  const head = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(head);
  if (!m) return false;
  return /^(?:ladderlint|target)[ \t]*:/m.test(m[1]!);
}

const cache = new Map<string, RegExp>();

/**
 * Compiles a glob (`**`, `*`, `?`, `{a,b}`, `[abc]`) to a case-insensitive RegExp over `/`-separated
 * paths. `**\/` matches zero or more directories; `*` never crosses a `/`.
 */
export function globToRegExp(glob: string): RegExp {
  const hit = cache.get(glob);
  if (hit) return hit;
  let re = "";
  let depth = 0; // inside {…}
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*") {
      if (glob[i + 1] === "*") {
        // `**` (optionally followed by `/`) spans directories.
        i++;
        if (glob[i + 1] === "/") {
          i++;
          re += "(?:[^/]*/)*";
        } else re += ".*";
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "{") {
      depth++;
      re += "(?:";
    } else if (c === "}" && depth > 0) {
      depth--;
      re += ")";
    } else if (c === "," && depth > 0) re += "|";
    else if (c === "[") {
      const close = glob.indexOf("]", i + 1);
      if (close < 0) re += "\\[";
      else {
        let body = glob.slice(i + 1, close).replace(/\\/g, "\\\\");
        if (body.startsWith("!")) body = "^" + body.slice(1);
        re += "[" + body + "]";
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\\]]/g, "\\$&");
  }
  const out = new RegExp("^" + re + "$", "i");
  cache.set(glob, out);
  return out;
}

/**
 * Whether a path matches any glob. `relativePath` is the path inside its workspace folder when there
 * is one (forward slashes); a glob without a `/` also matches the base name alone.
 */
export function matchesFiles(relativePath: string, globs: readonly string[]): boolean {
  const p = relativePath.replace(/\\/g, "/").replace(/^\/+/, "");
  const base = p.slice(p.lastIndexOf("/") + 1);
  for (const g of globs) {
    if (!g) continue;
    const glob = g.replace(/\\/g, "/").replace(/^\.\//, "");
    const re = globToRegExp(glob);
    if (re.test(p)) return true;
    if (!glob.includes("/") && re.test(base)) return true;
  }
  return false;
}

export interface SelectInput {
  text: string;
  relativePath: string;
  globs: readonly string[];
  /** The user ran a Check command on it (session state). */
  checked: boolean;
}

/** The reason a document is linted, or undefined when it is left alone. */
export function lintReason(input: SelectInput): "checked" | "front-matter" | "files" | undefined {
  if (input.checked) return "checked";
  // A JSON Resume is named so (resume.json, *.resume.json, resume.yaml): that name says it is one.
  if (isJsonResumeName(input.relativePath)) return "files";
  if (hasLadderlintFrontMatter(input.text)) return "front-matter";
  if (matchesFiles(input.relativePath, input.globs)) return "files";
  return undefined;
}

/**
 * Documents above this size are not linted in the editor: the Markdown parser grows faster than
 * linearly on some hostile inputs (test/fuzz/FINDINGS.md), and linting runs in the extension host.
 * Same bound as the CLI (1 MiB).
 */
export const MAX_DOCUMENT_CHARS = 1024 * 1024;

export function tooLarge(text: string): boolean {
  return text.length > MAX_DOCUMENT_CHARS;
}
