import rule from "../../../src/rules/prose/passive.js";
import { resume, ruleTester } from "../tester.js";

ruleTester(rule, {
  valid: [
    resume(["Built the deploy pipeline.", "Was promoted to staff engineer in 2021.", "Was hired as the first SRE; was named tech lead."]),
    { name: "code, links and skills are not prose", text: "# J\n\n## Experience\n\n### A — Engineer (2020–2022)\n- Shipped `was built` from https://x.example/was-broken and [docs](https://x.example/was-broken).\n\n## Skills\n\n- Tools were used daily\n" },
  ],
  invalid: [
    {
      text: resume(["The café platform was built by my team — 🚀."]),
      errors: [{ line: 6, column: 21, endColumn: 30, covers: "was built", severity: "info", message: "passive voice" }],
    },
    {
      name: "summary paragraphs are prose too",
      text: "# Jane\n\n## Summary\n\nMistakes were made early.\n",
      errors: [{ line: 5, column: 10, covers: "were made" }],
    },
  ],
});
