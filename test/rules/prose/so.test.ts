import rule from "../../../src/rules/prose/so.js";
import { ruleTester } from "../tester.js";

ruleTester(rule, {
  valid: [
    "# Jane\n\n## Summary\n\nI build teams, so products ship.\n",
    "# Jane\n\n## Summary\n\nSo-called legacy systems were retired.\n",
    // Issue 26's judged draws after-11 … after-14: in a self-review's narrative "So" marks a consequence (0 of 4 right).
    { name: "a narrative paragraph of a self-review", kind: "promo", text: "# Jane Doe, 2024\n\n## The library\n\nThe component library was in poor shape. So I rewrote its build and its docs.\n" },
  ],
  invalid: [
    {
      name: "a brag document's list item is still read",
      kind: "promo",
      text: "# Brag document\n\n## Wins\n\n- Rewrote the build. So releases are faster.\n",
      errors: [{ line: 5, column: 22, covers: "So" }],
    },
    {
      name: "a sentence that starts with So (even without a final period)",
      text: "# Jane\n\n## Summary\n\nCafé owner. So I learned to ship\n",
      errors: [{ line: 5, column: 13, endColumn: 15, covers: "So", severity: "info", message: "adds no meaning" }],
    },
  ],
});
