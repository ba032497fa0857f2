// Second VS Code launch on the same workspace and user data (global storage) as extension.test.ts
// (scripts/vscode-test.sh runs it with LADDERLINT_VSCODE_PHASE=restart): the activation document's
// persisted diagnostics show before the engine has started, and the engine's lint then gives the same
// ones; a changed text, setting, rc file or a corrupt stored file is never used. Then it leaves the
// storage of the third launch (corrupt.test.ts) with a corrupt file and a file changed on disk.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as vscode from "vscode";
import type { LadderlintApi } from "../../../src/extension/boot.js";
import { toStored } from "../../../src/extension/persisted.js";
import { ACTIVATION_DOC, describeDiags, fixtureUri, measureActivation, ours, recordRestartSample, ruleOf, type ActivationRecord } from "./helpers.js";

let api: LadderlintApi;
let doc: vscode.TextDocument;
let record: ActivationRecord;
let painted: ReturnType<typeof toStored>[];

const hit = async (d: vscode.TextDocument) => {
  const r = await api.persisted.lookup(d);
  return "diagnostics" in r ? "hit" : r.miss;
};

describe("ladderlint in VS Code: restart with persisted diagnostics", () => {
  before(async function () {
    this.timeout(120000);
    const m = await measureActivation<LadderlintApi>();
    api = m.api;
    doc = m.doc;
    record = m.record;
    painted = m.first.map((d) => toStored(d, doc.uri));
    // The engine starts shortly after and lints the document again.
    await api.ready;
    await api.linter.whenCurrent(doc);
    await recordRestartSample(api, doc, record);
  });

  it("showed the persisted diagnostics before the engine's first lint; the engine's lint gave exactly the same", async () => {
    assert.equal(record.firstDiagnosticsFrom, "persisted", `misses: ${JSON.stringify(Object.fromEntries(api.persisted.misses))}`);
    // Shown before the engine's first lint published anything (the engine may have been loading).
    const t = api.timings;
    assert.ok(t.painted && t.firstLint && t.painted.at < t.firstLint.publishedAt, JSON.stringify(t));
    // In the node host, from the store the first launch's activate() recorded (storePointer.ts), while
    // the entry bundle evaluated: before VS Code called activate().
    if (api.host === "node") assert.ok(t.painted.early && t.activateStart !== undefined && t.painted.at < t.activateStart, JSON.stringify(t));
    assert.ok(painted.length > 5, `persisted diagnostics: ${painted.length}`);
    const entry = api.linter.current(doc);
    assert.ok(entry, "the engine linted the document");
    const engine = ours(doc.uri).map((d) => toStored(d, doc.uri));
    assert.deepEqual(engine, painted);
    assert.ok(ours(doc.uri).some((d) => ruleOf(d) === "ladder-coverage"), describeDiags(ours(doc.uri)));
  });

  it("the node host loaded the engine through the V8 code cache the first launch wrote", function () {
    if (api.host !== "node") this.skip();
    assert.equal(api.timings.engineLoad?.codeCache, "accepted", JSON.stringify(api.timings.engineLoad));
  });

  describe("what invalidates them (the lookup activation uses, on this launch's store)", () => {
    before(async () => {
      await api.persisted.flush();
      api.persisted.suspendWrites(true);
      assert.equal(await hit(doc), "hit");
    });
    after(() => api.persisted.suspendWrites(false));

    it("a changed text does not reuse them", async () => {
      const at = new vscode.Position(doc.lineCount - 1, 0);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, at, "- Grew revenue greatly.\n");
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.equal(await hit(doc), "key");
      const undo = new vscode.WorkspaceEdit();
      undo.delete(doc.uri, new vscode.Range(at, at.translate(1)));
      assert.ok(await vscode.workspace.applyEdit(undo));
      assert.equal(await hit(doc), "hit", "the same text again");
    });

    it("a changed setting does not reuse them", async () => {
      const settings = vscode.workspace.getConfiguration("ladderlint");
      await settings.update("rules", { "vague-quantity": "error" }, vscode.ConfigurationTarget.Workspace);
      try {
        assert.equal(await hit(doc), "key");
      } finally {
        await settings.update("rules", undefined, vscode.ConfigurationTarget.Workspace);
      }
      assert.equal(await hit(doc), "hit");
    });

    it("a new or changed .ladderlintrc does not reuse them", async () => {
      const rc = fixtureUri(".ladderlintrc.json");
      fs.writeFileSync(rc.fsPath, JSON.stringify({ rules: { "long-bullet": "off" } }));
      try {
        assert.equal(await hit(doc), "deps");
      } finally {
        fs.rmSync(rc.fsPath, { force: true });
      }
      assert.equal(await hit(doc), "hit");
    });

    it("a corrupt stored file is ignored, never thrown", async () => {
      const name = await api.persisted.fileName(doc.uri);
      const good = await api.persisted.readRaw(name);
      assert.ok(good, "stored");
      const entry = JSON.parse(good) as { engine: string; diagnostics: unknown[] };
      const corrupt = [good.slice(0, Math.floor(good.length / 2)), "\u0000\u0001garbage", "[]", JSON.stringify({ ...entry, engine: "0".repeat(64) }), JSON.stringify({ ...entry, diagnostics: [{ r: [9, 0, 1, 0], m: "x", s: 1 }] })];
      try {
        for (const bad of corrupt) {
          await api.persisted.writeRaw(name, bad);
          assert.equal(await hit(doc), "invalid", bad.slice(0, 60));
        }
      } finally {
        await api.persisted.writeRaw(name, good);
      }
      assert.equal(await hit(doc), "hit");
    });

    it("the stored file holds no text of the document", async () => {
      const raw = (await api.persisted.readRaw(await api.persisted.fileName(doc.uri)))!;
      for (const line of doc.getText().split("\n").filter((l) => l.length > 30)) assert.ok(!raw.includes(line.replace(/^[-*] /, "")), `stored: ${line}`);
      assert.ok(!raw.includes(doc.getText().slice(0, 200)));
    });
  });

  it("ladderlint.persistDiagnostics = false stops it and deletes what was stored", async () => {
    const name = await api.persisted.fileName(doc.uri);
    assert.ok(await api.persisted.readRaw(name), "stored before");
    const settings = vscode.workspace.getConfiguration("ladderlint");
    const deleted = new Promise<void>((resolve) => {
      const poll = async () => ((await api.persisted.readRaw(name)) === undefined ? resolve() : setTimeout(poll, 50));
      void poll();
    });
    await settings.update("persistDiagnostics", false, vscode.ConfigurationTarget.Workspace);
    try {
      await deleted;
      assert.equal(await hit(doc), "off");
      await api.linter.lintNow(doc);
      await api.persisted.flush();
      assert.equal(await api.persisted.readRaw(name), undefined, "nothing written while off");
    } finally {
      await settings.update("persistDiagnostics", undefined, vscode.ConfigurationTarget.Workspace);
    }
    await api.linter.lintNow(doc);
    await api.persisted.flush();
    assert.equal(await hit(doc), "hit", "stored again once on");
  });

  after(async function () {
    this.timeout(30000);
    // For the third launch (corrupt.test.ts): restart-cv.md stored as it is now, then changed on disk;
    // the activation document's stored file corrupted. No more writes from this launch.
    const cv = await vscode.workspace.openTextDocument(fixtureUri("restart-cv.md"));
    assert.ok(await api.linter.lintNow(cv), "restart-cv.md linted");
    await api.persisted.flush();
    assert.equal(await hit(cv), "hit", "restart-cv.md stored");
    api.persisted.suspendWrites(true);
    fs.appendFileSync(fixtureUri("restart-cv.md").fsPath, "\n- Improved onboarding greatly.\n");
    const name = await api.persisted.fileName(fixtureUri(ACTIVATION_DOC));
    const good = (await api.persisted.readRaw(name))!;
    await api.persisted.writeRaw(name, good.slice(0, good.length - 7));
    // …and the V8 code cache: one byte of its data flipped (its SHA-256 header no longer matches).
    const dir = api.globalStorage.fsPath;
    const v8 = fs.readdirSync(dir).filter((f) => /^engine-[0-9a-f]+\.v8$/.test(f));
    assert.equal(v8.length, 1, `one code cache file: ${v8.join(", ")}`);
    const bytes = fs.readFileSync(`${dir}/${v8[0]}`);
    bytes[bytes.length >> 1] ^= 0xff;
    fs.writeFileSync(`${dir}/${v8[0]}`, bytes);
  });
});
