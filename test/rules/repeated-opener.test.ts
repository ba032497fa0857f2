import rule from "../../src/rules/repeated-opener.js";
import { resume, ruleTester } from "./tester.js";

ruleTester(rule, {
  valid: [
    resume(["Led the migration.", "Led hiring.", "Built the pipeline.", "Grew the team."]),
    { name: "same verb across different roles", text: `# J\n\n## Experience\n\n### A — Engineer (2020–2022)\n- Led X.\n- Led Y.\n\n### B — Engineer (2018–2020)\n- Led Z.\n- Led W.\n` },
  ],
  invalid: [
    {
      name: "a verb used three times (stem: Led/Leading; pronouns skipped)",
      text: resume(["Led the migration.", "I led hiring for the café team.", "Built the pipeline.", "Leading the guild 🚀."]),
      errors: [{ line: 5, column: 1, endColumn: 46, covers: "### Acme — Engineering Manager (2020–Present)", severity: "info", message: '"Led" opens 3 bullets' }],
    },
  ],
});
