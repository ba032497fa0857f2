// Results of pure text → value functions, kept between two lints of the same document in the
// editor (a BlockCache carries one). While you type, most bullets and paragraphs are the text they
// were a keystroke ago, so their write-good matches and ladder cues need not be found again.
// Active only inside lint() with a cache (`memoScope`); elsewhere `memo` just computes. Values must
// not depend on anything but the key and must not be changed by their users (offsets relative to the
// text). Pure: no vscode, no fs.

/**
 * Values by key, kept while the current run or the one before used them (a run is one lint of the
 * document): what an edit replaced is dropped at the end of the next run, and an undo finds the
 * previous version still there. Shared by Memo and the parsed pieces of a BlockCache.
 */
export class RecentMap<V> {
  private readonly map = new Map<string, { value: V; run: number }>();
  private run = 0;

  /** The value for a key (marking it used in this run), or undefined. */
  get(key: string): V | undefined {
    const got = this.map.get(key);
    if (!got) return undefined;
    got.run = this.run;
    return got.value;
  }

  set(key: string, value: V): void {
    this.map.set(key, { value, run: this.run });
  }

  /** Ends a run: drops what neither it nor the run before used, telling `dropped` each key. */
  endRun(dropped?: (key: string) => void): void {
    for (const [k, v] of this.map) {
      if (v.run < this.run - 1) {
        this.map.delete(k);
        dropped?.(k);
      }
    }
    this.run++;
  }
}

export class Memo {
  private readonly maps = new Map<string, RecentMap<unknown>>();
  private entries = 0;
  constructor(private readonly maxEntries = 50_000) {}

  get<T>(ns: string, key: string, compute: () => T): T {
    let map = this.maps.get(ns);
    if (!map) this.maps.set(ns, (map = new RecentMap()));
    const got = map.get(key);
    if (got !== undefined) return got as T;
    const value = compute();
    if (this.entries < this.maxEntries) {
      map.set(key, value);
      this.entries++;
    }
    return value;
  }

  /** After each lint: forget what neither this lint nor the one before used. */
  endRun(): void {
    for (const map of this.maps.values()) map.endRun(() => this.entries--);
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
