import rule from "../../../src/rules/prose/weasel.js";
import { resume, ruleTester } from "../tester.js";

ruleTester(rule, {
  valid: [
    // Issue 26's draw after-32 (wrong or debatable for both judges): a colleague's work told in a year review.
    { name: "a year review's sentence about someone else's work ('Internally, Matt made several pipelines')", kind: "promo", text: "# 2021 in review\n\n## Thanks\n\n1. I am grateful for the team. Internally, Matt made several pipelines for the lab, and Ana ran the sequencing.\n" },
    resume(["Cut p99 latency 40%."]),
    { name: "'very' is left to prose/adverb (it offers the fix)", text: resume(["Led the migration, very fast, in 3 weeks."]) },
    // Issue 26: time idioms with "few" are a period, not a vague count.
    { name: "'a few friends': a plain count of people, not a hedge (judged draw after-6 #76)", text: resume(["Started a study group with a few friends to practise ML on public datasets.", "Hired 3 engineers."]) },
    // Issue 26's draw after-29 (debatable for both judges): a part of a set just told, not a count of its own.
    { name: "'several of which': a part of a set the sentence has told", text: resume(["Fixed bugs across the parser, several of which broke date handling.", "Hired 3 engineers."]) },
    { name: "time idioms with 'few'", text: resume(["Shipped the new onboarding flow in the first few months.", "Over the past few years, grew the team from 3 to 12."]) },
    { name: "a peer award's or prize's citation is not self-praise", text: resume(["Received the Bravo award for excellent first-year results.", "Won the team's peer award for being a team player."]) },
    // Issue 26's judged sample.
    { name: "'completely' says the scope", text: resume(["Completely rewrote the billing service in 3 months."]) },
    { name: "a hedge in the writer's own voice", text: resume(["Built soft-body cloth physics, which I found quite tricky and satisfying."]) },
    { name: "idioms with 'quite'", text: resume(["Travelled quite a bit to meet the London team."]) },
    // One finding per word: what vague-quantity excepts for an intensifier (its members named) is not handed on (held-out round 7).
    { name: "an intensifier whose members the sentence names", text: resume(["Tuned the archive tool for huge photo libraries (wedding shoots above all), with the desktop team.", "Hired 3 engineers."]) },
    // Draw after-19 (debatable for both judges): the employer's blurb, with an appositive, is not the writer's claim.
    { name: "a role's company blurb with an appositive ('Orbita, a spinout from Lumen, connects …')", text: resume(["Orbita, a spinout from Lumen, connects shops with various delivery firms.", "Cut p99 latency 40%."], "### Orbita — VP of Engineering (2016–2019)") },
    { name: "a count whose members are named", text: resume(["Built solutions across various industries, including finance, media and gaming.", "Wrote a library used by several open source projects (Tessel, Quillpad)."]) },
    // Draws after-9 and after-13 (wrong for every judge): a wish claims nothing that happened.
    { name: "a count in the writer's wish ('I hope it helps many others')", text: "# Jane\n\n## Summary\n\nI wrote a field guide to on-call, and I hope it helps many others.\n" },
    { name: "narrative paragraphs of a year in review", kind: "promo", text: "# 2021 in review\n\n## Life\n\nWe moved house, which was quite a lot of work, and met many neighbours.\n" },
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
      name: "in a summary, 'many' is a weasel word, in the first person too (a count is a claim)",
      text: "# Jane\n\n## Summary\n\nI have led many teams.\n",
      errors: [{ line: 5, column: 12, covers: "many" }],
    },
    {
      name: "an intensifier where the fact belongs",
      text: resume(["Achieved extremely low turnover in a team of 20."]),
      errors: [{ line: 6, column: 12, covers: "extremely" }],
    },
  ],
});
