import assert from "node:assert/strict";
import { builtinLadderSet, compileCue, type CueSpec } from "../../src/ladders/index.js";
import cues from "../../src/ladders/data/cues.json";
import { parseDocument } from "../../src/core/parse.js";

// Issue 26, deliverable 4: cues widened (and narrowed) on the leadership documents of the real corpus.
// The examples are invented; each stands for a kind of evidence the hand-labelled readers saw or did not.
const ladders = builtinLadderSet();
const labels = (text: string) => {
  const doc = parseDocument(`# A\n\n## Experience\n\n### Staff Engineer — Acme (2020–2024)\n\n- ${text}\n`);
  return ladders.evidence(doc.bullets[0]!).map((m) => m.competency.label);
};
const reads = (text: string, label: string) => it(`reads "${text}" as ${label}`, () => assert.ok(labels(text).includes(label), JSON.stringify(labels(text))));
const readsNot = (text: string, label: string) => it(`does not read "${text}" as ${label}`, () => assert.ok(!labels(text).includes(label), JSON.stringify(labels(text))));

describe("ladder cues: narrowed where the readers saw less (issue 26)", () => {
  // A certificate (TLS, X.509) is not a certification: "certification" is matched as written.
  reads("Earned the Azure developer certification in my first quarter.", "Technology: Adopts");
  readsNot("Rotated the TLS certificates of the public gateway.", "Technology: Adopts");
  // Resilience, excellence and continuity named in passing are not leading the system's excellence or
  // planning for outages (the readers read these documents as Evolves or below); the plans still count.
  readsNot("Improved the resilience of the upload widget.", "System: Leads");
  readsNot("Won the engineering excellence award two years running.", "System: Leads");
  readsNot("Kept business continuity during the office move.", "System: Leads");
  reads("Wrote the business continuity plan for the ledger service.", "System: Leads");
  reads("Ran quarterly game days on the checkout cluster.", "System: Leads");
});

describe("ladder cues: widened where the readers saw the go-to person for a technology (issue 26)", () => {
  // Technology: Specializes is "the go-to person for one or more technologies": the tech lead or the
  // architect of a piece of work.
  reads("Served as the tech lead for the billing API rewrite.", "Technology: Specializes");
  reads("Android tech lead for a fleet-tracking app.", "Technology: Specializes");
  reads("Technical lead on the partner reporting portal.", "Technology: Specializes");
  reads("Acted as the architect for a claims-processing app.", "Technology: Specializes");
  readsNot("Worked as a cashier during college.", "Technology: Specializes");
  readsNot("Served as a mentor for two interns.", "Technology: Specializes");
});

describe("ladder cues: widened where the readers saw a team moved to a new technology (issue 26)", () => {
  // Technology: Evangelizes "introduces new technologies to the team": migrating or porting the team's
  // code or infrastructure from one named technology to another.
  reads("Migrated the web client from Flow to TypeScript over two quarters.", "Technology: Evangelizes");
  reads("Ported the batch jobs from Hadoop to GCP.", "Technology: Evangelizes");
  reads("Migrated our repositories from Subversion to Git, keeping history.", "Technology: Evangelizes");
  reads("Migrated the build agents from VMs to k8s.", "Technology: Evangelizes");
  readsNot("Migrated 40 customer accounts to the new billing plan.", "Technology: Evangelizes");
  readsNot("Wrote a schema migration for the orders table.", "Technology: Evangelizes");
});

describe("ladder cues: widened where the readers saw architecture and design work (issue 26)", () => {
  // System: Evolves "evolves the architecture": the verb "architected" says so (the reference lists
  // architecture work under Evolves); the noun "architect" (a job title) does not.
  reads("Architected the event ingestion layer for the ad exchange.", "System: Evolves");
  reads("Led the team while architecting a shared payments backend.", "System: Evolves");
  readsNot("Hired a solutions architect for the data team.", "System: Evolves");
  // System: Designs "designs and implements medium to large size features": designing an application,
  // a solution, an SDK, an engine or a platform is that too.
  reads("Designed a booking app for dental clinics.", "System: Designs");
  reads("Designed solutions for connected thermostats.", "System: Designs");
  reads("Designed and shipped the Kotlin SDK for partners.", "System: Designs");
  readsNot("Designed the poster for the company picnic.", "System: Designs");
});

