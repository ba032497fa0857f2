import rule from "../../../src/rules/prose/adverb.js";
import { resume, ruleTester } from "../tester.js";

ruleTester(rule, {
  valid: [
    resume(["Ran quarterly planning and weekly 1:1s.", "Shipped early; only 2 incidents.", "Worked closely with product managers."]),
  ],
  invalid: [
    {
      name: '"very" → suggestion that drops it',
      text: resume(["Built a very fast café search — 🚀 really."]),
      errors: [
        { line: 6, column: 11, endColumn: 15, covers: "very", severity: "info", message: "can weaken", fixKinds: ["suggestion"], fixed: resume(["Built a fast café search — 🚀 really."]) },
        { line: 6, column: 38, endColumn: 44, covers: "really", fixKinds: [] },
      ],
    },
    {
      name: "capitalised Very passes its capital on",
      text: "# Jane\n\n## Summary\n\nVery good at hiring.\n",
      errors: [{ line: 5, column: 1, covers: "Very", fixed: "# Jane\n\n## Summary\n\nGood at hiring.\n" }],
    },
  ],
});
