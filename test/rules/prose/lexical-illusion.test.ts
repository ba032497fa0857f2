import rule from "../../../src/rules/prose/lexical-illusion.js";
import { resume, ruleTester } from "../tester.js";

ruleTester(rule, {
  valid: [
    resume(["Led the migration.", "Showed that that design would not scale."]),
    // Issue 26: pandoc's raw-HTML attribute on consecutive commented-out lines is markup, not a word.
    { name: "a repeated run of markup", text: resume(["Hired 3 engineers. `<!-- x -->`{=html}\n  `<!-- y -->`{=html}"]) },
  ],
  invalid: [
    {
      name: "a repeated word is deleted by a `fix`",
      text: resume(["Led the the café migration — 🚀 in 3 weeks."]),
      errors: [{ line: 6, column: 11, endColumn: 14, covers: "the", severity: "info", message: "repeated", fixKinds: ["fix"] }],
      output: resume(["Led the café migration — 🚀 in 3 weeks."]),
    },
    {
      name: "markup between the words: reported, but no fix (it would leave empty emphasis)",
      text: resume(["Led the **the** café migration."]),
      errors: [{ line: 6, column: 13, covers: "the", fixKinds: [] }],
    },
    {
      name: "across a hard-wrapped line",
      text: resume(["Cut cost by 30% for the\n  the payments team."]),
      errors: [{ line: 7, column: 3, covers: "the" }],
      output: resume(["Cut cost by 30% for the payments team."]),
    },
  ],
});
