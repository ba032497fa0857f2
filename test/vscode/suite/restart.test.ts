// Second VS Code launch on the same workspace and user data as extension.test.ts (scripts/vscode-test.sh
// runs it with LADDERLINT_VSCODE_PHASE=restart, on the timing copy of the extension): the activation
// document is Markdown before activate(), as an editor VS Code restores; the engine lints it at once.
// Then: the two sessions left nothing derived from a document in the extension's storage.
import * as assert from "node:assert/strict";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import type { LadderlintApi } from "../../../src/extension/boot.js";
import { lint } from "../../../src/engine/index.js";
import { measureActivation, recordRestartSample, workspaceRoot, type ActivationRecord } from "./helpers.js";

/** Every file under `dir` (none when it does not exist). */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => path.join(dir, f)).filter((f) => fs.statSync(f).isFile());
}

/**
 * What a store of anything derived from a document would hold: its lines, the messages a lint gives
 * for it, its URI and path, and SHA-256 hashes of its text and of its URI (hex, as the persisted
 * diagnostics of earlier versions named and keyed their files).
 */
function tracesOf(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const uri = vscode.Uri.file(file).toString();
  const sha = (s: string) => createHash("sha256").update(s).digest("hex");
  const lines = text.split(/\r?\n/).map((l) => l.replace(/^\s*(?:[-*]|\d+\.)\s+/, "").trim());
  const messages = lint(text, { filename: file }).findings.map((f) => f.message);
  return [...lines, ...messages].filter((l) => l.length >= 20).concat(uri, file, sha(text), sha(uri).slice(0, 40));
}

/** The traces of `docs` found in `haystack`, as they are or as in a JSON string. */
function derived(haystack: string, docs: readonly string[]): string[] {
  const found = (t: string) => haystack.includes(t) || haystack.includes(JSON.stringify(t).slice(1, -1));
  return docs.flatMap((d) => tracesOf(d).filter(found).map((t) => `${path.basename(d)}: ${t.slice(0, 60)}`));
}

describe("ladderlint in VS Code: restart", () => {
  let api: LadderlintApi;
  let doc: vscode.TextDocument;
  let record: ActivationRecord;

  before(async function () {
    this.timeout(120000);
    const m = await measureActivation<LadderlintApi>();
    api = m.api;
    doc = m.doc;
    record = m.record;
    await api.ready;
    await recordRestartSample(api, record);
  });

  it("the engine lints the restored document at once, and gives what a lint from scratch gives", async () => {
    assert.equal(record.engineLoadedAtFirstDiagnostics, true);
    assert.match(String(record.engineLoadReason), /^open: .*activation-resume\.txt$/);
    const entry = await api.linter.whenCurrent(doc);
    assert.ok(entry, "linted by the engine");
    assert.ok(entry.result.findings.some((f) => f.ruleId === "ladder-coverage"), "the front matter's target applies");
    assert.deepStrictEqual(entry.result.findings, lint(doc.getText(), entry.options).findings);
  });

  it("leaves nothing derived from a document in the extension's storage (global, workspace, state)", async function () {
    this.timeout(60000);
    const root = workspaceRoot();
    const docs = fs
      .readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((f) => /\.(md|txt)$/.test(f))
      .map((f) => path.join(root, f));
    assert.ok(docs.some((d) => d.endsWith("activation-resume.txt")) && docs.length > 8, docs.join(", "));
    // The check finds each part of what the persisted diagnostics of earlier versions stored for a
    // document: its messages, the hash of its text, its URI; and a line of its text.
    const entry = await api.linter.whenCurrent(doc);
    assert.ok(entry && entry.result.findings.length > 5);
    const sha = (s: string) => createHash("sha256").update(s).digest("hex");
    const controls = {
      messages: JSON.stringify(entry.result.findings.map((f) => ({ m: f.message }))),
      hash: JSON.stringify({ key: sha(doc.getText()) }),
      uri: JSON.stringify({ uri: doc.uri.toString() }),
      text: doc.getText().split("\n").find((l) => l.length > 40)!,
    };
    for (const [what, stored] of Object.entries(controls)) assert.ok(derived(stored, [doc.uri.fsPath]).length > 0, `the check sees a document's ${what}`);

    const files = [...filesUnder(api.storage.global.fsPath), ...(api.storage.workspace ? filesUnder(api.storage.workspace.fsPath) : [])];
    for (const f of files) assert.deepEqual(derived(fs.readFileSync(f, "latin1") + fs.readFileSync(f, "utf8"), docs), [], f);
    assert.deepEqual(derived(JSON.stringify(api.storage.state()), docs), []);
    console.log(`extension storage after two sessions: ${files.length} file(s), ${api.storage.state().length} state key(s)`);
  });
});
