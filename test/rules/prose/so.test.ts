import rule from "../../../src/rules/prose/so.js";
import { ruleTester } from "../tester.js";

ruleTester(rule, {
  valid: ["# Jane\n\n## Summary\n\nI build teams, so products ship.\n", "# Jane\n\n## Summary\n\nSo-called legacy systems were retired.\n"],
  invalid: [
    {
      name: "a sentence that starts with So (even without a final period)",
      text: "# Jane\n\n## Summary\n\nCafé owner. So I learned to ship\n",
      errors: [{ line: 5, column: 13, endColumn: 15, covers: "So", severity: "info", message: "adds no meaning" }],
    },
  ],
});
