// Results of pure text → value functions, kept between two lints of the same document in the
// editor (a BlockCache carries one). While you type, most bullets and paragraphs are the text they
// were a keystroke ago, so their write-good matches and ladder cues need not be found again.
// Active only inside lint() with a cache (`memoScope`); elsewhere `memo` just computes. Values must
// not depend on anything but the key and must not be changed by their users (offsets relative to the
// text). Pure: no vscode, no fs.

export class Memo {
  private readonly maps = new Map<string, Map<string, { value: unknown; run: number }>>();
  private run = 0;
  private entries = 0;
  constructor(private readonly maxEntries = 50_000) {}

  get<T>(ns: string, key: string, compute: () => T): T {
    let map = this.maps.get(ns);
    if (!map) this.maps.set(ns, (map = new Map()));
    const got = map.get(key);
    if (got) {
      got.run = this.run;
      return got.value as T;
    }
    const value = compute();
    if (this.entries < this.maxEntries) {
      map.set(key, { value, run: this.run });
      this.entries++;
    }
    return value;
  }

  /** After each lint: forget what neither this lint nor the one before used. */
  endRun(): void {
    for (const map of this.maps.values()) {
      for (const [k, v] of map) {
        if (v.run < this.run - 1) {
          map.delete(k);
          this.entries--;
        }
      }
    }
    this.run++;
  }
}

let current: Memo | undefined;

/** Runs `fn` with `m` as the memo `memo()` uses (none: compute every time). */
export function memoScope<T>(m: Memo | undefined, fn: () => T): T {
  const prev = current;
  current = m;
  try {
    return fn();
  } finally {
    current = prev;
    m?.endRun();
  }
}

/** `compute()`, or its value from the last two lints of this document when the key is the same. */
export function memo<T>(ns: string, key: string, compute: () => T): T {
  return current ? current.get(ns, key, compute) : compute();
}
