// Test runner loaded by the VS Code extension host (extensionTestsPath): mocha over the bundled
// *.test.cjs files beside it. Writes {passed, failed, skipped} to $LADDERLINT_COUNTS_FILE.
import * as fs from "node:fs";
import * as path from "node:path";
import Mocha from "mocha";

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: "bdd", color: false, timeout: 60000, reporter: "spec" });
  // One VS Code launch per phase (scripts/vscode-test.sh): "main" (the default: extension.test.cjs,
  // with empty user data), then "restart-timing" (optional, timing only) and "restart" on the user
  // data the earlier launches left.
  const phase = process.env.LADDERLINT_VSCODE_PHASE || "main";
  const file = phase === "main" ? "extension.test.cjs" : `${phase}.test.cjs`;
  if (!fs.existsSync(path.join(__dirname, file))) return Promise.reject(new Error(`no suite for phase ${phase}`));
  mocha.addFile(path.join(__dirname, file));
  // The grep selects tests of the main suite; the restart launches run whole (they time activation).
  const only = process.env.LADDERLINT_VSCODE_GREP;
  if (only && phase === "main") mocha.grep(only);
  const counts = { passed: 0, failed: 0, skipped: 0 };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const out = process.env.LADDERLINT_COUNTS_FILE;
      if (out) fs.writeFileSync(out, JSON.stringify(counts));
      console.log(`vscode: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
    runner.on("pass", () => counts.passed++);
    runner.on("fail", () => counts.failed++);
    runner.on("pending", () => counts.skipped++);
  });
}
