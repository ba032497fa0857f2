import assert from "node:assert/strict";
import rule, { classifyLink, isIssueKey, isPrivateIPv4, termsPattern } from "../../src/rules/confidential.js";
import { lint, mergeLayers } from "../../src/engine/index.js";
import type { ConfigLayer } from "../../src/core/types.js";
import { resume, ruleTester } from "./tester.js";

const header = "# Jane Doe\n\njane.doe@gmail.com · [GitHub](https://github.com/jane)\n\n## Experience\n\n### Acme — Engineering Manager (2020–Present)\n";

ruleTester(rule, {
  valid: [
    {
      name: "standards, certifications, grades, models and years are not issue keys",
      text: resume([
        "Passed ISO-9001 and ISO-27001 audits during COVID-19; moved hashing to SHA-256 and text to UTF-8.",
        "Ran A/B tests on GPT-4 prompts in FY-2023 (JAN-2020 to DEC-2021, Q3-2024, H1-2023); promoted to SDE-2 and GS-13.",
        "Patched CVE-2021-44228; earned AZ-900, N10-008 and SY0-601; built ERC-20 tokens; x86 and X86-64 builds; MIL-STD-810G; DO-178C.",
        "Trained ResNet-50 and RESNET-101 models; shipped on the FTSE-100 and NIFTY-50 desks in 2019-2022; RAH-66 and KC-135 avionics; JAN-19 to DEC-21, FY-24; CSCI-101 and AMD-64.",
      ]),
    },
    {
      name: "'local' in prose and file names is not a host",
      text: resume(["Moved state to a local cache (settings.local.json, .env.local, Config.Local); printer.local stayed.", "Opened 3 offices; hired locals."]),
    },
    {
      name: "go/no-go, Go/Rust and a skills list are not go/ links",
      text: resume(["Ran go/no-go reviews for 12 launches; wrote Go/Rust services; languages: go/golang, python."]),
    },
    {
      name: "the author's address (first in the header) anywhere, example addresses, file names and git remotes",
      text: header + "- Ran the on-call rota for 8 engineers; write to jane.doe@gmail.com or Jane.Doe@gmail.com.\n- Example: user@example.com, logo@2x.png, git@github.com:jane/tool.git\n",
    },
    {
      name: "an address in a Contact section at the end is the author's",
      text: resume(["Grew the team from 4 to 11 engineers."]) + "\n## Contact\n\n- jane@janedoe.dev\n",
    },
    {
      name: "public trackers, wikis and package names",
      text: resume([
        "Fixed [KAFKA-1234](https://issues.apache.org/jira/browse/KAFKA-1234) and wrote https://cwiki.apache.org/confluence/display/KAFKA/KIP-500.",
        "Edited https://wiki.python.org/moin/BeginnersGuide; refactored com.acme.internal.billing; see https://www.acme.com/careers and http://localhost:3000.",
      ]),
    },
    {
      name: "public IP addresses, out-of-range quads and versions",
      text: resume(["Served 8.8.8.8-style DNS; not 10.0.0.256 or 172.32.0.1; shipped v1.10.0.1 and 10.2.3."]),
    },
    {
      name: "a promo packet stays inside: off by default",
      kind: "promo",
      text: "# Promotion packet\n\n## Impact\n\nThis half I fixed ABC-1234 with bob@acme.com; notes at go/plan and https://acme.atlassian.net/wiki/x.\n",
    },
    {
      name: "the front matter's own list of terms is not flagged",
      text: "---\nladderlint:\n  confidential:\n    words: [Bluefin]\n---\n" + resume(["Led a new payments product for 3 teams."]),
    },
  ],
  invalid: [
    {
      name: "go/ links, internal hosts and private IPs",
      text: resume([
        "Wrote go/launch-plan and http://go/dash; moved build01.corp and api.internal:8080 off http://printer.local/jobs.",
        "Served 10.0.3.4, 192.168.1.20/24 and 172.16.0.1:9000 from https://wiki.corp.acme.com/x and http://wiki/Page.",
      ]),
      errors: [
        { line: 6, column: 9, covers: "go/launch-plan", severity: "error", message: 'Confidential: internal go/ short link "go/launch-plan" should not leave the company' },
        { line: 6, column: 28, covers: "http://go/dash" },
        { line: 6, column: 50, covers: "build01.corp", message: "internal host name" },
        { line: 6, column: 67, covers: "api.internal:8080", message: "internal host name" },
        { line: 6, column: 89, covers: "http://printer.local/jobs", message: "internal host name" },
        { line: 7, column: 10, covers: "10.0.3.4", message: "private IP address" },
        { line: 7, column: 20, covers: "192.168.1.20/24" },
        { line: 7, column: 40, covers: "172.16.0.1:9000" },
        { line: 7, column: 61, covers: "https://wiki.corp.acme.com/x", message: "internal host name" },
        { line: 7, column: 94, covers: "http://wiki/Page" },
      ],
    },
    {
      name: "document, tracker and chat links",
      text: resume([
        "Docs: [design](https://acme.atlassian.net/wiki/spaces/ENG/pages/1), https://docs.google.com/document/d/abc/edit, https://acme.sharepoint.com/sites/eng/x.docx",
        "Also https://confluence.acme.com/display/ENG/Plan, https://jira.acme.com/browse/XY-12, https://acme.slack.com/archives/C1/p2, https://teams.microsoft.com/l/message/19:abc",
      ]),
      errors: [
        { line: 6, column: 18, covers: "https://acme.atlassian.net/wiki/spaces/ENG/pages/1", message: "company Jira/Confluence link" },
        { line: 6, column: 71, covers: "https://docs.google.com/document/d/abc/edit", message: "Google Docs/Drive document link" },
        { line: 6, column: 116, covers: "https://acme.sharepoint.com/sites/eng/x.docx", message: "SharePoint link" },
        { line: 7, column: 8, covers: "https://confluence.acme.com/display/ENG/Plan", message: "internal wiki or intranet link" },
        { line: 7, column: 54, covers: "https://jira.acme.com/browse/XY-12", message: "issue tracker link" },
        { line: 7, column: 90, covers: "https://acme.slack.com/archives/C1/p2", message: "Slack message link" },
        { line: 7, column: 129, covers: "https://teams.microsoft.com/l/message/19:abc", message: "Microsoft Teams link" },
      ],
    },
    {
      name: "issue keys, after an emoji and an accent",
      text: resume(["🚀 Fixed ABC-1234 and PLAT-77 (café, INFRA_OPS-120)."]),
      errors: [
        { line: 6, column: 12, endColumn: 20, covers: "ABC-1234", message: 'issue key "ABC-1234"' },
        { line: 6, column: 25, endColumn: 32, covers: "PLAT-77" },
        { line: 6, column: 40, endColumn: 53, covers: "INFRA_OPS-120" },
      ],
    },
    {
      name: "a key as the text of a tracker link: one finding, the link",
      text: resume(["Shipped alerting ([PA-1745](https://linear.app/acme/issue/PA-1745/alerts)) and PA-1758."]),
      errors: [
        { line: 6, column: 31, covers: "https://linear.app/acme/issue/PA-1745/alerts", message: "issue tracker link" },
        { line: 6, column: 82, covers: "PA-1758", message: "issue key" },
      ],
    },
    {
      name: "someone else's e-mail address, also as a mailto: link",
      text: header + "- Paired with bob.smith@acme.com and [Ann](mailto:ann@acme.com) on the 3 migrations.\n",
      errors: [
        { line: 8, column: 15, covers: "bob.smith@acme.com", message: "e-mail address that is not yours" },
        { line: 8, column: 51, covers: "ann@acme.com" },
      ],
    },
    {
      name: "the first address inside an achievement bullet is not the author's",
      text: resume(["Took over the queue from bob@acme.com."]),
      errors: [{ line: 6, column: 28, covers: "bob@acme.com" }],
    },
    {
      name: "terms from the front matter: whole words, any case, a space matches a line break",
      text: "---\nladderlint:\n  confidential:\n    words: [Bluefin, Contoso Ltd]\n---\n" + resume(["Led BLUEFIN for Contoso\n  Ltd; not bluefins or Contoso Ltda."]),
      errors: [
        { line: 11, column: 7, covers: "BLUEFIN", message: 'term on your confidential list "BLUEFIN"' },
        { line: 11, column: 19, endLine: 12, endColumn: 6, covers: "Contoso\n  Ltd", message: '"Contoso Ltd"' },
      ],
    },
  ],
});

