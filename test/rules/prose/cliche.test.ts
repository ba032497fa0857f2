import rule from "../../../src/rules/prose/cliche.js";
import { resume, ruleTester } from "../tester.js";

ruleTester(rule, {
  valid: [
    // Issue 26's draw after-25 (wrong for both judges): the label of an item that explains a design names a property.
    { name: "an item's label under a lead-in that says how a system works names what it explains", text: resume(["Built the stream engine in 8 months for 40 teams. It achieves this by leveraging two properties:", "  - **Needle in a haystack**: most operational data is noise.", "  - **Low latency**: results in 2 s."]) },
    // Issue 26: a year in review's story is the writer's voice, not a pitch.
    { name: "narrative paragraphs of a year in review", kind: "promo", text: "# 2021 in review\n\n## Streaming\n\nTime and time again I have seen streams fade out, and we never got over the hump.\n" },
    resume(["Became the go-to person for Kafka across 4 teams."]),
    // Issue 26's draw after-29 (debatable for both judges): the effort a result took, told as time spent.
    { name: "'years of hard work' is the time a result took, not a trait", text: resume(["After two years of hard work, we moved the billing jobs to Kubernetes with no downtime."]) },
  ],
  invalid: [
    {
      name: "the label of the writer's own item is still theirs",
      text: resume(["**Team player**: helped 4 squads ship.", "Cut p99 40%."]),
      errors: [{ line: 6, column: 5, covers: "Team player" }],
    },
    {
      // Issue 26's draws after-8 … after-12: a tongue-in-cheek series title is no self-description; the sincere use is.
      name: "a cliché inside quotation marks is a name; the same words outside them are the writer's",
      text: resume(['Started "The Accidental Thought Leader", a newsletter on on-call; growing it as a thought leader in reliability.']),
      errors: [{ line: 6, column: 85, covers: "thought leader" }],
    },
    {
      name: "résumé clichés (write-good's list knows none)",
      text: "# Jane\n\n## Summary\n\nA results-driven team player — 🚀 who thinks outside the box.\n",
      errors: [
        { line: 5, column: 3, endColumn: 17, covers: "results-driven", severity: "info", message: "cliché" },
        { line: 5, column: 18, endColumn: 29, covers: "team player" },
        { line: 5, column: 39, endColumn: 61, covers: "thinks outside the box" },
      ],
    },
    {
      name: "write-good's own list",
      text: resume(["Shipped it quick as lightning."]),
      errors: [{ line: 6, column: 14, covers: "quick as lightning" }],
    },
  ],
});
