// The competency report: one self-contained HTML page (strict CSP, no remote resources, every piece of
// document text escaped) or Markdown for a pull-request comment. Pure: no fs, no vscode, no process.
import type { LintResult } from "../engine/index.js";
import type { CoverageAxis, Finding, Role } from "../core/types.js";
import { classify, type Category } from "../rules/lib/classify.js";
import { ATTRIBUTION } from "../ladders/builtin.js";
import { verdictOf } from "../ladders/verdict.js";

export interface ReportHtmlOptions {
  /** CSP nonce for the page's style (and any script the host adds). Generated when absent. */
  nonce?: string;
  /** The VS Code webview's `cspSource`, allowed for styles and scripts when given. */
  cspSource?: string;
  title?: string;
}

/** The four sides of the balance guidance, in chart order. */
export const BALANCE: readonly Category[] = ["technical", "people", "delivery", "communication"];

export interface RoleBalance {
  label: string;
  line: number;
  bullets: number;
  counts: Record<string, number>;
}

/** Per-role balance of achievement bullets (a bullet can count for several sides). */
export function roleBalance(result: LintResult): RoleBalance[] {
  const doc = result.doc;
  const groups: { label: string; line: number; texts: string[] }[] = [];
  const roleLabel = (r: Role) => [r.title, r.employer].filter(Boolean).join(" · ") + (r.dates ? ` (${r.dates})` : "");
  for (const r of doc.roles) {
    const texts = r.bullets.filter((b) => b.achievement).map((b) => b.plain);
    if (texts.length) groups.push({ label: roleLabel(r) || `Role at line ${r.line}`, line: r.line, texts });
  }
  if (!groups.length) {
    const texts = doc.bullets.filter((b) => b.achievement).map((b) => b.plain);
    const first = doc.bullets.find((b) => b.achievement);
    if (texts.length) groups.push({ label: "Whole document", line: first?.line ?? 1, texts });
  }
  return groups.map((g) => {
    const counts: Record<string, number> = Object.fromEntries(BALANCE.map((c) => [c, 0]));
    for (const t of g.texts) for (const c of classify(t)) if (c in counts) counts[c]!++;
    return { label: g.label, line: g.line, bullets: g.texts.length, counts };
  });
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function makeNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function shown(axes: CoverageAxis[]): number {
  return axes.filter((a) => a.met).length;
}

const STYLE = `
:root { color-scheme: light dark; --fg: var(--vscode-foreground, #1f2328); --bg: var(--vscode-editor-background, #ffffff);
  --muted: var(--vscode-descriptionForeground, #59636e); --line: var(--vscode-panel-border, #d1d9e0);
  --ok: #1a7f37; --gap: #cf222e; --partial: #9a6700; --reach: #2da44e33; --target: #0969da;
  --technical: #0969da; --people: #8250df; --delivery: #bf8700; --communication: #1a7f37; }
@media (prefers-color-scheme: dark) { :root { --fg: var(--vscode-foreground, #e6edf3); --bg: var(--vscode-editor-background, #0d1117);
  --muted: var(--vscode-descriptionForeground, #9198a1); --line: var(--vscode-panel-border, #3d444d); --reach: #2ea04340; --target: #4493f8; } }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px 48px; font: 14px/1.5 var(--vscode-font-family, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif); color: var(--fg); background: var(--bg); max-width: 1100px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 18px 0 4px; }
.sub { color: var(--muted); margin: 0 0 16px; }
.cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 12px 0 8px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 170px; }
.card .k { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.card .v { font-size: 22px; font-weight: 600; }
.v.ok { color: var(--ok); } .v.gap { color: var(--gap); }
table.grid { border-collapse: separate; border-spacing: 4px; width: 100%; table-layout: fixed; }
.grid th { text-align: left; font-weight: 600; padding: 4px 6px; width: 120px; }
.grid thead th { color: var(--muted); font-weight: 500; font-size: 12px; text-align: center; width: auto; }
.grid td { border: 1px solid var(--line); border-radius: 6px; padding: 6px 8px; text-align: center; font-size: 13px; height: 44px; vertical-align: middle; }
.grid td.reached { background: var(--reach); }
.grid td.expected { border: 2px solid var(--target); font-weight: 600; }
.grid td.expected.missing { border-color: var(--gap); border-style: dashed; }
.grid td.above { color: var(--muted); }
.grid td .n { display: block; font-size: 11px; color: var(--muted); font-weight: 400; }
.grid td .mark { color: var(--target); }
.legend { color: var(--muted); font-size: 12px; margin: 6px 0 0; }
.legend span { display: inline-block; margin-right: 14px; }
.sw { display: inline-block; width: 12px; height: 12px; border-radius: 3px; vertical-align: -2px; margin-right: 4px; border: 1px solid var(--line); }
.sw.reached { background: var(--reach); } .sw.expected { border: 2px solid var(--target); } .sw.missing { border: 2px dashed var(--gap); }
.status { font-size: 12px; font-weight: 600; padding: 1px 8px; border-radius: 10px; margin-left: 6px; vertical-align: 1px; }
.status.ok { color: var(--ok); border: 1px solid var(--ok); } .status.partial { color: var(--partial); border: 1px solid var(--partial); } .status.gap { color: var(--gap); border: 1px solid var(--gap); }
.desc { color: var(--muted); margin: 0 0 6px; font-style: italic; }
ul.ev { list-style: none; padding: 0; margin: 4px 0 0; }
ul.ev li { padding: 5px 8px; border-left: 3px solid var(--line); margin: 4px 0; }
ul.ev li.top { border-left-color: var(--ok); }
.ln { color: var(--muted); font-variant-numeric: tabular-nums; margin-right: 6px; }
.chip { display: inline-block; font-size: 11px; border: 1px solid var(--line); border-radius: 10px; padding: 0 7px; margin-right: 6px; color: var(--muted); }
.chip.step { color: var(--fg); }
.none { color: var(--muted); margin: 4px 0; }
.bal { display: grid; grid-template-columns: minmax(200px, 1fr) 320px; gap: 6px 16px; align-items: center; }
.bal .role { font-size: 13px; }
.bal .role .ln { display: block; font-size: 11px; }
svg.bars text { font-size: 11px; fill: var(--muted); }
.bar-technical { fill: var(--technical); } .bar-people { fill: var(--people); } .bar-delivery { fill: var(--delivery); } .bar-communication { fill: var(--communication); }
.bar-track { fill: var(--line); opacity: .35; }
.sw.technical { background: var(--technical); } .sw.people { background: var(--people); } .sw.delivery { background: var(--delivery); } .sw.communication { background: var(--communication); }
table.findings { border-collapse: collapse; width: 100%; font-size: 13px; }
.findings td, .findings th { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
.sev-error { color: var(--gap); } .sev-warning { color: var(--partial); } .sev-info, .sev-hint { color: var(--muted); }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
[data-line], [data-start] { cursor: pointer; }
`;

/** The report as one self-contained HTML page. */
export function renderReportHtml(result: LintResult, options: ReportHtmlOptions = {}): string {
  const nonce = options.nonce ?? makeNonce();
  const src = options.cspSource ? ` ${options.cspSource}` : "";
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'${src}; script-src 'nonce-${nonce}'${src}`;
  const e = escapeHtml;
  const cov = result.coverage;
  const level = result.level;
  const title = options.title ?? (level ? `Competency report · ${level.id}` : "Competency report");
  const parts: string[] = [];
  parts.push(`<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">`);
  // Double-quoted attribute: escape what could end it; keep the CSP's single quotes readable.
  parts.push(`<meta http-equiv="Content-Security-Policy" content="${csp.replace(/[&<>"]/g, (c) => e(c))}">`);
  parts.push(`<meta name="viewport" content="width=device-width, initial-scale=1">`);
  parts.push(`<title>${e(title)}</title>\n<style nonce="${e(nonce)}">${STYLE}</style>\n</head>\n<body>`);
  parts.push(`<header><h1>${e(title)}</h1>`);
  const kind = result.kind === "promo" ? "Promotion packet" : "Résumé";
  parts.push(`<p class="sub">${e(kind)}${level ? ` checked against <strong>${e(level.title)}</strong>${level.source !== "built-in" ? ` (${e(level.source)})` : ""}` : ""}</p></header>`);

  if (!cov || !level) {
    parts.push(`<p class="none">No target level is set: pass <code>--target ID</code> or add <code>ladderlint: {target: EM6}</code> to the front matter to see competency coverage.</p>`);
  } else {
    const n = shown(cov.axes);
    parts.push(`<section class="cards">`);
    parts.push(`<div class="card"><div class="k">Target</div><div class="v">${e(cov.target)}</div></div>`);
    parts.push(`<div class="card"><div class="k">Reads as</div><div class="v ${cov.readsAs === cov.target ? "ok" : "gap"}" id="reads-as">${e(cov.readsAs ?? "—")}</div></div>`);
    parts.push(`<div class="card"><div class="k">Competencies shown</div><div class="v ${n === cov.axes.length ? "ok" : "gap"}">${n} / ${cov.axes.length}</div></div>`);
    parts.push(`</section>`);
    parts.push(`<p class="verdict" id="verdict">The document ${e(verdictOf(cov))}.</p>`);
    parts.push(gridHtml(cov.axes, cov.target));
    parts.push(`<h2>Evidence per competency</h2>`);
    for (const a of cov.axes) parts.push(axisHtml(a, cov.target));
  }

  const balance = roleBalance(result);
  parts.push(`<h2>Balance per role</h2>`);
  if (!balance.length) parts.push(`<p class="none">No achievement bullets found.</p>`);
  else {
    parts.push(`<p class="legend">${BALANCE.map((c) => `<span><i class="sw ${c}"></i>${e(c)}</span>`).join("")} — bullets showing each side (a bullet can show several)</p>`);
    parts.push(`<div class="bal">`);
    for (const r of balance) {
      parts.push(`<div class="role" data-line="${r.line}">${e(r.label)}<span class="ln">line ${r.line} · ${r.bullets} bullet${r.bullets === 1 ? "" : "s"}</span></div>`);
      parts.push(barsSvg(r));
    }
    parts.push(`</div>`);
  }

  parts.push(findingsHtml(result.findings, result));
  const attribution = level?.source === "built-in" || !level ? ATTRIBUTION : `Ladder: ${level.source}.`;
  parts.push(`<footer>Generated offline by ladderlint; nothing left your machine. ${e(attribution)}</footer>`);
  parts.push(`</body>\n</html>\n`);
  return parts.join("\n");
}

function gridHtml(axes: CoverageAxis[], target: string): string {
  const e = escapeHtml;
  const stepped = axes.filter((a) => a.steps && a.steps.length);
  const plain = axes.filter((a) => !a.steps || !a.steps.length);
  const width = stepped.length ? Math.max(...stepped.map((a) => a.steps!.length)) : 1;
  const out: string[] = [`<h2>${stepped.length ? "Axis × step" : "Expectations"}</h2>`];
  out.push(`<table class="grid" aria-label="Axis by step grid">`);
  if (stepped.length) out.push(`<thead><tr><th></th>${Array.from({ length: width }, (_, i) => `<th>Step ${i + 1}</th>`).join("")}</tr></thead>`);
  out.push(`<tbody>`);
  for (const a of stepped) {
    const steps = a.steps!;
    const expIdx = steps.indexOf(a.expected);
    const foundIdx = a.found ? steps.indexOf(a.found) : -1;
    const cells = steps.map((s, i) => {
      const cls: string[] = [];
      if (i <= foundIdx) cls.push("reached");
      if (i === expIdx) cls.push("expected", a.met ? "met" : "missing");
      if (i > expIdx && i > foundIdx) cls.push("above");
      const count = a.evidence.filter((ev) => ev.step === s).length;
      const mark = i === expIdx ? `<span class="mark" title="${e(target)} expects this step">◎ </span>` : "";
      const n = count ? `<span class="n">${count} bullet${count === 1 ? "" : "s"}</span>` : "";
      return `<td class="${cls.join(" ")}" title="${e(a.axis)}: ${e(s)}">${mark}${e(s)}${n}</td>`;
    });
    for (let i = steps.length; i < width; i++) cells.push(`<td class="above"></td>`);
    out.push(`<tr><th scope="row">${e(a.axis)}</th>${cells.join("")}</tr>`);
  }
  // Plain expectations (custom ladders): one cell across the step columns.
  for (const a of plain) {
    const n = a.evidence.length;
    out.push(`<tr><th scope="row">${e(a.axis)}</th><td colspan="${width}" class="expected ${a.met ? "met reached" : "missing"}" title="${e(a.axis)}">${a.met ? "shown" : "not shown yet"}<span class="n">${n} bullet${n === 1 ? "" : "s"}</span></td></tr>`);
  }
  out.push(`</tbody></table>`);
  out.push(`<p class="legend"><span><i class="sw reached"></i>reached by evidence${stepped.length ? " (steps are cumulative)" : ""}</span><span><i class="sw expected"></i>◎ ${e(target)} expects</span><span><i class="sw missing"></i>expected, not shown yet</span></p>`);
  return out.join("\n");
}

function axisHtml(a: CoverageAxis, target: string): string {
  const e = escapeHtml;
  const plain = !a.steps || !a.steps.length;
  const status = a.met ? `<span class="status ok">shown</span>` : a.found ? `<span class="status partial">${e(a.found)} found</span>` : `<span class="status gap">no evidence</span>`;
  const heading = plain ? e(a.axis) : `${e(a.axis)}: ${e(a.expected)}`;
  const out: string[] = [`<section class="axis"><h3>${e(target)} · ${heading}${status}</h3>`];
  if (a.description) out.push(`<p class="desc">${e(a.description)}</p>`);
  if (!a.evidence.length) {
    out.push(`<p class="none">Nothing in the document shows this yet.</p>`);
  } else {
    const steps = a.steps ?? [];
    const rank = (s?: string) => (s ? steps.indexOf(s) : -1);
    const sorted = [...a.evidence].sort((x, y) => rank(y.step) - rank(x.step) || x.line - y.line);
    const topIdx = rank(a.found ?? undefined);
    out.push(`<ul class="ev">`);
    for (const ev of sorted) {
      const top = plain || rank(ev.step) >= Math.min(topIdx, steps.indexOf(a.expected)) ? " top" : "";
      const step = ev.step && !plain ? `<span class="chip step">${e(ev.step)}</span>` : "";
      out.push(`<li class="${top.trim()}" data-line="${ev.line}" data-start="${ev.start}" data-end="${ev.end}"><span class="ln">L${ev.line}</span>${step}<span class="chip" title="matched cue">${e(ev.cue)}</span>${e(ev.text)}</li>`);
    }
    out.push(`</ul>`);
  }
  out.push(`</section>`);
  return out.join("\n");
}

function barsSvg(r: RoleBalance): string {
  const e = escapeHtml;
  const rowH = 14;
  const labelW = 92;
  const barW = 190;
  const h = BALANCE.length * (rowH + 4);
  const rows = BALANCE.map((c, i) => {
    const n = r.counts[c] ?? 0;
    const w = r.bullets ? Math.round((n / r.bullets) * barW) : 0;
    const y = i * (rowH + 4);
    return `<text x="0" y="${y + 11}">${e(c)}</text><rect class="bar-track" x="${labelW}" y="${y}" width="${barW}" height="${rowH}" rx="3"></rect><rect class="bar-${c}" x="${labelW}" y="${y}" width="${w}" height="${rowH}" rx="3"></rect><text x="${labelW + barW + 6}" y="${y + 11}">${n}</text>`;
  });
  const summary = BALANCE.map((c) => `${c} ${r.counts[c] ?? 0}`).join(", ");
  return `<svg class="bars" role="img" aria-label="${e(summary)} of ${r.bullets}" width="${labelW + barW + 30}" height="${h}" viewBox="0 0 ${labelW + barW + 30} ${h}" xmlns="http://www.w3.org/2000/svg">${rows.join("")}</svg>`;
}

function findingsHtml(findings: Finding[], result: LintResult): string {
  const e = escapeHtml;
  if (!findings.length) return `<h2>Findings</h2><p class="none">No findings.</p>`;
  const rows = findings.map((f) => {
    const pos = result.doc.lineCol(f.start);
    return `<tr data-line="${pos.line}" data-start="${f.start}" data-end="${f.end}"><td class="ln">${pos.line}:${pos.column}</td><td class="sev-${e(f.severity)}">${e(f.severity)}</td><td>${e(f.ruleId)}</td><td>${e(f.message)}${f.competency ? ` <span class="chip">${e(f.competency)}</span>` : ""}</td></tr>`;
  });
  return `<h2>Findings (${findings.length})</h2><table class="findings"><thead><tr><th>Line</th><th>Severity</th><th>Rule</th><th>Message</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

// ---------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------

/** Escape text for Markdown (tables included): no HTML, no emphasis, no links, no broken tables. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_[\]|~#!]/g, (c) => "\\" + c)
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r?\n/g, " ");
}

/** The same report as Markdown, for a pull-request comment. */
export function renderReportMarkdown(result: LintResult): string {
  const m = escapeMarkdown;
  const cov = result.coverage;
  const level = result.level;
  const out: string[] = [];
  out.push(`## Ladderlint competency report${level ? `: ${m(level.title)}` : ""}`, "");
  if (!cov || !level) {
    out.push("No target level is set: pass `--target ID` or add `ladderlint: {target: EM6}` to the front matter.", "");
  } else {
    out.push(`**Reads as:** ${m(cov.readsAs ?? "none of the track's levels yet")} · **Competencies shown:** ${shown(cov.axes)}/${cov.axes.length}`, "", `The document ${m(verdictOf(cov))}.`, "");
    out.push("| Competency | Expected | Found | | Evidence |", "|---|---|---|---|---|");
    for (const a of cov.axes) {
      const lines = [...new Set(a.evidence.map((ev) => ev.line))];
      const lineList = lines.length ? lines.slice(0, 8).map((l) => `L${l}`).join(", ") + (lines.length > 8 ? ", …" : "") : "—";
      out.push(`| ${m(a.axis)} | ${m(a.expected)} | ${m(a.found ?? "—")} | ${a.met ? "✅" : a.found ? "⚠️" : "❌"} | ${lineList} |`);
    }
    out.push("");
    for (const a of cov.axes) {
      const plain = !a.steps || !a.steps.length;
      out.push(`### ${m(cov.target)} · ${m(a.axis)}${plain ? "" : `: ${m(a.expected)}`} ${a.met ? "✅" : a.found ? `⚠️ (${m(a.found)} found)` : "❌"}`, "");
      if (a.description) out.push(`> ${m(a.description)}`, "");
      if (!a.evidence.length) out.push("Nothing in the document shows this yet.", "");
      else {
        for (const ev of a.evidence) out.push(`- L${ev.line}${ev.step && !plain ? ` · ${m(ev.step)}` : ""} · cue “${m(ev.cue)}”: ${m(ev.text)}`);
        out.push("");
      }
    }
  }
  const balance = roleBalance(result);
  out.push("### Balance per role", "");
  if (!balance.length) out.push("No achievement bullets found.", "");
  else {
    out.push(`| Role | Bullets | ${BALANCE.map((c) => c[0]!.toUpperCase() + c.slice(1)).join(" | ")} |`, `|---|---|${BALANCE.map(() => "---").join("|")}|`);
    for (const r of balance) out.push(`| ${m(r.label)} (line ${r.line}) | ${r.bullets} | ${BALANCE.map((c) => String(r.counts[c] ?? 0)).join(" | ")} |`);
    out.push("");
  }
  const attribution = level?.source === "built-in" || !level ? ATTRIBUTION : `Ladder: ${level.source}.`;
  out.push(`<sub>Generated offline by ladderlint. ${m(attribution)}</sub>`, "");
  return out.join("\n");
}
