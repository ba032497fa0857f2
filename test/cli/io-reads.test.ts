// The CLI's reading of many files: one shared fatal TextDecoder (decodeText) and the native realpath
// for telling the same file reached twice (expandInputs). Both must behave as a fresh decoder per file
// and the JavaScript realpath did.
import assert from "node:assert/strict";
import { mkdirSync, realpathSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { InputError, decodeText } from "../../src/cli/io.js";
import { expandInputs } from "../../src/cli/files.js";
import { removeDir, tempDir } from "./helpers.js";

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p)] : p)));

describe("CLI file reading", () => {
  it("decodes every file afresh: a file cut inside a character does not join the next file", () => {
    // "€" is E2 82 AC: the first file ends after E2 82, the second starts with AC.
    assert.throws(() => decodeText(bytes("# CV\n- Saved 5", [0xe2, 0x82]), "a.md"), (e: unknown) => e instanceof InputError && /a\.md: not valid UTF-8 \(invalid byte 0xe2 on line 2\)/.test(e.message));
    assert.throws(() => decodeText(bytes([0xac], " a year\n"), "b.md"), (e: unknown) => e instanceof InputError && /b\.md: not valid UTF-8 \(invalid byte 0xac on line 1\)/.test(e.message));
    assert.deepEqual(decodeText(bytes([0xef, 0xbb, 0xbf], "# CV\r\n- Saved ", [0xe2, 0x82, 0xac], "5\n"), "c.md"), { text: "# CV\r\n- Saved €5\n", bom: true });
    assert.deepEqual(decodeText(bytes("# CV\n"), "d.md"), { text: "# CV\n", bom: false });
  });

  it("lints a file reached twice (named, through a linked file, through a linked folder) once", () => {
    const dir = tempDir({ "cv/resume.md": "# CV\n", "cv/packet.md": "# P\n" });
    try {
      symlinkSync(join(dir, "cv/resume.md"), join(dir, "link.md"));
      mkdirSync(join(dir, "other"));
      symlinkSync(join(dir, "cv"), join(dir, "other/cv-link"));
      const { files, errors } = expandInputs(["cv/resume.md", "link.md", "cv", "other"], dir);
      assert.deepEqual(errors, []);
      assert.deepEqual(files.map((f) => f.display), ["cv/resume.md", "cv/packet.md"]);
      // The key is the file's real path, as the JavaScript realpath gives it.
      assert.equal(realpathSync.native(join(dir, "other/cv-link/packet.md")), realpathSync(join(dir, "cv/packet.md")));
    } finally {
      removeDir(dir);
    }
  });
});
