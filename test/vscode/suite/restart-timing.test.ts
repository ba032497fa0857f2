// An extra restart launch for timing only (scripts/vscode-test.sh runs LADDERLINT_RESTART_SAMPLES - 1
// of them between the main launch and the restart launch; `npm run bench` asks for 3 samples in all
// and reports their median): the same measurement as restart.test.ts (measureActivation on the
// timing copy of the extension, the document Markdown before activate()).
import * as assert from "node:assert/strict";
import type { LadderlintApi } from "../../../src/extension/boot.js";
import { measureActivation, recordRestartSample } from "./helpers.js";

describe("ladderlint in VS Code: restart, timed only", () => {
  it("shows the engine's diagnostics on the restored document", async function () {
    this.timeout(120000);
    const m = await measureActivation<LadderlintApi>();
    await m.api.ready;
    await recordRestartSample(m.api, m.record);
    assert.ok(m.first.length > 5, `diagnostics: ${m.first.length}`);
    assert.ok(await m.api.linter.whenCurrent(m.doc), "linted by the engine");
  });
});
