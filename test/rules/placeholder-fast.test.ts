// placeholder skips a whole-text search when the text holds none of its literals: that is only right
// if every match of the expression holds one of them. Checked for each search on every example,
// fixture and rule doc and on generated text built from the pieces the expressions look for.
import assert from "node:assert/strict";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { SEARCHES } from "../../src/rules/placeholder.js";

/** Every match of a fresh copy of the expression (the module's own keeps its lastIndex). */
function allMatches(re: RegExp, text: string): string[] {
  return [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => m[0]);
}

function check(text: string, seen: Map<string, number>): void {
  for (const [name, s] of Object.entries(SEARCHES)) {
    const found = allMatches(s.re, text);
    if (!found.length) continue;
    seen.set(name, (seen.get(name) ?? 0) + 1);
    for (const m of found) assert.ok(s.needles.some((n) => m.includes(n)), `${name}: match ${JSON.stringify(m)} holds none of ${JSON.stringify(s.needles)}`);
  }
}

describe("rules/placeholder: the literals that gate each search", () => {
  it("every match on the examples, fixtures and rule docs holds one of its search's literals", () => {
    const seen = new Map<string, number>();
    for (const dir of ["examples", "test/fixtures", "docs/rules"]) {
      for (const f of readdirSync(dir, { recursive: true }).map(String).filter((x) => x.endsWith(".md"))) check(readFileSync(`${dir}/${f}`, "utf8"), seen);
    }
    for (const name of ["code", "words", "dollar"]) assert.ok((seen.get(name) ?? 0) > 0, `no document exercised ${name}`);
  });

  it("and on generated text of code, comments, placeholders and their neighbours", () => {
    const pieces = ["`", "``", "```", "~", "~~~", "<!--", "-->", "<", "!", "-", "X", "XX", "x", "%", "$", "€", "{", "}", "${", "N", "k", "TODO", "TBD", "TBC", "FIXME", "TKTK", "TOD", "T", "?", "???", "a", "é", "_", "1", " ", "  ", "\t", "\n", "\n\n", "    "];
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => check(parts.join(""), seen)),
      { numRuns: 6000, seed: 5 },
    );
    for (const name of Object.keys(SEARCHES)) assert.ok((seen.get(name) ?? 0) > 20, `generated text rarely exercised ${name} (${seen.get(name) ?? 0})`);
  });
});
