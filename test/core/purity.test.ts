// The core stays pure so one engine serves the CLI, the node extension and the web extension.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../../", import.meta.url).pathname;
const PURE = ["src/core", "src/engine", "src/rules", "src/ladders", "src/report"];
const FORBIDDEN = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)["'](vscode|fs|node:fs|fs\/promises|node:fs\/promises|path|node:path|process|node:process|child_process|node:child_process|os|node:os)["']|\bprocess\.(env|argv|cwd|exit)\b/;

function files(dir: string): string[] {
  const out: string[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync(join(root, dir));
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = join(dir, e);
    if (statSync(join(root, p)).isDirectory()) out.push(...files(p));
    else if (/\.(ts|js|mjs|cjs)$/.test(e)) out.push(p);
  }
  return out;
}

describe("core purity", () => {
  it("src/core, src/engine, src/rules, src/ladders and src/report import no vscode, fs, path or process", () => {
    const checked = PURE.flatMap(files);
    assert.ok(checked.length >= 5, "found the core sources");
    const offenders = checked.filter((f) => FORBIDDEN.test(readFileSync(join(root, f), "utf8")));
    assert.deepEqual(offenders, []);
  });

  it("src/core imports neither the rule registry, the ladders nor the engine (DESIGN §8: the engine sits above them)", () => {
    const checked = files("src/core");
    assert.ok(checked.length >= 5, "found the core sources");
    const ABOVE = /(?:from\s+|import\s*\(\s*)["']\.\.\/(rules|ladders|engine|report|config|cli|extension)\//;
    const offenders = checked.filter((f) => ABOVE.test(readFileSync(join(root, f), "utf8")));
    assert.deepEqual(offenders, []);
  });
});
