// Third VS Code launch on the same storage (LADDERLINT_VSCODE_PHASE=corrupt): restart.test.ts left
// the activation document's stored file truncated and changed restart-cv.md on disk after storing it.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as vscode from "vscode";
import type { LadderlintApi } from "../../../src/extension/boot.js";
import { lint } from "../../../src/engine/index.js";
import { fixtureUri, measureActivation } from "./helpers.js";

describe("ladderlint in VS Code: restart with a corrupt store", () => {
  let api: LadderlintApi;
  let record: Record<string, unknown>;
  let doc: vscode.TextDocument;

  before(async function () {
    this.timeout(120000);
    const m = await measureActivation<LadderlintApi>();
    api = m.api;
    record = m.record;
    doc = m.doc;
    await api.ready;
    console.log(`activation to first diagnostics (corrupt store): ${record.activationMs} ms ${JSON.stringify({ ...record, persistedMisses: Object.fromEntries(api.persisted.misses) })}`);
  });

  it("a truncated stored file is ignored at start-up: the engine's diagnostics show, and the file is written anew", async () => {
    // On a slow machine the engine can load (150 ms after activation) before the document arrives;
    // then no start-up lookup runs, and the truncated file is read below instead.
    if (record.lookupStartedAtMs !== null) assert.equal(api.persisted.misses.get(doc.uri.toString()), "invalid");
    assert.equal(record.firstDiagnosticsFrom, "engine");
    assert.equal(api.paintedUris.size, 0);
    const entry = await api.linter.whenCurrent(doc);
    assert.ok(entry, "linted by the engine");
    assert.deepStrictEqual(entry.result.findings, lint(doc.getText(), entry.options).findings);
    await api.persisted.flush();
    const again = await api.persisted.lookup(doc);
    assert.ok("diagnostics" in again, `stored again: ${JSON.stringify(again)}`);
    // A truncated file is refused by the lookup itself, whether or not a start-up lookup ran.
    api.persisted.suspendWrites(true);
    const name = await api.persisted.fileName(doc.uri);
    const good = (await api.persisted.readRaw(name))!;
    await api.persisted.writeRaw(name, good.slice(0, good.length - 7));
    assert.deepEqual(await api.persisted.lookup(doc), { miss: "invalid" });
    await api.persisted.writeRaw(name, good);
    api.persisted.suspendWrites(false);
  });

  it("a damaged V8 code cache is not given to V8: the engine compiles as usual and works", function () {
    if (api.host !== "node") this.skip();
    assert.equal(api.timings.engineLoad?.codeCache, "none", JSON.stringify(api.timings.engineLoad));
    assert.ok(api.linter.current(doc), "the engine linted the document");
  });

  it("a file changed on disk since it was stored is not given the old diagnostics", async () => {
    const uri = fixtureUri("restart-cv.md");
    assert.match(fs.readFileSync(uri.fsPath, "utf8"), /Improved onboarding greatly/);
    api.persisted.suspendWrites(true);
    const cv = await vscode.workspace.openTextDocument(uri);
    const r = await api.persisted.lookup(cv);
    assert.deepEqual(r, { miss: "key" });
    api.persisted.suspendWrites(false);
  });
});
