import rule from "../../src/rules/weak-opener.js";
import { resume, ruleTester } from "./tester.js";

ruleTester(rule, {
  valid: [
    // Issue 26's draws (debatable for every judge): in a résumé told as prose, a paragraph's later sentences are its prose.
    {
      name: "a résumé told as prose: a weak phrase in a paragraph's later sentence is prose, not an opener",
      text: "# Jane Doe\n\n## Experience\n\n### Acme — CTO (2018–2022)\n\nI hired the first 8 engineers and set up the delivery process. I was part of the leadership team during a pivot.\n\n### Beta — Engineer (2014–2018)\n\nI built the billing service in Go. I worked on the search team for a year.\n",
    },
    // Issue 26's draws after-12 … after-21 (debatable or wrong 9 times in 11): a later sentence of an item that opens with what was done.
    { name: "a weak phrase opening a later sentence of an item that opens with a past-tense verb", text: resume(["Managed 4 teams and hired 9 engineers. Participation in quarterly planning.", "Refactored the billing app used by 300 shops. I worked on moving its database to Postgres."]) },
    resume(["Managed the billing team of 6.", "Led the migration; helped 3 teams adopt it."]),
    { name: "opener words later in a sentence", text: resume(["Drove the work on search; responsible for nothing else."]) },
    { name: "not an achievement section", text: "# Jane\n\n## Skills\n\n- Worked on Go\n" },
    {
      // Issue 26's judged draws after-8 … after-12: the role's scope line above its items is context (6 of 6 verdicts debatable).
      name: "a role's intro above its items states the scope: context, not an achievement",
      text: "# Jane Doe\n\n## Experience\n\n### Acme — VP of Engineering (2021–Present)\n\nResponsible for every internal system and the 40 engineers who run them.\n\n- Cut cloud cost 30% in a year.\n",
    },
    { name: "'Helped' that enables people is what the guidance asks for", text: resume(["Helped 5 engineers get promoted.", "Helped two new managers run their first calibration."]) },
  ],
  invalid: [
    {
      // Broken markup runs an item into the line above ("… CloudSQL. [- Responsible for …"): it is still an opener.
      name: "a weak opener right after a list marker inside an item is the run-in item's opener",
      text: resume(["Optimized the maps calls, cutting cost 20%. Integrated single sign-on. [- Responsible for the reviews site's roadmap."]),
      errors: [{ line: 6, column: 77, covers: "Responsible for" }],
    },
    {
      name: "a role told only in a paragraph: its opener is read",
      text: "# Jane Doe\n\n## Experience\n\n### Acme — VP of Engineering (2021–Present)\n\nResponsible for every internal system and the 40 engineers who run them.\n\n### Beta — Engineer (2016–2020)\n\n- Cut deploy time 30%.\n",
      errors: [{ line: 7, column: 1, endColumn: 16, covers: "Responsible for" }],
    },
    {
      name: "Responsible for + gerund → suggestion 'Managed …'",
      text: resume(["Responsible for managing the café team of 6."]),
      errors: [{ line: 6, column: 3, endColumn: 18, covers: "Responsible for", message: "describes a duty", severity: "warning", fixKinds: ["suggestion"], fixed: resume(["Managed the café team of 6."]) }],
    },
    {
      name: "two-word gerund: tasked with setting up",
      text: resume(["Tasked with setting up on-call for 4 teams."]),
      errors: [{ line: 6, column: 3, endColumn: 14, covers: "Tasked with", fixKinds: ["suggestion"], fixed: resume(["Set up on-call for 4 teams."]) }],
    },
    {
      name: "Helped / Worked on: no rewrite (it would claim more than the original)",
      text: resume(["Helped migrate 12 services — 🚀 fast.", "Worked on the search relevance project."]),
      errors: [
        { line: 6, column: 3, endColumn: 9, covers: "Helped", fixKinds: [] },
        { line: 7, column: 3, endColumn: 12, covers: "Worked on", fixKinds: [] },
      ],
    },
    {
      name: "promo: 'I was responsible for' keeps the pronoun",
      kind: "promo",
      text: "# Promo\n\n## Impact\n\n- I was responsible for running the incident review.\n",
      errors: [{ line: 5, column: 5, covers: "was responsible for", fixed: "# Promo\n\n## Impact\n\n- I ran the incident review.\n" }],
    },
    {
      name: "emphasis on the gerund: no rewrite (it would break the markup)",
      text: resume(["Responsible for **managing** the team."]),
      errors: [{ line: 6, column: 3, covers: "Responsible for", fixKinds: [] }],
    },
    {
      name: "after a **Label:** prefix",
      text: resume(["**Delivery:** Participated in quarterly planning."]),
      errors: [{ line: 6, column: 17, covers: "Participated in", fixKinds: [] }],
    },
  ],
});
