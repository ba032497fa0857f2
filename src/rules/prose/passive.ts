// prose/passive: write-good's "passive" check, narrowed to a passive that hides the writer's own part
// in the main clause of a claim (see lib/prose.ts hidesWritersPart).
import { defineRule } from "../../core/rule.js";
import { reportProse } from "../lib/prose.js";

export default defineRule({
  meta: {
    id: "prose/passive",
    description: "Passive voice that hides the writer's part in a claim (\"the service was rebuilt\").",
    defaultSeverity: "info",
    guidance: "Clear prose",
    scope: ["word"],
    fixable: [],
  },
  check(ctx) {
    reportProse(ctx, "passive", (m) => ({
      message: `"${m.word}" is passive voice, which hides who did it; say what your part was, with an active verb ("Rebuilt…", "Led the team that built…").`,
    }));
  },
});
