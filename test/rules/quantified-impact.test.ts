import assert from "node:assert/strict";
import rule from "../../src/rules/quantified-impact.js";
import { findFigures, hasFigure } from "../../src/rules/lib/figures.js";
import { resume, ruleTester } from "./tester.js";

ruleTester(rule, {
  valid: [
    // Issue 26's draws after-30 and after-31 (wrong for all four verdicts): a dispute won is no outcome to size, nor an award.
    { name: "'won an argument with a coworker' is no claim and no recognition", text: resume(["Won a code argument with a coworker about naming.", "Cut build time 40%.", "Hired 4 engineers in 2 months."]) },
    // "published" claims only as the opening verb: elsewhere an attribute or a relative clause (held-out rounds 1, 9, 14, 16).
    { name: "'published' as an attribute or in a relative clause is no claim", text: resume(["Built a tool that scrapes published ad data for 40 clients nightly.", "Wrote up the queue design in the paper we published at a 2019 workshop, cited 30 times.", "Hired 4 engineers."]) },
    // Issue 26's draws after-24 and after-27 (wrong for three judges of four): items that explain a design are no bullets to count.
    { name: "a role's share leaves out items that explain how a system works", text: "# Jane Doe\n\n## Experience\n\n### Acme — Staff Engineer (2020–Present)\n\n- Built the stream engine, cutting ingest cost 60%.\n- Moved 40 teams onto it in 6 months.\n\nThe engine handles operational data with low latency.\nIt achieves this by leveraging these properties of that data:\n\n- **Noise**: most operational data is never read.\n- **Decay**: data loses value within minutes.\n- **Locality**: most queries touch one service.\n- **Bursts**: load comes in spikes.\n" },
    // Issue 26's draws after-15 … after-23b (right for 1 judge of 5): an adoption just begun has no reach to give yet.
    { name: "a change just begun, with a plan to spread it", text: resume(["Drove Rust adoption, starting with the shared parser library, with a plan to spread to the team.", "Cut p99 40%."]) },
    // Issue 26's draws (wrong or debatable for all 11 judges): the role's own team, its size in another bullet.
    { name: "'Built and led the engineering team' where another bullet of the role gives its size", text: resume(["Gave regular feedback to a team of 12 engineers building the ledger service.", "Built and led the engineering team through hiring and coaching.", "Cut p99 40%."]) },
    // Issue 26's draw after-18 (wrong for both judges): an item that explains how a technique works claims nothing.
    { name: "an item that explains how a design works ('This technique involves …, allowing …')", text: resume(["Built the merge queue, cutting broken builds from 50% to 0%.", "**Speculation**: This technique involves predicting check outcomes before they run, allowing us to run checks in parallel.", "**Conflicts**: The approach uses the build graph to find changes that touch the same targets."]) },
    // Issue 26's draw after-26 and the dev labels: "lifted people to new levels" is a figure of speech, not a metric.
    { name: "lifting people is growing them, not a metric to size", text: resume(["Ran the mentoring circle that lifted people to new levels.", "Cut p99 40%.", "Hired 4 engineers."]) },
    // Issue 26's draws (debatable or wrong 5 times in 5): a reputation is no distinction whose selectivity can be given.
    { name: "'Recognized as a leader who …' is a reputation, not an award", text: resume(["**Mentorship**: Recognized as a leader who grows interns into architects.", "Recognized as go-to expert for the payments domain.", "Cut p99 40%.", "Hired 4 engineers."]) },
    // Issue 26's draw after-25 (wrong for both judges): "the new consolidated channels" describes the channels.
    { name: "a participle after 'new' is an attribute ('the new consolidated paging channels')", text: resume(["Wired the alert bot into the new consolidated paging channels.", "Cut p99 40%."]) },
    // Issue 26's draws: a review rating (wrong for all five judges) and a past perfect that sets the scene (wrong for all eight).
    { name: "a review rating is no outcome to size", text: resume(["Exceeded expectations in the annual review and got a raise.", "Cut p99 40%."]) },
    { name: "a past perfect sets the scene: 'we had recently shipped version 1.0'", text: resume(["Joined the billing team soon after we had recently shipped version 1.0 of the portal.", "Cut p99 40%."]) },
    { name: "the result of a change made easier, with its figure", text: resume(["Rebuilt the test harness, making releases faster: from 2 days to 3 hours."]) },
    // Held-out round 12: a list of certifications read as five outcome claims.
    { name: "a certification or credential achieved claims no outcome to size", text: resume(["Achieved the Kubernetes administrator and security specialist certifications.", "Achieved AWS Solutions Architect certification.", "Cut p99 40%.", "Hired 4 engineers."]) },
    resume(["Reduced p99 latency from 800 ms to 200 ms.", "Grew the team from 4 to 11 engineers."]),
    { name: "figures of every shape", text: resume(["Cut cloud spend by $2M a year.", "Improved build speed 3x.", "Increased conversion 40%.", "Grew seven engineers into senior roles.", "Sped up deploys to 12 minutes.", "Halved the on-call load."]) },
    { name: "number words, multipliers and before → after are figures", text: resume(["Grew the platform group to thirty engineers.", "Launched a dozen internal tools for the support team.", "Doubled checkout throughput after the rewrite.", "Quadrupled weekly active users of the admin app.", "Shipped releases monthly → weekly.", "Cut the nightly batch from 2 hours to 10 minutes.", "Moved incident reviews from monthly to weekly.", "Reduced review wait from days to hours."]) },
    { name: "no impact claim", text: resume(["Led the platform team of 9.", "Ran the hiring loop."]) },
    // Held-out round 6: a result verb whose agent is other people describes a noun; a one-sentence
    // description of a named product is not the writer's claim.
    { name: "'proposals raised by the team': a participle with other people as its agent", text: resume(["Reviewed proposals raised by the team.", "Reviewed layouts improved by the design team.", "Cut p99 latency 40%.", "Hired 4 engineers."]) },
    // Issue 26's judged draws after-8 … after-12: "expanded"/"expanding" as a claim judged right 0 times in 5
    // (it names what was added, not a magnitude).
    { name: "an expansion names what was added: no 'how much' asked", text: resume(["Expanded the practice into B2B commerce and automation.", "Built a flow ingestion feature, expanding the platform with network analysis.", "Cut p99 latency 40%.", "Hired 4 engineers."]) },
    { name: "a one-sentence description of a named product under the role", text: resume(["Tempo is a booking platform used by salons worldwide.", "Cut p99 latency 40%.", "Hired 4 engineers."]) },
    // One bullet per document: a role of one bullet is not judged for its share of figures.
    ...["Managed a team of 5 engineers.", "Built dashboards to improve on-call visibility.", "Wrote runbooks in order to reduce pager noise.", "Added retries to ensure reliable delivery.", "Growing and mentoring a team of engineers.", "Manage infrastructure used by the sales org.", "Introduced contract tests for improved API stability.", "Created a positive team culture with weekly demos.", "Led cloud migration engagements for large clients."].map((b) => ({ name: `a plain duty or a purpose clause is not a claim: ${b}`, text: resume([b]) })),
    { name: "'cut a release' is not an impact claim", text: resume(["Cut the 2.0 release branch and ran the launch with 3 teams.", "Hired 4 engineers."]) },
    ...["Increased my scope to include the mobile platform.", "Saved the Q4 launch by rescoping with product.", "Accelerated the release cadence from monthly to weekly.", "Delivered a talk on incident reviews at the company offsite.", "Delivered a demo of the routing prototype at the all-hands.", "Hired 4 engineers in 2 months.", "Measurable reduction in on-call pages: 40% fewer after the rewrite.", "Ran the launch review, finding and listing open risks for the release.", "Built a metrics pipeline to help the support team reduce escalations.", "Improved my skills in Go and Terraform."].map((b) => ({ name: `not an impact claim, or a figure given: ${b}`, text: resume([b]) })),
    { name: "a figure in a sub-bullet counts", text: resume(["Reduced infrastructure cost:", "  - 35% on compute, $400k a year", "Hired 5 engineers."]) },
    // Issue 26's judged draws after-11 and after-16: a show "saved" for later, under a year review's Personal part, judged wrong twice.
    { name: "a year review's subsection under a Personal heading is not a claim", kind: "promo", text: "# 2024 in review\n\n## Work\n\n- Cut deploy time 40%.\n\n## Personal\n\n### New to me this year\n\n#### A quiz show\n\n- Saved the whole series for the holidays.\n" },
    // Draw after-17 (both judges: wrong) and the development corpus's labels: an adjective in a list after "including".
    { name: "'including X and optimized Y': an item of a list of examples, not a claim", text: resume(["Wrote a geometry library including matrix helpers and optimized memory layouts.", "Cut p99 latency 40%."]) },
    // Draw after-17: a quoted testimonial under an item is someone else's words, not a bullet of the role's share (1 of 2, not 1 of 3).
    { name: "a testimonial after a bold label is not counted in the role's share either", text: "# Jane Doe\n\n## Experience\n\n### Acme — Engineering Manager (2019–Present)\n- Grew the team to 9 engineers.\n  - **From the client:** \u201cJane kept the whole rollout calm and on time.\u201d\n- Ran the hiring loop.\n" },
    { name: "a testimonial item is not counted in the role's share", text: "# Jane Doe\n\n## Experience\n\n### Acme — Engineering Manager (2019–Present)\n- Grew the team to 9 engineers.\n  - *Client note*: \"Jane kept the whole rollout calm and on time.\"\n- Ran the hiring loop.\n" },
    // Draws after-16 and after-17 (wrong for three judges): "resolved" in its technical sense.
    { name: "'resolved supplier URLs': a lookup, not an outcome", text: resume(["Wrote a crawler that resolved supplier URLs and hostnames from shop names.", "Cut p99 latency 40%."]) },
    // Held-out round 10: work that came in is no recognition.
    { name: "'Received support escalations': work that came in, not an award", text: resume(["Received support escalations from the field team.", "Cut p99 latency 40%."]) },
    // Held-out round 27 (tuned on): a job told as a paragraph whose second sentence lists the work ("Work includes
    // writing…, optimizing…") read "optimizing" as a result clause; and "switched to help another team" is a move.
    { name: "'Work includes writing X, optimizing Y': a list of the work, not a result", text: resume(["Worked on the billing backend of the retail side, which serves several countries. Work includes writing new modules, optimizing old code and connecting partner systems.", "Cut p99 latency 40%."]) },
    { name: "'switched to help another team': a move, not a change made", text: resume(["Later switched to help another team build an event store on Kafka.", "Switched teams to work on the search backend.", "Cut p99 latency 40%.", "Hired 4 engineers in 2 months.", "Moved 30 services to the new mesh."]) },
    { name: "skills and education are not achievements", text: "# Jane\n\n## Skills\n\n- Improved my Go\n\n## Education\n\n- Increased GPA\n" },
    { name: "a single bullet is not judged at role level", text: resume(["Led the team."]) },
    { name: "'the app delivered by my squad' names the product, it claims no outcome (issue 26's judged draw)", text: resume(["Owned the quality of the app delivered by my squad.", "Hired 4 engineers."]) },
    ...["Built the new Lua VM (faster interpreter, optimized memory allocator, improved garbage collection).", "Wrote a binary format optimized for fast load times.", "Partner with compliance to turn requirements into tools delivered on steady schedules.", "Prototyped cutting-edge voice features.", "Reached Staff Engineer, the highest IC level achieved."].map((b) => ({ name: `a result word used as an adjective (in parentheses, a compound, or a participle after a noun) is not a claim (held-out real documents): ${b}`, text: resume([b]) })),
    ...["Have become the go-to person for questions about the billing system.", "Wrote a setup script that cut laptop setup from a couple of days to minutes."].map((b) => ({ name: `a person's standing is no adoption claim; a before → after with 'a couple of' is a figure (held-out real document): ${b}`, text: resume([b]) })),
    ...["Develops the ingest DSL, enhancing analyst efficiency.", "Integrated the warehouse for enhanced efficiency.", "Promoted and implemented code review standards.", "Passed the AWS Solutions Architect exam.", "Received the Gold Star award as one of 4 engineers of 600.", "Elected chair of a 300-member user group."].map((b) => ({ name: `a duty told in the third person, a purpose, 'promoted' as 'advocated', an exam, or a recognition with its scale: ${b}`, text: resume([b]) })),
  ],
  invalid: [
    {
      // Issue 26's draws after-30 … after-33 (debatable for all six verdicts, "the message misdescribes what is
      // wrong"): a duty in the present tense is asked for a result, not told it claims one.
      name: "a present-tense duty with a result verb: the message says it is a duty with no result",
      text: resume(["Improve access control of the internal build tools.", "Define and improve the release process.", "Improved access control of the build tools.", "Hired 4 engineers.", "Cut p99 40%.", "Cut build time 50%."]),
      errors: [
        { line: 6, column: 3, message: '"Improve" sits in a duty (what the job is), with no result; say what changed and by how much' },
        { line: 7, column: 3, message: '"improve" sits in a duty (what the job is), with no result; say what changed and by how much' },
        { line: 8, column: 3, message: '"Improved" claims an outcome but the bullet gives no figure' },
      ],
    },
    {
      // Issue 26's draws after-30 and after-31: a role's intro counted in the share says so ("1 of 4 where there are 3 bullets").
      name: "a role's intro with a figure counts in its share, and the message says so",
      text: `# Jane Doe\n\n## Experience\n\n### Acme — Engineering Manager (2019–2020)\n\nI manage a team that serves over a dozen feature teams.\n\n- Introduced code analysis to the CI pipeline for the engineering organization.\n- Introduced on-demand environments for acceptance testing.\n`,
      errors: [{ line: 5, column: 1, severity: "info", message: "1 of 3 bullets in this role (its intro among them) carry a figure" }],
    },
    {
      // Labelled claims on the development corpus ("published my first web component to the design system").
      name: "'Published' opening the bullet names an output: its reach is asked",
      text: resume(["Published a how-to guide for running the queue on EKS.", "Hired 4 engineers."]),
      errors: [{ line: 6, column: 3, message: '"Published" names what was delivered but not what it changed' }],
    },
    {
      // Judged draw after-13 (g1-tystr): the result after an output is reported, with an adverb of degree between.
      name: "', greatly increasing …' after an output: the result is the claim reported",
      text: resume(["Rolled out trunk-based development across the group, sharply increasing its release rate.", "Hired 4 engineers."]),
      errors: [{ line: 6, column: 3, message: "\"increasing\" claims an outcome" }],
    },
    {
      // Development corpus (g1-emce, a labelled claim missed): contributing to growth is an outcome a reader would size.
      name: "'contributing to company growth' claims an outcome",
      text: resume(["Ran partner onboarding, contributing to company growth.", "Hired 4 engineers."]),
      errors: [{ line: 6, column: 3, message: "\"contributing to company growth\" claims an outcome" }],
    },
    {
      // Development corpus (a labelled claim missed): a present-tense result after "that"/"which" tells what the output does.
      name: "'builds that reduce release prep time': the output's effect is a claim; 'a renderer that optimizes content' names its function",
      text: resume(["Ran nightly builds that reduce release prep time.", "Wrote a renderer that optimizes content on the fly.", "Hired 4 engineers.", "Cut cost 30%."]),
      errors: [{ line: 6, column: 3, message: "\"reduce\" claims an outcome" }],
    },
    {
      name: "'reduced by' a thing, not people: still the writer's claim",
      text: resume(["Cloud costs reduced by the migration to spot instances.", "Hired 4 engineers."]),
      errors: [{ line: 6, column: 3, message: "claims an outcome" }],
    },
    {
      name: "impact verb without a figure: years, versions, 1:1s, IPv6 and O(n) are not figures",
      text: resume(["Improved reliability of the IPv6 gateway in 2021 with weekly 1:1s and an O(n) scheduler on Python 3.11.", "Hired 4 engineers.", "Shipped v2 to 30% of users."]),
      errors: [{ line: 6, column: 3, endColumn: 106, message: '"Improved" claims an outcome', severity: "warning", fixKinds: ["snippet"], fixed: resume(["Improved reliability of the IPv6 gateway in 2021 with weekly 1:1s and an O(n) scheduler on Python 3.11, improving ${1:metric} by ${2:N}%.", "Hired 4 engineers.", "Shipped v2 to 30% of users."]) }],
    },
    {
      name: "role where fewer than half the bullets carry a figure (info on the title line)",
      text: resume(["Reduced churn for enterprise customers — café partners included.", "Led the hiring loop.", "Ran weekly 1:1s.", "Hired 3 engineers."]),
      errors: [
        { line: 5, column: 1, endColumn: 46, covers: "### Acme — Engineering Manager (2020–Present)", message: "1 of 4 bullets in this role carry a figure", severity: "info" },
        { line: 6, column: 3, endColumn: 67, message: '"Reduced" claims an outcome', severity: "warning" },
      ],
    },
    {
      name: "launches, adoption, use, team building, success, result clauses (also joined by 'and', and after 'thereby' in a duty), 'helped <someone> <result verb>' and results stated as vague nouns are claims",
      text: resume([
        "Launched the self-serve billing portal.",
        "Built a shared design system adopted across product teams.",
        "Wrote the feature-flag service used by every squad.",
        "Built and led the data platform team.",
        "Rewrote the search indexer, cutting query cost.",
        "Introduced canary deploys, resulting in fewer rollbacks.",
        "Led the migration from Jenkins to GitHub Actions.",
        "Led the payments team, delivering the new checkout API.",
        "Ran the security review of the login flow, finding and fixing token leaks.",
        "Built an alerting service that helped the support team reduce escalations.",
        "Substantial reduction in cloud cost after the storage migration.",
        "Rebuilt the query planner with measurable latency gains.",
        "Succeeded in moving the billing jobs off the mainframe.",
        "Maintaining the ingest pipeline and its alerts, thereby cutting pages for the on-call.",
        "Rewrote the release scripts, making hotfixes easier to ship.",
        "Got the stalled data migration back on track.",
      ], "### Acme | Staff Engineer | 2020 – 2024"),
      errors: [
        { line: 5, column: 1, message: "0 of 16 bullets", severity: "info" },
        { line: 6, column: 3, message: '"Launched" names what was delivered but not what it changed' },
        { line: 7, column: 3, message: '"adopted across" claims an outcome' },
        { line: 8, column: 3, message: '"used by" claims an outcome' },
        { line: 9, column: 3, message: '"Built and led the data platform team" gives no size; say how many people' },
        { line: 10, column: 3, message: '"cutting" claims an outcome' },
        { line: 11, column: 3, message: '"resulting in" claims an outcome' },
        { line: 12, column: 3, message: '"Led the migration" claims an outcome' },
        { line: 13, column: 3, message: '"delivering" names what was delivered but not what it changed' },
        { line: 14, column: 3, message: '"fixing" claims an outcome' },
        { line: 15, column: 3, message: '"helped the support team reduce" claims an outcome' },
        { line: 16, column: 3, message: '"Substantial reduction" claims an outcome' },
        { line: 17, column: 3, message: '"measurable latency gains" claims an outcome' },
        { line: 18, column: 3, message: '"Succeeded in" claims an outcome' },
        { line: 19, column: 3, message: '"cutting" claims an outcome' },
        { line: 20, column: 3, message: '"making hotfixes easier" claims an outcome' },
        { line: 21, column: 3, message: '"back on track" claims an outcome' },
      ],
    },
    {
      name: "a noun before a result verb with an object after it is its subject: still a claim",
      text: resume(["Our storage migration reduced cost for the data team.", "The rewrite improved checkout latency."], "### Acme | Staff Engineer | 2020 – 2024"),
      errors: [
        { line: 5, column: 1, message: "0 of 2 bullets", severity: "info" },
        { line: 6, column: 3, message: '"reduced" claims an outcome', severity: "warning" },
        { line: 7, column: 3, message: '"improved" claims an outcome', severity: "warning" },
      ],
    },
    {
      name: "quality improvements and enhancements are claims (real corpus)",
      text: resume(["Led key platform improvements, including the PSP migration.", "Enhanced checkout performance by moving pricing to the edge.", "Rebuilt the ingest jobs in Go, enhancing pipeline reliability."], "### Acme | Staff Engineer | 2020 – 2024"),
      errors: [
        { line: 5, column: 1, message: "0 of 3 bullets", severity: "info" },
        { line: 6, column: 3, message: '"Led key platform improvements" claims an outcome', severity: "warning" },
        { line: 7, column: 3, message: '"Enhanced checkout performance" claims an outcome', severity: "warning" },
        { line: 8, column: 3, message: '"enhancing pipeline reliability" claims an outcome', severity: "warning" },
      ],
    },
    {
      name: "an award, an election or a promotion claims no outcome: at info, its scale is asked (real corpus; an emoji shortcode before the words is a marker)",
      text: resume([":star: Received the Gold Star performance award.", "Elected leader of the Riverside Java user group.", "Promoted to Engineering Manager, supervising the mobile engineers.", "Won the company hackathon.", "Recognized as High Potential employee at Acme."], "### Acme | Staff Engineer | 2020 – 2024"),
      errors: [
        { line: 5, column: 1, message: "0 of 5 bullets", severity: "info" },
        { line: 6, column: 3, message: '"Received" names a recognition but not its scale; say how selective it was or what earned it', severity: "info" },
        { line: 7, column: 3, message: '"Elected" names a role others chose you for but not its scale', severity: "info" },
        { line: 8, column: 3, message: '"Promoted to" says the step but not the scope it brought', severity: "info" },
        { line: 9, column: 3, message: '"Won" names a recognition but not its scale', severity: "info" },
        { line: 10, column: 3, message: '"Recognized as" names a recognition but not its scale', severity: "info" },
      ],
    },
    // Dev corpus labels: an item the writer labels as the impact claims one by its label, whatever its verb;
    // not a lead-in, a placeholder or work under way.
    {
      name: "an item labelled 'Impact' or 'Outcome' with no figure claims an outcome",
      text: resume(["**Billing rewrite**: Led the design of the new invoicing service", "  - **Impact**: Enables usage-based pricing for enterprise plans", "  - **Outcome**: Zero failed invoices since launch", "  - **Impact**: [Business impact or metric]", "  - **Impact**: Laying groundwork for the pricing change", "Cut p99 latency 40%.", "Hired 4 engineers."]),
      errors: [{ line: 7, column: 7, message: '"Impact" claims an outcome but the bullet gives no figure', severity: "warning" }],
    },
    {
      name: "a new team is asked its size even where the role gives the size of another",
      text: resume(["Led a team of over 20 engineers and testers.", "Established a data team and its warehouse.", "Cut p99 40%."]),
      errors: [{ line: 7, column: 3, message: '"Established a data team" gives no size', severity: "warning" }],
    },
    {
      name: "a plain 'Success Story:' label claims an outcome too",
      text: resume(["Success Story: Unblock the release pipeline that had been stuck for months.", "Success Story: Cut deploy time by 90% with scripted rollouts.", "Hired 4 engineers."]),
      errors: [{ line: 6, column: 3, message: '"Success Story" claims an outcome but the bullet gives no figure', severity: "warning" }],
    },
    // Issue 26's draws after-19 … after-27: "0 of 5 bullets carry a figure" over "within the first two months"
    // and "within the first six months" was debatable or wrong for all 10 judges ("time figures written as
    // words"). Both count for the role's share now (2 of 5 is the line), but the promotion is still asked for
    // its scope: how fast it came is not what it brought.
    {
      name: "'within the first two months' is a figure; a promotion's time is not the scope asked for",
      text: resume(["Created a new checkout interface within the first two months.", "Created new features and fixed production issues.", "Set coding conventions through code reviews.", "Owned the feature-flag framework.", "Promoted to tech lead within the first nine months."], "### Acme | Frontend Developer | 2017 – 2018"),
      errors: [{ line: 10, column: 3, message: '"Promoted to" says the step but not the scope it brought', severity: "info" }],
    },
    {
      name: "a role listed as duties, with no figure, is told it lacks results, not only numbers (issue 26's judged draws)",
      text: resume(["Manage the platform team's roadmap.", "Mentoring engineers and running the hiring loop.", "Responsible for the on-call rota.", "Led the storage migration."]),
      errors: [
        { line: 5, column: 1, message: "The 4 bullets in this role read as duties (what the job was) and none carries a figure", severity: "info" },
        { line: 9, column: 3, message: '"Led the storage migration" claims an outcome', severity: "warning" },
      ],
    },
    {
      // Issue 26's judged draws after-8 … after-15: 2 of 5, 3 of 7, 4 of 9 judged debatable 9 times in 9; 2 of 6 right.
      name: "a role at two in five bullets with a figure is not asked for more; one at 2 of 6 is",
      text: "# Jane Doe\n\n## Experience\n\n### Acme — Engineering Manager (2019–Present)\n- Hired 6 engineers.\n- Cut deploy time 40%.\n- Ran the hiring loop.\n- Set up on-call.\n- Coached the leads.\n\n### Beta — Engineering Manager (2015–2019)\n- Hired 4 engineers.\n- Cut build time 30%.\n- Ran the hiring loop.\n- Set up on-call.\n- Coached the leads.\n- Wrote the roadmap.\n",
      errors: [{ line: 12, column: 1, message: "2 of 6 bullets in this role carry a figure", severity: "info" }],
    },
    {
      // Issue 26's judged draws: a two-line IC role before the lead roles judged debatable 6 times in 6.
      name: "a two-bullet individual contributor's role before the lead roles is not asked for its share; a lead's two-bullet role is",
      text: "# Jane Doe\n\n## Experience\n\n### Acme — Engineering Manager (2019–Present)\n- Ran the hiring loop.\n- Set up on-call.\n\n### Beta — Software Engineer (2016–2019)\n- Wrote the billing reports.\n- Maintained the intranet.\n",
      errors: [{ line: 5, column: 1, message: "0 of 2 bullets in this role carry a figure", severity: "info" }],
    },
    {
      // Issue 26's draws after-8 … after-24: such roles' share judged right 6 times in 18.
      name: "an individual contributor's role before the lead roles, ended four years or more before the latest and with a figure, is not asked for its share; one ended later is",
      text: "# Jane Doe\n\n## Experience\n\n### Acme — Engineering Manager (2020–Present)\n- Hired 6 engineers.\n- Cut deploy time 40%.\n\n### Beta — Software Engineer (2017–2019)\n- Cut report time 30%.\n- Wrote the billing reports.\n- Maintained the intranet.\n- Ran the on-call rota.\n\n### Gamma — Software Engineer (2011–2016)\n- Served 2M users a day.\n- Wrote the search indexer.\n- Maintained the wiki.\n- Ran the build server.\n",
      errors: [{ line: 9, column: 1, message: "1 of 4 bullets in this role carry a figure", severity: "info" }],
    },
    {
      name: "a role that ended over ten years before the latest is not asked for its share of figures; a recent one is (issue 26's judged draws)",
      text: "# Jane Doe\n\n## Experience\n\n### Acme — Engineering Manager (2019–Present)\n- Hired 6 engineers.\n- Ran the hiring loop.\n- Set up on-call.\n\n### Beta — Developer (2004–2008)\n- Wrote the billing reports.\n- Maintained the intranet.\n",
      errors: [{ line: 5, column: 1, message: "1 of 3 bullets in this role carry a figure", severity: "info" }],
    },
    {
      name: "a result after an output is the claim reported; adoption pioneered across several names is a claim; confidence gained is none (issue 26's judged draw after-8)",
      text: resume(["Built a service that delivered value to customers, increasing monthly users.", "Pioneered Nomad and Rust/Axum adoption.", "Increased the team's confidence in the release process."]),
      errors: [
        { line: 5, column: 1, message: "0 of 3 bullets", severity: "info" },
        { line: 6, column: 3, message: '"increasing" claims an outcome' },
        { line: 7, column: 3, message: '"Pioneered Nomad and Rust/Axum adoption" names a change you brought in' },
      ],
    },
    {
      name: "a launch with no reach is asked for its reach, and its quick fix says so (issue 26's judged draws)",
      text: resume(["Delivered the self-serve billing portal.", "Hired 4 engineers."]),
      errors: [{ line: 6, column: 3, message: '"Delivered" names what was delivered but not what it changed; add its reach or effect', severity: "warning", fixKinds: ["snippet"], fixed: resume(["Delivered the self-serve billing portal, used by ${1:N} ${2:customers}.", "Hired 4 engineers."]) }],
    },
    {
      // Issue 26's draws after-8 … after-20: "an action, not a claimed outcome" when asked how much; right when asked its reach.
      name: "a way of working or a technology brought in is asked for its reach and effect",
      text: resume(["Introduced trunk-based development to the organization.", "Led Rust adoption in the payments team.", "Hired 4 engineers."]),
      errors: [
        { line: 5, column: 1, message: "1 of 3 bullets", severity: "info" },
        { line: 6, column: 3, message: '"Introduced trunk-based development to the organization" names a change you brought in but not how far it went or what it changed; say its reach and effect', fixKinds: ["snippet"], fixed: resume(["Introduced trunk-based development to the organization, adopted by ${1:N} teams.", "Led Rust adoption in the payments team.", "Hired 4 engineers."]) },
        { line: 7, column: 3, message: '"Led Rust adoption" names a change you brought in' },
      ],
    },
    {
      // Issue 26's draw after-20 (debatable for both judges): the effect is named further on; its size is what is missing.
      name: "an output whose effect a later clause names is asked for the effect's size",
      text: resume(["Delivered a setup script and pairing sessions that shortened onboarding for new hires.", "Hired 4 engineers."]),
      errors: [{ line: 6, column: 3, message: '"shortened" claims an outcome but the bullet gives no figure' }],
    },
    {
      name: "durations of the job, quarters, ids and phone numbers are not figures",
      text: resume(["Shipped the partner API in Q3 (2 years 8 months in the role).", "Stabilized the payments service (ticket #48213).", "Improved the on-call rota over the past three years.", "Hired 3 engineers; grew the team to 9."]),
      errors: [
        { line: 5, column: 1, message: "1 of 4 bullets", severity: "info" },
        { line: 6, column: 3, message: '"Shipped" names what was delivered but not what it changed' },
        { line: 7, column: 3, message: '"Stabilized" claims an outcome' },
        { line: 8, column: 3, message: '"Improved" claims an outcome' },
      ],
    },
  ],
});

