// Regular expressions that open with a negative look-behind ("not after a letter"), searched without
// it. V8 finds where a pattern can start by its first characters, unless it opens with a look-behind:
// then it tries the look-behind at every position of the text, which made the reader's date test
// (parse.ts HAS_YEAR_OR_OPEN, ~56 calls a résumé) 4× slower than its body alone. Here the body is
// searched for, and the look-behind, an expression of its own, is tried only where the body matches.
// Same answers (test/core/lookbehind.test.ts holds both to the single expression). Pure: no vscode, no fs.

export interface LookbehindFree {
  /** new RegExp(`(?<!${notAfter})${body}`, flags).test(text) */
  test(text: string): boolean;
  /** The regular expression it stands for. */
  readonly source: RegExp;
}

/** `(?<!notAfter)body` with `flags` (no g or y), as `test`. `body` must not match the empty string. */
export function lookbehindFree(notAfter: string, body: string, flags: string): LookbehindFree {
  const find = new RegExp(body, flags + "g");
  // Sticky: tried at lastIndex only, where it matches (the empty string) exactly when the look-behind holds.
  const allowed = new RegExp(`(?<!${notAfter})`, flags + "y");
  const unicode = find.unicode || find.flags.includes("v");
  return {
    source: new RegExp(`(?<!${notAfter})${body}`, flags),
    test(text: string): boolean {
      find.lastIndex = 0;
      for (let m; (m = find.exec(text)); ) {
        allowed.lastIndex = m.index;
        if (allowed.test(text)) return true;
        // The next position the single expression would try: the next code point (code unit without u).
        find.lastIndex = m.index + (unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
      }
      return false;
    },
  };
}
