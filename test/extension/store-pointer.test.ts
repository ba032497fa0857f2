// The node entry's pointer to the persisted-diagnostics store (src/extension/storePointer.ts): the
// file activate() writes in the user's cache directory, read back while the entry bundle evaluates.
import * as assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pointerFile, readPointer, removePointer, userCacheDir, writePointer } from "../../src/extension/storePointer.js";

describe("extension: store pointer (node entry)", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "ladderlint-pointer-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("finds the cache directory as the CLI's bin does, per platform", () => {
    assert.equal(userCacheDir({ XDG_CACHE_HOME: "/x/cache" }, "linux"), join("/x/cache", "ladderlint"));
    assert.equal(userCacheDir({ LOCALAPPDATA: "C:\\Users\\a\\AppData\\Local" }, "win32"), join("C:\\Users\\a\\AppData\\Local", "ladderlint"));
    assert.equal(userCacheDir({}, "win32"), undefined);
    assert.match(userCacheDir({}, "darwin")!, /Library[\\/]Caches[\\/]ladderlint$/);
    assert.equal(userCacheDir({ LADDERLINT_CACHE_DIR: "/ci/cache", XDG_CACHE_HOME: "/x" }, "linux"), "/ci/cache");
  });

  it("names one file per extension folder, in the cache directory", () => {
    const a = pointerFile("/ext/ladderlint-0.1.0", dir)!;
    assert.equal(a, pointerFile("/ext/ladderlint-0.1.0", dir));
    assert.notEqual(a, pointerFile("/ext/ladderlint-0.2.0", dir));
    assert.ok(a.startsWith(dir) && /vscode-storage-[0-9a-f]{16}\.json$/.test(a), a);
    assert.equal(pointerFile("/ext", ""), undefined, "no cache directory");
  });

  it("reads back what it wrote, creating the directory, and leaves no temporary file", () => {
    const file = pointerFile("/ext/a", join(dir, "sub", "ladderlint"))!;
    assert.equal(readPointer(file), undefined, "nothing yet");
    assert.equal(writePointer(file, "/home/u/.config/Code/User/globalStorage/ladderlint.ladderlint"), true);
    assert.equal(readPointer(file), "/home/u/.config/Code/User/globalStorage/ladderlint.ladderlint");
    assert.equal(writePointer(file, "/other/storage"), true);
    assert.equal(readPointer(file), "/other/storage");
    assert.deepEqual(readdirSync(join(dir, "sub", "ladderlint")), [file.split(/[\\/]/).pop()]);
    removePointer(file);
    assert.equal(readPointer(file), undefined);
    removePointer(file); // absent: no error
  });

  it("ignores a file that is not what it writes", () => {
    const file = join(dir, "p.json");
    for (const bad of ["", "{", "null", "[]", '{"globalStorage": 3}', '{"globalStorage": "relative/path"}', "\u0000\u0001", JSON.stringify({ globalStorage: "/" + "x".repeat(5000) })]) {
      writeFileSync(file, bad);
      assert.equal(readPointer(file), undefined, JSON.stringify(bad.slice(0, 40)));
    }
    assert.equal(readPointer(join(dir, "absent.json")), undefined);
    assert.equal(readPointer(undefined), undefined);
    assert.equal(readPointer(dir), undefined, "a directory");
  });

  it("fails quietly where it cannot write, leaving the old file whole", () => {
    const file = join(dir, "p.json");
    assert.equal(writePointer(file, "/old"), true);
    // Its temporary file's name taken by a directory: the write fails before the rename.
    mkdirSync(`${file}.${process.pid}.tmp`);
    assert.equal(writePointer(file, "/new"), false);
    assert.equal(readFileSync(file, "utf8"), '{"globalStorage":"/old"}\n');
    // A cache "directory" that is a file.
    writeFileSync(join(dir, "plain"), "x");
    assert.equal(writePointer(join(dir, "plain", "p.json"), "/x"), false);
    assert.equal(writePointer(undefined, "/x"), false);
  });
});
