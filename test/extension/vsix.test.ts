// What `npm run package` puts in the .vsix: the bundles, the rule pages (read by "Show rule
// documentation" from the extension's folder), media, schemas, README, LICENSE, NOTICE and package.json;
// nothing from node_modules, src, test or the CLI bundle (`vsce ls` applies .vscodeignore).
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

describe("extension: .vsix contents", () => {
  it("vsce ls lists exactly the shipped files", function () {
    this.timeout(120000);
    if (!existsSync("dist/extension.cjs") || !existsSync("dist/engine.cjs") || !existsSync("dist/web/extension.cjs")) {
      const b = spawnSync(process.execPath, ["esbuild.js"], { encoding: "utf8" });
      assert.equal(b.status, 0, b.stderr);
    }
    const r = spawnSync(process.execPath, ["node_modules/@vscode/vsce/vsce", "ls", "--no-dependencies"], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.split("\n").map((l) => l.trim()).filter(Boolean).sort();
    assert.deepEqual(files, [
      "LICENSE",
      "NOTICE",
      "README.md",
      "dist/engine.cjs",
      "dist/extension.cjs",
      "dist/web/extension.cjs",
      ...readdirSync("docs/rules").filter((f) => f.endsWith(".md")).map((f) => `docs/rules/${f}`).sort(),
      "media/icon.png",
      "media/report.css",
      "media/report.js",
      "package.json",
      "schemas/baseline.schema.json",
      "schemas/config.schema.json",
      "schemas/ladder.schema.json",
    ]);
  });
});
