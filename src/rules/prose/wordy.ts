// prose/wordy: wordy phrases that a shorter one says the same as (prose.json `wordyReplacements`), in
// the writer's claims only (see lib/prose.ts).
import { defineRule } from "../../core/rule.js";
import type { Fix } from "../../core/types.js";
import { reportProse, WORDY_REPLACEMENTS } from "../lib/prose.js";
import { matchCase } from "../lib/words.js";

export default defineRule({
  meta: {
    id: "prose/wordy",
    description: "Wordy phrases a shorter one says the same as (in order to, utilize, prior to…).",
    defaultSeverity: "info",
    guidance: "Clear prose",
    scope: ["word"],
    fixable: ["suggestion"],
  },
  check(ctx) {
    reportProse(ctx, "tooWordy", (m) => {
      const replacement = WORDY_REPLACEMENTS[m.word.toLowerCase().replace(/\s+/g, " ")];
      const fixes: Fix[] = [];
      if (replacement) fixes.push({ title: `Replace with "${replacement}"`, kind: "suggestion", edits: [{ start: m.start, end: m.end, text: matchCase(replacement, m.word) }] });
      return {
        message: `"${m.word}" is wordy; say it in fewer words${replacement ? ` ("${replacement}")` : ""} so the point stands out.`,
        fixes,
      };
    });
  },
});
