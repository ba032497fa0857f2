import rule from "../../../src/rules/prose/adverb.js";
import { resume, ruleTester } from "../tester.js";

ruleTester(rule, {
  valid: [
    resume(["Ran quarterly planning and weekly 1:1s.", "Shipped early; only 2 incidents.", "Worked closely with product managers."]),
    // Issue 26: frequency adverbs that carry the meaning, and technical compounds.
    { name: "frequency adverbs that carry meaning", text: resume(["Regularly unblocked 4 teams on cross-service releases.", "Consistently hit the quarterly targets; frequently paired with new hires."]) },
    { name: "technical compounds", text: resume(["Split the monolith into loosely coupled services.", "Made the ledger highly available and eventually consistent, with 99.99% uptime."]) },
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
