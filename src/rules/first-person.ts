// first-person: résumé bullets drop pronouns ("Led the migration", not "I led the migration").
import { defineRule } from "../core/rule.js";
import type { Fix } from "../core/types.js";
import { achievementBullets, guidanceOf, sentenceStarts, tokensOf } from "./lib/doc.js";
import { pronouns } from "./lib/pronouns.js";

const meta = {
  id: "first-person",
  description: "Résumé bullets that carry first-person pronouns (I, me, my, we, our).",
  defaultSeverity: "warning" as const,
  guidance: "Résumé bullets drop pronouns",
  scope: ["word" as const],
  fixable: ["fix" as const],
  kinds: ["resume" as const],
};

/** Subject pronouns a fix may drop at the start of a sentence ("I led" → "Led"). */
const DROPPABLE = new Set(["I", "We"]);

export default defineRule({
  meta,
  check(ctx) {
    const { doc } = ctx;
    for (const bullet of achievementBullets(doc)) {
      const tokens = tokensOf(bullet);
      let starts: Set<number> | undefined; // the sentence starts, read for a droppable pronoun only
      for (const hit of pronouns(tokens, bullet.text)) {
        const start = bullet.start + hit.token.start;
        const end = bullet.start + hit.token.end;
        const word = hit.token.raw;
        const fixes: Fix[] = [];
        const next = tokens[hit.index + 1];
        if (DROPPABLE.has(word) && (starts ??= new Set(sentenceStarts(doc, bullet))).has(start) && next && /^\p{Ll}/u.test(next.raw)) {
          const nextStart = bullet.start + next.start;
          const between = doc.text.slice(end, nextStart);
          if (/^[ \t]+$/.test(between)) {
            // The first code point, not code unit: "I 𝐥ed" must not split the surrogate pair (fuzz find).
            const first = String.fromCodePoint(next.raw.codePointAt(0)!);
            fixes.push({
              title: `Drop "${word}" and start with the verb`,
              kind: "fix",
              edits: [{ start, end: nextStart + first.length, text: first.toUpperCase() }],
            });
          }
        }
        ctx.report({
          start,
          end,
          message: `"${word}" in a résumé bullet: résumé bullets drop pronouns and open with the verb ("Led the migration…", not "I led the migration…").`,
          fixes,
          competency: guidanceOf(meta),
        });
      }
    }
  },
});
