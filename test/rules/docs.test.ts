// Rule docs are executable: every rule in the registry has docs/rules/<id>.md ("/" → "-") with at
// least one ```markdown bad example and one ```markdown good example; every bad example yields at
// least one finding of that rule and every good example none of it. A page may start with front matter carrying `target:` (ladder
// rules need one); the examples are then linted with that target.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { lint } from "../../src/engine/index.js";
import { rules } from "../../src/rules/index.js";

const root = new URL("../..", import.meta.url).pathname;

function examples(page: string, which: "bad" | "good"): string[] {
  const re = new RegExp("^(`{3,})markdown " + which + "[ \\t]*\\r?\\n([\\s\\S]*?)\\r?\\n\\1[ \\t]*$", "gm");
  return [...page.matchAll(re)].map((m) => m[2] + "\n");
}

function pageTarget(page: string): string | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(page);
  if (!m) return undefined;
  const data = parseYaml(m[1]!) as Record<string, unknown> | null;
  const t = data?.["target"] ?? (data?.["ladderlint"] as Record<string, unknown> | undefined)?.["target"];
  return typeof t === "string" || typeof t === "number" ? String(t) : undefined;
}

describe("docs/rules: every rule has an executable page", () => {
  it("the registry is not empty and ids are unique", () => {
    assert.ok(rules.length >= 20, `expected the full catalogue, got ${rules.length} rules`);
    assert.equal(new Set(rules.map((r) => r.meta.id)).size, rules.length);
  });
  for (const rule of rules) {
    const id = rule.meta.id;
    const file = join(root, "docs/rules", id.replace("/", "-") + ".md");
    describe(id, () => {
      it("has a page with a title, a bad and a good example", () => {
        assert.ok(existsSync(file), `missing ${file}`);
        const page = readFileSync(file, "utf8");
        assert.match(page, /^(---[\s\S]*?---\s*)?# /, "page starts with a title");
        assert.ok(page.includes(id), "page names the rule id");
        assert.ok(examples(page, "bad").length, "a ```markdown bad block");
        assert.ok(examples(page, "good").length, "a ```markdown good block");
      });
      it("the bad example yields a finding of the rule; the good one yields none", () => {
        if (!existsSync(file)) assert.fail(`missing ${file}`);
        const page = readFileSync(file, "utf8");
        const target = pageTarget(page);
        const override = target ? { target } : {};
        const bad = examples(page, "bad");
        const good = examples(page, "good");
        assert.ok(bad.length && good.length, "both examples present");
        bad.forEach((text, i) => {
          const found = lint(text, { rules: [rule], override }).findings.filter((f) => f.ruleId === id);
          assert.ok(found.length >= 1, `bad example ${i + 1} of ${id} yields no ${id} finding`);
        });
        good.forEach((text, i) => {
          const found = lint(text, { rules: [rule], override }).findings.filter((f) => f.ruleId === id);
          assert.deepEqual(found.map((f) => `${text.slice(f.start, f.end)}: ${f.message}`), [], `good example ${i + 1} of ${id} yields findings`);
        });
      });
    });
  }
});
