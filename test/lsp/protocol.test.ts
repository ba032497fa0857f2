// The language server over stdio (the built bin, bin/ladderlint-ls.js → dist/lsp.cjs), driven by a
// vscode-jsonrpc client: initialize, open, change, diagnostics (push and pull), code actions, hover,
// commands, settings, rc and ladder files, a malformed message, an oversize document, shutdown/exit
// and the client's process going away.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { TextDocument } from "vscode-languageserver-textdocument";
import { ruleDocUrl } from "../../src/core/rule.js";
import { root, TestClient, type Published } from "./client.js";

const RESUME = `# Jane Doe

## Experience

### Acme — Engineering Manager (2020–Present)
- I led the migration of 12 services to Kubernetes.
- Hired 6 engineers and grew the team to 14.
`;

function applyEdit(uri: string, text: string, edit: any): string {
  const doc = TextDocument.create(uri, "markdown", 1, text);
  const edits = edit.changes?.[uri] ?? edit.documentChanges?.[0]?.edits;
  return TextDocument.applyEdits(doc, edits.map((e: any) => ({ range: e.range, newText: e.newText ?? e.snippet.value })));
}

const codes = (p: Published) => p.diagnostics.map((d) => d.code);

describe("language server (stdio, vscode-jsonrpc client)", function () {
  this.timeout(60_000);
  let dir: string;
  let client: TestClient | undefined;
  const file = (name: string) => join(dir, name);
  const uriOf = (name: string) => pathToFileURL(file(name)).href;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "ladderlint-lsp-"));
  });
  afterEach(async () => {
    if (client && client.child.exitCode === null) await client.stop();
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it("initializes, lints a résumé on open and on change, offers its fixes, and exits on shutdown/exit", async () => {
    client = new TestClient();
    const init = await client.initialize();
    const caps = init.capabilities;
    assert.deepEqual(caps.executeCommandProvider.commands, ["ladderlint.checkAgainst", "ladderlint.report"]);
    assert.ok(caps.codeActionProvider.codeActionKinds.includes("source.fixAll.ladderlint"));
    assert.equal(caps.hoverProvider, true);
    assert.equal(caps.diagnosticProvider, undefined, "no pull diagnostics for a client that does not support them");

    const uri = uriOf("resume.md");
    await client.open(uri, RESUME);
    const first = await client.diagnostics(uri);
    const fp = first.diagnostics.find((d) => d.code === "first-person");
    assert.ok(fp, `first-person expected, got ${codes(first)}`);
    assert.equal(fp.source, "ladderlint");
    assert.equal(fp.severity, 2);
    assert.deepEqual(fp.range, { start: { line: 5, character: 2 }, end: { line: 5, character: 3 } });
    assert.equal(fp.codeDescription.href, ruleDocUrl("first-person"));
    assert.equal(fp.data.ruleId, "first-person");
    assert.ok(fp.data.competency && fp.message.includes(fp.data.competency), "the competency is in the message and the data");

    // Code actions: the fix (preferred), "disable for this line", and fix all.
    const actions: any[] = await client.rpc.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: fp.range, context: { diagnostics: [fp] } });
    const fix = actions.find((a) => a.kind === "quickfix" && a.isPreferred);
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.match(applyEdit(uri, RESUME, fix.edit), /\n- Led the migration of 12 services/);
    const disable = actions.find((a) => a.title === "Disable first-person for this line");
    assert.match(applyEdit(uri, RESUME, disable.edit), /\n<!-- ladderlint-disable-next-line first-person -->\n- I led/);
    const onlyFixAll: any[] = await client.rpc.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: fp.range, context: { diagnostics: [], only: ["source.fixAll"] } });
    assert.deepEqual(onlyFixAll.map((a) => a.kind), ["source.fixAll.ladderlint"]);
    assert.match(applyEdit(uri, RESUME, onlyFixAll[0].edit), /\n- Led the migration/);

    // An incremental change that drops the pronoun: the next diagnostics have no first-person on that line.
    const since = client.published.length;
    await client.rpc.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 5, character: 2 }, end: { line: 5, character: 5 } }, text: "L" }],
    });
    const second = await client.diagnostics(uri, (p) => p.version === 2, since);
    assert.ok(!second.diagnostics.some((d) => d.code === "first-person" && d.range.start.line === 5), JSON.stringify(second.diagnostics));

    // Hover on a bullet: its categories and the competencies it evidences.
    const hover: any = await client.rpc.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 6, character: 5 } });
    assert.equal(hover.contents.kind, "markdown");
    assert.match(hover.contents.value, /Reads as: .*people/);
    assert.match(hover.contents.value, /People: /);
    assert.equal(await client.rpc.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 2 } }), null);

    assert.equal(await client.stop(), 0);
  });

  it("leaves a README alone, lints one with ladderlint front matter", async () => {
    client = new TestClient();
    await client.initialize();
    const readme = uriOf("README.md");
    await client.open(readme, RESUME);
    assert.deepEqual((await client.diagnostics(readme)).diagnostics, []);
    const notes = uriOf("notes.md");
    await client.open(notes, `---\nladderlint:\n  kind: resume\n---\n${RESUME}`);
    assert.ok(codes(await client.diagnostics(notes)).includes("first-person"));
  });

  it("answers pull diagnostics (textDocument/diagnostic) for a client that supports them", async () => {
    client = new TestClient();
    const init = await client.initialize({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    assert.equal(init.capabilities.diagnosticProvider.interFileDependencies, false);
    const uri = uriOf("cv.md");
    await client.open(uri, RESUME);
    const report: any = await client.rpc.sendRequest("textDocument/diagnostic", { textDocument: { uri } });
    assert.equal(report.kind, "full");
    assert.ok(report.items.some((d: any) => d.code === "first-person"));
    assert.equal(client.published.filter((p) => p.uri === uri).length, 0, "nothing pushed in pull mode");
  });

  it("runs ladderlint.checkAgainst and ladderlint.report, and refuses bad arguments with an error", async () => {
    client = new TestClient();
    await client.initialize();
    const uri = uriOf("resume.md");
    await client.open(uri, RESUME);
    await client.diagnostics(uri);
    const since = client.published.length;
    const summary: any = await client.rpc.sendRequest("workspace/executeCommand", { command: "ladderlint.checkAgainst", arguments: ["em6", uri] });
    assert.equal(summary.target, "EM6");
    assert.match(summary.status, /^EM6 · \d\/5$/);
    const after = await client.diagnostics(uri, () => true, since);
    assert.ok(codes(after).includes("ladder-coverage"), "coverage findings once a target is set");

    const out: any = await client.rpc.sendRequest("workspace/executeCommand", { command: "ladderlint.report", arguments: [uri] });
    assert.equal(out.path, file("resume.report.html"));
    assert.match(readFileSync(out.path, "utf8"), /<html[\s\S]*EM6/);

    await assert.rejects(client.rpc.sendRequest("workspace/executeCommand", { command: "ladderlint.checkAgainst", arguments: ["EM99", uri] }), /unknown level "EM99"; valid ids: .*EM6/);
    await assert.rejects(client.rpc.sendRequest("workspace/executeCommand", { command: "ladderlint.nope", arguments: [] }), /unknown command/);
    // Still serving.
    assert.equal((await client.rpc.sendRequest("workspace/executeCommand", { command: "ladderlint.checkAgainst", arguments: [{ target: "TL5", uri }] }) as any).target, "TL5");
  });

  it("reads settings from workspace/configuration, and again after didChangeConfiguration", async () => {
    client = new TestClient();
    client.settings = { rules: { "first-person": "error" } };
    await client.initialize({ workspace: { configuration: true } });
    const uri = uriOf("resume.md");
    await client.open(uri, RESUME);
    const first = await client.diagnostics(uri);
    assert.equal(first.diagnostics.find((d) => d.code === "first-person")?.severity, 1);
    client.settings = { rules: { "first-person": "off" }, target: "EM6" };
    const since = client.published.length;
    await client.rpc.sendNotification("workspace/didChangeConfiguration", { settings: null });
    const second = await client.diagnostics(uri, () => true, since);
    assert.ok(!codes(second).includes("first-person"), JSON.stringify(codes(second)));
    assert.ok(codes(second).includes("ladder-coverage"));
  });

  it("takes pushed settings from a client without workspace/configuration", async () => {
    client = new TestClient();
    await client.initialize({}, { initializationOptions: { ladderlint: { files: ["**/*.md"] } } });
    const uri = uriOf("notes.md");
    await client.open(uri, RESUME);
    assert.ok(codes(await client.diagnostics(uri)).includes("first-person"), "files setting from initializationOptions");
    const since = client.published.length;
    await client.rpc.sendNotification("workspace/didChangeConfiguration", { settings: { ladderlint: { files: ["**/*.md"], rules: { "first-person": "off" } } } });
    assert.ok(!codes(await client.diagnostics(uri, () => true, since)).includes("first-person"));
  });

  it("reads .ladderlintrc files, re-reads them when watched files change, and shows ladder errors on the ladder file", async () => {
    writeFileSync(file(".ladderlintrc.json"), JSON.stringify({ rules: { "first-person": "off" } }));
    client = new TestClient();
    await client.initialize();
    const uri = uriOf("resume.md");
    await client.open(uri, RESUME);
    assert.ok(!codes(await client.diagnostics(uri)).includes("first-person"));

    writeFileSync(file("bad.ladder.yaml"), "name: Broken\nlevels: 12\n");
    writeFileSync(file(".ladderlintrc.json"), JSON.stringify({ ladders: ["bad.ladder.yaml"] }));
    const since = client.published.length;
    await client.rpc.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(".ladderlintrc.json"), type: 2 }] });
    const doc = await client.diagnostics(uri, () => true, since);
    assert.ok(codes(doc).includes("first-person"), "the rc file was read again");
    assert.ok(doc.diagnostics.some((d) => d.code === "config" && /bad\.ladder\.yaml/.test(d.message)), JSON.stringify(doc.diagnostics.map((d) => d.message)));
    const onLadder = await client.diagnostics(uriOf("bad.ladder.yaml"), (p) => p.diagnostics.length > 0);
    assert.equal(onLadder.diagnostics[0].severity, 1);
    assert.match(onLadder.diagnostics[0].message, /bad\.ladder\.yaml/);
  });

  it("keeps serving after a malformed message and a bad request", async () => {
    client = new TestClient();
    await client.initialize();
    const body = "{ this is not json";
    client.child.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    // A request whose parameters are nonsense gets an error response.
    await assert.rejects(client.rpc.sendRequest("textDocument/codeAction", { textDocument: { uri: 42 }, range: null, context: null }));
    await assert.rejects(client.rpc.sendRequest("textDocument/hover", null));
    const uri = uriOf("resume.md");
    await client.open(uri, RESUME);
    assert.ok(codes(await client.diagnostics(uri)).includes("first-person"), "still linting");
    assert.equal(client.child.exitCode, null);
  });

  it("offers snippets as snippet edits to a client that supports them, as plain text to others", async () => {
    const text = RESUME + "- Improved the on-call experience for the payments teams.\n";
    const snippetEdit = async (workspaceEdit: Record<string, unknown>) => {
      const c = new TestClient();
      try {
        await c.initialize({ workspace: { workspaceEdit } });
        const uri = uriOf("resume.md");
        await c.open(uri, text);
        const d = (await c.diagnostics(uri)).diagnostics.find((x) => x.code === "quantified-impact" && x.range.start.line === 7);
        assert.ok(d, "a quantified-impact finding on the last bullet");
        const actions: any[] = await c.rpc.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
        const a = actions.find((x) => x.kind === "quickfix" && !x.title.startsWith("Disable"));
        assert.ok(a, JSON.stringify(actions.map((x) => x.title)));
        return a.edit;
      } finally {
        await c.stop();
      }
    };
    const rich = await snippetEdit({ documentChanges: true, snippetEditSupport: true });
    assert.equal(rich.documentChanges[0].edits[0].snippet.kind, "snippet");
    assert.match(rich.documentChanges[0].edits[0].snippet.value, /\$\{\d+:[^}]+\}/);
    const plain = await snippetEdit({});
    const edit = Object.values(plain.changes as Record<string, any[]>)[0]![0];
    assert.ok(edit.newText.length > 0);
    assert.doesNotMatch(edit.newText, /\$\{/);
  });

  it("survives a hostile document and leaves non-Markdown files alone", async () => {
    client = new TestClient();
    await client.initialize();
    const uri = uriOf("resume.md");
    const hostile = "---\nladderlint: [\n\u0000\ud800---\n" + "> ".repeat(300) + "- I [x](<" + "*".repeat(5000) + "\n- \udc00 I led\r\n";
    await client.open(uri, hostile);
    const p = await client.diagnostics(uri);
    assert.ok(Array.isArray(p.diagnostics));
    const yaml = uriOf("notes.yaml");
    await client.rpc.sendNotification("textDocument/didOpen", { textDocument: { uri: yaml, languageId: "yaml", version: 1, text: "---\ntarget: EM6\n---\n- I led it\n" } });
    assert.deepEqual((await client.diagnostics(yaml)).diagnostics, []);
    const ok = uriOf("cv.md");
    await client.open(ok, RESUME);
    assert.ok(codes(await client.diagnostics(ok)).includes("first-person"), "still serving");
  });

  it("lints a JSON Resume file named so, as the extension does, and its fix keeps valid JSON", async () => {
    client = new TestClient();
    await client.initialize();
    const text = readFileSync(join(root, "test/fixtures/jsonresume/resume.json"), "utf8");
    const uri = uriOf("resume.json");
    await client.rpc.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "json", version: 1, text } });
    const fp = (await client.diagnostics(uri)).diagnostics.find((d) => d.code === "first-person");
    assert.ok(fp, "first-person in a highlight");
    const actions: any[] = await client.rpc.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: fp.range, context: { diagnostics: [fp] } });
    assert.ok(!actions.some((a) => a.title.startsWith("Disable")), "no HTML comment offered in JSON");
    const fixed = applyEdit(uri, text, actions.find((a) => a.isPreferred).edit);
    assert.match(JSON.parse(fixed).work[0].highlights[0], /^Hired and onboarded 6 engineers/);
  });

  it("gives a document over the size limit one diagnostic", async () => {
    client = new TestClient();
    await client.initialize();
    const uri = uriOf("resume-huge.md");
    const big = RESUME + "- Shipped the thing that mattered to 14 teams.\n".repeat(24_000);
    assert.ok(big.length > 1024 * 1024);
    await client.open(uri, big);
    const p = await client.diagnostics(uri);
    assert.equal(p.diagnostics.length, 1);
    assert.match(p.diagnostics[0].message, /Not linted: 1\.\d MB is over the 1 MB limit/);
    assert.deepEqual(await client.rpc.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: p.diagnostics[0].range, context: { diagnostics: p.diagnostics } }), []);
  });

  it("exits when the client's process dies", async () => {
    const parent = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
    client = new TestClient();
    await client.rpc.sendRequest("initialize", { processId: parent.pid, rootUri: null, capabilities: {} });
    parent.kill("SIGKILL");
    // The watchdog looks every 3 s; no shutdown was received, so the exit code is 1.
    assert.equal(await client.exited, 1);
  });

  it("is `ladderlint lsp --stdio` too, and refuses other transports", async () => {
    client = new TestClient(["lsp", "--stdio"], "bin/ladderlint.js");
    const init = await client.initialize();
    assert.equal(init.serverInfo.name, "ladderlint");
    assert.equal(await client.stop(), 0);
    client = undefined;
    const r = spawn(process.execPath, [join(root, "bin/ladderlint-ls.js"), "--socket=4000"], { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    r.stderr!.on("data", (d) => (err += String(d)));
    const code = await new Promise((resolve) => r.on("exit", resolve));
    assert.equal(code, 2);
    assert.match(err, /unknown option '--socket=4000'; only --stdio is supported/);
  });
});
