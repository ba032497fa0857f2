// No network. Two kinds of evidence, and what each proves:
//  1. Run time (the CLI bundle): every command the CLI has is run on the examples with a preload that
//     makes every Node network entry point (net, tls, http, https, http2, dns, dgram, fetch,
//     WebSocket, EventSource, XMLHttpRequest) record the call and throw. The runs must succeed and
//     record no attempt. This proves the CLI made no connection, DNS lookup or listen *on these
//     inputs and code paths* (including the worker-thread pool, which inherits the preload).
//  2. Static (the extension bundles, which need VS Code to run): dist/extension.cjs and
//     dist/web/extension.cjs (and the CLI bundle, and media/report.js) are scanned: no network module
//     is imported or required, no fetch/XMLHttpRequest/WebSocket/sendBeacon call, no telemetry SDK, and
//     every http(s) URL in them is a known identifier or documentation link (JSON-Schema ids, the SVG
//     namespace, docs links shown to the user), not something fetched. This is evidence about the
//     shipped code, not a proof about run-time behaviour in VS Code.
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT, ensureBuilt, makeTmp, removeTmp, runCli } from "./helpers.js";

const PRELOAD = join(ROOT, "test/reliability/no-network-preload.mjs");

interface LogLine {
  attempt?: string;
  preload?: boolean;
  pid: number;
  main: boolean;
}
function readLog(path: string): LogLine[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as LogLine);
}

