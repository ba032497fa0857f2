import rule from "../../../src/rules/prose/wordy.js";
import { resume, ruleTester } from "../tester.js";

ruleTester(rule, {
  valid: [
    resume(["Led the team to implement and monitor the new billing API.", "Cut costs 30%; however, kept SLAs."]),
  ],
  invalid: [
    {
      text: resume(["Rewrote the café API in order to utilize Kafka."]),
      errors: [
        { line: 6, column: 24, endColumn: 35, covers: "in order to", severity: "info", message: 'wordy; say it in fewer words ("to")', fixKinds: ["suggestion"], fixed: resume(["Rewrote the café API to utilize Kafka."]) },
        { line: 6, column: 36, endColumn: 43, covers: "utilize", fixed: resume(["Rewrote the café API in order to use Kafka."]) },
      ],
    },
  ],
});