describe("ladder coverage: owning a system in production implies the go-to person for its technology (issue 26)", () => {
  it("reads Technology as Specializes from System: Owns, labelled with where it comes from", async () => {
    const { lint } = await import("../../src/engine/index.js");
    const doc = "# A\n\n## Experience\n\n### Engineering Manager — X (2020–2024)\n\n- Owned on-call for the invoicing service and wrote its runbooks.\n- Hired 6 engineers and ran weekly 1:1s for a team of 9.\n";
    const tech = lint(doc, { override: { target: "EM6" } }).coverage!.axes.find((a) => a.axis === "Technology")!;
    assert.equal(tech.found, "Specializes");
    assert.match(tech.evidence[0]!.cue, /\(System: Owns\)$/);
    // Designing a feature (System: Designs) still implies only Adopts.
    const designs = lint(doc.replace("Owned on-call for the invoicing service and wrote its runbooks.", "Designed and implemented the invoicing API."), { override: { target: "EM6" } }).coverage!;
    assert.equal(designs.axes.find((a) => a.axis === "Technology")!.found, "Adopts");
  });
});

describe("ladder cues: narrowed where a stem or a name misread the text (issue 26)", () => {
  // "in production" is matched as written: the stemmer makes "production" and "product" one word.
  reads("Kept 30 services healthy in production.", "System: Owns");
  readsNot("Ran user interviews in product discovery.", "System: Owns");
  // Moving to the cloud evolves a system; a library named after a cloud does not.
  reads("Migrated the order services to the cloud.", "System: Evolves");
  readsNot("Migrated uploads from Google Cloud Storage to S3.", "System: Evolves");
});

describe("ladder cues: Technology: Creates narrowed where the readers saw less (issue 26)", () => {
  // Creates "designs and creates new technologies that are widely used": creating a framework is that;
  // building one counts when it is a technology framework, not a governance, onboarding or test one.
  reads("Created a plugin framework that other squads build on.", "Technology: Creates");
  reads("Built a CSS framework with the design team.", "Technology: Creates");
  readsNot("Built a data governance framework for the bank.", "Technology: Creates");
  readsNot("Wrote an integration test framework for the firmware.", "Technology: Creates");
  // Working on a compiler, or a component library for one client, is not creating a widely used technology.
  readsNot("Wrote checkers for the Kotlin compiler.", "Technology: Creates");
  readsNot("Developed a component library for a client's shop.", "Technology: Creates");
  // "adopted across" as written: slow adoption across an organisation is not something adopted.
  reads("Shipped a deploy tool adopted across four product lines.", "Technology: Creates");
  readsNot("Sped up AI adoption across the organisation.", "Technology: Creates");
  // The phrases folded into the used by / adopted by + teams cue still read.
  reads("Built a linter used by multiple feature teams.", "Technology: Creates");
  reads("Wrote a metrics library adopted by 12 teams.", "Technology: Creates");
});

describe("ladder cues: widened where the readers saw technologies weighed for the team (issue 26)", () => {
  // Evangelizes "researches … and introduces new technologies": build-or-buy calls, choosing a stack,
  // evaluating frameworks (the reference lists build-vs-buy and vendor evaluation).
  reads("Ran a buy-vs-build review for search that saved $300k.", "Technology: Evangelizes");
  reads("Weighed build/buy options for the billing engine with finance.", "Technology: Evangelizes");
  reads("Owned technology selection for the new data platform.", "Technology: Evangelizes");
  reads("Led stack selection and framework evaluation for the mobile rewrite.", "Technology: Evangelizes");
  readsNot("Helped the team build and buy time before the launch.", "Technology: Evangelizes");
});

describe("ladder cues: widened where the readers saw outages mitigated (issue 26)", () => {
  // System: Leads "creates plans to mitigate outages": eliminating, preventing or cutting outages.
  reads("Eliminated unplanned outages of the build farm by moving it to two zones.", "System: Leads");
  reads("Cut checkout outages from monthly to none in a year.", "System: Leads");
  readsNot("Wrote the postmortem for a checkout outage.", "System: Leads");
});

