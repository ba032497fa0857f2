// prose/so: write-good's "so" check, applied to prose text only (see lib/prose.ts).
import { defineRule } from "../../core/rule.js";
import { bulletAt, isNarrative } from "../lib/doc.js";
import { reportProse } from "../lib/prose.js";

export default defineRule({
  meta: {
    id: "prose/so",
    description: "Sentences that start with \"So\".",
    defaultSeverity: "info",
    guidance: "Clear prose",
    scope: ["word"],
    fixable: [],
  },
  check(ctx) {
    reportProse(ctx, "so", (m) => {
      // A brag document's or year review's narrative paragraph tells a story, where "So" marks a
      // consequence (issue 26's judged draws after-11 … after-14: right 0 times in 4 there).
      const bullet = bulletAt(ctx.doc, m.block.start);
      if (bullet && isNarrative(ctx.kind, bullet)) return undefined;
      return { message: `"${m.word}" at the start of a sentence adds no meaning; start with the point.` };
    });
  },
});
