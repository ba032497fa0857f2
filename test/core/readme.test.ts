// The README's rule table and every rule's doc page follow the registry.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { rules } from "../../src/rules/index.js";
import { rulesTable, withRulesTable, TABLE_START } from "../../src/docs/rules-table.js";

const root = new URL("../../", import.meta.url);
const readme = readFileSync(new URL("README.md", root), "utf8");

describe("README", () => {
  it("has the rule table generated from the registry (run `npm run gen:readme` when this fails)", () => {
    assert.ok(readme.includes(TABLE_START), "the README has a generated rule table");
    assert.equal(withRulesTable(readme), readme);
    for (const r of rules) assert.ok(rulesTable().includes("`" + r.meta.id + "`"));
  });

  it("links a doc page that exists for every rule", () => {
    for (const r of rules) assert.ok(existsSync(new URL(`docs/rules/${r.meta.id.replace("/", "-")}.md`, root)), r.meta.id);
  });

  it("shows the two commands on its first screen", () => {
    const first = readme.split("\n").slice(0, 25).join("\n");
    assert.match(first, /npm install && npm start/);
    assert.match(first, /npm test/);
  });
});
