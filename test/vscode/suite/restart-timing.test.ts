// An extra restart launch for timing only (scripts/vscode-test.sh runs LADDERLINT_RESTART_SAMPLES - 1
// of them between the main launch and the restart launch; `npm run bench` asks for 3 samples in all
// and reports their median): the same measurement as restart.test.ts (measureActivation on the
// timing copy of the extension, the document Markdown before activate()), and nothing that changes the
// store, so the restart launch after it finds the storage as the main launch left it.
import * as assert from "node:assert/strict";
import type { LadderlintApi } from "../../../src/extension/boot.js";
import { measureActivation, recordRestartSample } from "./helpers.js";

describe("ladderlint in VS Code: restart, timed only", () => {
  it("shows the persisted diagnostics first, then the engine's", async function () {
    this.timeout(120000);
    const m = await measureActivation<LadderlintApi>();
    await m.api.ready;
    await m.api.linter.whenCurrent(m.doc);
    await recordRestartSample(m.api, m.doc, m.record);
    assert.equal(m.record.firstDiagnosticsFrom, "persisted", `misses: ${JSON.stringify(Object.fromEntries(m.api.persisted.misses))}`);
    assert.ok(m.first.length > 5, `persisted diagnostics: ${m.first.length}`);
  });
});
