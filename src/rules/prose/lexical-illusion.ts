// prose/lexical-illusion: write-good's "illusion" check, applied to prose text only (see lib/prose.ts).
import { defineRule } from "../../core/rule.js";
import { reportProse } from "../lib/prose.js";

/**
 * Deletes the repeated word and the whitespace that separates it from the first one; undefined when
 * markup sits between the two words ("the **the**"), where a deletion would leave empty emphasis.
 */
function repeatEdit(text: string, start: number, end: number): { start: number; end: number; text: string } | undefined {
  let s = start;
  while (s > 0 && /[ \t\r\n]/.test(text[s - 1]!)) s--;
  const word = text.slice(start, end).toLowerCase();
  if (s === start || text.slice(s - word.length, s).toLowerCase() !== word) return undefined;
  if (/[*_`~\]]/.test(text[end] ?? "")) return undefined;
  return { start: s, end, text: "" };
}

export default defineRule({
  meta: {
    id: "prose/lexical-illusion",
    description: "A word repeated by accident (\"the the\").",
    defaultSeverity: "info",
    guidance: "Clear prose",
    scope: ["word"],
    fixable: ["fix"],
  },
  check(ctx) {
    reportProse(ctx, "illusion", (m) => {
      const edit = repeatEdit(ctx.doc.text, m.start, m.end);
      return {
        message: `"${m.word}" is repeated ("${m.word} ${m.word}"), a slip readers skim past; delete the second one.`,
        fixes: edit ? [{ title: `Delete the repeated "${m.word}"`, kind: "fix", edits: [edit] }] : [],
      };
    });
  },
});
