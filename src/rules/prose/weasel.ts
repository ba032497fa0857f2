// prose/weasel: write-good's "weasel" check, in the writer's claims only, not in their own voice
// ("I found it quite hard") nor on a count whose members are named (see lib/prose.ts).
import { defineRule } from "../../core/rule.js";
import { reportProse } from "../lib/prose.js";

export default defineRule({
  meta: {
    id: "prose/weasel",
    description: "Weasel words (quite, fairly, clearly, extremely…) that weaken a claim.",
    defaultSeverity: "info",
    guidance: "Clear prose",
    scope: ["word"],
    fixable: [],
    // Kept though no word of prose/adverb's own list is a weasel word now: a list edited later stays one finding per word.
    supersedes: ["prose/adverb"],
  },
  check(ctx) {
    reportProse(ctx, "weasel", (m) => ({
      message: `"${m.word}" is a weasel word that weakens the claim; state the fact or the number instead.`,
    }));
  },
});