describe("reliability: no network", function () {
  this.timeout(180_000);
  let dir: string;
  let log: string;

  before(() => {
    ensureBuilt();
    dir = makeTmp();
    log = join(dir, "network-attempts.jsonl");
    cpSync(join(ROOT, "examples"), join(dir, "examples"), { recursive: true });
  });
  after(() => removeTmp(dir));

  it("control: the preload does intercept fetch, http, https, net, dns and tls (so silence below means something)", () => {
    const ctl = join(dir, "control.jsonl");
    const script = `
      const tries = [
        () => fetch("https://example.com/"),
        () => require("node:http").get("http://example.com/"),
        () => require("https").request("https://example.com/"),
        () => require("net").connect(80, "example.com"),
        () => new (require("net").Socket)().connect(80, "example.com"),
        () => require("dns").lookup("example.com", () => {}),
        () => require("tls").connect(443, "example.com"),
        () => require("dgram").createSocket("udp4"),
        () => require("http").createServer().listen(0),
      ];
      let blocked = 0;
      for (const t of tries) { try { t(); } catch (e) { if (e.code === "ENONET_TEST") blocked++; } }
      import("node:http").then((h) => { try { h.request("http://example.com/"); } catch (e) { if (e.code === "ENONET_TEST") blocked++; } console.log(blocked); });
    `;
    const r = spawnSync(process.execPath, ["--import", PRELOAD, "-e", script], { encoding: "utf8", env: { ...process.env, LADDERLINT_NONET_LOG: ctl } });
    assert.equal(r.stdout.trim(), "10", `blocked count; stderr: ${r.stderr}`);
    assert.equal(readLog(ctl).filter((l) => l.attempt).length, 10);
  });

  const runs: { name: string; args: string[]; env?: Record<string, string>; check?: (out: { stdout: string; stderr: string }) => void }[] = [
    {
      name: "lint the examples with --target EM6 (json)",
      args: ["examples", "--target", "EM6", "--format", "json"],
      check: ({ stdout }) => {
        const j = JSON.parse(stdout) as { files: { path: string; coverage?: unknown }[] };
        assert.ok(j.files.length >= 2, "both examples linted");
        assert.ok(j.files.every((f) => f.coverage), "coverage computed for every file");
      },
    },
    { name: "sarif output", args: ["examples/resume.md", "--target", "EM6", "--format", "sarif"], check: ({ stdout }) => assert.equal((JSON.parse(stdout) as { version: string }).version, "2.1.0") },
    { name: "github and markdown output", args: ["examples", "--target", "TL5", "--format", "github"] },
    { name: "custom ladder", args: ["examples/promo-packet.md", "--ladder", "examples/ladders/acme.yaml", "--target", "MGR2", "--format", "markdown"] },
    { name: "report (HTML) written to a file", args: ["report", "examples/resume.md", "--target", "EM6", "--out", "report.html"], check: () => assert.ok(existsSync(join(dir, "report.html"))) },
    { name: "outline", args: ["outline", "examples/resume.md", "--format", "json"] },
    { name: "targets", args: ["targets", "--ladder", "examples/ladders/acme.yaml"] },
    { name: "explain", args: ["explain", "we-not-me"] },
    { name: "--fix and --cache", args: ["fixme", "--fix", "--cache", "--target", "EM6"] },
    {
      name: "the worker-thread pool (LADDERLINT_WORKERS=2 over 6 files)",
      args: ["pool", "--target", "EM6", "--format", "json"],
      env: { LADDERLINT_WORKERS: "2", LADDERLINT_DEBUG_POOL: "1" },
      check: ({ stdout }) => assert.equal((JSON.parse(stdout) as { files: unknown[] }).files.length, 6),
    },
  ];

  for (const run of runs) {
    it(`CLI: ${run.name}: succeeds with the network patched to throw, and attempts nothing`, () => {
      mkdirSync(join(dir, "fixme"), { recursive: true });
      writeFileSync(join(dir, "fixme", "resume.md"), readFileSync(join(ROOT, "examples/resume.md")));
      mkdirSync(join(dir, "pool"), { recursive: true });
      for (let i = 0; i < 6; i++) writeFileSync(join(dir, "pool", `cv-${i}.md`), readFileSync(join(ROOT, i % 2 ? "examples/promo-packet.md" : "examples/resume.md")));
      const before = readLog(log).length;
      const r = runCli(run.args, dir, { nodeArgs: ["--import", PRELOAD], env: { LADDERLINT_NONET_LOG: log, ...(run.env ?? {}) }, timeoutMs: 120_000 });
      assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}\nstderr: ${r.stderr}`);
      assert.doesNotMatch(r.stderr + r.stdout, /ENONET_TEST|no-network test/);
      const lines = readLog(log).slice(before);
      assert.ok(lines.some((l) => l.preload && l.main), "the preload did not run in the CLI process");
      assert.deepEqual(lines.filter((l) => l.attempt), [], "network attempts were recorded");
      if (run.env?.["LADDERLINT_WORKERS"]) {
        assert.ok(lines.some((l) => l.preload && !l.main), "no worker thread started (the pool was not exercised)");
        assert.match(r.stderr, /pool: 2 workers linted [1-9]\d* of 6 files/);
      }
      run.check?.(r);
    });
  }

  const NETWORK_MODULES = ["http", "https", "net", "tls", "dgram", "http2", "dns", "dns/promises", "undici", "ws", "node-fetch", "axios", "got", "request"];
  const TELEMETRY = /applicationinsights|@vscode\/extension-telemetry|TelemetryReporter|@sentry\/|sentry\.io|segment\.(io|com)|analytics-node|mixpanel|amplitude|posthog|datadoghq|newrelic|bugsnag|honeycomb\.io|google-analytics|googletagmanager|\bgtag\(/i;
  const CALLS = /(?<![\w$.])(fetch|XMLHttpRequest|WebSocket|EventSource|importScripts)\s*\(|\bnew\s+(XMLHttpRequest|WebSocket|EventSource)\b|sendBeacon/;
  /** URLs that are identifiers or links shown to the user, never fetched. */
  const ALLOWED_URL = [
    /^http:\/\/json-schema\.org\//,
    /^https:\/\/raw\.githubusercontent\.com\/ajv-validator\/ajv\/master\/lib\/refs\/data\.json#?$/, // ajv's $data meta-schema id
    /^http:\/\/www\.w3\.org\/2000\/svg$/,
    /^https:\/\/json\.schemastore\.org\/sarif-2\.1\.0\.json$/, // SARIF $schema field in the output
    /^https:\/\/github\.com\/jorgef\/engineeringladders/, // attribution
    /^https?:\/\/(www\.)?engineeringladders\.com/, // attribution
    /^https:\/\/github\.com\/ladderlint\/ladderlint/, // docs links (rule codes, schemas)
    /^http:\/\/wiki\/Page$|^https:\/\/acme\.atlassian\.net\/wiki\//, // internal-link examples in the confidential rule's documentation
  ];

  for (const bundle of ["dist/extension.cjs", "dist/web/extension.cjs", "dist/cli.cjs", "media/report.js"]) {
    it(`static: ${bundle} imports no network module, makes no fetch/XHR/WebSocket call, has no telemetry, fetches no URL`, function () {
      const path = join(ROOT, bundle);
      if (!existsSync(path)) {
        console.log(`      skipped: ${bundle} is not built`);
        this.skip();
      }
      const text = readFileSync(path, "utf8");
      const modules = new Set<string>();
      for (const m of text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)|\bfrom\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g)) modules.add(m[1] ?? m[2] ?? m[3]!);
      const net = [...modules].filter((m) => NETWORK_MODULES.includes(m.replace(/^node:/, "")));
      assert.deepEqual(net, [], `network modules in ${bundle}: ${net.join(", ")}`);
      // A dynamic require/import of a computed name could hide one: there must be none outside ajv's generated-code strings.
      const dynamic = [...text.matchAll(/\brequire\(\s*[^"'\s)]/g)].length;
      assert.equal(dynamic, 0, `${bundle} calls require() with a computed module name`);
      const call = CALLS.exec(text);
      assert.ok(!call, `${bundle} contains ${call?.[0]}: …${call ? text.slice(Math.max(0, call.index - 80), call.index + 80) : ""}…`);
      const tel = TELEMETRY.exec(text);
      assert.ok(!tel, `${bundle} mentions a telemetry SDK: ${tel?.[0]}`);
      // vscode.env.openExternal opens the user's browser (on the user's request: a rule's docs link); it
      // sends no document text. Counted and printed so a new use is visible in the test output.
      const external = (text.match(/\.openExternal\s*\(/g) ?? []).length;
      const urls = [...new Set([...text.matchAll(/https?:\/\/[^\s"'`<>)\\]+/g)].map((m) => m[0]))];
      const unknown = urls.filter((u) => !ALLOWED_URL.some((re) => re.test(u)));
      assert.deepEqual(unknown, [], `URLs in ${bundle} that are not known identifiers or docs links`);
      console.log(`      ${bundle}: modules ${[...modules].filter((m) => !m.startsWith("ajv/") && /^[\w@:\/-]+$/.test(m)).sort().join(", ") || "none"}; ${urls.length} URL(s), all identifiers/docs links; openExternal calls: ${external}`);
    });
  }
});
