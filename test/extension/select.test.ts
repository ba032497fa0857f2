// Which documents the extension lints (DESIGN §7): front matter, ladderlint.files globs, or a Check.
import * as assert from "node:assert/strict";
import { createRequire } from "node:module";
import { DEFAULT_FILES, hasLadderlintFrontMatter, lintReason, lintedLanguage, matchesFiles } from "../../src/extension/select.js";
import { resumeFormatOf } from "../../src/core/resume-names.js";

describe("extension: document selection", () => {
  it("lints JSON Resume files by name in JSON or YAML, as the engine reads them (issue 23)", () => {
    for (const [lang, p, want] of [
      ["json", "resume.json", true],
      ["json", "cv/Ada.Resume.JSON", true],
      ["yaml", "resume.yml", true],
      ["yaml", "docs/resume.yaml", true],
      ["json", "package.json", false],
      ["json", "myresume.json", false],
      ["plaintext", "resume.json", false],
      ["markdown", "notes.md", true],
    ] as const) {
      assert.equal(lintedLanguage(lang, p), want, `${lang} ${p}`);
      // The entry's name test and the engine's agree.
      if (lang === "json" || lang === "yaml") assert.equal(resumeFormatOf(p) === lang, want, p);
    }
    assert.equal(lintReason({ text: "{}", relativePath: "cv/resume.json", globs: DEFAULT_FILES, checked: false }), "files");
  });

  it("matches the default globs case-insensitively, anywhere in the workspace", () => {
    for (const p of ["resume.md", "docs/Resume-2024.md", "CV.md", "promo/my-promo-packet.md", "brag-doc.md", "notes/SELF-REVIEW.md", "a/b/c/packet.md"]) {
      assert.equal(matchesFiles(p, DEFAULT_FILES), true, p);
    }
    for (const p of ["README.md", "docs/guide.md", "CHANGELOG.md", "resume.txt", "resume.md.bak", "notes.markdown"]) {
      assert.equal(matchesFiles(p, DEFAULT_FILES), false, p);
    }
  });

  it("matches globs: ** spans folders, * stays in one, {a,b} and [] work", () => {
    assert.ok(matchesFiles("docs/a/b/x.md", ["docs/**/*.md"]));
    assert.ok(matchesFiles("docs/x.md", ["docs/**/*.md"]));
    assert.ok(!matchesFiles("docs/a/x.md", ["docs/*.md"]));
    assert.ok(matchesFiles("x.markdown", ["*.{md,markdown}"]));
    assert.ok(matchesFiles("v7.md", ["v[0-9].md"]));
    assert.ok(!matchesFiles("v7.md", ["v[!0-9].md"]));
    assert.ok(!matchesFiles("aXmd", ["a.md"]), "dots are literal");
    // A glob without a slash also matches the base name.
    assert.ok(matchesFiles("deep/dir/promo.md", ["promo.md"]));
    assert.ok(!matchesFiles("deep/dir/promo.md", ["dir2/promo.md"]));
    // Windows separators and a leading ./ in either, and case.
    assert.ok(matchesFiles("Docs\\Team\\CV.MD", ["./docs/**/cv.md"]));
  });

  it("uses the matcher the CLI's globs run through (tinyglobby's picomatch)", () => {
    const require = createRequire(import.meta.url);
    const ours = require.resolve("picomatch/posix");
    const cli = createRequire(require.resolve("tinyglobby")).resolve("picomatch/posix");
    assert.equal(cli, ours);
  });

  it("detects a ladderlint block or a target key in the front matter only", () => {
    assert.ok(hasLadderlintFrontMatter("---\nladderlint:\n  target: EM6\n---\n# X\n"));
    assert.ok(hasLadderlintFrontMatter("---\r\ntitle: Me\r\ntarget: TL5\r\n---\r\n"));
    assert.ok(hasLadderlintFrontMatter("\uFEFF---\nladderlint: {kind: promo}\n---\n"));
    assert.ok(!hasLadderlintFrontMatter("---\ntitle: Handbook\n---\nladderlint: not front matter\n"));
    assert.ok(!hasLadderlintFrontMatter("# README\n\nladderlint:\n  target: EM6\n"));
    assert.ok(!hasLadderlintFrontMatter("---\n  target: nested is not a key at the top\n---\n"));
  });

  it("gives the reason a document is linted, or none for a README", () => {
    const base = { globs: DEFAULT_FILES, checked: false };
    assert.equal(lintReason({ ...base, text: "# Team\n\nI did things.\n", relativePath: "README.md" }), undefined);
    assert.equal(lintReason({ ...base, text: "# Team\n", relativePath: "README.md", checked: true }), "checked");
    assert.equal(lintReason({ ...base, text: "---\ntarget: EM6\n---\n", relativePath: "README.md" }), "front-matter");
    assert.equal(lintReason({ ...base, text: "# Me\n", relativePath: "cv.md" }), "files");
    assert.equal(lintReason({ ...base, text: "# Me\n", relativePath: "cv.md", globs: [] }), undefined);
  });
});

describe("select: size limit", () => {
  it("does not lint documents over 1 MiB in the editor", async () => {
    const { tooLarge, MAX_DOCUMENT_CHARS } = await import("../../src/extension/select.js");
    assert.equal(tooLarge("x".repeat(MAX_DOCUMENT_CHARS)), false);
    assert.equal(tooLarge("x".repeat(MAX_DOCUMENT_CHARS + 1)), true);
  });
});
