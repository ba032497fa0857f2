import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { statusInfo } from "../../src/extension/status.js";
import { lint } from "../../src/engine/index.js";

describe("extension: status bar text", () => {
  it("shows target and met axes of a real document (\"EM6 · n/5\")", () => {
    const text = readFileSync(new URL("../vscode/fixtures/resume.md", import.meta.url), "utf8");
    const r = lint(text, { override: { target: "em6" } });
    assert.ok(r.coverage);
    const met = r.coverage.axes.filter((a) => a.met).length;
    const info = statusInfo(r.target, r.coverage);
    assert.equal(info.text, `$(checklist) EM6 · ${met}/5`);
    assert.match(info.tooltip, new RegExp(`${met} of 5 EM6 axes shown`));
    for (const a of r.coverage.axes.filter((x) => !x.met)) assert.ok(info.tooltip.includes(a.axis), a.axis);
  });

  it("says the verdict in the report's words (DESIGN §4), never 'no level' when most axes meet", () => {
    const text = readFileSync(new URL("../vscode/fixtures/resume.md", import.meta.url), "utf8");
    const r = lint(text, { override: { target: "em6" } });
    const info = statusInfo(r.target, r.coverage);
    const verdict = r.coverage!.verdict!;
    assert.ok(info.tooltip.includes(verdict.charAt(0).toUpperCase() + verdict.slice(1) + "."), info.tooltip);
    if (r.coverage!.axes.filter((a) => a.met).length >= 3) assert.doesNotMatch(info.tooltip, /no level/);
  });

  it("says 'no roles read' for a résumé where no role was read (DESIGN §2b: no silent pass)", () => {
    const r = lint("# Robin Park\n\n## Experience\n\nI have worked at several companies over the years.\n", { filename: "resume.md", override: { target: "EM6" } });
    assert.equal(r.nothingRead, "roles");
    const info = statusInfo(r.target, r.coverage, r.nothingRead);
    assert.equal(info.text, "$(warning) Ladderlint: no roles read");
    assert.match(info.tooltip, /ladderlint outline/);
    assert.equal(lint("").nothingRead, undefined, "an empty document is not 'nothing read'");
  });

  it("invites a check when there is no target", () => {
    const r = lint("# Me\n\n## Experience\n\n### Acme — Engineer (2020–2024)\n\n- Built a thing.\n");
    assert.equal(r.target, undefined);
    assert.equal(statusInfo(r.target, r.coverage).text, "$(checklist) Ladderlint");
  });
});
