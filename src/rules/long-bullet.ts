// long-bullet: a bullet over 40 words.
import { defineRule } from "../core/rule.js";
import { achievementBullets, guidanceOf, tokensOf } from "./lib/doc.js";

const meta = {
  id: "long-bullet",
  description: "Bullets over 40 words.",
  defaultSeverity: "info" as const,
  guidance: "Clear prose",
  scope: ["bullet" as const],
  fixable: [] as [],
  languages: "any" as const,
};

export const MAX_WORDS = 40;

export default defineRule({
  meta,
  check(ctx) {
    const { doc, kind } = ctx;
    for (const bullet of achievementBullets(doc)) {
      // A promo packet's paragraphs are prose, not bullets.
      if (bullet.paragraph && kind === "promo") continue;
      const words = tokensOf(bullet).length;
      if (words <= MAX_WORDS) continue;
      ctx.report({
        start: bullet.start,
        end: bullet.end,
        message: `This bullet runs to ${words} words; readers skim, so keep a bullet to ${MAX_WORDS} words or fewer: one achievement, its effect and its number.`,
        competency: guidanceOf(meta),
      });
    }
  },
});
