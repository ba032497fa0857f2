import rule from "../../src/rules/cross-team.js";
import { resume, ruleTester } from "./tester.js";

const twoRoles = (a: string[], b: string[]) =>
  `# Jane Doe\n\n## Experience\n\n### Acme — Engineering Manager (2021–Present)\n${a.map((x) => `- ${x}`).join("\n")}\n\n### Beta — Tech Lead (2017–2021)\n${b.map((x) => `- ${x}`).join("\n")}\n`;

ruleTester(rule, {
  valid: [
    // Issue 26's draw after-31 (wrong for both judges): "engineering teams" (as written) are teams beyond the writer's own.
    { name: "work with the engineering teams is work beyond the team", text: resume(["Designed the data model with Ana (an outside consultancy) and the engineering teams.", "Hired 6 engineers.", "Cut p99 latency 40%."]) },
    // Issue 26's draw after-29 (debatable for both judges): a lead of several teams works across teams by the role itself.
    { name: "EM target: a role that leads several teams", target: "EM6", text: `# Jane Doe\n\n## Experience\n\n### Acme — Head of Payments (2021–Present)\n- Managing 3 teams (~20 engineers).\n- Hired 6 engineers.\n` },
    resume(["Partnered with product managers on the Q3 roadmap.", "Hired 6 engineers.", "Cut p99 latency 40%."]),
    { name: "EM target: both latest roles show cross-team work", target: "EM6", text: twoRoles(["Aligned 3 partner teams on the API.", "Hired 4."], ["Worked with designers on onboarding.", "Built X."]) },
    { name: "D target: document-level only, one cross-team bullet is enough", target: "D3", text: twoRoles(["Presented to the CTO.", "Hired 4."], ["Built X.", "Built Y."]) },
    { name: "too few bullets to judge", text: resume(["Built X.", "Built Y."]) },
    // Draws after-11 and after-18 (wrong for three judges): working through results with the owners of other services.
    // Draw after-19 (wrong for two judges): an engine of the writer's that other companies now run.
    // Draws after-18 and after-21 (debatable 4 times in 4): with no target, an individual contributor's résumé is not held to it.
    { name: "no target and no lead role: an IC's résumé is not held to work beyond the team", text: "# Sam Lee\n\n## Experience\n\n### Software Engineer — Acme (2021–Present)\n- Built the invoice export in Go.\n- Added retries to the payment service.\n- Wrote the on-call runbook for billing.\n" },
    // Draw after-20 (wrong for both judges): internal tools used department-wide.
    { name: "tools used department-wide reach beyond the team", text: resume(["Took charge of two internal build tools used department-wide.", "Hired 6 engineers.", "Cut p99 latency 40%."]) },
    { name: "work other companies use is beyond the team", text: resume(["Wrote the queue library in Rust; it now also runs at other companies.", "Hired 6 engineers.", "Cut p99 latency 40%."]) },
    { name: "service owners are people outside the team", text: resume(["Ran the spring load tests and went through the slow paths with the service owners.", "Hired 6 engineers.", "Cut p99 latency 40%."]) },

    { name: "work for engineers across the company is outside the team (issue 26's judged draw)", target: "EM6", text: twoRoles(["Led the submit queue that thousands of engineers rely on.", "Hired 4."], ["Built the build cache for internal users in every office.", "Built Y."]) },
    {
      name: "EM target: an individual-contributor role is not held to cross-team work per role (issue 26); the lead role is read",
      target: "EM6",
      text: `# Jane Doe

## Experience

### Acme — Senior Software Engineer (2022–Present)
- Built the billing API in Go.

### Beta — Engineering Manager (2017–2022)
- Partnered with product managers on the roadmap.
- Hired 4 engineers.
`,
    },
    {
      name: "EM target: of the two most recent roles only; a lead role third by end date is not judged (issue 26)",
      target: "EM6",
      text: `# Jane Doe\n\n## Experience\n\n### Self — Board Advisor (2024–Present)\n- Advised 3 start-ups.\n\n### Acme — CTO (2023–2024)\n- Presented the roadmap to the board.\n- Hired 5 engineers.\n\n### Beta — VP of Engineering (2019–2023)\n- Grew the team from 10 to 40.\n- Ran weekly 1:1s.\n`,
    },
    { name: "a lead role told in one line is not judged: one line cannot show every side of a role (issue 26's judged draw)", target: "EM6", text: twoRoles(["Led the team building the billing platform in Go."], ["Led the team building the firewall console in React."]) },
    { name: "owning the product roadmap is work with product (issue 26's judged draw)", target: "EM6", text: twoRoles(["Planned and delivered the product roadmap for the checkout teams.", "Hired 4 engineers."], ["Worked with designers on onboarding.", "Built X."]) },
    { name: "a user group led or a meetup talk is work beyond the team (issue 26's judged draws after-8 and after-10)", text: resume(["Elected leader of the city's Rust user group.", "Gave a talk at a local meetup on tracing.", "Shipped the risk service."]) },
    { name: "mentoring engineers outside one's own domain or team is work beyond the team (issue 26's judged draw after-9)", text: resume(["Mentored two engineers outside of my domain on the API gateway.", "Shipped the risk service.", "Hired 3 engineers."]) },
    { name: "founders, investors and business development are outside the team (real corpus)", text: resume(["Ran business development for the agency.", "Led due diligence with investors for the Series A.", "Hired 6 engineers."]) },
  ],
  invalid: [
    {
      // "teams" as written: one team led ("Leading a payments team") is the writer's own team.
      name: "EM target: a role that leads its own team only",
      target: "EM6",
      text: `# Jane Doe\n\n## Experience\n\n### Acme — Engineering Manager (2021–Present)\n- Leading a payments team of 5 engineers.\n- Hired 6 engineers.\n`,
      errors: [{ line: 5, column: 1, message: "No bullet in this role shows work outside your team" }],
    },
    {
      name: "document with no cross-team work (info on the H1)",
      text: resume(["Migrated 12 services.", "Hired 6 engineers.", "Ran weekly 1:1s."]),
      errors: [{ line: 1, column: 1, endColumn: 11, covers: "# Jane Doe", severity: "info", message: "No bullet shows work outside your team; reviewers look for work beyond your own team" }],
    },
    {
      name: "a lead target with no lead role among the latest: the document is judged, in the target's words",
      target: "EM6",
      kind: "promo",
      text: "# Brag document\n\n## Wins\n\n- Migrated 12 services.\n- Rewrote the billing API in Go.\n- Cut p99 latency 40%.\n",
      errors: [{ line: 1, column: 1, message: "No bullet shows work outside your team; a lead's reviewers look for it" }],
    },
    {
      name: "EM target: each of the two latest roles (by end date) without cross-team work",
      target: "EM6",
      text: `# Jane Doe\n\n## Experience\n\n### Gamma — Engineer (2012–2015)\n- Presented to the VP of Sales.\n\n### Acme — Engineering Manager (2021–Present)\n- Hired 6 engineers.\n- Ran weekly 1:1s.\n\n### Beta — Tech Lead (2017–2021)\n- Built the café ordering API.\n- Cut p99 latency 40%.\n`,
      errors: [
        { line: 8, column: 1, covers: "### Acme — Engineering Manager (2021–Present)", message: "a lead's reviewers look for it" },
        { line: 12, column: 1, covers: "### Beta — Tech Lead (2017–2021)", message: "a lead's reviewers look for it" },
      ],
    },
    {
      // The ladder's Influence axis: EM6 expects the team, EM7 and TL6 other teams too (issue 26's judged draw after-8).
      name: "a target whose Influence step reaches other teams says it expects the work; one below says reviewers look for it",
      target: "EM7",
      text: `# Jane Doe\n\n## Experience\n\n### Acme — Engineering Manager (2021–Present)\n- Hired 6 engineers.\n- Ran weekly 1:1s.\n`,
      errors: [{ line: 5, column: 1, message: "No bullet in this role shows work outside your team; EM7 expects it" }],
    },
  ],
});