describe("rules/lib/figures: what is and is not a figure", () => {
  const figures = ["thirty engineers", "a dozen services", "doubled throughput", "tripled revenue", "quadrupled users", "halved the backlog", "monthly → weekly", "from 2 hours to 10 minutes", "from monthly to weekly", "3x faster", "2× throughput", "shipped in 3 months", "rated 4.8/5", "$1.12M/yr", "12 services", "sub-second queries", "from one person to multiple teams", "from a couple of days to minutes", "shipped the checkout within the first two months", "promoted to lead within the first six months", "zero failed deploys since launch", "near zero attrition"];
  const notFigures = ["in 2021", "Q3 planning", "Python 3.11", "updated the Magento 1.9 templates", "weekly 1:1s", "24/7 support", "call +1 555 010 9999", "ticket #48213", "RFC 9449", "(2 years 8 months)", "for 3 years", "the first two months", "in the first two months I onboarded", "within the past two years", "a zero-trust network", "over the past few years", "a 15-year-old codebase", "customers such as Nine Media and Qantas", "billing service", "went the extra mile", "16-bit hashes", "ported to Windows 7/10", "Nov ‘20 – Sept ‘21", "(1) the API (2) the CLI", "IPv6 and S3", "3D maps"];
  for (const t of figures) it(`"${t}" is a figure`, () => assert.ok(hasFigure(t), JSON.stringify(findFigures(t))));
  for (const t of notFigures) it(`"${t}" is not a figure`, () => assert.deepEqual(findFigures(t), []));
});
