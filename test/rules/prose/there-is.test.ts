import rule from "../../../src/rules/prose/there-is.js";
import { ruleTester } from "../tester.js";

ruleTester(rule, {
  valid: [
    "# Jane\n\n## Summary\n\nThree teams use what I built, where there is demand.\n",
    // Issue 26's judged draws: "There is/are" in a year review's story paragraph is the writer's voice (judged wrong 2 times in 2).
    { name: "a narrative paragraph of a year in review", kind: "promo", text: "# 2024 in review\n\n## The move\n\nWe moved to a new city in spring. There are still boxes in the hall.\n" },
  ],
  invalid: [
    {
      text: "# Jane 🚀\n\n## Summary\n\nCafé first. There are 3 teams on the platform.\n",
      errors: [{ line: 5, column: 13, endColumn: 22, covers: "There are", severity: "info", message: "filler" }],
    },
    {
      name: "a brag document's list item is still read",
      kind: "promo",
      text: "# Brag document\n\n## Impact\n\n- There are now 3 teams on the platform I built.\n",
      errors: [{ line: 5, column: 3, covers: "There are", message: "filler" }],
    },
  ],
});