describe("ladder cues: Influence: Community narrowed where the readers saw less (issue 26)", () => {
  // Community "makes an impact on the tech community": volunteering inside the company, an internal
  // hackathon, a patent, a bootcamp attended or a review by peers is not that.
  readsNot("Volunteered to run the on-call handover for the platform team.", "Influence: Community");
  readsNot("Won the internal hackathon with a fraud detector.", "Influence: Community");
  readsNot("Holds two patents on image compression.", "Influence: Community");
  readsNot("Completed a data engineering bootcamp.", "Influence: Community");
  readsNot("Made every design doc peer-reviewed by two seniors.", "Influence: Community");
  // Workshops and lectures given or led are most often inside the company (the readers read them so).
  readsNot("Delivered a workshop on incident reviews to the support org.", "Influence: Community");
  readsNot("Led technical workshops for new joiners every quarter.", "Influence: Community");
  readsNot("Gave lectures on query planning to the analysts.", "Influence: Community");
  reads("Spoke at a regional Go conference about code generation.", "Influence: Community");
  reads("Organized a hackathon for the city's student developers.", "Influence: Community");
});

describe("ladder cues: widened where the readers saw a team managed (issue 26)", () => {
  // People: Manages "manages the team members' career, expectations, performance and happiness":
  // managing a team, an org or a department, people management.
  reads("Managed the data platform team through a reorg.", "People: Manages");
  reads("Managing a 30-person engineering department across two sites.", "People: Manages");
  reads("Moved from tech lead into people management in 2021.", "People: Manages");
  readsNot("Managed the release calendar for the mobile apps.", "People: Manages");
});

describe("ladder cues: widened where the readers saw the whole tech organisation (issue 26)", () => {
  // Influence: Company "makes an impact on the whole tech organization": the company's strategy or
  // stack, a technology or engineering department, executive leadership.
  reads("Shaped the company's data strategy with the CFO.", "Influence: Company");
  reads("Co-wrote the career framework for the engineering department.", "Influence: Company");
  reads("Led a department of 35 developers and testers.", "Influence: Company");
  reads("Reported on delivery risks to executive leadership each month.", "Influence: Company");
  readsNot("Joined the company in its first year.", "Influence: Company");
  readsNot("Led a department offsite.", "Influence: Company");
});

describe("ladder cues: the steps left with few phrases after the repeats went (issue 26)", () => {
  reads("Shipped a hotfix for the login crash within the hour.", "System: Enhances");
  reads("Closed 14 feature requests from the support queue.", "System: Enhances");
  reads("Found process gaps in how we hand releases to QA.", "Process: Challenges");
});

describe("ladder cue data: no phrase repeats another of its step once stemmed", () => {
  // The matcher stems both sides, so "outages" is "outage" and "brown-bag" is "brown bag": a second
  // spelling adds bytes to every bundle and no evidence (92 such phrases and 23 such objects were
  // dropped, issue 26).
  it("has no two phrase cues of a step with the same words after stemming", () => {
    const repeats: string[] = [];
    for (const [axis, steps] of Object.entries(cues.axes as Record<string, Record<string, { cues: CueSpec[] }>>))
      for (const [step, def] of Object.entries(steps)) {
        const seen = new Map<string, string>();
        for (const spec of def.cues) {
          if (typeof spec !== "string") continue;
          const ph = compileCue(spec, 0).phrase!;
          const key = `${ph.mode} ${ph.pieces.map((p) => p.value || "#").join(" ")}`;
          if (seen.has(key)) repeats.push(`${axis}: ${step}: "${spec}" is "${seen.get(key)}"`);
          else seen.set(key, spec);
        }
      }
    assert.deepEqual(repeats, []);
  });

  it("has no two verbs, nor two objects, of a verb + object cue with the same words after stemming", () => {
    const repeats: string[] = [];
    const all = Object.values(cues.axes as Record<string, Record<string, { cues: CueSpec[] }>>).flatMap((steps) => Object.values(steps).flatMap((d) => d.cues));
    for (const spec of [...all, ...(cues.tlLeadership as CueSpec[])]) {
      if (typeof spec === "string") continue;
      const c = compileCue(spec, 0);
      for (const list of [c.verbs!, c.objects!]) {
        const seen = new Set<string>();
        for (const ph of list) {
          const key = `${ph.mode} ${ph.pieces.map((p) => p.value || "#").join(" ")}`;
          if (seen.has(key)) repeats.push(`${c.label}: "${ph.text}"`);
          seen.add(key);
        }
      }
    }
    assert.deepEqual(repeats, []);
  });
});

