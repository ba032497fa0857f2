import rule from "../../../src/rules/prose/weasel.js";
import { resume, ruleTester } from "../tester.js";

ruleTester(rule, {
  valid: [
    resume(["Cut p99 latency 40%."]),
    { name: "'very' is left to prose/adverb (it offers the fix)", text: resume(["Led the migration, very fast, in 3 weeks."]) },
    // Issue 26: time idioms with "few" are a period, not a vague count.
    { name: "time idioms with 'few'", text: resume(["Shipped the new onboarding flow in the first few months.", "Over the past few years, grew the team from 3 to 12."]) },
    { name: "a peer award's or prize's citation is not self-praise", text: resume(["Received the Bravo award for excellent first-year results.", "Won the team's peer award for being a team player."]) },
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
      name: "alone (vague-quantity not run: the engine keeps its finding when it runs), many and various in a bullet are weasel words",
      text: resume(["Led many migrations for various teams."]),
      errors: [{ line: 6, column: 7, covers: "many" }, { line: 6, column: 27, covers: "various" }],
    },
    {
      name: "in a summary, 'many' is a weasel word",
      text: "# Jane\n\n## Summary\n\nI have led many teams.\n",
      errors: [{ line: 5, column: 12, covers: "many" }],
    },
  ],
});