describe("confidential: severity by kind and configuration", () => {
  const promo = "# Promotion packet\n\n## Impact\n\nThis half I fixed ABC-1234 and documented it at go/plan.\n";
  const ids = (text: string, override: ConfigLayer) => lint(text, { rules: [rule], override }).findings.filter((f) => f.ruleId === "confidential").map((f) => `${f.severity} ${text.slice(f.start, f.end)}`);

  it("is an error in a résumé and off in a promo packet", () => {
    assert.deepEqual(ids(resume(["Fixed ABC-1234."]), {}), ["error ABC-1234"]);
    assert.equal(lint(promo, { rules: [rule] }).kind, "promo");
    assert.deepEqual(ids(promo, {}), []);
  });

  it("runs in a promo packet when its severity is configured (config, front matter or --share-check)", () => {
    assert.deepEqual(ids(promo, { rules: { confidential: "warning" } }), ["warning ABC-1234", "warning go/plan"]);
    const withFrontMatter = "---\nladderlint:\n  kind: promo\n  rules: { confidential: info }\n---\n" + promo;
    assert.deepEqual(ids(withFrontMatter, {}), ["info ABC-1234", "info go/plan"]);
    assert.deepEqual(ids(resume(["Fixed ABC-1234."]), { rules: { confidential: "off" } }), []);
  });

  it("terms come from every layer and add up; the front matter refuses a file", () => {
    const text = "---\nladderlint:\n  confidential:\n    words: [Bluefin]\n    file: terms.txt\n---\n" + resume(["Led Bluefin and Marlin for Contoso."]);
    const base = mergeLayers({ confidential: { words: ["Contoso"] } }, { confidential: { words: ["Marlin"] } });
    assert.deepEqual(base.confidential?.words, ["Contoso", "Marlin"]);
    const r = lint(text, { base });
    assert.deepEqual(r.findings.filter((f) => f.ruleId === "confidential").map((f) => text.slice(f.start, f.end)), ["Bluefin", "Marlin", "Contoso"]);
    const refused = r.findings.filter((f) => f.ruleId === "ladderlint").map((f) => f.message);
    assert.equal(refused.length, 1);
    assert.match(refused[0]!, /`ladderlint\.confidential\.file` is not read from a document/);
  });

  it("a malformed front-matter list is reported, not ignored", () => {
    const r = lint("---\nladderlint:\n  confidential: [Bluefin]\n---\n# Jane\n", { rules: [rule] });
    assert.deepEqual(r.findings.filter((f) => f.severity === "error").map((f) => f.message), ["front matter: `ladderlint.confidential` must be a mapping with `words:` (a list of terms)"]);
  });
});

