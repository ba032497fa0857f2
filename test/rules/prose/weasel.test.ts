import rule from "../../../src/rules/prose/weasel.js";
import { resume, ruleTester } from "../tester.js";

ruleTester(rule, {
  valid: [
    resume(["Cut p99 latency 40%."]),
    { name: "vague quantities in achievement bullets are left to vague-quantity; 'very' to prose/adverb", text: resume(["Led many migrations for various teams, very fast."]) },
  ],
  invalid: [
    {
      text: resume(["Built a fairly robust café API — clearly the best."]),
      errors: [
        { line: 6, column: 11, endColumn: 17, covers: "fairly", severity: "info", message: "weasel word" },
        { line: 6, column: 36, endColumn: 43, covers: "clearly" },
      ],
    },
    {
      name: "in a summary, 'many' is a weasel word",
      text: "# Jane\n\n## Summary\n\nI have led many teams.\n",
      errors: [{ line: 5, column: 12, covers: "many" }],
    },
  ],
});
