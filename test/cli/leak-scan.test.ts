import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const script = new URL("../../scripts/leak-scan.mjs", import.meta.url).pathname;
const run = (dir: string) => spawnSync(process.execPath, [script, dir], { encoding: "utf8" });

describe("scripts/leak-scan.mjs: corpus words in the repository", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "leak-scan-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("names the file and line of a tracked line found word for word in a corpus text, and exits 1", () => {
    // A line of this very test file, put into a "corpus" text.
    writeFileSync(join(dir, "doc.md"), "# Someone\n\n- planted: the quick brown fox jumps over the lazy dog beside the river bank\n");
    const r = run(dir);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^test\/cli\/leak-scan\.test\.ts:\d+ \| /m);
  });

  it("exits 0 with nothing found when no corpus text shares 40 characters with the repository", () => {
    writeFileSync(join(dir, "doc.md"), "# Nobody\n\n- zq xv wq zv qx vw zx qw vz xq wz zw qv\n");
    const r = run(dir);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, "");
  });
});
// planted: the quick brown fox jumps over the lazy dog beside the river bank
