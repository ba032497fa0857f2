import rule from "../../src/rules/tech-balance.js";
import { resume, ruleTester } from "./tester.js";

ruleTester(rule, {
  valid: [
    // Issue 26's draws after-25 and after-26 (debatable or wrong for all four judges): steering a product through an acquisition is delivery leadership.
    { name: "leading a transformation and managing a product through an acquisition are delivery leadership", text: "# Jane Doe\n\n## Experience\n\n### Acme — Director of Technology (2015–2019)\n- Led the transformation of the prototype into an enterprise feature set with SAML sign-in.\n- Moved the API to Kubernetes.\n- Managed the product through an acquisition.\n" },
    { name: "creating and leading a department is people leadership (issue 26's judged draw after-10)", text: "# Jane Doe\n\n## Experience\n\n### Pexwick — Head of IT (2008–2011)\n- Built the firm's automation system from scratch.\n- Created and led the IT department.\n" },
    resume(["Migrated 12 services to Kubernetes.", "Hired 6 engineers and ran weekly 1:1s."]),
    // Issue 26's judged draws after-14, after-18 (debatable 3 times): a promotion at one employer is one job seen twice.
    { name: "a senior manager's title whose earlier title at the same employer shows the technical side", text: "# Jane Doe\n\n## Experience\n\n### Acme\n\n**Senior Engineering Manager** (2023–Present)\n\n- Hired 6 engineers and ran weekly 1:1s.\n- Presented the plan to the board.\n\n**Engineering Manager** (2020–2023)\n\n- Designed the event-driven billing architecture.\n- Hired 4 engineers.\n" },

    { name: "communication counts as non-technical", text: resume(["Designed the event-driven billing architecture.", "Presented the RFC to 3 directors."]) },
    { name: "a single bullet is not judged", text: resume(["Built the ingestion pipeline."]) },
    // Issue 26's judged draw after-13 (g4-postikus, wrong): a project manager's role leads no engineering.
    { name: "a project manager's or product owner's role is asked no technical bullet", text: resume(["Ran quarterly planning for 3 business units.", "Hired and coached 4 content producers."], "### Beta Bank | Project Manager | 2017–2019") },
    // Issue 26: the balance is asked of lead roles only; an IC or intern role earlier in a manager's career needs none.
    { name: "an individual-contributor role is not held to it", text: resume(["Built the ingestion pipeline in Go, processing 2M events a day.", "Implemented caching in Redis — p99 down 40%."], "### Beta Inc | Senior Engineer | 2016–2020") },
    { name: "an architect's post on contract is individual work, not held to it (judged draws after-5, after-6)", text: resume(["Built the backend for the VR title on three headsets.", "Created the auto-scaling infrastructure and matchmaking."], "### Fourth Coffee — Senior Technical Architect (Contract) (2015 – 2017)") },
    { name: "an intern role is not held to it, even with 'lead' in a bullet's words", text: resume(["Wrote the lead-scoring service in Python.", "Added integration tests to the billing API."], "### Beta Inc — Software Engineering Intern (2015)") },
    { name: "'Member of Technical Staff' is not a staff-engineer title", text: resume(["Built the query planner in C++.", "Cut compile times 30% with precompiled headers."], "### Gamma — Member of Technical Staff (2012–2015)") },
  ],
  invalid: [
    {
      name: "a senior manager's role is still asked for technical work when the technical side is at another employer",
      text: "# Jane Doe\n\n## Experience\n\n### Acme — Senior Engineering Manager (2023–Present)\n\n- Hired 6 engineers and ran weekly 1:1s.\n- Presented the plan to the board.\n\n### Beta — Engineering Manager (2020–2023)\n\n- Designed the event-driven billing architecture.\n- Hired 4 engineers.\n",
      errors: [{ line: 5, column: 1, message: "No bullet in this role shows technical work" }],
    },
    {
      name: "a technical program manager's role is still asked for technical work",
      text: resume(["Ran quarterly planning for 3 business units.", "Hired and coached 4 content producers."], "### Beta Bank | Technical Program Manager | 2017–2019"),
      errors: [{ line: 5, column: 1, message: "No bullet in this role shows technical work" }],
    },
    {
      name: "a tech lead's role, all technical: snippet bullet for the people/delivery side",
      text: resume(["Built the ingestion pipeline in Go, processing 2M events a day.", "Implemented caching in Redis — p99 down 40%."], "### Beta Inc | Tech Lead | 2016–2020"),
      errors: [
        {
          line: 5,
          column: 1,
          endColumn: 37,
          covers: "### Beta Inc | Tech Lead | 2016–2020",
          message: "No bullet in this role shows communication, delivery or people leadership",
          severity: "warning",
          fixKinds: ["snippet"],
          fixed: resume(["Built the ingestion pipeline in Go, processing 2M events a day.", "Implemented caching in Redis — p99 down 40%.", "${1:Mentored} ${2:N engineers}, ${3:growing two into tech leads}"], "### Beta Inc | Tech Lead | 2016–2020"),
        },
      ],
    },
    {
      name: "a Senior Engineer title whose bullets show a lead role (led a team) is held to it",
      text: resume(["Led a team of 4 engineers through the reorg.", "Ran sprint planning and quarterly reviews with product."], "### Beta Inc | Senior Engineer | 2016–2020"),
      errors: [{ line: 5, column: 1, covers: "### Beta Inc | Senior Engineer | 2016–2020", message: "No bullet in this role shows technical work" }],
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
