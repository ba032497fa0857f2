import assert from "node:assert/strict";
import { parseDocument, sectionKindOf } from "../../src/core/parse.js";
import { LineIndex } from "../../src/core/positions.js";

describe("document model", () => {
  it("reads the kind from front matter, else from headings", () => {
    assert.equal(parseDocument("---\nladderlint:\n  kind: promo\n---\n# Jane\n## Experience\n").kind, "promo");
    assert.equal(parseDocument("# Jane\n\n## Work History\n\n## Education\n").kind, "resume");
    assert.equal(parseDocument("# H2 promotion case\n\n## Impact\n\nWe shipped.\n\n## Competencies\n").kind, "promo");
    assert.equal(parseDocument("# Self-review\n\n## People\n").kind, "promo");
    // A brag log titled in Portuguese or Spanish ("Minhas Entregas": my deliveries; held-out round 5); "Principais Realizações" alone stays a résumé's section.
    assert.equal(parseDocument("# Minhas Entregas\n\n## 2026-H1 (Janeiro - Junho 2026)\n\n### Redução de custo AWS - Conta Leve\n\n- Desativei 4 ambientes obsoletos.\n").kind, "promo");
    assert.equal(parseDocument("# Ana Lima\n\n## Experiência\n\n### Tech Lead - Tailspin (2018 - 2021)\n\n## Principais Realizações\n\n- Reduzi o custo em 30%.\n").kind, "resume");
    // A promo heading repeated under every role ("### Impact", "##### Accomplishments") is a résumé role's sub-section (held-out round 5).
    const perRole = "# Ana Lima\n\n# Professional Experience\n\n## Tailspin\n\n### Senior Software Engineer\n\n**Aug 2020 to Present**\n\n### Impact\n\n- Cut support time by 75%.\n\n## Fourth Coffee\n\n### Software Engineer\n\n**Apr 2018 to Jul 2020**\n\n### Impact\n\n- Built the extract pipeline in Go.\n\n## Northwind\n\n### Intern\n\n### Impact\n\n- Wrote the test harness.\n";
    const doc5 = parseDocument(perRole);
    assert.equal(doc5.kind, "resume");
    assert.deepEqual(doc5.roles.map((r) => [r.title, r.employer, r.bullets.filter((b) => b.achievement).length]), [["Senior Software Engineer", "Tailspin", 1], ["Software Engineer", "Fourth Coffee", 1], ["Intern", "Northwind", 1]]);
    // A volunteering section holds no roles (LABELLING.md: volunteering lists are not roles; real corpus).
    assert.deepEqual(parseDocument("# Jane\n\n## Employment history\n\n### 2021 – Current | Acme | Engineering Manager\n\n- Hired 4.\n\n## Voluntary history\n\n### 2017 – 2020 | English4all | Manager\n\n- Ran the school's IT.\n").roles.map((r) => r.employer), ["Acme"]);
    // "Work Accomplishments at iFood": a job's accomplishments under a résumé's employer (held-out round 3).
    assert.equal(parseDocument("# Ana Lima\n\n## Professional Background\n\n### Work Accomplishments at Tailspin\n\n- Cut p99 40%.\n\n### Work Accomplishments at Fourth Coffee\n\n- Hired 4.\n\n## Certifications\n").kind, "resume");
    assert.equal(parseDocument("# Notes\n").kind, "resume");
    assert.equal(parseDocument("# Jane\n## Impact\n", { kind: "resume" }).kind, "resume");
    assert.equal(parseDocument("# Jane\n## Experience\n", { baseKind: "promo" }).kind, "promo");
  });

  it("classifies section headings", () => {
    assert.equal(sectionKindOf("Work History"), "experience");
    assert.equal(sectionKindOf("💼 Professional Experience"), "experience");
    assert.equal(sectionKindOf("Technical Skills"), "skills");
    assert.equal(sectionKindOf("Education & Certifications"), "education");
    assert.equal(sectionKindOf("Publications"), "publications");
    assert.equal(sectionKindOf("Northwind Logistics"), undefined);
  });

  it("anchors document findings at the first H1, else the target: line, else line 1", () => {
    const withH1 = parseDocument("---\ntitle: x\nladderlint:\n  target: EM6\n---\n# Jane\n");
    assert.equal(withH1.text.slice(withH1.docAnchor.start, withH1.docAnchor.end), "# Jane");
    const a = parseDocument("---\ntitle: x\nladderlint:\n  target: EM6\n---\n## Experience\n");
    assert.equal(a.text.slice(a.docAnchor.start, a.docAnchor.end), "target: EM6");
    const flow = parseDocument("---\nladderlint: {kind: promo, target: EM6 }\n---\n## Experience\n");
    assert.equal(flow.text.slice(flow.docAnchor.start, flow.docAnchor.end), "target: EM6");
    const b = parseDocument("intro\n\n# Jane Doe\n");
    assert.equal(b.text.slice(b.docAnchor.start, b.docAnchor.end), "# Jane Doe");
    const c = parseDocument("just text\nmore\n");
    assert.deepEqual(c.docAnchor, { start: 0, end: 9 });
  });

  it("keeps offsets exact with a BOM and CRLF line ends", () => {
    const text = "\uFEFF# Jane\r\n\r\n## Experience\r\n\r\n### Staff Engineer — Acme (2019–2022)\r\n\r\n- Cut costs by 20%.\r\n";
    const doc = parseDocument(text);
    assert.equal(doc.roles.length, 1);
    const b = doc.bullets[0]!;
    assert.equal(text.slice(b.start, b.end), "Cut costs by 20%.");
    assert.deepEqual(doc.lineCol(b.start), { line: 7, column: 3 });
    assert.equal(doc.text.slice(doc.roles[0]!.titleStart, doc.roles[0]!.titleEnd), "### Staff Engineer — Acme (2019–2022)");
  });

  it("converts offsets to 1-based line/column in UTF-16 units (an emoji counts 2)", () => {
    const li = new LineIndex("a😀b\r\nc\rd\n");
    assert.deepEqual(li.lineCol(3), { line: 1, column: 4 }); // "b" after a 2-unit emoji
    assert.deepEqual(li.lineCol(6), { line: 2, column: 1 });
    assert.deepEqual(li.lineCol(8), { line: 3, column: 1 }); // after a lone CR
    assert.equal(li.offsetAt(2, 1), 6);
    assert.equal(li.offsetAt(1, 99), 4); // clamped before \r\n
  });

  it("shares the line index of the text linted last (LineIndex.of), and only for that text", () => {
    const a = "# A\n\n- one\n- two\n";
    const first = LineIndex.of(a);
    assert.equal(LineIndex.of(a), first);
    assert.equal(LineIndex.of("# A\n\n- one\n- two\n".slice(0)), first, "an equal string");
    const b = LineIndex.of(a + "- three\n");
    assert.notEqual(b, first);
    assert.deepEqual(b.starts, new LineIndex(a + "- three\n").starts);
    assert.deepEqual(LineIndex.of(a).starts, new LineIndex(a).starts);
  });

  it("splits sentences without breaking on abbreviations or decimals", () => {
    const doc = parseDocument("# Me\n\n## Impact\n\nWe shipped v2.1 of the API, e.g. the billing endpoints. I drove the design; Sam ran QA! Did it work? Yes.\n", { kind: "promo" });
    const b = doc.bullets[0]!;
    assert.deepEqual(doc.sentences(b).map((s) => s.plain), ["We shipped v2.1 of the API, e.g. the billing endpoints.", "I drove the design; Sam ran QA!", "Did it work?", "Yes."]);
    for (const s of doc.sentences(b)) assert.equal(doc.text.slice(s.start, s.end), s.text);
  });

  it("reads inline directives with their rule ids", () => {
    const doc = parseDocument("# Me\n\n<!-- ladderlint-disable-next-line we-not-me, first-person -->\n- I did it\n");
    assert.deepEqual(doc.directives.map((d) => [d.kind, d.rules, d.line]), [["disable-next-line", ["we-not-me", "first-person"], 3]]);
  });

  it("treats promo paragraphs in impact sections as achievement units", () => {
    const doc = parseDocument("---\nladderlint: {kind: promo}\n---\n# Promo\n\n## Impact\n\nWe cut latency by 30%. I led the design.\n\n## Skills\n\n- Go\n");
    const ach = doc.bullets.filter((b) => b.achievement);
    assert.equal(ach.length, 1);
    assert.equal(ach[0]!.paragraph, true);
  });
});