describe("confidential: detectors", () => {
  it("issue keys need two letters, two digits, no leading zero, no year and no listed prefix", () => {
    assert.ok(isIssueKey("ABC", "1234"));
    assert.ok(isIssueKey("PA", "17"));
    for (const [p, n] of [["ISO", "9001"], ["COVID", "19"], ["SHA", "256"], ["X86", "64"], ["FY", "2023"], ["Q3", "2024"], ["AZ", "900"], ["CS", "229"]] as const) {
      assert.equal(isIssueKey(p, n), false, `${p}-${n}`);
    }
  });

  it("private IPv4 ranges only", () => {
    for (const ip of ["10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.0.1"]) assert.ok(isPrivateIPv4(ip), ip);
    for (const ip of ["8.8.8.8", "172.15.0.1", "172.32.0.1", "192.169.0.1", "10.0.0.256", "10.01.0.1", "10.0.0"]) assert.equal(isPrivateIPv4(ip), false, ip);
  });

  it("classifies links by host and path", () => {
    const what = (t: string) => classifyLink(t)?.what;
    assert.equal(what("https://drive.google.com/file/d/abc/view"), "Google Docs/Drive document link");
    assert.equal(what("https://docs.google.com/a/acme.com/spreadsheets/d/x"), "Google Docs/Drive document link");
    assert.equal(what("https://app.slack.com/client/T1/C2"), "Slack message link");
    assert.equal(what("https://intranet.acme.com/hr/policy"), "internal wiki or intranet link");
    assert.equal(what("https://acme.com/wiki/spaces/ENG/x"), "internal wiki or intranet link");
    assert.equal(what("https://hibernate.atlassian.net/browse/HHH-123"), undefined);
    assert.equal(what("https://docs.google.com/"), undefined);
    assert.equal(what("https://acme.slack.com/"), undefined);
    assert.equal(what("https://github.com/acme/tool/issues/12"), undefined);
    assert.equal(what("app.internal:8080"), classifyLink("build01.corp")!.what);
    assert.equal(what("com.acme.internal"), undefined);
    assert.equal(what("Acme.Corp"), undefined);
    assert.equal(what("node.js"), undefined);
  });

  it("terms: escaped, longest first, whole words", () => {
    const re = termsPattern(["C++ Core", "Core", "a.b"])!;
    assert.deepEqual("use C++  core, Core and a.b but not aXb or cores".match(re), ["C++  core", "Core", "a.b"]);
    assert.equal(termsPattern(["", "  "]), undefined);
  });
});
