// hands-on-heavy: for EM targets, a latest role dominated by hands-on coding with little people or
// process work (the ladder gives EMs 0–30 % hands-on coding); for TL targets, no architecture, design
// or code-review leadership anywhere in the document.
import { defineRule } from "../core/rule.js";
import type { LevelInfo } from "../core/types.js";
import { CueIndex, tlLeadershipCues, tokenize } from "../ladders/index.js";
import { achievementBullets, categoriesOf, roleAchievements } from "./lib/doc.js";
import { latestRoles } from "./cross-team.js";
import { isLeadRole } from "./lib/lead.js";

const meta = {
  id: "hands-on-heavy",
  description: "EM targets: a latest role dominated by hands-on coding; TL targets: no architecture, design or code-review leadership.",
  defaultSeverity: "info" as const,
  guidance: "Target-level competencies",
  scope: ["document" as const],
  fixable: [],
};

/** Fewer achievement bullets than this and the balance is not judged. */
export const MIN_BULLETS = 3;
/** EM: more than this share of hands-on bullets… */
export const HANDS_ON_SHARE = 0.5;
/** …and fewer than this share of people/process bullets. */
export const LEADERSHIP_SHARE = 0.3;

export function trackMode(level: LevelInfo): "em" | "tl" | undefined {
  if (level.track === "EM") return "em";
  if (level.track === "TL") return "tl";
  if (/\bengineering manager\b|\bdev(elopment)? manager\b/i.test(level.title)) return "em";
  if (/\btech(nical)? lead\b/i.test(level.title)) return "tl";
  return undefined;
}

let tlIndex: CueIndex<null> | undefined;

export default defineRule({
  meta,
  check(ctx) {
    if (!ctx.target) return;
    const mode = trackMode(ctx.target);
    if (!mode) return;
    const { doc } = ctx;
    const id = ctx.target.id;
    if (mode === "em") {
      // The latest lead role: an individual-contributor role is not held to people/process work.
      // A document with no roles read at all is judged as a whole.
      const role = latestRoles(doc.roles, 1, (r) => isLeadRole(r, doc.text))[0];
      if (!role && doc.roles.some((r) => roleAchievements(r).length > 0)) return;
      const bullets = role ? roleAchievements(role) : achievementBullets(doc);
      if (bullets.length < MIN_BULLETS) return;
      const handsOn = bullets.filter((b) => categoriesOf(b).includes("hands-on")).length;
      const leadership = bullets.filter((b) => {
        const c = categoriesOf(b);
        return c.includes("people") || c.includes("delivery");
      }).length;
      if (handsOn / bullets.length > HANDS_ON_SHARE && leadership / bullets.length < LEADERSHIP_SHARE) {
        const where = role ? "your latest lead role" : "this document";
        ctx.report({
          start: doc.docAnchor.start,
          end: doc.docAnchor.end,
          message: `In ${where}, ${handsOn} of ${bullets.length} bullets are hands-on coding and ${leadership} show people or process leadership; ${id} managers code 0–30% of the time, so lead with hiring, growth, delivery and process.`,
          competency: `${id} · Hands-on coding 0–30%`,
        });
      }
      return;
    }
    const bullets = achievementBullets(doc);
    if (bullets.length < MIN_BULLETS) return;
    tlIndex ??= new CueIndex(tlLeadershipCues());
    const index = tlIndex;
    const leads = bullets.some((b) => index.match(tokenize(b.text, b.start)).length > 0);
    if (!leads) {
      ctx.report({
        start: doc.docAnchor.start,
        end: doc.docAnchor.end,
        message: `Nothing shows architecture, design or code-review leadership, which a ${id} tech lead owns; add a bullet on a design you led, an architecture decision or how you run code reviews.`,
        competency: `${id} · Architecture and design leadership`,
      });
    }
  },
});
