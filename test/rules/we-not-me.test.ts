import rule from "../../src/rules/we-not-me.js";
import { resume, ruleTester } from "./tester.js";

const promo = (body: string) => `---\nladderlint: {kind: promo}\n---\n# Promotion case\n\n## Impact\n\n${body}\n`;

ruleTester(rule, {
  valid: [
    // Judged draw after-11 (#108): an entry's sub-items are its details, not more achievements.
    { name: "the share is of entries: a bullet's sub-items (causes, pros and cons) are its details", text: resume(["Migrated 12 services to Kubernetes.", "  - Found the cause of the slow pods.", "  - Weighed sidecars against a daemon set.", "  - Measured the pod start times.", "Built the CI pipeline in 2 weeks.", "Led 4 engineers through the rewrite."]) },
    { name: "promo: a 'we' deep in a bullet that opens with the writer's own account is no team outcome (issue 26's judged draw)", text: promo("- Built a verification system for the 52 migrated repos, since a failed apply could leave monitors pointing at old channels that we would have missed; wrote the script that checks every monitor.") },
    { name: "a brag log's entry outside an Impact section that claims no outcome tells the work (issue 26's judged draws)", kind: "promo", text: "# Brag document\n\n### 2025\n\n- I overhauled my personal website with a new theme.\n- My coworkers defer to my judgment on the build system.\n" },
    { name: "an I-bullet with a measured outcome shows who it helped: the business", text: resume(["Optimized sandbox start-up; I saved 30% of production CPU and 100 GB of cluster RAM."]) },
    { name: "an I-lead-in whose sub-bullets say who it helped (real corpus, issue 26's judged draw)", text: promo("- Web scraping: I wrote the scrapers for the forecasting project. My contributions included:\n  - a dashboard for the scraped data, allowing the sales team to check forecasts daily;\n  - a package that saves the data to MongoDB.") },
    { name: "résumé bullets with impact on others", text: resume(["Led a team of 8 engineers.", "Mentored 3 engineers into tech leads.", "Partnered with product managers on the roadmap.", "Cut cloud cost 30% for 40 teams.", "Hired 6 engineers."]) },
    { name: "promo: team credited and own part named", text: promo("- We shipped the new checkout; I drove the design and unblocked the payments team.\n- I coached two engineers to senior.") },
    { name: "promo: I-bullet that shows an effect on users", text: promo("- I rewrote the search ranking, so users found answers 2x faster.") },
    { name: "résumé: 'We' with your part named, 'our' and 'We' in a title are fine", text: resume(["We rebuilt search in Q2; my part was the ranking model, lifting clicks 9% for users.", "Replaced our legacy billing system for 40 teams.", "Hosted *We Are Developers* meetups for 200 engineers."]) },
    { name: "promo: a year in review's narrative paragraphs are not judged one by one (real corpus)", kind: "promo", text: "# My year in review\n\n## Life\n\nI moved to a new city in March and started running in the mornings.\n\n## Work\n\n- We shipped the new search; I led the ranking work for 3 teams.\n" },
    { name: "promo: a section about study or private life is not work (real corpus, issue 26)", kind: "promo", text: "# 2023 in review\n\n## Study\n\n- I took the compilers course and wrote a parser in Rust.\n\n## Life\n\n- I ran my first 10K race.\n" },
    { name: "résumé: a dated entry left under a role (a career break, a degree) is not its achievement (real corpus, issue 26)", text: resume(["Mar 2023 - Oct 2023 — Break: I took a break from employment to travel and learn Rust.", "Led the billing team of 6 engineers for 40 merchants."]) },
    // Issue 26's draws after-22 … after-24: work still under way is no outcome to credit yet.
    { name: "promo: 'we're wrapping up a year-long project' is work under way, no team outcome", text: promo("- Meanwhile, we're wrapping up a year-long migration that ran eight months late.\n- At work, we are finishing the billing rewrite.") },
    { name: "promo: a verb-first bullet with a possessive 'our' is the writer's act, not a team outcome (issue 26)", text: promo("- built a search index for our docs site in Rust.") },
    { name: "résumé: visitors, readers, attendees and students are others", text: resume(["I developed a touch app used by the visitors of the EXPO.", "I wrote a guide read by 3,000 readers."]) },
    { name: "few bullets: the share is not judged", text: resume(["Migrated 12 services to Kubernetes.", "Built the CI pipeline."]) },
    { name: "non-achievement sections are ignored", text: "# Jane\n\n## Skills\n\n- I know Go\n- I know Rust\n- I wrote Python\n- I like SQL\n- I did C\n" },
    { name: "promo: the introduction under the title and a Goals section are context, not achievements", kind: "promo", text: "# Promotion case\n\nI wrote this packet over two weekends.\n\n## Impact\n\n- We shipped X; I led the design for 3 teams.\n\n## Goals for next year\n\n- I want to learn Rust.\n- We will ship Y.\n" },
    { name: "résumé: leading by example and servant leadership are about the team (issue 26)", text: resume(["Practised servant leadership, with candour and patience as my main tools.", "Led 8 engineers."]) },
    { name: "résumé: a 'We …:' lead-in over a list introduces its items, it claims nothing (issue 26)", text: resume(["We weighed three options for the new queue:", "  - Kafka, for its replay.", "  - SQS, for its upkeep.", "Led the 4-person team that chose SQS and moved 30 services to it."]) },
    { name: "résumé: a role told as a paragraph that claims no outcome tells the work (issue 26's judged draws)", text: "# Jane Doe\n\n## Experience\n\n### Senior Engineer — Acme (2019–2022)\n\nI worked on the billing services of a retail chain.\n\nIt was good fun to pair with the data team on Fridays.\n" },
    {
      name: "a bilingual résumé: the half in another language is left out of the share (issue 26's judged draw; the reader marks that half)",
      text: "# Jane Doe\n\n# About me\n\n## Experience\n\n### Engineering Manager — Acme (2019–2022)\n\n- Led a team of 8 engineers through the billing rewrite.\n- Mentored 3 engineers into tech leads.\n- Migrated 12 services to Kubernetes.\n- Built the CI pipeline in 2 weeks.\n- Cut p99 latency 40%.\n\n# O mnie\n\n## Doświadczenie\n\n### Engineering Manager — Acme (2019–2022)\n\n- Przeprowadziłem migrację dwunastu serwisów do Kubernetesa w ciągu jednego kwartału.\n- Zbudowałem potok ciągłej integracji w dwa tygodnie i skróciłem czas wdrożenia.\n- Obniżyłem opóźnienie p99 o czterdzieści procent dzięki nowej pamięci podręcznej.\n- Przepisałem interfejs rozliczeń w języku Go i uprościłem jego strukturę.\n- Zaprojektowałem warstwę pamięci podręcznej dla systemu płatności i raportów.\n",
    },
  ],
  invalid: [
    {
      name: "résumé: a paragraph that claims an outcome is still asked who it helped",
      text: "# Jane Doe\n\n## Experience\n\n### Senior Engineer — Acme (2019–2022)\n\nI rebuilt the deploy pipeline, speeding up deploys.\n",
      errors: [{ line: 7, column: 1, message: "show who it helped" }],
    },
    {
      name: "document: the share's reason follows the target's track (a staff engineer is not told about managers)",
      target: "TL6",
      text: resume(["Migrated 12 services to Kubernetes.", "Built the CI pipeline in 2 weeks.", "Rewrote the billing API in Go.", "Designed the caching layer.", "Led 4 engineers through the rewrite.", "Cut p99 latency 40%."]),
      errors: [{ line: 1, column: 1, message: "Only 1 of 6 achievement bullets show impact on others; a lead is judged by what their work lets others do" }],
    },
    {
      name: "résumé: a solo I-bullet (no fix in a résumé)",
      text: resume(["I rewrote the billing service in Go — 3x faster."]),
      errors: [{ line: 6, column: 3, endLine: 6, endColumn: 51, covers: "I rewrote the billing service in Go — 3x faster.", message: "not its effect on anyone else", severity: "warning", fixKinds: [] }],
    },
    {
      name: "promo: solo I-bullet gets a 'We …; I …' snippet",
      text: promo("- I rebuilt the deploy pipeline, speeding up deploys 🚀."),
      errors: [{ line: 8, column: 3, endColumn: 57, message: "show who it helped", fixKinds: ["snippet"], fixed: promo("- We ${1:what the team achieved}; I rebuilt the deploy pipeline, speeding up deploys 🚀.") }],
    },
    {
      // Draws after-10 and after-17: the message quoted ("I …") on a line with no "I" in it.
      name: "the message quotes \"I …\" only where the bullet says I",
      kind: "promo",
      text: "# Brag document\n\n## Impact\n\n- I rewrote the release scripts, reducing the time a release takes.\n- Launched my new plugin for recipe blogs, cutting page weight.\n",
      errors: [
        { line: 5, column: 3, message: 'This bullet says what you did ("I …") but not its effect on anyone else' },
        { line: 6, column: 3, message: "This bullet says what you did but not its effect on anyone else" },
      ],
    },
    {
      name: "a brag log's entry that claims an outcome with no one it helped is still asked",
      kind: "promo",
      text: "# Brag document\n\n### 2025\n\n- I rewrote the release scripts, reducing the time a release takes.\n",
      errors: [{ line: 5, column: 3, message: "show who it helped" }],
    },
    {
      name: "promo: 'In Q3 we shipped…' is a team outcome with no part of yours",
      text: promo("- In Q3 we shipped the new checkout flow."),
      errors: [{ line: 8, column: 3, message: "team outcome" }],
    },
    {
      name: "résumé: a bullet whose subject is 'We' with no part of yours is info (first-person no longer reports 'We')",
      text: resume(["We shipped the new checkout flow in Q3, lifting conversion 4%.", "Led 8 engineers."]),
      errors: [{ line: 6, column: 3, endColumn: 65, message: 'what the team did ("We …") but not your part', severity: "info", fixKinds: [] }],
    },
    {
      name: "promo: team outcome with no actor",
      text: promo("- We shipped the new checkout flow in Q3."),
      errors: [{ line: 8, column: 3, endColumn: 42, message: "team outcome but not your part", fixKinds: ["snippet"], fixed: promo("- We shipped the new checkout flow in Q3; I ${1:what you did}.") }],
    },
    {
      name: "promo paragraph: 'The team' outcome without I",
      text: promo("The team migrated every service to Kubernetes — a year early."),
      errors: [{ line: 8, column: 1, endColumn: 62, message: "team outcome" }],
    },
    {
      name: "document: under a third of bullets show impact on others (reported on the H1)",
      text: resume(["Migrated 12 services to Kubernetes.", "Built the CI pipeline in 2 weeks.", "Rewrote the billing API in Go.", "Designed the caching layer.", "Led 4 engineers through the rewrite.", "Cut p99 latency 40%."]),
      errors: [{ line: 1, column: 1, endColumn: 11, covers: "# Jane Doe", message: "Only 1 of 6 achievement bullets show impact on others" }],
    },
  ],
});
