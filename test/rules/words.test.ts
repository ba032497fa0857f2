// The phrase matcher's first-word bits (src/rules/lib/words.ts) are a shortcut: with them or without,
// findPhrases / hasPhrase / matchAtToken must give the same answers, for lists compiled before or
// after the tokens were made, and for more lists than there are bits.
import assert from "node:assert/strict";
import { compilePhrases, findPhrases, hasPhrase, matchAtToken, tokenize, type Token } from "../../src/rules/lib/words.js";

/** The same tokens without their bits: the matcher then looks every token up in full. */
const withoutBits = (tokens: Token[]): Token[] => tokens.map(({ bits: _b, bitsAt: _a, ...t }) => t);

describe("rules/lib/words phrase lists", () => {
  const texts = ["Led the migration of 12 services with the API team", "Drove a cross-team effort; grew two senior engineers", "PMs and APIs", "nothing here at all", "Built and rebuilt: built it twice"];
  it("a list compiled after its text was tokenized still matches", () => {
    const text = "we shipped the zeppelin refit on time";
    const tokens = tokenize(text); // cached: a later tokenize(text) returns these very tokens
    const late = compilePhrases(["zeppelin * on time", "refit"]);
    assert.equal(hasPhrase(tokenize(text), late), true);
    assert.deepEqual(findPhrases(tokens, late).map((m) => text.slice(m.start, m.end)), ["zeppelin refit on time"]);
  });

  it("gives the same matches with the bits as without them, beyond 31 lists", () => {
    const lists = Array.from({ length: 40 }, (_, i) => compilePhrases([["led", "grew * engineers", "API", "cross team", "built"][i % 5]!, "=rebuilt", "services"]));
    for (const text of texts) {
      const tokens = tokenize(text);
      const bare = withoutBits(tokens);
      for (const list of lists) {
        assert.deepEqual(findPhrases(tokens, list), findPhrases(bare, list), text);
        assert.equal(hasPhrase(tokens, list), hasPhrase(bare, list), text);
        for (let i = 0; i < tokens.length; i++) assert.deepEqual(matchAtToken(tokens, list, i), matchAtToken(bare, list, i));
      }
    }
    assert.equal(hasPhrase(tokenize(texts[1]!), lists[1]!), true);
    assert.equal(hasPhrase(tokenize(texts[3]!), lists[1]!), false);
  });
});
