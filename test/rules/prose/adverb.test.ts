import rule from "../../../src/rules/prose/adverb.js";
import { resume, ruleTester } from "../tester.js";

ruleTester(rule, {
  valid: [
    resume(["Ran quarterly planning and weekly 1:1s.", "Shipped early; only 2 incidents.", "Worked closely with product managers."]),
    // Issue 26: only filler adverbs; frequency, manner and technical adverbs carry the meaning.
    { name: "frequency adverbs that carry meaning", text: resume(["Regularly unblocked 4 teams on cross-service releases.", "Consistently hit the quarterly targets; frequently paired with new hires."]) },
    { name: "technical compounds", text: resume(["Split the monolith into loosely coupled services.", "Made the ledger highly available and eventually consistent, with 99.99% uptime."]) },
    { name: "adverbs that say how, when or what (write-good's list, not filler)", text: resume(["Quickly rolled back the release; finally fixed the flaky suite.", "Immediately paged the on-call; handled incidents calmly."]) },
    { name: "nouns write-good reads as adverbs", text: resume(["Moved things like billing and auth to the new platform."]) },
    { name: "'very' in an idiom of position or quantity", text: resume(["Designed the architecture from the very beginning."]) },
    { name: "after a verb, 'successfully' says it worked", text: resume(["Built the sync service, running successfully in production for 2 years."]) },
    { name: "an intensifier in a sentence in the writer's own voice", kind: "promo", text: "# Brag document\n\n## Wins\n\n- Built the front-end tool chain, and I really enjoyed it.\n" },
    { name: "narrative paragraphs of a year in review", kind: "promo", text: "# 2020 in review\n\n## Life\n\nIt was a very strange year.\n" },
  ],
  invalid: [
    {
      name: "each filler → a suggestion that drops it",
      text: resume(["Built a very fast café search — 🚀 really."]),
      errors: [
        { line: 6, column: 11, endColumn: 15, covers: "very", severity: "info", message: "adds nothing the claim does not already say", fixKinds: ["suggestion"], fixed: resume(["Built a fast café search — 🚀 really."]) },
        { line: 6, column: 38, endColumn: 44, covers: "really", fixKinds: ["suggestion"] },
      ],
    },
    {
      name: "claim padding",
      text: resume(["Successfully led the release of 3 mobile apps."]),
      errors: [{ line: 6, column: 3, covers: "Successfully", fixed: resume(["Led the release of 3 mobile apps."]) }],
    },
    {
      name: "capitalised Very passes its capital on",
      text: "# Jane\n\n## Summary\n\nVery good at hiring.\n",
      errors: [{ line: 5, column: 1, covers: "Very", fixed: "# Jane\n\n## Summary\n\nGood at hiring.\n" }],
    },
  ],
});