describe("ladder cues: widened where two judges and the readers saw a process defined (issue 26, draw after-17)", () => {
  // Process: Defines is "defines the right processes for the team's maturity level": setting up OKRs and
  // delivery rituals, building the recruiting process.
  reads("Established OKRs for the platform group and a fortnightly delivery ritual.", "Process: Defines");
  reads("Built the recruiting process for engineers and engineering managers.", "Process: Defines");
  readsNot("Attended the quarterly OKR review.", "Process: Defines");
  readsNot("Followed the recruiting process for two hires.", "Process: Defines");
  // A founder or first engineer who put processes in place; implementing a team's practices is not it.
  reads("As the first engineer, implemented the processes for planning and releases.", "Process: Defines");
  readsNot("Implemented agile best practices in the team.", "Process: Defines");
});

describe("ladder cues: widened where two judges and the readers saw an outage plan (issue 26, draw after-17)", () => {
  // System: Leads is "creates plans to mitigate outages": consolidating a group's alerting or unifying its
  // on-call is such a plan; being on call is not.
  reads("Consolidated the alerting of four services into one paging policy.", "System: Leads");
  reads("Unified the on-call of two merged teams into a single rotation.", "System: Leads");
  readsNot("Took part in the on-call rotation for the search service.", "System: Leads");
});

describe("ladder cues: widened where two judges and the reader saw new technology brought in (issue 26, draw after-19)", () => {
  // Technology: Evangelizes is "introduces new technologies to the team": a practice's emerging-tech work,
  // written short ("Emerging tech: took the practice into edge computing and low-code automation").
  reads("Emerging tech: took the practice into edge computing and low-code automation.", "Technology: Evangelizes");
  readsNot("Read about the tech industry on weekends.", "Technology: Evangelizes");
});

describe("ladder cues: widened where the reader and the judges saw technology created for others (issue 26)", () => {
  // Technology: Creates: an SDK or client library shipped for other developers (labelled Creates; judged
  // "could count as mastery" where the ladder said Specializes).
  reads("Designed, implemented and shipped the Go and Python SDKs for the billing API.", "Technology: Creates");
  reads("Developed the Android client library for the sync protocol.", "Technology: Creates");
  readsNot("Used the vendor's SDK to send push notifications.", "Technology: Creates");
});

describe("ladder cues: widened where two judges and the reader saw managing an organisation (issue 26, ladder11)", () => {
  // People: Manages: leading an organisation counted in people, growing an engineering department,
  // building and leading teams, a team's management written as a noun.
  reads("Led the distributed platform group (~85 people) through two reorganisations.", "People: Manages");
  reads("Led a 35-person org across four product lines.", "People: Manages");
  reads("Grew engineering from 8 to 60 across three offices.", "People: Manages");
  reads("Built and led global support engineering teams in two regions.", "People: Manages");
  reads("Built up the QA team and its training plan.", "People: Manages");
  reads("Headed up the team responsible for the storage platform.", "People: Manages");
  reads("Management of two teams: backend and mobile.", "People: Manages");
  reads("Direct management: 6 engineers, 2 designers.", "People: Manages");
  reads("Introduced middle management to the platform group.", "People: Manages");
  // Leading work that touches people, or building something for a team, is not it.
  readsNot("Led the onboarding of a partner with 300 employees.", "People: Manages");
  readsNot("Built a dashboard for the team.", "People: Manages");
  readsNot("Grew engineering throughput by 30%.", "People: Manages");
});

