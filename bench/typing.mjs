// Typing into a document as the editor sees it, shared by bench/inproc.mjs (the relint timings) and
// bench/profile.mjs --typing: each run types one more character into a bullet (ten characters at
// one place, then the next bullet) and lints the whole new text with the document's block cache
// (src/core/blocks.ts), as src/extension/linter.ts does. The edited block is parsed again on every
// run; the text grows by one character per run.

/** A function that types one character and lints; `.stats()` reports the cache and the text size. */
export function typist(lint, BlockCache, base, options) {
  const word = "Cut p95 latency 40% ";
  const parseCache = new BlockCache();
  let text = base;
  let cursor = -1;
  let typed = 0;
  const move = () => {
    let i = text.indexOf("\n- ", cursor + 1);
    if (i < 0) i = text.indexOf("\n- ");
    cursor = i < 0 ? text.length : i + 3;
  };
  move();
  lint(text, { ...options, parseCache });
  const run = () => {
    if (typed && typed % 10 === 0) move();
    text = text.slice(0, cursor) + word[typed % word.length] + text.slice(cursor);
    cursor++;
    typed++;
    return lint(text, { ...options, parseCache });
  };
  run.stats = () => ({ cacheHits: parseCache.hits, cacheMisses: parseCache.misses, finalChars: text.length });
  return run;
}
