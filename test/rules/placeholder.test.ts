import rule from "../../src/rules/placeholder.js";
import { resume, ruleTester } from "./tester.js";

ruleTester(rule, {
  valid: [
    resume(["Cut costs 40% for [Acme](https://acme.example).", "Led the [platform][p] team."]) + "\n[p]: https://example.com\n",
    { name: "task list boxes are not placeholders", text: "# Plan\n\n- [ ] write résumé\n- [x] update LinkedIn\n" },
    { name: "code and comments are ignored", text: "# Jane\n\nUse `TODO` markers and `${N}`.\n\n```\nTODO: XX\n```\n\n<!-- TODO fill in -->\n" },
    { name: "words containing TODO/XX and lowercase todo", text: "# Jane\n\n- Built TODOMVC and XXL-Job tooling; cleared the todo list.\n" },
    { name: "front matter is ignored", text: "---\ntitle: TODO\n---\n# Jane\n" },
    { name: "URLs, link targets, HTML tags and reference definitions are ignored", text: "# Jane\n\n- See https://example.com/TODO/XX and [notes](https://x.example/TBD) <span title=\"TODO\">ok</span>\n\n[r]: https://example.com/XXX\n" },
    { name: "'??' in prose and NN are not placeholders", text: "# Jane\n\n- Why?? Built NN models for 3 teams.\n" },
    { name: "compounds: TODO-list, XX-large", text: "# Jane\n\n- Ran the TODO-list cleanup; shipped XX-large sizes.\n" },
  ],
  invalid: [
    {
      name: "bracket, template and word placeholders (an error)",
      text: resume(["Cut churn by [X%] — saved ${N} a year.", "TODO: add the café metric; TBD"]),
      errors: [
        { line: 6, column: 16, endColumn: 20, covers: "[X%]", severity: "error", message: "Placeholder" },
        { line: 6, column: 29, endColumn: 33, covers: "${N}" },
        { line: 7, column: 3, endColumn: 7, covers: "TODO" },
        { line: 7, column: 30, endColumn: 33, covers: "TBD" },
      ],
    },
    {
      name: "XX shapes and named brackets, after an emoji",
      text: "# Jane 🚀\n\n- Grew revenue XX% to $XXM with [metric] impact ???\n",
      errors: [
        { line: 3, column: 16, endColumn: 19, covers: "XX%" },
        { line: 3, column: 23, endColumn: 27, covers: "$XXM" },
        { line: 3, column: 33, endColumn: 41, covers: "[metric]" },
        { line: 3, column: 49, endColumn: 52, covers: "???" },
      ],
    },
  ],
});