describe("ladder cues: widened where two judges and the reader saw technical direction and new tooling (issue 26, ladder11)", () => {
  // System: Evolves: "technical and strategic direction" for a system is technical direction.
  reads("Providing technical and strategic direction for the lending applications.", "System: Evolves");
  reads("Owned the technical and strategic direction of the data platform.", "System: Evolves");
  readsNot("Gave strategic direction to the sales team.", "System: Evolves");
  // Technology: Evangelizes: bringing in version control (git) or end-to-end testing for the team.
  reads("Introduced git and scheduled releases to a two-person team.", "Technology: Evangelizes");
  reads("Introduced e2e testing with Playwright for the checkout flow.", "Technology: Evangelizes");
  readsNot("Fixed a git merge conflict in the release branch.", "Technology: Evangelizes");
});

describe("ladder cues: widened where the readers saw new practices and platforms brought in (issue 26, ladder11)", () => {
  // Technology: Evangelizes: moving the team's services to Docker or to the cloud (a cloud migration
  // already counts when led or delivered; the verb form said it too).
  reads("Trained the support team to adopt Docker for local environments.", "Technology: Evangelizes");
  reads("Cut hosting costs by 40% by migrating the billing stack to the cloud.", "Technology: Evangelizes");
  readsNot("Restarted a Docker container during the outage.", "Technology: Evangelizes");
  // Process: Adjusts: continuous improvement of how the team works.
  reads("Drove continuous improvement of the release checklist with the QA team.", "Process: Adjusts");
  readsNot("Continuously shipped small fixes to the settings page.", "Process: Adjusts");
  // Process: Defines: putting a coaching or mentorship programme in place.
  reads("Implemented technical mentorship/coaching programs for engineers.", "Process: Defines");
  readsNot("Implemented the loyalty program's points ledger.", "Process: Defines");
});

describe("ladder cues: widened where two judges and the reader saw company-wide influence (issue 26, ladder11)", () => {
  // Influence: Company: a centre of excellence serves the whole organisation; so does its career ladder
  // (defining a level of it, the ladder or the framework).
  reads("Founded and ran a Centre of Excellence for test automation.", "Influence: Company");
  reads("Defined our Principal Software Engineer level and its promotion criteria.", "Influence: Company");
  reads("Wrote the career ladder for designers and engineers.", "Influence: Company");
  readsNot("Defined the log level for the payments service.", "Influence: Company");
});

describe("ladder cues: widened where the readers saw a delivery pipeline built (issue 26, ladder28)", () => {
  // Process: Challenges is "challenges the team processes, looking for ways to improve them": building or
  // reworking the team's CI/CD or deployment pipeline changes how the team delivers.
  reads("Created a continuous deployment setup for the mobile apps.", "Process: Challenges");
  reads("Rewrote the storefront's CI/CD from scratch in a week.", "Process: Challenges");
  reads("Designed the release pipeline for the firmware images.", "Process: Challenges");
  readsNot("Fixed a flaky step in the CI/CD run of the settings page.", "Process: Challenges");
  readsNot("Deployed the weekly build to the staging cluster.", "Process: Challenges");
});

describe("ladder cues: widened where the readers saw new technology brought to others (issue 26, ladder28)", () => {
  // Technology: Evangelizes "researches … and introduces new technologies": leading the team's innovation,
  // presenting to meetups or conferences, pushing for a technology's adoption.
  reads("Led innovation for the warehouse robotics group with quarterly experiments.", "Technology: Evangelizes");
  reads("Presented our event-sourcing approach at internal meetups.", "Technology: Evangelizes");
  reads("Pushed for wider adoption of property-based tests in the payments code.", "Technology: Evangelizes");
  readsNot("Led the quarterly budget review.", "Technology: Evangelizes");
  readsNot("Presented the sprint demo to the product owner.", "Technology: Evangelizes");
});

