import rule from "../../src/rules/quantified-impact.js";
import { resume, ruleTester } from "./tester.js";

ruleTester(rule, {
  valid: [
    resume(["Reduced p99 latency from 800 ms to 200 ms.", "Grew the team from 4 to 11 engineers."]),
    { name: "figures of every shape", text: resume(["Cut cloud spend by $2M a year.", "Improved build speed 3x.", "Increased conversion 40%.", "Grew seven engineers into senior roles.", "Sped up deploys to 12 minutes.", "Halved the on-call load."]) },
    { name: "no impact claim", text: resume(["Led the platform team of 9.", "Ran the hiring loop."]) },
    { name: "'cut a release' is not an impact claim", text: resume(["Cut the 2.0 release branch and ran the launch with 3 teams.", "Hired 4 engineers."]) },
    { name: "not impact claims: scope, 'saved the launch'; a change of frequency is a figure", text: resume(["Increased my scope to include the mobile platform.", "Saved the Q4 launch by rescoping with product.", "Accelerated the release cadence from monthly to weekly.", "Hired 4 engineers in 2 months."]) },
    { name: "a figure in a sub-bullet counts", text: resume(["Reduced infrastructure cost:", "  - 35% on compute, $400k a year", "Hired 5 engineers."]) },
    { name: "skills and education are not achievements", text: "# Jane\n\n## Skills\n\n- Improved my Go\n\n## Education\n\n- Increased GPA\n" },
    { name: "a single bullet is not judged at role level", text: resume(["Led the team."]) },
  ],
  invalid: [
    {
      name: "impact verb without a figure: years, versions, 1:1s, IPv6 and O(n) are not figures",
      text: resume(["Improved reliability of the IPv6 gateway in 2021 with weekly 1:1s and an O(n) scheduler on Python 3.11.", "Hired 4 engineers.", "Shipped v2 to 30% of users."]),
      errors: [{ line: 6, column: 3, endColumn: 106, message: '"Improved" claims an impact', severity: "warning", fixKinds: ["snippet"], fixed: resume(["Improved reliability of the IPv6 gateway in 2021 with weekly 1:1s and an O(n) scheduler on Python 3.11, improving ${1:metric} by ${2:N}%.", "Hired 4 engineers.", "Shipped v2 to 30% of users."]) }],
    },
    {
      name: "role where fewer than half the bullets carry a figure (info on the title line)",
      text: resume(["Reduced churn for enterprise customers — café partners included.", "Led the hiring loop.", "Ran weekly 1:1s.", "Hired 3 engineers."]),
      errors: [
        { line: 5, column: 1, endColumn: 46, covers: "### Acme — Engineering Manager (2020–Present)", message: "1 of 4 bullets in this role carry a figure", severity: "info" },
        { line: 6, column: 3, endColumn: 67, message: '"Reduced" claims an impact', severity: "warning" },
      ],
    },
  ],
});
