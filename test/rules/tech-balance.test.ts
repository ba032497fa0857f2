import rule from "../../src/rules/tech-balance.js";
import { resume, ruleTester } from "./tester.js";

ruleTester(rule, {
  valid: [
    resume(["Migrated 12 services to Kubernetes.", "Hired 6 engineers and ran weekly 1:1s."]),
    { name: "communication counts as non-technical", text: resume(["Designed the event-driven billing architecture.", "Presented the RFC to 3 directors."]) },
    { name: "a single bullet is not judged", text: resume(["Built the ingestion pipeline."]) },
  ],
  invalid: [
    {
      name: "all technical: snippet bullet for the people/delivery side",
      text: resume(["Built the ingestion pipeline in Go, processing 2M events a day.", "Implemented caching in Redis — p99 down 40%."], "### Beta Inc | Senior Engineer | 2016–2020"),
      errors: [
        {
          line: 5,
          column: 1,
          endColumn: 43,
          covers: "### Beta Inc | Senior Engineer | 2016–2020",
          message: "No bullet in this role shows communication, delivery or people leadership",
          severity: "warning",
          fixKinds: ["snippet"],
          fixed: resume(["Built the ingestion pipeline in Go, processing 2M events a day.", "Implemented caching in Redis — p99 down 40%.", "${1:Mentored} ${2:N engineers}, ${3:growing two into tech leads}"], "### Beta Inc | Senior Engineer | 2016–2020"),
        },
      ],
    },
    {
      name: "no technical bullet; numbered list marker continues",
      text: "# Jane\n\n## Experience\n\n### Acme — Engineering Manager (2020–Present)\n1. Hired 6 engineers.\n2. Ran quarterly planning with 4 teams.\n",
      errors: [
        {
          line: 5,
          column: 1,
          message: "No bullet in this role shows technical work",
          fixed: "# Jane\n\n## Experience\n\n### Acme — Engineering Manager (2020–Present)\n1. Hired 6 engineers.\n2. Ran quarterly planning with 4 teams.\n3. ${1:Designed} ${2:the system or architecture}, ${3:cutting latency by N%}\n",
        },
      ],
    },
  ],
});
