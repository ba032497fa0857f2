// package.json contributions are generated from the rule registry and the built-in ladders
// (scripts/gen-contributes.mjs); this fails when they drift. Also checks the packaging fields.
import * as assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { rules } from "../../src/rules/index.js";
import { builtinLadderSet } from "../../src/ladders/index.js";
import { buildContributes } from "../../src/docs/contributes.js";

const root = new URL("../../", import.meta.url);
const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8"));

describe("extension: package.json", () => {
  it("contributes exactly what the registry and ladder data generate (run `npm run gen:contributes`)", () => {
    assert.deepEqual(pkg.contributes, buildContributes(rules, builtinLadderSet().levels()));
  });

  it("has one Check command per built-in level, titled as DESIGN §7 gives it ('Ladderlint: Check against EM6')", () => {
    const commands: { command: string; title: string }[] = pkg.contributes.commands;
    const levels = builtinLadderSet().levels();
    assert.ok(levels.length >= 18);
    for (const l of levels) {
      const c = commands.find((x) => x.command === `ladderlint.checkAgainst.${l.id}`);
      assert.ok(c, l.id);
      assert.equal(c.title, `Ladderlint: Check against ${l.id}`);
    }
    const em6 = commands.find((x) => x.command === "ladderlint.checkAgainst.EM6");
    assert.equal(em6?.title, "Ladderlint: Check against EM6");
    for (const id of ["ladderlint.checkAgainstLevel", "ladderlint.showReport", "ladderlint.setTarget"]) assert.ok(commands.some((c) => c.command === id), id);
  });

  it("every setting of DESIGN §7 exists, with the rule ids as keys of ladderlint.rules", () => {
    const props = pkg.contributes.configuration.properties;
    for (const k of ["target", "kind", "ladders", "rules", "files", "run"]) assert.ok(props[`ladderlint.${k}`]?.description || props[`ladderlint.${k}`]?.markdownDescription, k);
    assert.deepEqual(Object.keys(props["ladderlint.rules"].properties).sort(), rules.map((r) => r.meta.id).sort());
    assert.deepEqual(props["ladderlint.run"].enum, ["onType", "onSave"]);
    // Custom ladders' ids must validate: no enum, the built-in ids as completions.
    assert.equal(props["ladderlint.target"].enum, undefined);
    assert.ok(props["ladderlint.target"].examples.includes("EM6"));
    assert.match(props["ladderlint.target"].markdownDescription, /custom ladder/);
  });

  it("declares the entries, activation, trust, virtual workspaces, icon and schemas", () => {
    assert.equal(pkg.main, "dist/extension.cjs");
    assert.equal(pkg.browser, "dist/web/extension.cjs");
    // JSON and YAML: JSON Resume files (resume.json, resume.yaml); the extension lints only those by name.
    assert.deepEqual(pkg.activationEvents, ["onLanguage:markdown", "onLanguage:json", "onLanguage:yaml"]);
    assert.deepEqual(pkg.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
    assert.ok(existsSync(new URL(pkg.icon, root)));
    const png = readFileSync(new URL(pkg.icon, root));
    assert.equal(png.readUInt32BE(16), 128, "icon width");
    assert.equal(png.readUInt32BE(20), 128, "icon height");
    for (const v of pkg.contributes.jsonValidation) assert.ok(existsSync(new URL(v.url, root)), v.url);
    assert.match(pkg.scripts.package, /vsce package --no-dependencies/);
  });
});
