// Coverage shares each axis's step evidence between the levels of a document's track (the "reads as"
// walk asks every one). A level's coverage must not depend on which other levels were asked first.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { parseDocument } from "../../src/core/parse.js";
import { createLadderSet } from "../../src/ladders/index.js";

describe("ladders: coverage of a level is the same whatever was asked before", () => {
  it("on the example documents, for every level", () => {
    const probe = createLadderSet();
    const ids = probe.levels().map((l) => l.id);
    let docs = 0;
    // One set for every document and level (as the CLI's built-in set), each level asked in turn;
    // against a fresh set and document per level.
    const shared = createLadderSet();
    for (const dir of ["examples", "test/fixtures"]) {
      for (const f of readdirSync(dir, { recursive: true }).map(String).filter((x) => x.endsWith(".md"))) {
        const text = readFileSync(`${dir}/${f}`, "utf8");
        const doc = parseDocument(text);
        const all = ids.map((id) => shared.coverage(doc, id));
        ids.forEach((id, i) => assert.deepEqual(all[i], createLadderSet().coverage(parseDocument(text), id), `${f} ${id}`));
        docs++;
      }
    }
    assert.ok(docs > 10);
  });
});
