// Writes the target level into a document's front matter (Set target level / Check … → "save in front matter").
// Pure (no vscode): unit-tested in test/extension.
import { yaml } from "../core/lazy-deps.cjs";
import type { TextEdit } from "../core/types.js";

const FM = /^(\uFEFF?---[ \t]*)(\r?\n)(?:([\s\S]*?)\r?\n)??(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/;

/**
 * The edit that sets `ladderlint.target` (or a top-level `target:` that is already there) to `id`.
 * Other keys, comments and order are kept. An error when the front matter is not valid YAML or not
 * a mapping (the user's text is never rewritten blindly); `unchanged` when it already says so.
 */
export type TargetEditResult = { edit: TextEdit } | { unchanged: true } | { error: string };

export function setTargetEdit(text: string, id: string): TargetEditResult {
  const r = targetEdit(text, id);
  return typeof r === "string" ? (r === "unchanged" ? { unchanged: true } : { error: r }) : { edit: r };
}

function targetEdit(text: string, id: string): TextEdit | string {
  const m = FM.exec(text);
  if (!m) {
    const eol = text.includes("\r\n") ? "\r\n" : "\n";
    const bom = text.startsWith("\uFEFF") ? 1 : 0;
    return { start: bom, end: bom, text: `---${eol}ladderlint:${eol}  target: ${id}${eol}---${eol}${eol}` };
  }
  const eol = m[2]!;
  const bodyStart = m[1]!.length + eol.length;
  if (m[3] === undefined) return { start: bodyStart, end: bodyStart, text: `ladderlint:${eol}  target: ${id}${eol}` };
  const body = m[3];
  const { parseDocument, isMap } = yaml();
  const doc = parseDocument(body, { keepSourceTokens: false });
  if (doc.errors.length) return "the front matter is not valid YAML";
  if (body.trim() === "" || doc.contents === null) {
    return { start: bodyStart, end: bodyStart + body.length, text: `ladderlint:${eol}  target: ${id}` };
  }
  if (!isMap(doc.contents)) return "the front matter is not a mapping";
  const block = doc.get("ladderlint");
  if (doc.has("target") && !(isMap(block) && block.has("target"))) {
    if (doc.get("target") === id) return "unchanged";
    doc.set("target", id);
  } else if (isMap(block)) {
    if (block.get("target") === id) return "unchanged";
    block.set("target", id);
  } else if (block === undefined || block === null) {
    doc.set("ladderlint", doc.createNode({ target: id }));
  } else return "`ladderlint` in the front matter is not a mapping";
  let out = doc.toString({ lineWidth: 0 }).replace(/\n$/, "");
  if (eol === "\r\n") out = out.replace(/\r?\n/g, "\r\n");
  return { start: bodyStart, end: bodyStart + body.length, text: out };
}
