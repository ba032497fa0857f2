// prose/cliche: write-good's "cliches" check, applied to prose text only (see lib/prose.ts).
import { defineRule } from "../../core/rule.js";
import { reportProse } from "../lib/prose.js";

export default defineRule({
  meta: {
    id: "prose/cliche",
    description: "Clichés (team player, think outside the box…).",
    defaultSeverity: "info",
    guidance: "Clear prose",
    scope: ["word"],
    fixable: [],
  },
  check(ctx) {
    reportProse(ctx, "cliches", (m) => ({
      message: `"${m.word}" is a cliché that says nothing specific; describe what you did and what changed.`,
    }));
  },
});
