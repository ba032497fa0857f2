// Webview safety: the report page (renderReportHtml, shown in the extension's webview and written by
// `ladderlint report`) has a strict Content-Security-Policy with the nonce, loads nothing remote, puts
// the nonce on every script/style, and shows hostile document text only as text. Checked on a résumé,
// a custom ladder and a title full of HTML/JS injection attempts, with the real engine and ladders.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lint, type LintResult } from "../../src/engine/index.js";
import { createLadderSet, parseLadder } from "../../src/ladders/index.js";
import { renderReportHtml, renderReportMarkdown } from "../../src/report/index.js";
import { ROOT } from "./helpers.js";

const NONCE = "r4nd0mN0nce+/=Abc123";
const CSP_SOURCE = "https://file+.vscode-resource.vscode-cdn.net";

/** Injection attempts; each must come out as text only. */
const PAYLOADS = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(2)">',
  '"><svg onload=alert(3)>',
  "</title><script>alert(4)</script>",
  "<iframe src=https://evil.example/></iframe>",
  "javascript:alert(5)",
  "<style>body{background:url(https://evil.example/x.png)}</style>",
  "<link rel=stylesheet href=https://evil.example/x.css>",
  "' onmouseover='alert(6)",
  "<!--",
  "]]><![CDATA[",
  "<base href=https://evil.example/>",
];

const HOSTILE_RESUME = [
  "---",
  `title: "${PAYLOADS[3]!.replace(/"/g, '\\"')}"`,
  "---",
  `# Jane ${PAYLOADS[0]}`,
  "",
  "## Experience",
  "",
  `### Engineering Manager ${PAYLOADS[1]} — Acme ${PAYLOADS[2]} (2019–2022)`,
  "",
  `- I led the team of 8 engineers and mentored 3 into senior roles ${PAYLOADS[0]}`,
  `- Defined the hiring process and on-call rotation with product managers ${PAYLOADS[1]}`,
  `- Evolved the architecture of the payments platform to cut latency by 40% ${PAYLOADS[4]}`,
  `- Worked on [the API](${PAYLOADS[5]}) and coached engineers ${PAYLOADS[6]}`,
  `- Partnered with executives and other teams on the roadmap ${PAYLOADS[7]} ${PAYLOADS[8]}`,
  `- Responsible for managing incident response ${PAYLOADS[9]} ${PAYLOADS[10]} ${PAYLOADS[11]} TODO`,
  `- We we shipped it <span onclick="alert(7)">very</span> significantly faster`,
  "",
  // Markdown that is *text* containing markup (escaped brackets, entities): the parser keeps it as
  // prose, so it reaches the page and must be escaped there.
  "### Tech Lead \\<script>alert(9)\\</script> — Initech &lt;img src=x onerror=alert(10)&gt; (2015–2019)",
  "",
  "- Mentored 4 engineers and led design reviews with product managers \\<script>alert(11)\\</script>",
  '- Defined the on-call process across 3 teams with executives &lt;img src=x onerror="alert(12)"&gt;',
  "",
].join("\n");

interface Tag {
  name: string;
  attrs: Map<string, string>;
  raw: string;
}

/** A small tag scanner (enough for generated markup): start tags with their attributes. */
function tags(html: string): Tag[] {
  const out: Tag[] = [];
  // Skip the contents of <style> (CSS may contain '>' etc.); scripts have no inline content here.
  const re = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>\/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    const attrs = new Map<string, string>();
    const are = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
    let a: RegExpExecArray | null;
    while ((a = are.exec(m[2]!))) attrs.set(a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? "");
    out.push({ name: m[1]!.toLowerCase(), attrs, raw: m[0] });
    if (m[1]!.toLowerCase() === "style") {
      const close = html.indexOf("</style>", re.lastIndex);
      if (close > 0) re.lastIndex = close;
    }
  }
  return out;
}

