// prose/weasel: write-good's "weasel" check, in the writer's claims only, not in their own voice
// ("I found it quite hard") nor on a count whose members are named (see lib/prose.ts), nor on a
// vague size in an early-career role (which vague-quantity leaves too).
import { defineRule } from "../../core/rule.js";
import { bulletAt, earlyCareer } from "../lib/doc.js";
import { beforeLeadCareer } from "../lib/lead.js";
import { reportProse } from "../lib/prose.js";
import { othersWork, VAGUE_WORDS } from "../lib/vague.js";

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
    reportProse(ctx, "weasel", (m) => {
      // A vague size in a role that ended over ten years before the latest, or in an IC role before the
      // lead roles: vague-quantity leaves it
      // (a reader weighs the recent roles), and this check does not take the word over.
      const role = VAGUE_WORDS.has(m.word.toLowerCase()) ? bulletAt(ctx.doc, m.block.start)?.role : undefined;
      if (role && (earlyCareer(ctx.doc, role) || beforeLeadCareer(ctx.doc, role))) return undefined;
      // Someone else's work in a brag document or year in review, as vague-quantity leaves it.
      if (ctx.kind === "promo" && VAGUE_WORDS.has(m.word.toLowerCase()) && othersWork(ctx.doc, m.block, m.start, m.end)) return undefined;
      return { message: `"${m.word}" is a weasel word that weakens the claim; state the fact or the number instead.` };
    });
  },
});
