// prose/so: write-good's "so" check, applied to prose text only (see lib/prose.ts).
import { defineRule } from "../../core/rule.js";
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
    reportProse(ctx, "so", (m) => ({
      message: `"${m.word}" at the start of a sentence adds no meaning; start with the point.`,
    }));
  },
});
