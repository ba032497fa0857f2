import rule from "../../../src/rules/prose/passive.js";
import { resume, ruleTester } from "../tester.js";

ruleTester(rule, {
  valid: [
    resume(["Built the deploy pipeline.", "Was promoted to staff engineer in 2021.", "Was hired as the first SRE; was named tech lead."]),
    // Issue 26: curated exceptions for résumé language.
    { name: "a passive whose actor is named", text: resume(["Built the shift-planning tool to be used by supervisors in 40 stores."]) },
    { name: "adjectival participles after 'be'", text: resume(["Rewrote the forecasting model, which was flawed, cutting error 30%.", "Took over a codebase that was outdated and a team that was distributed across 3 time zones."]) },
    { name: "an award citation's wording is the awarder's", text: resume(["Won the Spot Award: recognised as the engineer who was relied on most."]) },
    { name: "code, links and skills are not prose", text: "# J\n\n## Experience\n\n### A — Engineer (2020–2022)\n- Shipped `was built` from https://x.example/was-broken and [docs](https://x.example/was-broken).\n\n## Skills\n\n- Tools were used daily\n" },
  ],
  invalid: [
    {
      text: resume(["The café platform was built in 2019 — 🚀."]),
      errors: [{ line: 6, column: 21, endColumn: 30, covers: "was built", severity: "info", message: "passive voice" }],
    },
    {
      name: "'by' with a number or a gerund names no actor",
      text: resume(["Latency was reduced by 40% and cost was cut by moving to spot instances."]),
      errors: [
        { line: 6, column: 11, covers: "was reduced" },
        { line: 6, column: 39, covers: "was cut" },
      ],
    },
    {
      name: "summary paragraphs are prose too",
      text: "# Jane\n\n## Summary\n\nMistakes were made early.\n",
      errors: [{ line: 5, column: 10, covers: "were made" }],
    },
  ],
});