describe("document model: what is not a role header", () => {
  it("keeps achievement lines that mention titles, teams and years as bullets", () => {
    const text = [
      "# Jo", "", "## Experience", "", "### Staff Engineer — Acme (2019–2022)", "",
      "- Engineering manager for 8 engineers at Acme since 2019",
      "- Led the engineering team at Acme through the 2020 migration",
      "- **Mentor** to four interns in 2021",
      "",
      "Led the platform engineering group at Acme 2021",
      "",
    ].join("\n");
    const doc = parseDocument(text);
    assert.deepEqual(doc.roles.map((r) => r.title), ["Staff Engineer"]);
    assert.equal(doc.roles[0]!.bullets.length, 4);
  });

  it("reads a list item with a bold title as a role header with nested bullets", () => {
    const text = "# Jo\n\n## Experience\n\n- **Engineering Manager**, Acme (2020–2023)\n  - Hired 6 engineers.\n  - Cut costs by 10%.\n- **Tech Lead**, Beta (2017–2020)\n  - Designed the API.\n";
    const doc = parseDocument(text);
    assert.deepEqual(doc.roles.map((r) => [r.title, r.employer, r.dates, r.bullets.length, r.bullets.map((b) => b.depth)]), [
      ["Engineering Manager", "Acme", "2020–2023", 2, [0, 0]],
      ["Tech Lead", "Beta", "2017–2020", 1, [0]],
    ]);
  });
});

