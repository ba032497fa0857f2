// findCliches (src/rules/lib/cliches.ts) must report exactly what write-good's "cliches" check
// reports: same list, same positions, same lengths. It replaces it only because it is faster.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import fc from "fast-check";
import writeGood from "write-good";
import { findCliches } from "../../src/rules/lib/cliches.js";
import data from "../../src/rules/data/cliches.json";
import { generatePacket, generateResume, LAYOUTS } from "../../bench/corpus.mjs";

const require = createRequire(import.meta.url);
const CHECKS = ["passive", "weasel", "adverb", "tooWordy", "cliches", "illusion", "so", "thereIs", "eprime"];
const onlyCliches = Object.fromEntries(CHECKS.map((c) => [c, c === "cliches"]));
const reference = (text: string) => writeGood(text, onlyCliches).map((s: { index: number; offset: number }) => ({ index: s.index, offset: s.offset }));

describe("findCliches", () => {
  it("uses write-good's own list, in its order", () => {
    const src = readFileSync(require.resolve("no-cliches/cliches.js", { paths: [require.resolve("write-good")] }), "utf8");
    const list = new Function(src.replace(/cliches = cliches\.map[\s\S]*/, "return cliches;"))() as string[];
    assert.equal(list.length, data.cliches.length);
    assert.deepEqual(data.cliches, list);
  });

  it("finds clichés with write-good's positions and lengths", () => {
    const text = "A far cry from an Ace in the hole. Think\noutside of  the box; \u200Cgo the extra mile! will wonders never ceas? All talk, no action.";
    const got = findCliches(text);
    assert.equal(got.length, 6, JSON.stringify(got));
    assert.deepEqual(got, reference(text));
    assert.deepEqual(got.map((m) => text.slice(m.index, m.index + m.offset)), ["A far cry", "Ace in the hole", "Think\noutside of  the box", "go the extra mile", "will wonders never ceas", "All talk, no action"]);
  });

  it("agrees with write-good on every layout of the bench corpus and on promo packets", () => {
    for (const layout of LAYOUTS) {
      const text = generateResume(11, layout) + "\nAt the end of the day we moved the needle, a team player.";
      assert.deepEqual(findCliches(text), reference(text), layout);
    }
    const packet = generatePacket(3);
    assert.deepEqual(findCliches(packet), reference(packet));
  });

  it("agrees with write-good on arbitrary text built from cliché fragments", () => {
    const pieces = ["at the end of the day", "team player", "AT THE END", "of", "the", "day", "_x", "9", "é", "ß", "ı", "\u200C", " ", "\n", ", ", "moved the needle", "ace in the hole", "acein", "the hole", "will wonders never cease?", "cease", "ceas", "-", "'", "you're the boss", "you're the boss ", "YOU'RE THE", " boss", "\t", "\u00a0", "\b", "a far", "afar cry", "cry"];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        assert.deepEqual(findCliches(text), reference(text));
      }),
      { numRuns: 500 },
    );
  });
});
