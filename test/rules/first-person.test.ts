import rule from "../../src/rules/first-person.js";
import { resume, ruleTester } from "./tester.js";

ruleTester(rule, {
  valid: [
    // Issue 26's draw after-30 (debatable for both judges): an "I" in a relative clause of a line that opens with its verb.
    { name: "'I' in a relative clause ('the formats I built that …', 'a team I was the first engineer on')", text: resume(["Shipped the new ranking signals I built that doubled click-through.", "Grew Search Ranking, a team I was the first engineer on, to 6 engineers."]) },
    // Issue 26's draws after-15 … after-21 (debatable 7 times in 9): an item that leads into its sub-items says whose part they are.
    { name: "an item that leads into its own sub-items ('My work included:')", text: resume(["Fleet telemetry: trucks sent readings every minute. My work included:", "  - Rewrote the ingest job in Go, cutting lag 60%.", "  - Added alerts for stale readings."]) },
    // Issue 26's draws after-14 and after-20 (debatable for all three judges): "my" only dates the act.
    { name: "'in my first three months', 'during my tenure' date the act; the bullet opens with its verb", text: resume(["Ran two brown-bag talks in my first three months on the team.", "Hired ten engineers during my tenure."]) },
    resume(["Led the migration of 12 services to Kubernetes.", "Hired 6 engineers."]),
    { name: "the US is not 'us'", text: resume(["Expanded the product to US and EU customers, adding $2M ARR."]) },
    { name: "pronouns outside achievement sections (summary)", text: "# Jane\n\n## Summary\n\nI am an engineering manager; we build teams.\n\n## Experience\n\n### Acme — Engineering Manager (2020–Present)\n- Led 3 teams.\n" },
    { name: "skills section", text: "# Jane\n\n## Experience\n\n### Acme — Engineer (2020–Present)\n- Built X.\n\n## Skills\n\n- I know Go, my favourite\n" },
    { name: "promo packet: first person is expected", kind: "promo", text: "# Promo packet\n\n## Impact\n\n- I led the migration; we cut cost by 30%.\n" },
    { name: "words containing pronouns", text: resume(["Mentored Iman and Myra; improved uptime to 99.9%.", "Ran the ourobouros project, i.e. the rebuild."]) },
    { name: "not pronouns: I/O, Part I, World War I, MY (Malaysia), quoted and title-case titles", text: resume(["Cut disk I/O by 60%.", "Shipped Part I of the migration.", "Added World War I archive search.", "Launched in Malaysia (MY).", 'Hosted the "What I Learned" series.', "Started the Ask Me Anything series with 8 executives.", "Co-wrote the report *We Need to Talk About Logs*."]) },
    {
      // Issue 26's draws after-33 … after-36s (debatable for all six verdicts): a role paragraph whose only
      // first person is a possessive names whose team; there is no "I" to drop.
      name: "a role paragraph whose only first person is 'my' ('My team rebuilt …') is not reported",
      text: "# Jane Doe\n\n## Experience\n\n### Acme — Engineering Manager (2020–Present)\n\nMy team rebuilt the ledger service and moved 40 merchants onto it in one quarter.\n\n### Beta — Engineer (2016–2020)\n\n- Built the billing API.\n- Cut deploy time 30%.\n",
    },
    {
      name: "possessive 'our' and incidental 'we/us' credit the team: not first-person's",
      text: resume(["Cut hosting cost 40% by replacing our legacy billing system.", "Grew our platform team from 4 to 11 engineers.", "Built the release tooling that let us ship weekly.", "Ran the retros where we agreed on on-call rules."]),
    },
    { name: "a lone lower-case 'i' that is a conjunction (Polish, Croatian lines in a bilingual résumé)", text: resume(["Led the platform team of 12 engineers through the move to AWS, cutting hosting cost by 30% for the company.", "Built the release pipeline that ships 40 services a day, with the SRE and security teams.", "Kierowanie zespołem i rozwój usług w chmurze AWS.", "Razvoj i održavanje platforme za 12 timova."]) },
    { name: "'We <verb>' opening a bullet is we-not-me's (info), not first-person's", text: resume(["We shipped the new checkout flow in Q3.", "We're the team behind search."]) },
    {
      name: "a one-sentence lead-in ending with a colon frames the list: not a role paragraph",
      text: "# Jane Doe\n\n## Experience\n\n### Acme — Tech Lead (2019–2021)\n\nAs the tech lead I was responsible for:\n\n- Shipped the billing API in 6 weeks.\n- Hired 3 engineers.\n",
    },
    {
      // Issue 26's judged draws after-8 … after-12: first person in a role's intro above its items was
      // called context or a mild style point, debatable in all 20 verdicts.
      name: "a role's intro above its list items is context, not a role paragraph",
      text: "# Jane Doe\n\n## Experience\n\n### Acme — Tech Lead (2019–2021)\n\nI rebuilt the payments team after the 2019 reorg. Highlights:\n\n- Shipped the billing API in 6 weeks.\n\n### Beta — Engineer (2016–2019)\n\nI joined to build the billing API, my first service in Go.\n\n- Cut deploy time 30%.\n",
    },
    {
      // Issue 26's draws after-12 … after-20: a paragraph between a role's lists, telling its turn, was
      // debatable for all ten judges ("a narrative bridge explaining a change of role").
      name: "a role paragraph between the role's list items tells its turn, not an achievement",
      text: "# Jane Doe\n\n## Experience\n\n### Acme — Head of Engineering (2018–2023)\n\n- Hired the first 6 engineers and shipped the MVP in 5 months.\n- Grew the team to 3 squads.\n\nIn 2021 the company's needs changed and I moved into a staff role. I hired my successor.\n\n- Owned the platform roadmap, cutting lead time 40%.\n- Mentored 4 engineers to senior.\n",
    },
    {
      name: "a lead-in of two sentences ending with a colon above more items is context too",
      text: "# Jane Doe\n\n## Experience\n\n### Acme — Engineer (2019–2021)\n\n- Shipped the billing API in 6 weeks.\n\nI then moved to the billing squad. What I did there:\n\n- Built a bounce analyzer for 2M emails a day.\n",
    },
    {
      name: "the employer's description above the role's list items is context, not a role paragraph",
      text: "# Jane Doe\n\n## Experience\n\n### Lumen Freight — Senior Engineer (2018–2020)\n\nLumen Freight is a logistics marketplace for small carriers. I was part of the team behind its routing engine.\n\n- Cut routing cost 20% with a new solver.\n- Shipped live tracking to 4,000 carriers.\n",
    },
    {
      name: "a paragraph that says what a named product is, in a role told in list items, is context",
      text: "# Jane Doe\n\n## Experience\n\n### Acme — Staff Engineer (2019–2023)\n\n- Moved 40 stream jobs to Kubernetes with the platform team.\n\nKestrel is an open-source stream processor built at Acme. Unlike batch tools it keeps no state, which is why I chose it for alerting.\n",
    },
    {
      // Issue 26's judged draws after-8 and after-9: first person in a narrative CV was debatable or wrong 8 times of 8.
      name: "a résumé told as prose (more than half of its roles' achievements are paragraphs): its first person is its voice",
      text: "# Jane Doe\n\n## Experience\n\n### Acme — Engineering Manager (2020–Present)\n\nI joined to rebuild the payments team and hired 6 engineers.\n\n### Beta — Engineer (2016–2020)\n\nI built the billing API, my first service in Go.\n\n- Cut deploy time 30%.\n",
    },
    {
      name: "a paragraph whose first person only reflects ('In my opinion', 'I learned') is a view, not a claim",
      text: "# Jane Doe\n\n## Experience\n\n### Acme — Staff Engineer (2019–2023)\n\nIn my opinion, Kestrel suits operational data better than batch tools do.\n\nIt was a demanding year, but I learned a ton about running a small startup.\n",
    },
  ],
  invalid: [
    {
      // The opening phrase without its comma: the "I" is the sentence's subject, not a relative clause's.
      name: "'I' after an opening phrase with no comma ('At Acme I led …') is still reported",
      text: resume(["At Northwind I led the move to Kafka for 40 services."]),
      errors: [{ line: 6, column: 16, covers: "I", message: 'drop "I"' }],
    },
    {
      // Held-out round 17: an adverb opening the sentence, not a noun a relative clause qualifies.
      name: "'I' after an opening adverb ('Lately I …') is still reported",
      text: resume(["Lately I ran the hiring loop for 3 teams."]),
      errors: [{ line: 6, column: 10, covers: "I", message: 'drop "I"' }],
    },
    {
      // Issue 26's draw after-29 (debatable for both judges): with only "my", there is no "I" to drop.
      name: "only a possessive 'my': the advice is to leave the writer out, not to drop 'I'",
      text: resume(["Coached 5 new leads, with patience as my main tool."]),
      errors: [{ line: 6, column: 41, covers: "my", message: 'résumé bullets leave the writer out ("the team", "the main tools", not "my team", "my tools").' }],
    },
    {
      name: "a sloppy lower-case 'i' before an English verb is still the pronoun",
      text: resume(["Cut build time 40%; i led the move to Bazel."]),
      errors: [{ line: 6, column: 23, endColumn: 24, covers: "i" }],
    },
    {
      name: "leading I is dropped and the verb capitalised",
      text: resume(["I led the migration of 12 services."]),
      errors: [{ line: 6, column: 3, endLine: 6, endColumn: 4, covers: "I", message: 'drop "I"', severity: "warning", fixKinds: ["fix"] }],
      output: resume(["Led the migration of 12 services."]),
    },
    {
      name: "leading I after a label; 'my' later in the bullet is not a second finding",
      text: resume(["**Leadership:** I grew my team from 4 to 11 engineers."]),
      errors: [{ line: 6, column: 19, endColumn: 20, covers: "I", message: "2 first-person words in this bullet", fixKinds: ["fix"] }],
      output: resume(["**Leadership:** Grew my team from 4 to 11 engineers."]),
    },
    {
      name: "non-ASCII: é, em dash and emoji before the pronoun keep UTF-16 columns",
      text: resume(["Café 🚀 rollout — my team shipped it in 3 weeks."]),
      errors: [{ line: 6, column: 21, endColumn: 23, covers: "my", fixKinds: [] }],
    },
    {
      name: "a second sentence starting with I is fixed too",
      text: resume(["Shipped the billing API in 6 weeks. I also wrote the runbook."]),
      errors: [{ line: 6, column: 39, endColumn: 40, covers: "I", fixKinds: ["fix"] }],
      output: resume(["Shipped the billing API in 6 weeks. Also wrote the runbook."]),
    },
    {
      name: "never two findings on one line: 'my' first, then two sentence-opening I's; one fix drops both",
      text: resume(["Took over my first team of 5. I hired 3 engineers. I ran the planning myself."]),
      errors: [{ line: 6, column: 13, endColumn: 15, covers: "my", message: "4 first-person words in this bullet", fixKinds: ["fix"] }],
      output: resume(["Took over my first team of 5. Hired 3 engineers. Ran the planning myself."]),
    },
    {
      name: "a role told as a first-person paragraph, in a résumé whose other roles are listed: one finding for the paragraph",
      text: "# Jane Doe\n\n## Experience\n\n### Acme — Engineering Manager (2020–Present)\n\nI joined to rebuild the payments team. I hired 6 engineers, and my team shipped the new checkout in 5 months.\n\n### Beta — Engineer (2016–2020)\n\n- Built the billing API.\n- Cut deploy time 30%.\n",
      errors: [{ line: 7, column: 1, endColumn: 2, covers: "I", message: "in this paragraph" }],
      output: "# Jane Doe\n\n## Experience\n\n### Acme — Engineering Manager (2020–Present)\n\nJoined to rebuild the payments team. Hired 6 engineers, and my team shipped the new checkout in 5 months.\n\n### Beta — Engineer (2016–2020)\n\n- Built the billing API.\n- Cut deploy time 30%.\n",
    },
    {
      // Issue 26's judged draws after-8 … after-15: one finding per first-person role paragraph judged right 2 times in 12.
      name: "two roles told as first-person paragraphs among listed roles: one finding, on the first, that counts the other",
      text: "# Jane Doe\n\n## Experience\n\n### Acme — Engineering Manager (2020–Present)\n\nI joined to rebuild the payments team and hired 6 engineers.\n\n### Beta — Tech Lead (2018–2020)\n\nI led the move to event sourcing for the ledger.\n\n### Gamma — Engineer (2016–2018)\n\n- Built the billing API.\n- Cut deploy time 30%.\n- Wrote the on-call runbooks.\n",
      errors: [{ line: 7, column: 1, endColumn: 2, covers: "I", message: '1 more role paragraph speaks as "I" too' }],
      output: "# Jane Doe\n\n## Experience\n\n### Acme — Engineering Manager (2020–Present)\n\nJoined to rebuild the payments team and hired 6 engineers.\n\n### Beta — Tech Lead (2018–2020)\n\nI led the move to event sourcing for the ledger.\n\n### Gamma — Engineer (2016–2018)\n\n- Built the billing API.\n- Cut deploy time 30%.\n- Wrote the on-call runbooks.\n",
    },
    {
      name: "bullet glyph lines (•) under a role",
      text: "# Jane\n\n## Experience\n\n**Engineering Manager** @ Acme _(2019–2022)_\n\n• I hired 5 engineers\n• Cut costs 20%\n",
      errors: [{ line: 7, column: 3, endColumn: 4, covers: "I" }],
      output: "# Jane\n\n## Experience\n\n**Engineering Manager** @ Acme _(2019–2022)_\n\n• Hired 5 engineers\n• Cut costs 20%\n",
    },
    {
      name: "a role told only in paragraphs: the employer's description with the author's part is a role paragraph",
      text: "# Jane Doe\n\n## Experience\n\n### Lumen Freight — Senior Engineer (2018–2020)\n\nLumen Freight is a logistics marketplace. I rebuilt its routing engine and cut routing cost by 20%.\n\n### Beta — Engineer (2016–2020)\n\n- Built the billing API.\n- Cut deploy time 30%.\n",
      errors: [{ line: 7, column: 43, endColumn: 44, covers: "I", fixKinds: ["fix"] }],
      output: "# Jane Doe\n\n## Experience\n\n### Lumen Freight — Senior Engineer (2018–2020)\n\nLumen Freight is a logistics marketplace. Rebuilt its routing engine and cut routing cost by 20%.\n\n### Beta — Engineer (2016–2020)\n\n- Built the billing API.\n- Cut deploy time 30%.\n",
    },
    {
      name: "a paragraph inside a timeline list item tells that item's role, even when it opens with the employer",
      text: "# Jane Doe\n\n## Experience\n\n* Mar 2021 - Feb 2023 &mdash; Senior Engineer at Lumen Freight &mdash; Go, Postgres\n\n  Lumen Freight is a logistics marketplace for small carriers. I rebuilt its routing engine.\n\n  - Cut routing cost 20% with a new solver.\n\n### Beta — Engineer (2016–2020)\n\n- Built the billing API.\n- Cut deploy time 30%.\n",
      errors: [{ line: 7, column: 64, endColumn: 65, covers: "I", fixKinds: ["fix"] }],
      output: "# Jane Doe\n\n## Experience\n\n* Mar 2021 - Feb 2023 &mdash; Senior Engineer at Lumen Freight &mdash; Go, Postgres\n\n  Lumen Freight is a logistics marketplace for small carriers. Rebuilt its routing engine.\n\n  - Cut routing cost 20% with a new solver.\n\n### Beta — Engineer (2016–2020)\n\n- Built the billing API.\n- Cut deploy time 30%.\n",
    },
    {
      // Was "still speaks as I" (a two-sentence lead-in was flagged): issue 26's judges called first
      // person in a role's intro above its items context, debatable every time (20 verdicts, after-8 … after-12).
      name: "a paragraph after the role's items that does not lead into more items still speaks as I",
      text: "# Jane Doe\n\n## Experience\n\n### Acme — Tech Lead (2019–2021)\n\n- Shipped the billing API in 6 weeks.\n\nI rebuilt the payments team after the 2019 reorg.\n",
      errors: [{ line: 9, column: 1, endColumn: 2, covers: "I", fixKinds: ["fix"] }],
      output: "# Jane Doe\n\n## Experience\n\n### Acme — Tech Lead (2019–2021)\n\n- Shipped the billing API in 6 weeks.\n\nRebuilt the payments team after the 2019 reorg.\n",
    },
    {
      name: "a reflecting paragraph that also tells an act of the author's still speaks as I",
      text: "# Jane Doe\n\n## Experience\n\n### Acme — Staff Engineer (2019–2023)\n\nI rebuilt the alerting pipeline, and I learned a ton about Kafka.\n\n### Beta — Engineer (2016–2020)\n\n- Built the billing API.\n- Cut deploy time 30%.\n",
      errors: [{ line: 7, column: 1, endColumn: 2, covers: "I", fixKinds: ["fix"] }],
      output: "# Jane Doe\n\n## Experience\n\n### Acme — Staff Engineer (2019–2023)\n\nRebuilt the alerting pipeline, and I learned a ton about Kafka.\n\n### Beta — Engineer (2016–2020)\n\n- Built the billing API.\n- Cut deploy time 30%.\n",
    },
    {
      name: "I'm is reported but not dropped",
      text: resume(["I'm the owner of the payments platform (99.95% uptime)."]),
      errors: [{ line: 6, column: 3, endColumn: 6, covers: "I'm", fixKinds: [] }],
    },
    {
      name: "'me' and 'myself' speak as I too",
      text: resume(["Asked by the CTO to lead the rewrite, which taught me Rust.", "Set up the on-call rotation myself for 4 teams."]),
      errors: [
        { line: 6, column: 54, covers: "me", fixKinds: [] },
        { line: 7, column: 31, covers: "myself" },
      ],
    },
  ],
});
