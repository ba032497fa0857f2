import rule from "../../../src/rules/prose/wordy.js";
import { resume, ruleTester } from "../tester.js";

ruleTester(rule, {
  valid: [
    resume(["Led the team to implement and monitor the new billing API.", "Cut costs 30%; however, kept SLAs."]),
    // Issue 26: only phrases a shorter one says the same as; "type of" names something, "facilitate" has no plain twin.
    { name: "phrases without a shorter twin", text: resume(["Hired for a new type of role; facilitated 12 retrospectives.", "Tracked utilization targets across 40 consultants."]) },
    { name: "narrative paragraphs of a year in review", kind: "promo", text: "# 2021 in review\n\n## Life\n\nI moved to Lisbon in order to be near family.\n" },
  ],
  invalid: [
    {
      text: resume(["Rewrote the café API in order to utilize Kafka."]),
      errors: [
        { line: 6, column: 24, endColumn: 35, covers: "in order to", severity: "info", message: 'wordy; say it in fewer words ("to")', fixKinds: ["suggestion"], fixed: resume(["Rewrote the café API to utilize Kafka."]) },
        { line: 6, column: 36, endColumn: 43, covers: "utilize", fixed: resume(["Rewrote the café API in order to use Kafka."]) },
      ],
    },
    {
      name: "a phrase with a plain twin, offered as the suggestion",
      text: resume(["Shipped the payroll release in a timely manner for 3 years."]),
      errors: [{ line: 6, column: 31, covers: "in a timely manner", message: '("on time")', fixed: resume(["Shipped the payroll release on time for 3 years."]) }],
    },
  ],
});
