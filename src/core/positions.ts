// Offsets (UTF-16 code units) ↔ 1-based line/column. Line breaks: \r\n, \n and a lone \r (as VS Code).

export class LineIndex {
  /** Line starts; never changed after construction (LineIndex.of shares one index). */
  readonly starts: readonly number[];

  private static last: LineIndex | undefined;
  /**
   * The index of `text`, shared with the previous caller that asked for the same text (the parser
   * and the CLI's position conversion both need the one of the document being linted).
   */
  static of(text: string): LineIndex {
    const last = LineIndex.last;
    if (last && last.text === text) return last;
    return (LineIndex.last = new LineIndex(text));
  }

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /** 0-based line index of an offset. */
  lineOf(offset: number): number {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** 1-based line and column. */
  lineCol(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const l = this.lineOf(o);
    return { line: l + 1, column: o - this.starts[l]! + 1 };
  }

  /** Offset of a 1-based line/column (clamped to the line's end, excluding the line break). */
  offsetAt(line: number, column: number): number {
    const l = Math.max(1, Math.min(line, this.starts.length)) - 1;
    const start = this.starts[l]!;
    return Math.min(start + Math.max(0, column - 1), this.lineEnd(l));
  }

  /** Offset of the end of a 0-based line, before its line break. */
  lineEnd(l: number): number {
    const next = l + 1 < this.starts.length ? this.starts[l + 1]! : this.text.length + 1;
    let end = next - 1;
    if (l + 1 >= this.starts.length) return this.text.length;
    if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** Range [start, end) of the line that contains the offset, without its line break. */
  lineRange(offset: number): { start: number; end: number } {
    const l = this.lineOf(offset);
    return { start: this.starts[l]!, end: this.lineEnd(l) };
  }
}