describe("document model: the name heading", () => {
  it("does not read an H1 with a headline as a role", () => {
    const doc = parseDocument("# Ana Müller — Engineering Manager\n\nBerlin · ana@example.com\n\n## Experience\n\n### Staff Engineer — Acme (2019–2022)\n\n- Cut costs by 20%.\n");
    assert.deepEqual(doc.roles.map((r) => r.title), ["Staff Engineer"]);
  });
});

describe("document model: promo context, nesting, TOML", () => {
  it("does not count Goals/Feedback sections or a promo introduction as achievements", () => {
    const doc = parseDocument("---\nladderlint: {kind: promo}\n---\n# Promo case\n\nI am asking for EM6.\n\n## Impact\n\n- We cut costs by 20%; I led it.\n\n## Goals for next year\n\n- Grow two leads.\n\n## Feedback received\n\n- \"Great partner\" — PM\n");
    assert.deepEqual(doc.bullets.map((b) => [b.plain.slice(0, 12), b.achievement]), [
      ["I am asking ", false],
      ["We cut costs", true],
      ["Grow two lea", false],
      ["\"Great partn", false],
    ]);
  });

  it("does not count a year review's look ahead ('2021 Opportunities', 'Looking ahead', 'Misses') as achievements (issue 26's judged draw after-8)", () => {
    const doc = parseDocument("# Year-end review 2020\n\n## 2020 Accomplishments\n\n- I delivered two talks on accessibility.\n\n## 2021 Opportunities\n\n- I intend to write more regularly about the tools I build at work.\n\n## Looking ahead\n\n- Speak at one conference.\n\n## Misses\n\n- The billing project ran eight months late.\n", { filename: "2020-year-in-review.md" });
    assert.deepEqual(doc.bullets.map((b) => [b.plain.slice(0, 12), b.achievement]), [
      ["I delivered ", true],
      ["I intend to ", false],
      ["Speak at one", false],
      ["The billing ", false],
    ]);
  });

  it("links nested bullets to their parent and keeps Skills out of prose blocks", () => {
    const doc = parseDocument("# Me\n\n## Experience\n\n### Staff Engineer — Acme (2019–2022)\n\n- Cut costs by 20%.\n  - Wrote the model.\n\n## Skills\n\n- Go, Rust\n");
    const nested = doc.bullets.find((b) => b.depth === 1)!;
    assert.equal(nested.parent?.plain, "Cut costs by 20%.");
    assert.ok(!doc.proseBlocks.some((p) => p.plain === "Go, Rust"));
  });

  it("masks Hugo TOML front matter", () => {
    const doc = parseDocument("+++\ntitle = \"CV\"\n+++\n# Me\n\n## Experience\n\n### Staff Engineer — Acme (2019–2022)\n\n- Cut costs by 20%.\n");
    assert.ok(doc.frontMatter && !doc.frontMatter.error);
    assert.equal(doc.roles.length, 1);
    assert.ok(!doc.proseBlocks.some((p) => p.plain.includes("title")));
  });
});

describe("document kind: a post's tags", () => {
  it("a brag tag in TOML or YAML front matter makes a promo document; other tags tell nothing", () => {
    const toml = parseDocument('+++\ntitle = "Payments platform"\n[taxonomies]\ntag = ["brag"]\n+++\n\nI led the move to the new ledger.\n\n### Ledger migration\n\nMoved 40 services.\n');
    assert.equal(toml.kind, "promo");
    const yaml = parseDocument("---\ntitle: Payments platform\ntags: [career, self-review]\n---\n\n### Ledger migration\n\nMoved 40 services.\n");
    assert.equal(yaml.kind, "promo");
    const other = parseDocument("---\ntitle: Rowan Ashby\ntags: [career, golang]\n---\n\n## Experience\n\n### Staff Engineer — Acme (2019–2022)\n\n- Moved 40 services.\n");
    assert.equal(other.kind, "resume");
  });
});