describe("ladder cues: widened where the readers saw the architecture owned and set for the future (issue 26, ladder28)", () => {
  // System: Evolves "evolves the architecture to support future requirements": being responsible for a
  // system's architecture, heading architecture, setting a technical strategy, preparing it for more scale.
  reads("Responsible for the architecture and delivery of the claims platform.", "System: Evolves");
  reads("Head of Architecture for the retail banking apps.", "System: Evolves");
  reads("Wrote the frontend strategy for three customer apps.", "System: Evolves");
  reads("Reworked the ingestion queue so it could handle larger scale imports.", "System: Evolves");
  readsNot("Responsible for the delivery of the claims platform.", "System: Evolves");
  readsNot("Set the marketing strategy for the launch.", "System: Evolves");
});

describe("ladder cues: widened where the readers saw influence on the whole company (issue 26, ladder28)", () => {
  // Influence: Company "makes an impact on the whole technology organization": advising the founders or
  // the CTO, moving the tech organization, working with teams in many departments or around the globe.
  reads("Advised the founders on their first platform hires.", "Influence: Company");
  reads("Reporting to the CTO, ran the platform programme.", "Influence: Company");
  reads("Consolidated the tech organization onto one cloud account.", "Influence: Company");
  reads("Partnered with 12 departments on the data catalogue.", "Influence: Company");
  reads("Coordinated the release with global teams in three time zones.", "Influence: Company");
  readsNot("Reported the bug to the vendor.", "Influence: Company");
  readsNot("Worked with the team on the data catalogue.", "Influence: Company");
});

describe("ladder cues: widened where the readers saw a stack moved or a practice brought to the team (issue 26, ladder28)", () => {
  // Technology: Evangelizes "introduces new technologies to the team": moving code or data from one
  // technology to another, bringing in a pattern or typing, arguing for an approach, hosting internal talks.
  reads("Migrated the order history off of a self-hosted Cassandra ring to managed Postgres.", "Technology: Evangelizes");
  reads("Ported the mobile reports from Objective-C to Swift.", "Technology: Evangelizes");
  reads("Brought in dependency injection so the booking module could be unit tested.", "Technology: Evangelizes");
  reads("Argued for an event-driven approach to the loyalty points feed.", "Technology: Evangelizes");
  reads("Hosted a monthly internal talk series on observability.", "Technology: Evangelizes");
  readsNot("Migrated the team's wiki pages to the new space.", "Technology: Evangelizes");
  readsNot("Hosted the summer party for the office.", "Technology: Evangelizes");
  // Process: Challenges: a workflow or branching model worked out, documentation or tests pushed for,
  // procedures automated, agile practices brought in.
  reads("Reworked our git workflow so that hotfixes no longer skip review.", "Process: Challenges");
  reads("Pushed for documentation of every public endpoint.", "Process: Challenges");
  reads("Automated the release procedure for the desktop installers.", "Process: Challenges");
  reads("Brought agile planning to a team used to yearly releases.", "Process: Challenges");
  readsNot("Pushed the hotfix to production on a Sunday.", "Process: Challenges");
  // Process: Adjusts: a team process rebuilt, updated or refined.
  reads("Rebuilt our QA process after the merger.", "Process: Adjusts");
  reads("Refined the intake process for support escalations.", "Process: Adjusts");
  readsNot("Rebuilt the search index after the schema change.", "Process: Adjusts");
});

describe("ladder cues: widened where the readers saw people managed, a community built, a security or incident programme (issue 26, ladder28)", () => {
  // People: Manages: a line manager or team manager title; managing a group or a squad.
  reads("Line manager for four backend engineers.", "People: Manages");
  reads("Worked as tech lead manager of the search relevance team.", "People: Manages");
  reads("Managed a data quality group of six analysts.", "People: Manages");
  readsNot("Joined the platform group as a backend engineer.", "People: Manages");
  // Process: Defines: developing a career framework or a review process (the ladder's own example).
  reads("Developed a career framework for engineers and designers.", "Process: Defines");
  readsNot("Developed the review screen of the expenses app.", "Process: Defines");
  // Influence: Community: building, creating or growing a community of practitioners.
  reads("Built a Rust community of 400 practitioners in the region.", "Influence: Community");
  // System: Leads "creates plans to mitigate outages": an incident process put in place, a security programme owned.
  reads("Introduced an incident process with severity levels and paging.", "System: Leads");
  reads("Owned the security program for the payments platform.", "System: Leads");
  readsNot("Followed the incident process during the checkout outage.", "System: Leads");
});

