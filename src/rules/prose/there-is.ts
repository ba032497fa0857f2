// prose/there-is: write-good's "thereIs" check, applied to prose text only (see lib/prose.ts).
import { defineRule } from "../../core/rule.js";
import { reportProse } from "../lib/prose.js";

export default defineRule({
  meta: {
    id: "prose/there-is",
    description: "Sentences that start with \"There is\" / \"There are\".",
    defaultSeverity: "info",
    guidance: "Clear prose",
    scope: ["word"],
    fixable: [],
  },
  check(ctx) {
    reportProse(ctx, "thereIs", (m) => ({
      message: `"${m.word}" at the start of a sentence is filler; start with the subject and an active verb ("Three teams use…").`,
    }));
  },
});
