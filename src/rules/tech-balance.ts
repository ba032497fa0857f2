// tech-balance: every lead role (lead, manager, staff/principal, architect, head: by its title or
// bullets) shows at least one technical bullet and at least one bullet of communication,
// delivery/project management or people leadership. Individual-contributor and intern roles are not
// held to it (DESIGN §3).
import { defineRule } from "../core/rule.js";
import type { Bullet, Role } from "../core/types.js";
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

const isTechnical = (b: Bullet): boolean => categoriesOf(b).includes("technical");
/** Communication, delivery or people leadership; work across teams (product, design, customers) is communication too. */
const leadsPeopleOrWork = (b: Bullet): boolean => isNonTechnical(categoriesOf(b)) || categoriesOf(b).includes("cross-team");

/** The other roles of the document at the role's employer (by name, case and spacing aside). */
function sameEmployerRoles(roles: readonly Role[], role: Role): Role[] {
  const key = employerKey(role.employer);
  return key ? roles.filter((r) => r !== role && employerKey(r.employer) === key) : [];
}
const employerKey = (employer: string): string => employer.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

export default defineRule({
  meta,
  check(ctx) {
    const { doc } = ctx;
    for (const role of doc.roles) {
      const bullets = roleAchievements(role);
      if (bullets.length < MIN_BULLETS || !isLeadRole(role, doc.text)) continue;
      // A title held before or after this one at the same employer (a promotion) is the same job seen
      // at another time: its bullets count for the balance too (issue 26's judged draws: a senior
      // manager's role asked for a technical bullet that the manager role under it, at the same
      // company, gives: debatable 3 times in 3).
      const together = [...bullets, ...sameEmployerRoles(doc.roles, role).flatMap(roleAchievements)];
      const technical = together.some(isTechnical);
      const nonTechnical = together.some(leadsPeopleOrWork);
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
