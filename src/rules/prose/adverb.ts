// prose/adverb: filler adverbs that carry no meaning in a résumé ("successfully", "very", "really"),
// in the writer's claims only (see lib/prose.ts and prose.json `own.adverb`).
import { defineRule } from "../../core/rule.js";
import type { Fix } from "../../core/types.js";
import { reportProse, removeWordEdit } from "../lib/prose.js";

export default defineRule({
  meta: {
    id: "prose/adverb",
    description: "Filler adverbs that carry no meaning in a claim (successfully, very, really…).",
    defaultSeverity: "info",
    guidance: "Clear prose",
    scope: ["word"],
    fixable: ["suggestion"],
  },
  check(ctx) {
    reportProse(ctx, "adverb", (m) => {
      // Every word of the list is filler, so dropping it keeps the claim (a suggestion: the writer picks it).
      const fixes: Fix[] = [{ title: `Drop "${m.word.toLowerCase()}"`, kind: "suggestion", edits: [removeWordEdit(ctx.doc, m.start, m.end)] }];
      return {
        message: `"${m.word}" adds nothing the claim does not already say; cut it, or show the effect with a fact or a number.`,
        fixes,
      };
    });
  },
});
