// prose/weasel: write-good's "weasel" check, applied to prose text only (see lib/prose.ts).
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
    // "completely", "extremely", "largely" are weasel words and adverbs: reported once, as weasel words.
    supersedes: ["prose/adverb"],
  },
  check(ctx) {
    reportProse(ctx, "weasel", (m) => ({
      message: `"${m.word}" is a weasel word that weakens the claim; state the fact or the number instead.`,
    }));
  },
});