describe("ladder cues: widened where the readers saw a team's process followed and work with the team or several teams (issue 26, ladder28)", () => {
  // Process: Follows "follows the team processes": working in the team's agile or scrum process.
  reads("Applied Scrum in a four-person team shipping a tenant portal.", "Process: Follows");
  reads("Took part in sprint planning and estimation every fortnight.", "Process: Follows");
  reads("Worked in an agile team on the returns flow.", "Process: Follows");
  readsNot("Used the shared calendar to plan the offsite.", "Process: Follows");
  // Influence: Team: a team leader, the team's members, results or workflow.
  reads("Team leader for a billing squad of seven.", "Influence: Team");
  reads("Paired with team members on their first releases.", "Influence: Team");
  readsNot("Leader of the chess club at university.", "Influence: Team");
  // Influence: Multiple Teams: leading, guiding or running several teams.
  reads("Guided teams through contract tests between services.", "Influence: Multiple Teams");
  reads("Led the iOS and Android teams of two client accounts.", "Influence: Multiple Teams");
  readsNot("Led the mobile development team through the app rewrite.", "Influence: Multiple Teams");
});

describe("ladder cues: widened where the readers saw a first for the company and work across its departments (issue 26, ladder28)", () => {
  // Technology: Evangelizes "introduces new technologies": the company's or the team's first of something built or shipped.
  reads("Shipped the company's first GraphQL gateway for the partner API.", "Technology: Evangelizes");
  reads("Built our first event-streaming pipeline for the ledger.", "Technology: Evangelizes");
  readsNot("Shipped the first version of the invoice page.", "Technology: Evangelizes");
  // Influence: Company: across departments, the company's objectives or strategy, its internal users, its history.
  reads("Ran a reporting platform for 800 internal users in finance and sales.", "Influence: Company");
  reads("Aligned the data roadmap with company objectives for the year.", "Influence: Company");
  reads("Worked across departments to replace the paper onboarding forms.", "Influence: Company");
  readsNot("Worked across the stack on the onboarding forms.", "Influence: Company");
});

describe("ladder cues: widened where the readers saw components designed to last and processes brought in (issue 26, ladder28)", () => {
  // System: Designs "designs and implements medium to large size features": building something scalable,
  // robust, reusable or modular is designing it.
  reads("Developed a scalable scheduling service for clinics.", "System: Designs");
  reads("Developed reusable form components for the three admin tools.", "System: Designs");
  readsNot("Built the quarterly report for the board.", "System: Designs");
  // Process: Adjusts: a practice integrated into, or a process brought into, how the team develops and deploys.
  reads("Introduced image scanning into our deployment process.", "Process: Adjusts");
  reads("Set up a lightweight decision-making process for the guild.", "Process: Adjusts");
  readsNot("Followed the deployment process of the platform team.", "Process: Adjusts");
  // Process: Defines: an agile or DevOps transformation led; processes and practices introduced at several levels.
  reads("Coached the agile transformation of the claims department.", "Process: Defines");
  reads("Introduced process improvements to the intake of support tickets.", "Process: Defines");
  readsNot("Took part in the digital transformation programme as a developer.", "Process: Defines");
});

describe("ladder cues: widened where the readers saw the delivery pipeline sped up and a platform's foundations laid (issue 26, ladder28)", () => {
  // Process: Challenges: a team's CI, build times, flaky tests or release cycle improved; a merge or submit
  // queue; developer productivity.
  reads("Cut the CI wait in half by caching dependencies.", "Process: Challenges");
  reads("Eliminated flaky tests from the checkout suite.", "Process: Challenges");
  reads("Built a merge queue that keeps the main branch green.", "Process: Challenges");
  readsNot("Fixed a broken link in the help centre.", "Process: Challenges");
  // System: Evolves "evolves the architecture to support future requirements": a platform designed and
  // built, its foundations laid, event storming to shape new services.
  reads("Designed and built a booking platform shared by four clinics.", "System: Evolves");
  reads("Built the foundation for the new data platform with infrastructure as code.", "System: Evolves");
  reads("Used event storming to map the order domain with product.", "System: Evolves");
  reads("Owned the foundational layer of the billing platform.", "System: Evolves");
  readsNot("Designed and built a landing page for the spring campaign.", "System: Evolves");
});

