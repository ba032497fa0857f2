// Regular expressions that open with a negative look-behind ("not after a letter"), searched without
// it. V8 finds where a pattern can start by its first characters, unless it opens with a look-behind:
// then it tries the look-behind at every position of the text, which made the reader's date test
// (parse.ts HAS_YEAR_OR_OPEN, ~56 calls a résumé) 4× slower than its body alone. Here the body is
// searched for, and the look-behind, an expression of its own, is tried only where the body matches.
// Same answers (test/core/lookbehind.test.ts holds both to the single expression). Pure: no vscode, no fs.

export interface LookbehindFree {
  /** new RegExp(`(?<!${notAfter})${body}`, flags).test(text) */
  test(text: string): boolean;
  /** Every match, in order, as exec with the g flag finds them from the start of the text. */
  matches(text: string): RegExpExecArray[];
  /** The regular expression it stands for. */
  readonly source: RegExp;
}

/** `(?<!notAfter)body` with `flags` (no g or y), as `test` and `matches`. `body` must not match the empty string. */
export function lookbehindFree(notAfter: string, body: string, flags: string): LookbehindFree {
  const find = new RegExp(body, flags + "g");
  // Sticky: tried at lastIndex only, where it matches (the empty string) exactly when the look-behind holds.
  const allowed = new RegExp(`(?<!${notAfter})`, flags + "y");
  const unicode = find.unicode || find.flags.includes("v");
  /** The next match at or after `from` whose look-behind holds, or null. */
  const next = (text: string, from: number): RegExpExecArray | null => {
    find.lastIndex = from;
    for (let m; (m = find.exec(text)); ) {
      allowed.lastIndex = m.index;
      if (allowed.test(text)) return m;
      // The next position the single expression would try: the next code point (code unit without u).
      find.lastIndex = m.index + (unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
    }
    return null;
  };
  return {
    source: new RegExp(`(?<!${notAfter})${body}`, flags),
    test: (text) => next(text, 0) !== null,
    matches(text: string): RegExpExecArray[] {
      const out: RegExpExecArray[] = [];
      for (let m = next(text, 0); m; m = next(text, m.index + m[0].length)) out.push(m);
      return out;
    },
  };
}
