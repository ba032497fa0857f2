// tech-balance: every lead role (lead, manager, staff/principal, architect, head: by its title or
// bullets) shows at least one technical bullet and at least one bullet of communication,
// delivery/project management or people leadership. Individual-contributor and intern roles are not
// held to it (DESIGN §3).
import { defineRule } from "../core/rule.js";
import { bulletPrefix, categoriesOf, eol, guidanceOf, lineEnd, roleAchievements } from "./lib/doc.js";
import { isNonTechnical } from "./lib/classify.js";
import { isLeadRole, leadsNoEngineering } from "./lib/lead.js";

const meta = {
  id: "tech-balance",
  description: "Lead, manager, staff/principal or head roles with no technical bullet, or with no communication, delivery or people bullet.",
  defaultSeverity: "warning" as const,
  guidance: "Technical and non-technical balance",
  scope: ["role" as const],
  fixable: ["snippet" as const],
};

/** A role needs this many achievement bullets before its balance is judged. */
const MIN_BULLETS = 2;

export default defineRule({
  meta,
  check(ctx) {
    const { doc } = ctx;
    for (const role of doc.roles) {
      const bullets = roleAchievements(role);
      if (bullets.length < MIN_BULLETS || !isLeadRole(role, doc.text)) continue;
      const technical = bullets.some((b) => categoriesOf(b).includes("technical"));
      // Work across teams (product, design, customers) is communication too.
      const nonTechnical = bullets.some((b) => isNonTechnical(categoriesOf(b)) || categoriesOf(b).includes("cross-team"));
      if (technical && nonTechnical) continue;
      const last = bullets[bullets.length - 1]!;
      const at = lineEnd(doc.text, last.end);
      const prefix = bulletPrefix(doc, last);
      const nl = eol(doc.text);
      if (!technical) {
        // A project or product manager's role leads no engineering: no technical bullet is asked of it.
        if (leadsNoEngineering(role.title)) continue;
        ctx.report({
          start: role.titleStart,
          end: role.titleEnd,
          message: "No bullet in this role shows technical work; add one that shows the system you designed, owned or evolved (architecture, reliability, scale), so readers see you can still lead on the technology.",
          fixes: [{ title: "Add a technical bullet", kind: "snippet", edits: [{ start: at, end: at, text: `${nl}${prefix}\${1:Designed} \${2:the system or architecture}, \${3:cutting latency by N%}` }] }],
          competency: guidanceOf(meta),
        });
      } else {
        ctx.report({
          start: role.titleStart,
          end: role.titleEnd,
          message: "No bullet in this role shows communication, delivery or people leadership; add one (planning, aligning stakeholders, hiring, mentoring), since a lead or manager role is judged on it as much as on the technology.",
          fixes: [{ title: "Add a communication, delivery or people bullet", kind: "snippet", edits: [{ start: at, end: at, text: `${nl}${prefix}\${1:Mentored} \${2:N engineers}, \${3:growing two into tech leads}` }] }],
          competency: guidanceOf(meta),
        });
      }
    }
  },
});
