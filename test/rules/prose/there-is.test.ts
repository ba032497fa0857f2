import rule from "../../../src/rules/prose/there-is.js";
import { ruleTester } from "../tester.js";

ruleTester(rule, {
  valid: ["# Jane\n\n## Summary\n\nThree teams use what I built, where there is demand.\n"],
  invalid: [
    {
      text: "# Jane 🚀\n\n## Summary\n\nCafé first. There are 3 teams on the platform.\n",
      errors: [{ line: 5, column: 13, endColumn: 22, covers: "There are", severity: "info", message: "filler" }],
    },
  ],
});
