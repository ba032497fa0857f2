import rule from "../../../src/rules/prose/passive.js";
import { resume, ruleTester } from "../tester.js";

ruleTester(rule, {
  valid: [
    resume(["Built the deploy pipeline.", "Was promoted to staff engineer in 2021.", "Was hired as the first SRE; was named tech lead."]),
    // Issue 26: curated exceptions for résumé language.
    { name: "a passive whose actor is named", text: resume(["The shift-planning tool was built by a team of 3 I led, for 40 stores."]) },
    { name: "adjectival participles after 'be'", text: resume(["Rewrote the forecasting model, which was flawed, cutting error 30%.", "Took over a codebase that was outdated and a team that was distributed across 3 time zones."]) },
    { name: "an award citation's wording is the awarder's", text: resume(["Won the Spot Award: recognised as the engineer who was relied on most."]) },
    { name: "code, links and skills are not prose", text: "# J\n\n## Experience\n\n### A — Engineer (2020–2022)\n- Shipped `was built` from https://x.example/was-broken and [docs](https://x.example/was-broken).\n\n## Skills\n\n- Tools were used daily\n" },
    // Issue 26's judged sample: passives that hide no part of the writer's.
    { name: "a passive that describes how a system works (present tense)", text: resume(["Owned the billing service: invoices are generated nightly and are delivered by e-mail."]) },
    { name: "an infinitive or a modal passive (a requirement, a plan)", text: resume(["Cut merge time to 10 minutes, the time engineers wait for changes to be merged.", "Designed the CI workflow, soon to be spun out as open source."]) },
    { name: "in a subordinate or relative clause", text: resume(["Envisioned and implemented the update service, which was productized in 2012.", "Rewrote the importer after it was built twice by contractors."]) },
    { name: "something done to the writer, or the writer as subject", text: resume(["At the agency I was detailed to the Office of Land Records.", "I was tasked with the ML forecasting model and cut its error 20%."]) },
    { name: "what a system is made of", text: resume(["Developed an embossing system for prepaid cards. It was written in Clojure and was built on RabbitMQ."]) },
    { name: "a verb that is not the writer's work", text: resume(["The team was dissolved in December 2019."]) },
    { name: "narrative paragraphs of a year in review are the writer's voice", kind: "promo", text: "# 2021 in review\n\n## Work\n\nThe platform was rebuilt that spring, and I moved teams.\n" },
  ],
  invalid: [
    {
      text: resume(["The café platform was built in 2019 — 🚀."]),
      errors: [{ line: 6, column: 21, endColumn: 30, covers: "was built", severity: "info", message: "passive voice, which hides who did it" }],
    },
    {
      name: "'by' with a number or a gerund names no actor",
      text: resume(["Latency was reduced by 40% and cost was cut by moving to spot instances."]),
      errors: [
        { line: 6, column: 11, covers: "was reduced" },
        { line: 6, column: 39, covers: "was cut" },
      ],
    },
    {
      name: "a perfect passive in a main clause",
      text: resume(["The data pipeline has been migrated twice since 2020."]),
      errors: [{ line: 6, column: 25, covers: "been migrated" }],
    },
    {
      name: "a résumé summary is a claim too",
      text: "# Jane\n\n## Summary\n\nThe platform was migrated to Kubernetes early.\n",
      errors: [{ line: 5, column: 14, covers: "was migrated" }],
    },
  ],
});
