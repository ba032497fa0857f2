// prose/passive: write-good's "passive" check, applied to prose text only (see lib/prose.ts).
import { defineRule } from "../../core/rule.js";
import { reportProse } from "../lib/prose.js";

export default defineRule({
  meta: {
    id: "prose/passive",
    description: "Passive voice (\"was built by\") that hides who acted.",
    defaultSeverity: "info",
    guidance: "Clear prose",
    scope: ["word"],
    fixable: [],
  },
  check(ctx) {
    reportProse(ctx, "passive", (m) => ({
      message: `"${m.word}" is passive voice, which hides who acted; name the actor and use an active verb ("We built…", "Built…").`,
    }));
  },
});
