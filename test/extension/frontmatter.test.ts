// "Set target level" writes the target into the front matter without disturbing the rest.
import * as assert from "node:assert/strict";
import { setTargetEdit } from "../../src/extension/frontmatter.js";
import { lint } from "../../src/engine/index.js";

function apply(text: string, id: string): string {
  const r = setTargetEdit(text, id);
  if (!("edit" in r)) throw new Error(JSON.stringify(r));
  return text.slice(0, r.edit.start) + r.edit.text + text.slice(r.edit.end);
}

describe("extension: front-matter target", () => {
  it("adds a front-matter block to a document without one", () => {
    const out = apply("# Alex\n\n## Experience\n", "EM6");
    assert.equal(out, "---\nladderlint:\n  target: EM6\n---\n\n# Alex\n\n## Experience\n");
    assert.equal(lint(out).target, "EM6", "the engine reads it back");
  });

  it("adds the ladderlint block to existing front matter and keeps other keys and comments", () => {
    const text = "---\ntitle: Alex Rivera # my name\nlayout: resume\n---\n# Alex\n";
    const out = apply(text, "TL5");
    assert.match(out, /^---\ntitle: Alex Rivera # my name\nlayout: resume\nladderlint:\n {2}target: TL5\n---\n# Alex\n$/);
    assert.equal(lint(out).target, "TL5");
  });

  it("replaces an existing target (block or top-level) in place", () => {
    assert.equal(apply("---\nladderlint:\n  kind: promo\n  target: EM5\n---\nx\n", "EM6"), "---\nladderlint:\n  kind: promo\n  target: EM6\n---\nx\n");
    assert.equal(apply("---\ntarget: EM5\ntitle: t\n---\nx\n", "EM7"), "---\ntarget: EM7\ntitle: t\n---\nx\n");
    assert.equal(apply("---\n---\n# x\n", "D4"), "---\nladderlint:\n  target: D4\n---\n# x\n");
  });

  it("keeps CRLF line endings and a BOM", () => {
    assert.equal(apply("\uFEFF# x\r\n", "EM6"), "\uFEFF---\r\nladderlint:\r\n  target: EM6\r\n---\r\n\r\n# x\r\n");
    assert.equal(apply("---\r\ntitle: t\r\n---\r\n# x\r\n", "EM6"), "---\r\ntitle: t\r\nladderlint:\r\n  target: EM6\r\n---\r\n# x\r\n");
  });

  it("refuses to rewrite broken YAML and reports an unchanged target", () => {
    assert.ok("error" in setTargetEdit("---\ntitle: [unclosed\n---\n# x\n", "EM6"));
    assert.ok("error" in setTargetEdit("---\nladderlint: EM6\n---\n", "EM6"));
    assert.deepEqual(setTargetEdit("---\nladderlint:\n  target: EM6\n---\n", "EM6"), { unchanged: true });
  });
});
