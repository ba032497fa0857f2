// Which documents the extension lints (DESIGN §7). Pure: no vscode import, unit-tested in test/extension.
//   1. a `ladderlint:` block or a `target:` key in the front matter;
//   2. the path matches one of the `ladderlint.files` globs (case-insensitive);
//   3. the user ran a Check command on it (tracked by the caller).
// Never every README of a workspace. JSON Resume files (resume.json, *.resume.json, resume.yaml) are
// linted by their name.
import picomatch from "picomatch/posix";

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

const matchers = new Map<string, (path: string) => boolean>();

/**
 * Whether a path matches any glob, with picomatch (the matcher tinyglobby runs for the CLI's globs):
 * case-insensitive, `*` also matches names that start with a dot, and a glob without a `/` also
 * matches the base name alone. `relativePath` is the path inside its workspace folder when there is
 * one (forward slashes).
 */
export function matchesFiles(relativePath: string, globs: readonly string[]): boolean {
  const p = relativePath.replace(/\\/g, "/").replace(/^\/+/, "");
  for (const g of globs) {
    if (!g) continue;
    let isMatch = matchers.get(g);
    if (!isMatch) {
      const glob = g.replace(/\\/g, "/").replace(/^\.\//, "");
      // `posix: true` as tinyglobby passes it (without it picomatch 4.0.7 reads `[!a]` as `[a!]`);
      // picomatch's `basename` applies to every glob it is given, so only to those without a `/`.
      isMatch = picomatch(glob, { nocase: true, dot: true, posix: true, basename: !glob.includes("/") });
      matchers.set(g, isMatch);
    }
    if (isMatch(p)) return true;
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
