// A document's `sentences(span)`: each span split once (splitSentences), cached by its range, with the
// bullet that starts where the span starts. Pure.
import { splitSentences } from "./parse.js";
import type { Bullet, Sentence, Span } from "./types.js";

export function sentencesOf(bullets: readonly Bullet[]): (span: Span) => Sentence[] {
  const cache = new Map<number, Sentence[]>();
  const bulletAt = new Map<number, Bullet>();
  for (const b of bullets) bulletAt.set(b.start, b);
  return (span: Span): Sentence[] => {
    const key = span.start * 1048576 + (span.end - span.start);
    let s = cache.get(key);
    if (!s) {
      s = splitSentences(span, bulletAt.get(span.start));
      cache.set(key, s);
    }
    return s;
  };
}