describe("ladder cues: widened where the readers saw deep dives, growth goals, analysis and design, several streams coordinated (issue 26, ladder28)", () => {
  // Technology: Specializes: the deep dive into a technology that makes someone the one others ask.
  reads("Gave a deep dive on the Postgres query planner to the backend guild.", "Technology: Specializes");
  readsNot("Dove into the backlog with the product owner.", "Technology: Specializes");
  // People: Manages: growth goals defined or tracked with the team's members.
  reads("Defined growth goals with each of my five reports.", "People: Manages");
  readsNot("Tracked revenue goals for the sales dashboard.", "People: Manages");
  // System: Designs: analysis and design of new work.
  reads("Led analysis and design of the claims tools.", "System: Designs");
  // Influence: Multiple Teams: coordinating the leads of several streams or squads.
  reads("Coordinated three delivery streams for the launch.", "Influence: Multiple Teams");
  readsNot("Coordinated the launch checklist with the designer.", "Influence: Multiple Teams");
});

describe("ladder cues: widened where the readers saw a seat on the leadership team; narrowed for conversions (issue 26, ladder28)", () => {
  // Influence: Company: a member of the company's leadership team; the whole infrastructure moved.
  reads("Part of leadership team for the retail group.", "Influence: Company");
  reads("Rebuilt the entire infrastructure on managed containers.", "Influence: Company");
  readsNot("Part of the on-call team for the search service.", "Influence: Company");
  // Technology: Evangelizes: migrating or porting from one technology is a technology moved; converting
  // users or leads from one plan to another is not.
  readsNot("Converted 20% of trial users from the free plan to the paid one.", "Technology: Evangelizes");
});

describe("ladder cues: widened where the readers saw a system's stability and downtime owned; narrowed for support given to a CEO (issue 26, ladder28)", () => {
  // System: Owns "owns the production operation": the system's stability or downtime, named.
  reads("Raised the stability of the booking service after the holiday peak.", "System: Owns");
  reads("Kept downtime under five minutes a month for the storefront.", "System: Owns");
  readsNot("Raised the conversion rate of the booking page.", "System: Owns");
  // Influence: Company: advising or reporting to the founders, CTO or CEO; supporting them is not it
  // (assisting a CEO with errands or slides is not an impact on the organization).
  readsNot("Supported the CEO with travel bookings and board slides.", "Influence: Company");
});

describe("ladder cues: widened where the readers saw the team's development or release process kept up and rebuilt (issue 26, ladder28)", () => {
  // Process: Adjusts "adjusts the team processes": maintaining, developing or improving the development or
  // delivery process; building the team's (automated) release or deployment process.
  reads("Maintained the development process of the payments squad.", "Process: Adjusts");
  reads("Built a signed, versioned and automated release process for the mobile apps.", "Process: Adjusts");
  readsNot("Developed the payment process for the web shop.", "Process: Adjusts");
});

describe("ladder cues: a green main branch and better ways of working, technical leadership; a one-document strategy name dropped (issue 26, ladder28)", () => {
  // Process: Challenges: keeping the main branch or trunk green, cutting build breakage, looking for
  // better ways of working (the ladder's "looking for ways to improve them").
  reads("Kept the main branch releasable with a merge bot.", "Process: Challenges");
  reads("Cut build breakage on trunk to near zero.", "Process: Challenges");
  reads("Looked for better ways to run our releases with the QA lead.", "Process: Challenges");
  readsNot("Kept the branch office's printers running.", "Process: Challenges");
  // Technology: Specializes: technical leadership given to a team or a group of teams.
  reads("Provided technical leadership to five product squads.", "Technology: Specializes");
  // System: Evolves: a technical, platform or engineering strategy set; an "uplift" strategy of any kind is not.
  readsNot("Created a sales uplift strategy for the spring.", "System: Evolves");
});
