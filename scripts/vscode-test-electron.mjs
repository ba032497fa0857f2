#!/usr/bin/env node
// @vscode/test-electron route (where a VS Code build can be had): node scripts/vscode-test-electron.mjs
// <extensionDevelopmentPath> <extensionTestsPath> <workspace>. Uses $LADDERLINT_VSCODE_EXECUTABLE when
// set, else lets test-electron download a build (needs network).
import { runTests } from "@vscode/test-electron";

const [extensionDevelopmentPath, extensionTestsPath, workspace] = process.argv.slice(2);
try {
  const code = await runTests({
    extensionDevelopmentPath,
    extensionTestsPath,
    vscodeExecutablePath: process.env.LADDERLINT_VSCODE_EXECUTABLE || undefined,
    launchArgs: [workspace, "--disable-extensions", "--disable-workspace-trust", "--skip-welcome", "--skip-release-notes"],
    extensionTestsEnv: { ...process.env },
  });
  process.exit(code);
} catch (err) {
  console.error(`vscode-test-electron: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
