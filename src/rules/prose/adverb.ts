// prose/adverb: write-good's "adverb" check, applied to prose text only (see lib/prose.ts).
import { defineRule } from "../../core/rule.js";
import type { Fix } from "../../core/types.js";
import { reportProse, removeWordEdit } from "../lib/prose.js";

export default defineRule({
  meta: {
    id: "prose/adverb",
    description: "Adverbs that weaken meaning (really, very, extremely…).",
    defaultSeverity: "info",
    guidance: "Clear prose",
    scope: ["word"],
    fixable: ["suggestion"],
  },
  check(ctx) {
    reportProse(ctx, "adverb", (m) => {
      const fixes: Fix[] = [];
      if (m.word.toLowerCase() === "very") fixes.push({ title: 'Drop "very"', kind: "suggestion", edits: [removeWordEdit(ctx.doc, m.start, m.end)] });
      return {
        message: `"${m.word}" can weaken the sentence; cut it, or show the effect with a fact or a number.`,
        fixes,
      };
    });
  },
});
