import rule from "../../src/rules/repeated-opener.js";
import { resume, ruleTester } from "./tester.js";

ruleTester(rule, {
  valid: [
    // Issue 26's judged draw after-10: a title is no opening verb (#79), and distinct bold labels open the bullets (#68).
    { name: "'Lead Engineer on …' three times: a title, not a verb", text: resume(["Lead Engineer on the package registry.", "Lead Engineer on the dependency graph.", "Lead Engineer on Actions for the server product."]) },
    { name: "bullets that open with distinct bold labels", text: resume(["**Search:** Created the vector index.", "**Billing:** Created the invoicing service.", "**Mobile:** Created the offline sync."]) },
    // Issue 26's draw after-17 (debatable for both judges): the same opener in sub-lists of different items.
    { name: "the same opener in the sub-lists of different items is not one list's repetition", text: resume(["Rebuilt the search service:", "  - Adding a ranking layer.", "  - Adding query logs.", "Ported the CLI to Go:", "  - Adding shell completion."]) },
    resume(["Led the migration.", "Led hiring.", "Built the pipeline.", "Grew the team."]),
    // Issue 26's draws after-21 and after-23: 5 openers alike in a role of ~30 bullets, 3 in 13, were
    // debatable or wrong; in a long list a few alike do not read as repetition (a quarter of it does).
    {
      name: "three alike among thirteen bullets: under a quarter of the list",
      text: resume([
        "Implemented the billing export.", "Implemented SSO for the admin app.", "Implemented the audit log.",
        "Built the pipeline.", "Grew the team to 9.", "Cut build time 40%.", "Shipped the mobile app.", "Drove the API review.",
        "Hired 4 engineers.", "Mentored two leads.", "Ran the incident reviews.", "Owned the on-call rota.", "Wrote the design guide.",
      ]),
    },
    { name: "same verb across different roles", text: `# J\n\n## Experience\n\n### A — Engineer (2020–2022)\n- Led X.\n- Led Y.\n\n### B — Engineer (2018–2020)\n- Led Z.\n- Led W.\n` },
  ],
  invalid: [
    {
      name: "a verb used three times (stem: Led/Leading; pronouns skipped)",
      text: resume(["Led the migration.", "I led hiring for the café team.", "Built the pipeline.", "Leading the guild 🚀."]),
      errors: [{ line: 5, column: 1, endColumn: 46, covers: "### Acme — Engineering Manager (2020–Present)", severity: "info", message: '"Led" opens 3 bullets' }],
    },
    {
      name: "three alike among twelve bullets: a quarter of the list",
      text: resume([
        "Implemented the billing export.", "Implemented SSO for the admin app.", "Implemented the audit log.",
        "Built the pipeline.", "Grew the team to 9.", "Cut build time 40%.", "Shipped the mobile app.", "Drove the API review.",
        "Hired 4 engineers.", "Mentored two leads.", "Ran the incident reviews.", "Owned the on-call rota.",
      ]),
      errors: [{ line: 5, column: 1, message: '"Implemented" opens 3 bullets' }],
    },
    {
      name: "'Hired engineers' is a verb and its object, not a title",
      text: resume(["Hired engineers for the payments team.", "Hired engineers for search.", "Hired engineers in Lisbon."]),
      errors: [{ line: 5, column: 1, message: '"Hired" opens 3 bullets' }],
    },
  ],
});
