// A real LSP client: Debian's neovim package, headless, runs test/lsp/nvim/init.lua, which starts
// the server on a résumé with Neovim's built-in client, waits for diagnostics (vim.diagnostic.get),
// asks for code actions on the first-person finding, applies its fix and checks the buffer.
// Skipped (with the reason) only where no `nvim` is installed (apt-get install -y neovim).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "./client.js";

const RESUME = `# Jane Doe

## Experience

### Acme — Engineering Manager (2020–Present)
- I led the migration of 12 services to Kubernetes.
- Hired 6 engineers and grew the team to 14.
`;

describe("language server in Neovim (headless, built-in LSP client)", function () {
  this.timeout(120_000);
  const nvim = spawnSync("nvim", ["--version"], { encoding: "utf8" });

  it("shows diagnostics on a résumé and applies the first-person fix from a code action", function () {
    if (nvim.error) return this.skip(); // no nvim on this machine: apt-get install -y neovim
    const dir = mkdtempSync(join(tmpdir(), "ladderlint-nvim-"));
    try {
      const doc = join(dir, "resume.md");
      const result = join(dir, "result.json");
      writeFileSync(doc, RESUME);
      const r = spawnSync("nvim", ["--headless", "-n", "-i", "NONE", "--noplugin", "-u", join(root, "test/lsp/nvim/init.lua")], {
        cwd: dir,
        encoding: "utf8",
        timeout: 100_000,
        env: { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_STATE_HOME: dir, XDG_CACHE_HOME: dir, LADDERLINT_LS: join(root, "bin/ladderlint-ls.js"), LADDERLINT_DOC: doc, LADDERLINT_RESULT: result },
      });
      assert.equal(r.status, 0, `nvim exited ${r.status} ${r.signal ?? ""}: ${r.stderr}`);
      const out = JSON.parse(readFileSync(result, "utf8"));
      assert.equal(out.error, undefined, out.error);
      assert.equal(out.filetype, "markdown");
      assert.equal(out.got_diagnostics, true, "diagnostics arrived");
      assert.match(out.message, /"I" in a résumé bullet/);
      assert.ok(out.titles.includes("Disable first-person for this line"), JSON.stringify(out.titles));
      assert.equal(out.applied, 'Drop "I" and start with the verb');
      assert.equal(out.line, "- Led the migration of 12 services to Kubernetes.");
      assert.equal(out.cleared, true, "the finding went away after the edit");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