const ALLOWED_TAGS = new Set([
  "html", "head", "meta", "title", "style", "body", "header", "footer", "main", "section", "nav", "h1", "h2", "h3", "h4",
  "p", "strong", "em", "b", "code", "div", "span", "i", "small", "sub", "table", "thead", "tbody", "tr", "th", "td",
  "ul", "ol", "li", "svg", "g", "text", "rect", "line", "circle", "path", "title", "details", "summary", "br", "abbr",
]);

function parseCsp(html: string): { directives: Map<string, string[]>; metaIndex: number; count: number } {
  const metas = tags(html).filter((t) => t.name === "meta" && (t.attrs.get("http-equiv") ?? "").toLowerCase() === "content-security-policy");
  assert.equal(metas.length, 1, "exactly one CSP meta tag");
  const content = metas[0]!.attrs.get("content")!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  const directives = new Map<string, string[]>();
  for (const part of content.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return { directives, metaIndex: html.indexOf(metas[0]!.raw), count: metas.length };
}

function checkPage(html: string, options: { nonce: string; cspSource?: string }): void {
  // 1. Strict CSP with the nonce, before anything that loads or runs.
  const { directives, metaIndex } = parseCsp(html);
  assert.deepEqual(directives.get("default-src"), ["'none'"], "default-src must be 'none'");
  for (const d of ["script-src", "style-src"]) {
    const v = directives.get(d) ?? directives.get("default-src")!;
    assert.ok(v.includes(`'nonce-${options.nonce}'`), `${d} lacks the nonce: ${v.join(" ")}`);
    for (const src of v) {
      assert.ok(src === `'nonce-${options.nonce}'` || src === options.cspSource || src === "'none'", `${d} allows ${src}`);
    }
  }
  for (const [d, v] of directives) {
    for (const src of v) {
      assert.ok(!/unsafe-inline|unsafe-eval|unsafe-hashes|^\*$|^data:|^blob:|^https?:$|^http:/.test(src), `${d} allows ${src}`);
      if (/^https?:/.test(src)) assert.equal(src, options.cspSource, `${d} allows the remote source ${src}`);
    }
  }
  const firstLoad = html.search(/<(script|style|link|img)\b/i);
  assert.ok(firstLoad < 0 || metaIndex < firstLoad, "the CSP meta comes after a script/style/link");

  // 2. Only known tags; every script/style/link carries the nonce; no event handlers; nothing remote.
  for (const t of tags(html)) {
    assert.ok(ALLOWED_TAGS.has(t.name) || ((t.name === "script" || t.name === "link") && t.attrs.get("nonce") === options.nonce), `unexpected tag <${t.name}>: ${t.raw.slice(0, 120)}`);
    if (t.name === "script" || t.name === "style" || t.name === "link") assert.equal(t.attrs.get("nonce"), options.nonce, `<${t.name}> without the nonce`);
    for (const [name, value] of t.attrs) {
      assert.ok(!name.startsWith("on"), `event-handler attribute ${name} on <${t.name}>: ${t.raw.slice(0, 120)}`);
      if (["src", "href", "action", "formaction", "poster", "background", "srcset", "data"].includes(name)) {
        assert.ok(!/^\s*(https?:|\/\/|javascript:|data:)/i.test(value) || (options.cspSource && value.startsWith(options.cspSource)), `remote or script URL in ${name}="${value}"`);
      }
      if (name === "style") assert.ok(!/url\(/i.test(value), `url() in a style attribute: ${value}`);
    }
  }
  // 3. No remote url() in the stylesheet; no @import.
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) {
    assert.ok(!/url\(\s*['"]?\s*(https?:|\/\/|javascript:)/i.test(m[1]!), "remote url() in <style>");
    assert.ok(!/@import/i.test(m[1]!), "@import in <style>");
  }
}

function hostileResult(target?: string): LintResult {
  return lint(HOSTILE_RESUME, target ? { override: { target } } : {});
}

describe("reliability: webview safety (renderReportHtml)", () => {
  it("strict CSP with the nonce, nonce on every style/script, nothing remote (with and without cspSource)", () => {
    for (const opts of [{ nonce: NONCE, cspSource: CSP_SOURCE }, { nonce: NONCE }]) {
      for (const target of ["EM6", undefined]) {
        const html = renderReportHtml(hostileResult(target), opts);
        checkPage(html, opts);
      }
    }
  });

  it("a résumé full of <script>, onerror= and javascript: shows them only as escaped text", () => {
    const result = hostileResult("EM6");
    assert.ok(result.coverage, "EM6 coverage computed");
    const html = renderReportHtml(result, { nonce: NONCE, cspSource: CSP_SOURCE });
    checkPage(html, { nonce: NONCE, cspSource: CSP_SOURCE });
    for (const bad of ["<script>alert", "<img src=x", "<svg onload", "<iframe", "<base ", "<link rel=stylesheet href=https", 'onclick="alert', "<span onclick"]) {
      assert.ok(!html.includes(bad), `raw ${bad} in the page`);
    }
    // The text is still there, escaped (evidence, role labels or findings quote the document).
    assert.ok(/&lt;script&gt;alert\((9|11)\)/.test(html), "the <script> text is not shown (escaped) anywhere");
    assert.ok(/onerror=(&quot;)?alert\((10|12)\)/.test(html), "the onerror= text is not shown (escaped) anywhere");
    assert.ok(!/<script>alert\((9|11)\)/.test(html) && !/<img src=x onerror/.test(html), "the text-only markup reached the page unescaped");
    // Exactly the script tags the renderer itself emits (none) — no injected ones.
    assert.equal((html.match(/<script\b/gi) ?? []).length, 0);
  });

  it("a hostile title (the file name) is escaped in <title> and <h1>", () => {
    const html = renderReportHtml(hostileResult(), { nonce: NONCE, title: `Ladderlint report: ${PAYLOADS[3]}${PAYLOADS[0]}.md` });
    checkPage(html, { nonce: NONCE });
    assert.ok(!html.includes("</title><script>"));
    assert.equal((html.match(/<\/title>/g) ?? []).length, 1, "the title element was closed early");
  });

  it("a nonce containing quotes cannot break out of the attribute", () => {
    const nonce = `abc" onload="alert(8)`;
    const html = renderReportHtml(hostileResult(), { nonce });
    for (const t of tags(html)) for (const name of t.attrs.keys()) assert.ok(!name.startsWith("on"), `attribute ${name} injected through the nonce`);
  });

  it("a custom ladder whose names and descriptions carry HTML is escaped too", () => {
    let yaml = readFileSync(join(ROOT, "examples/ladders/acme.yaml"), "utf8");
    yaml = yaml
      .replace(/^name: .*$/m, `name: '${PAYLOADS[1]!.replace(/'/g, "''")} Acme'`)
      .replace(/^description: .*$/m, `description: '${PAYLOADS[0]}'`)
      .replace(/description: How well you build software\./, `description: '${PAYLOADS[3]}'`)
      .replace(/name: Engineering Manager\n/, `name: '${PAYLOADS[2]!.replace(/'/g, "''")} Manager'\n`)
      .replace(/description: ships well-tested features with guidance/, `description: '${PAYLOADS[6]}'`);
    const ladder = parseLadder(yaml, `${PAYLOADS[2]}.yaml`);
    const ladders = createLadderSet([ladder]);
    const level = ladders.levels().find((l) => l.source !== "built-in");
    assert.ok(level, "the custom ladder has levels");
    const result = lint(HOSTILE_RESUME, { override: { target: level.id }, ladders });
    const html = renderReportHtml(result, { nonce: NONCE, cspSource: CSP_SOURCE });
    checkPage(html, { nonce: NONCE, cspSource: CSP_SOURCE });
    for (const bad of ["<script>alert", "<img src=x", "<svg onload", "</title><script>", "<style>body{background:url"]) assert.ok(!html.includes(bad), `raw ${bad} in the page`);
  });

  it("the Markdown report (PR comments) carries no raw HTML from the document", () => {
    const md = renderReportMarkdown(hostileResult("EM6"));
    for (const bad of ["<script", "<img", "<svg", "<iframe", "<base", "<link", "<span onclick", "<style"]) assert.ok(!md.includes(bad), `raw ${bad} in the Markdown report`);
  });
});
