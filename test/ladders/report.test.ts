import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { lint } from "../../src/engine/index.js";
import { renderReportHtml, renderReportMarkdown, roleBalance } from "../../src/report/index.js";
import { createLadderSet, parseLadder } from "../../src/ladders/index.js";

const packet = readFileSync(new URL("../fixtures/calibration/em5-packet.md", import.meta.url), "utf8");

// Raw HTML in Markdown is masked by the parser; escaped HTML (\\<script>) is text the report must show as text.
const HOSTILE = `# Jo <script>alert("x")</script> Park

## Experience

### Engineering Manager — Acme \\<img src=x onerror=alert(1)> (2021–present)

- Managed 6 engineers; wrote <script>steal()</script> growth plans & ran 1:1s | piped
- Mentored two engineers on fixing \\<script>alert(1)\\</script> injection bugs
- Owned on-call for the <b>billing</b> platform
`;

describe("report", () => {
  it("renders a self-contained page with a strict CSP and the nonce on its style", () => {
    const r = lint(packet, { override: { target: "EM6" } });
    const html = renderReportHtml(r, { nonce: "abc123" });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.equal(csp, "default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123'");
    assert.match(html, /<style nonce="abc123">/);
    // No remote resources, no inline handlers, no style attributes (the CSP would block them).
    assert.doesNotMatch(html, /\b(src|href)=["']?(https?:)?\/\//i);
    assert.doesNotMatch(html, /<link\b|<script\b|<img\b|<iframe\b/i);
    assert.doesNotMatch(html, /\son[a-z]+=/i);
    assert.doesNotMatch(html, /\sstyle=/i);
    // With the VS Code webview source.
    const web = renderReportHtml(r, { nonce: "n1", cspSource: "https://*.vscode-cdn.net" });
    assert.match(web, /style-src 'nonce-n1' https:\/\/\*\.vscode-cdn\.net; script-src 'nonce-n1' https:\/\/\*\.vscode-cdn\.net/);
    // Without a nonce one is generated.
    const n = /'nonce-([0-9a-f]{32})'/.exec(renderReportHtml(r))?.[1];
    assert.ok(n);
  });

  it("shows the grid with the target marked, reads-as, evidence lines and per-role balance", () => {
    const r = lint(packet, { override: { target: "EM6" } });
    const cov = r.coverage!;
    const html = renderReportHtml(r, { nonce: "x" });
    assert.match(html, new RegExp(`id="reads-as">${cov.readsAs}<`));
    // The verdict in the same words as the status bar and the CLI (DESIGN §4).
    assert.ok(html.includes(`<p class="verdict" id="verdict">The document ${cov.verdict!.replace(/&/g, "&amp;").replace(/</g, "&lt;")}.</p>`), "verdict");
    assert.match(html, /EM6 - Engineering Manager 6/);
    // One grid row per axis with all five steps; the expected step is marked.
    for (const a of cov.axes) {
      assert.match(html, new RegExp(`<th scope="row">${a.axis}</th>`));
      for (const s of a.steps!) assert.ok(html.includes(`title="${a.axis}: ${s}"`), `${a.axis}: ${s}`);
      const expectedCell = new RegExp(`<td class="[^"]*expected ${a.met ? "met" : "missing"}[^"]*" title="${a.axis}: ${a.expected}">`);
      assert.match(html, expectedCell, a.axis);
    }
    // Every evidence line is listed and clickable (data-line for the webview).
    const evidence = cov.axes.flatMap((a) => a.evidence);
    assert.ok(evidence.length > 5);
    for (const ev of evidence) assert.ok(html.includes(`data-line="${ev.line}" data-start="${ev.start}" data-end="${ev.end}"`), `line ${ev.line}`);
    // Balance chart: an inline SVG per role.
    const balance = roleBalance(r);
    assert.ok(balance.length >= 1);
    assert.equal((html.match(/<svg class="bars"/g) ?? []).length, balance.length);
    assert.match(html, /Apache/); // attribution of the built-in ladder
  });

  it("escapes every piece of document text (a résumé containing <script> shows as text)", () => {
    const r = lint(HOSTILE, { override: { target: "EM5" } });
    const html = renderReportHtml(r, { nonce: "x" });
    assert.doesNotMatch(html, /<script|<img |<b>billing/i);
    assert.match(html, /Mentored two engineers on fixing \\&lt;script&gt;alert\(1\)\\&lt;\/script&gt; injection bugs/);
    assert.match(html, /growth plans &amp; ran 1:1s/);
    assert.match(html, /Acme \\&lt;img src=x onerror=alert\(1\)&gt;/);
    const md = renderReportMarkdown(r);
    assert.doesNotMatch(md, /<script|<img /i);
    assert.match(md, /&lt;script&gt;alert\(1\)/);
    // Pipes in document text cannot break the Markdown tables.
    assert.match(md, /1:1s \\\| piped/);
  });

  it("renders Markdown with the same coverage for a pull-request comment", () => {
    const r = lint(packet, { override: { target: "EM6" } });
    const md = renderReportMarkdown(r);
    const cov = r.coverage!;
    assert.match(md, /^## Ladderlint competency report: EM6 - Engineering Manager 6$/m);
    assert.ok(md.includes(`**Reads as:** ${cov.readsAs}`));
    assert.ok(md.includes(`The document ${cov.verdict}.`), "verdict");
    assert.ok(md.includes(`**Competencies shown:** ${cov.axes.filter((a) => a.met).length}/5`));
    for (const a of cov.axes) {
      const row = md.split("\n").find((l) => l.startsWith(`| ${a.axis} | ${a.expected} |`));
      assert.ok(row, a.axis);
      assert.ok(row.includes(a.met ? "✅" : a.found ? "⚠️" : "❌"));
      for (const ev of a.evidence.slice(0, 3)) assert.ok(md.includes(`- L${ev.line}`), `L${ev.line}`);
    }
    assert.match(md, /### Balance per role/);
  });

  it("says so when no target is set", () => {
    const r = lint(HOSTILE);
    assert.match(renderReportHtml(r, { nonce: "x" }), /No target level is set/);
    assert.match(renderReportMarkdown(r), /No target level is set/);
  });

  it("renders a custom ladder's own axes and plain expectations, naming the ladder file", () => {
    const set = createLadderSet([parseLadder(readFileSync(new URL("../../examples/ladders/acme.yaml", import.meta.url), "utf8"), "examples/ladders/acme.yaml")]);
    const doc = "# Sam\n\n## Experience\n\n### Engineering Manager — Acme (2021–2024)\n\n- Hired 6 engineers through a structured interview loop\n- Led a cross-team migration with 3 partner teams\n";
    const r = lint(doc, { ladders: set, override: { target: "MGR2" } });
    const html = renderReportHtml(r, { nonce: "x" });
    assert.match(html, /MGR2 - Senior Engineering Manager<\/strong> \(examples\/ladders\/acme\.yaml\)/);
    assert.match(html, /<th scope="row">Reach<\/th><td class="reached" title="Reach: Self">/);
    assert.match(html, /<th scope="row">Hiring<\/th><td colspan="3" class="expected met reached"/);
    assert.match(html, /<th scope="row">Growth<\/th><td colspan="3" class="expected missing"/);
    assert.doesNotMatch(html, /Apache/); // the built-in attribution is for the built-in ladder only
    const md = renderReportMarkdown(r);
    assert.match(md, /^\| Operating model \| shown \| — \| ❌ \| — \|$/m);
  });
});
